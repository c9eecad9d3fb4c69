from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TemperatureCalibration")


@_attrs_define
class TemperatureCalibration:
    """Body of `calibrate_camera_temperature` (homebridge-blink-for-home `updateCameraTemperature`,
    2020-10). Temperatures are in °F; `id` and `network` repeat the path ids.

        Attributes:
            current_temp (int): The true temperature now, in °F, to calibrate the sensor to.
            id (int | Unset): Camera id.
            network (int | Unset): Network id.
            temp_min (int | Unset): Low temperature alert threshold in °F.
            temp_max (int | Unset): High temperature alert threshold in °F.
    """

    current_temp: int
    id: int | Unset = UNSET
    network: int | Unset = UNSET
    temp_min: int | Unset = UNSET
    temp_max: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_temp = self.current_temp

        id = self.id

        network = self.network

        temp_min = self.temp_min

        temp_max = self.temp_max

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "current_temp": current_temp,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if network is not UNSET:
            field_dict["network"] = network
        if temp_min is not UNSET:
            field_dict["temp_min"] = temp_min
        if temp_max is not UNSET:
            field_dict["temp_max"] = temp_max

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        current_temp = d.pop("current_temp")

        id = d.pop("id", UNSET)

        network = d.pop("network", UNSET)

        temp_min = d.pop("temp_min", UNSET)

        temp_max = d.pop("temp_max", UNSET)

        temperature_calibration = cls(
            current_temp=current_temp,
            id=id,
            network=network,
            temp_min=temp_min,
            temp_max=temp_max,
        )

        temperature_calibration.additional_properties = d
        return temperature_calibration

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
