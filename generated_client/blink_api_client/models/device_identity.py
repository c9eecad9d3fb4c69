from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceIdentity")


@_attrs_define
class DeviceIdentity:
    """What a serial number is (homebridge-blink-for-home `DEVICE` sample, 2022-03).

    Attributes:
        type_ (str | Unset):
        subtype (str | Unset):
        fw_target (str | Unset):
        region (str | Unset):
    """

    type_: str | Unset = UNSET
    subtype: str | Unset = UNSET
    fw_target: str | Unset = UNSET
    region: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        subtype = self.subtype

        fw_target = self.fw_target

        region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if subtype is not UNSET:
            field_dict["subtype"] = subtype
        if fw_target is not UNSET:
            field_dict["fw_target"] = fw_target
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        subtype = d.pop("subtype", UNSET)

        fw_target = d.pop("fw_target", UNSET)

        region = d.pop("region", UNSET)

        device_identity = cls(
            type_=type_,
            subtype=subtype,
            fw_target=fw_target,
            region=region,
        )

        device_identity.additional_properties = d
        return device_identity

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
