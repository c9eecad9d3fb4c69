from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LegacyDevice")


@_attrs_define
class LegacyDevice:
    """One device of the legacy homescreen; sync modules carry only a few of the fields.

    Attributes:
        device_type (str):
        device_id (int):
        name (str | Unset):
        active (str | Unset): Motion detection state as a word.
        enabled (bool | Unset):
        armed (bool | Unset):
        battery (int | Unset): Battery level in bars (a number here, unlike the v3 homescreen).
        temp (int | Unset): Temperature in degrees Fahrenheit.
        wifi_strength (int | Unset):
        lfr_strength (int | Unset):
        thumbnail (str | Unset): Thumbnail path without extension; append `.jpg`.
        status (str | Unset):
        updated_at (datetime.datetime | Unset): ISO 8601 with an offset, as Blink writes it
            (`2020-10-02T00:27:54+00:00`).
        notifications (int | Unset):
    """

    device_type: str
    device_id: int
    name: str | Unset = UNSET
    active: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    armed: bool | Unset = UNSET
    battery: int | Unset = UNSET
    temp: int | Unset = UNSET
    wifi_strength: int | Unset = UNSET
    lfr_strength: int | Unset = UNSET
    thumbnail: str | Unset = UNSET
    status: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    notifications: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device_type = self.device_type

        device_id = self.device_id

        name = self.name

        active = self.active

        enabled = self.enabled

        armed = self.armed

        battery = self.battery

        temp = self.temp

        wifi_strength = self.wifi_strength

        lfr_strength = self.lfr_strength

        thumbnail = self.thumbnail

        status = self.status

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        notifications = self.notifications

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "device_type": device_type,
                "device_id": device_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if active is not UNSET:
            field_dict["active"] = active
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if armed is not UNSET:
            field_dict["armed"] = armed
        if battery is not UNSET:
            field_dict["battery"] = battery
        if temp is not UNSET:
            field_dict["temp"] = temp
        if wifi_strength is not UNSET:
            field_dict["wifi_strength"] = wifi_strength
        if lfr_strength is not UNSET:
            field_dict["lfr_strength"] = lfr_strength
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail
        if status is not UNSET:
            field_dict["status"] = status
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if notifications is not UNSET:
            field_dict["notifications"] = notifications

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        device_type = d.pop("device_type")

        device_id = d.pop("device_id")

        name = d.pop("name", UNSET)

        active = d.pop("active", UNSET)

        enabled = d.pop("enabled", UNSET)

        armed = d.pop("armed", UNSET)

        battery = d.pop("battery", UNSET)

        temp = d.pop("temp", UNSET)

        wifi_strength = d.pop("wifi_strength", UNSET)

        lfr_strength = d.pop("lfr_strength", UNSET)

        thumbnail = d.pop("thumbnail", UNSET)

        status = d.pop("status", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        notifications = d.pop("notifications", UNSET)

        legacy_device = cls(
            device_type=device_type,
            device_id=device_id,
            name=name,
            active=active,
            enabled=enabled,
            armed=armed,
            battery=battery,
            temp=temp,
            wifi_strength=wifi_strength,
            lfr_strength=lfr_strength,
            thumbnail=thumbnail,
            status=status,
            updated_at=updated_at,
            notifications=notifications,
        )

        legacy_device.additional_properties = d
        return legacy_device

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
