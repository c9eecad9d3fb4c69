from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HomescreenDeviceLimits")


@_attrs_define
class HomescreenDeviceLimits:
    """How many devices of each kind the account may add.

    Attributes:
        camera (int | Unset):
        chime (int | Unset):
        doorbell (int | Unset):
        doorbell_button (int | Unset):
        owl (int | Unset):
        siren (int | Unset):
        total_devices (int | Unset):
    """

    camera: int | Unset = UNSET
    chime: int | Unset = UNSET
    doorbell: int | Unset = UNSET
    doorbell_button: int | Unset = UNSET
    owl: int | Unset = UNSET
    siren: int | Unset = UNSET
    total_devices: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        camera = self.camera

        chime = self.chime

        doorbell = self.doorbell

        doorbell_button = self.doorbell_button

        owl = self.owl

        siren = self.siren

        total_devices = self.total_devices

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if camera is not UNSET:
            field_dict["camera"] = camera
        if chime is not UNSET:
            field_dict["chime"] = chime
        if doorbell is not UNSET:
            field_dict["doorbell"] = doorbell
        if doorbell_button is not UNSET:
            field_dict["doorbell_button"] = doorbell_button
        if owl is not UNSET:
            field_dict["owl"] = owl
        if siren is not UNSET:
            field_dict["siren"] = siren
        if total_devices is not UNSET:
            field_dict["total_devices"] = total_devices

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        camera = d.pop("camera", UNSET)

        chime = d.pop("chime", UNSET)

        doorbell = d.pop("doorbell", UNSET)

        doorbell_button = d.pop("doorbell_button", UNSET)

        owl = d.pop("owl", UNSET)

        siren = d.pop("siren", UNSET)

        total_devices = d.pop("total_devices", UNSET)

        homescreen_device_limits = cls(
            camera=camera,
            chime=chime,
            doorbell=doorbell,
            doorbell_button=doorbell_button,
            owl=owl,
            siren=siren,
            total_devices=total_devices,
        )

        homescreen_device_limits.additional_properties = d
        return homescreen_device_limits

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
