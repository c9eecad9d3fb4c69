from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgramScheduleEntry")


@_attrs_define
class ProgramScheduleEntry:
    """One arm or disarm rule of a program.

    Attributes:
        dow (list[str]): Days of the week.
        time (str): Time of day, written as a full timestamp `YYYY-MM-DD HH:MM:SS +0000` (UTC); only the
            time part matters.
        action (str):
        devices (list[int] | Unset): Device ids the rule applies to; empty in every recorded sample (whole network).
    """

    dow: list[str]
    time: str
    action: str
    devices: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dow = self.dow

        time = self.time

        action = self.action

        devices: list[int] | Unset = UNSET
        if not isinstance(self.devices, Unset):
            devices = self.devices

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dow": dow,
                "time": time,
                "action": action,
            }
        )
        if devices is not UNSET:
            field_dict["devices"] = devices

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dow = cast(list[str], d.pop("dow"))

        time = d.pop("time")

        action = d.pop("action")

        devices = cast(list[int], d.pop("devices", UNSET))

        program_schedule_entry = cls(
            dow=dow,
            time=time,
            action=action,
            devices=devices,
        )

        program_schedule_entry.additional_properties = d
        return program_schedule_entry

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
