from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LegacyHomescreenNetwork")


@_attrs_define
class LegacyHomescreenNetwork:
    """
    Attributes:
        name (str | Unset):
        armed (bool | Unset):
        wifi_strength (int | Unset):
        warning (int | Unset):
        notifications (int | Unset):
    """

    name: str | Unset = UNSET
    armed: bool | Unset = UNSET
    wifi_strength: int | Unset = UNSET
    warning: int | Unset = UNSET
    notifications: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        armed = self.armed

        wifi_strength = self.wifi_strength

        warning = self.warning

        notifications = self.notifications

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if armed is not UNSET:
            field_dict["armed"] = armed
        if wifi_strength is not UNSET:
            field_dict["wifi_strength"] = wifi_strength
        if warning is not UNSET:
            field_dict["warning"] = warning
        if notifications is not UNSET:
            field_dict["notifications"] = notifications

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        armed = d.pop("armed", UNSET)

        wifi_strength = d.pop("wifi_strength", UNSET)

        warning = d.pop("warning", UNSET)

        notifications = d.pop("notifications", UNSET)

        legacy_homescreen_network = cls(
            name=name,
            armed=armed,
            wifi_strength=wifi_strength,
            warning=warning,
            notifications=notifications,
        )

        legacy_homescreen_network.additional_properties = d
        return legacy_homescreen_network

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
