from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveViewRequest")


@_attrs_define
class LiveViewRequest:
    """Body of the live-view starts. The apps send `intent: liveview`, or `extended_liveview` for
    the longer sessions of entitled cameras (blinkpy PR #1312, 2026-09; TheSethRose/blinkpy
    `PROTOCOL.md`); `motion_event_start_time` was an empty string in 2020 captures and is `null`
    from blinkpy's v6 call (2026-05).

        Attributes:
            intent (str):
            motion_event_start_time (None | str | Unset): Start of a motion event to join, or empty / null for a plain live
                view.
    """

    intent: str
    motion_event_start_time: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        intent = self.intent

        motion_event_start_time: None | str | Unset
        if isinstance(self.motion_event_start_time, Unset):
            motion_event_start_time = UNSET
        else:
            motion_event_start_time = self.motion_event_start_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "intent": intent,
            }
        )
        if motion_event_start_time is not UNSET:
            field_dict["motion_event_start_time"] = motion_event_start_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        intent = d.pop("intent")

        def _parse_motion_event_start_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        motion_event_start_time = _parse_motion_event_start_time(
            d.pop("motion_event_start_time", UNSET)
        )

        live_view_request = cls(
            intent=intent,
            motion_event_start_time=motion_event_start_time,
        )

        live_view_request.additional_properties = d
        return live_view_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
