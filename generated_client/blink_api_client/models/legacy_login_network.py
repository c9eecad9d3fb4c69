from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LegacyLoginNetwork")


@_attrs_define
class LegacyLoginNetwork:
    """One network of the legacy login response's id-keyed `networks` map.

    Attributes:
        name (str | Unset):
        onboarded (bool | Unset):
    """

    name: str | Unset = UNSET
    onboarded: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        onboarded = self.onboarded

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if onboarded is not UNSET:
            field_dict["onboarded"] = onboarded

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        onboarded = d.pop("onboarded", UNSET)

        legacy_login_network = cls(
            name=name,
            onboarded=onboarded,
        )

        legacy_login_network.additional_properties = d
        return legacy_login_network

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
