from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MotionRegions")


@_attrs_define
class MotionRegions:
    """The motion regions of a device (homebridge-blink-for-home `CAMERA_MOTION_REGIONS` sample,
    2022-03): the read answer, and the body that changes them (fields left out stay as they are).

        Attributes:
            motion_regions (int | Unset): Bit mask of the active regions.
            advanced_motion_regions (list[int] | Unset): One bit mask per row of the finer grid (25 entries in the 2022
                sample).
    """

    motion_regions: int | Unset = UNSET
    advanced_motion_regions: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        motion_regions = self.motion_regions

        advanced_motion_regions: list[int] | Unset = UNSET
        if not isinstance(self.advanced_motion_regions, Unset):
            advanced_motion_regions = self.advanced_motion_regions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if motion_regions is not UNSET:
            field_dict["motion_regions"] = motion_regions
        if advanced_motion_regions is not UNSET:
            field_dict["advanced_motion_regions"] = advanced_motion_regions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        motion_regions = d.pop("motion_regions", UNSET)

        advanced_motion_regions = cast(
            list[int], d.pop("advanced_motion_regions", UNSET)
        )

        motion_regions = cls(
            motion_regions=motion_regions,
            advanced_motion_regions=advanced_motion_regions,
        )

        motion_regions.additional_properties = d
        return motion_regions

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
