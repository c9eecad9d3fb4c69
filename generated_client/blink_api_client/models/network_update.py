from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NetworkUpdate")


@_attrs_define
class NetworkUpdate:
    """Settings to change on a network. All fields are optional; blinkpy posts no body at all.

    Attributes:
        name (str | Unset): Blink refuses a blank name with 400.
        dst (bool | Unset):
        lv_mode (str | Unset):
        lv_save (bool | Unset):
        time_zone (str | Unset): IANA time-zone name.
    """

    name: str | Unset = UNSET
    dst: bool | Unset = UNSET
    lv_mode: str | Unset = UNSET
    lv_save: bool | Unset = UNSET
    time_zone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        dst = self.dst

        lv_mode = self.lv_mode

        lv_save = self.lv_save

        time_zone = self.time_zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if dst is not UNSET:
            field_dict["dst"] = dst
        if lv_mode is not UNSET:
            field_dict["lv_mode"] = lv_mode
        if lv_save is not UNSET:
            field_dict["lv_save"] = lv_save
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        dst = d.pop("dst", UNSET)

        lv_mode = d.pop("lv_mode", UNSET)

        lv_save = d.pop("lv_save", UNSET)

        time_zone = d.pop("time_zone", UNSET)

        network_update = cls(
            name=name,
            dst=dst,
            lv_mode=lv_mode,
            lv_save=lv_save,
            time_zone=time_zone,
        )

        network_update.additional_properties = d
        return network_update

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
