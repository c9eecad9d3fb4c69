from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HomescreenSignals")


@_attrs_define
class HomescreenSignals:
    """Signal and sensor levels of a battery device.

    Attributes:
        lfr (int | Unset): Low-frequency radio link to the sync module, in bars.
        wifi (int | Unset): Wi-Fi signal in bars.
        temp (int | Unset): Temperature in degrees Fahrenheit.
        battery (int | Unset): Battery level in bars.
    """

    lfr: int | Unset = UNSET
    wifi: int | Unset = UNSET
    temp: int | Unset = UNSET
    battery: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lfr = self.lfr

        wifi = self.wifi

        temp = self.temp

        battery = self.battery

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lfr is not UNSET:
            field_dict["lfr"] = lfr
        if wifi is not UNSET:
            field_dict["wifi"] = wifi
        if temp is not UNSET:
            field_dict["temp"] = temp
        if battery is not UNSET:
            field_dict["battery"] = battery

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        lfr = d.pop("lfr", UNSET)

        wifi = d.pop("wifi", UNSET)

        temp = d.pop("temp", UNSET)

        battery = d.pop("battery", UNSET)

        homescreen_signals = cls(
            lfr=lfr,
            wifi=wifi,
            temp=temp,
            battery=battery,
        )

        homescreen_signals.additional_properties = d
        return homescreen_signals

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
