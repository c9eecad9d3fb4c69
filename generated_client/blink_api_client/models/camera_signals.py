from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CameraSignals")


@_attrs_define
class CameraSignals:
    """Signal levels of a camera, as bars, plus the temperature. Served by `get_camera_signals` and
    as `signals` in the camera config and the homescreen camera entries.

        Attributes:
            updated_at (datetime.datetime | Unset): ISO 8601 with an offset, as Blink writes it
                (`2020-10-02T00:27:54+00:00`).
            lfr (int | Unset): Sync-module link quality in bars (0-5).
            wifi (int | Unset): Wi-Fi quality in bars (0-5).
            temp (int | Unset): Temperature in °F. The only field blinkpy reads.
            battery (int | Unset): Battery level in bars (0-3 seen).
            battery_state (str | Unset):
    """

    updated_at: datetime.datetime | Unset = UNSET
    lfr: int | Unset = UNSET
    wifi: int | Unset = UNSET
    temp: int | Unset = UNSET
    battery: int | Unset = UNSET
    battery_state: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        lfr = self.lfr

        wifi = self.wifi

        temp = self.temp

        battery = self.battery

        battery_state = self.battery_state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if lfr is not UNSET:
            field_dict["lfr"] = lfr
        if wifi is not UNSET:
            field_dict["wifi"] = wifi
        if temp is not UNSET:
            field_dict["temp"] = temp
        if battery is not UNSET:
            field_dict["battery"] = battery
        if battery_state is not UNSET:
            field_dict["battery_state"] = battery_state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        lfr = d.pop("lfr", UNSET)

        wifi = d.pop("wifi", UNSET)

        temp = d.pop("temp", UNSET)

        battery = d.pop("battery", UNSET)

        battery_state = d.pop("battery_state", UNSET)

        camera_signals = cls(
            updated_at=updated_at,
            lfr=lfr,
            wifi=wifi,
            temp=temp,
            battery=battery,
            battery_state=battery_state,
        )

        camera_signals.additional_properties = d
        return camera_signals

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
