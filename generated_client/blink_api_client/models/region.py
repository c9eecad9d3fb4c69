from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Region")


@_attrs_define
class Region:
    """
    Attributes:
        display_order (int | Unset):
        dns (str | Unset): The tier for `rest-{dns}.immedia-semi.com`, e.g. `u019`, `e002`, `prsg`.
        friendly_name (str | Unset):
        registration (bool | Unset): Whether new accounts may register here.
    """

    display_order: int | Unset = UNSET
    dns: str | Unset = UNSET
    friendly_name: str | Unset = UNSET
    registration: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_order = self.display_order

        dns = self.dns

        friendly_name = self.friendly_name

        registration = self.registration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if display_order is not UNSET:
            field_dict["display_order"] = display_order
        if dns is not UNSET:
            field_dict["dns"] = dns
        if friendly_name is not UNSET:
            field_dict["friendly_name"] = friendly_name
        if registration is not UNSET:
            field_dict["registration"] = registration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_order = d.pop("display_order", UNSET)

        dns = d.pop("dns", UNSET)

        friendly_name = d.pop("friendly_name", UNSET)

        registration = d.pop("registration", UNSET)

        region = cls(
            display_order=display_order,
            dns=dns,
            friendly_name=friendly_name,
            registration=registration,
        )

        region.additional_properties = d
        return region

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
