from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CameraConfigUpdate")


@_attrs_define
class CameraConfigUpdate:
    """A partial camera config: send only the settings to change. The field set follows
    homebridge-blink-for-home's `updateCameraSettings` capture (2020-10).

        Attributes:
            name (str | Unset): Blink refuses a blank name with 400.
            video_quality (str | Unset):
            record_audio_enable (bool | Unset):
            illuminator_enable (int | Unset): Infrared illuminator mode.
            illuminator_intensity (int | Unset): 1 to 10.
            video_length (int | Unset): Clip length in seconds.
            early_termination (bool | Unset):
            motion_sensitivity (int | Unset): 1 to 9.
            motion_alert (bool | Unset):
            lfr_sync_interval (int | Unset):
            alert_interval (int | Unset): Seconds between motion alerts.
    """

    name: str | Unset = UNSET
    video_quality: str | Unset = UNSET
    record_audio_enable: bool | Unset = UNSET
    illuminator_enable: int | Unset = UNSET
    illuminator_intensity: int | Unset = UNSET
    video_length: int | Unset = UNSET
    early_termination: bool | Unset = UNSET
    motion_sensitivity: int | Unset = UNSET
    motion_alert: bool | Unset = UNSET
    lfr_sync_interval: int | Unset = UNSET
    alert_interval: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        video_quality = self.video_quality

        record_audio_enable = self.record_audio_enable

        illuminator_enable = self.illuminator_enable

        illuminator_intensity = self.illuminator_intensity

        video_length = self.video_length

        early_termination = self.early_termination

        motion_sensitivity = self.motion_sensitivity

        motion_alert = self.motion_alert

        lfr_sync_interval = self.lfr_sync_interval

        alert_interval = self.alert_interval

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if video_quality is not UNSET:
            field_dict["video_quality"] = video_quality
        if record_audio_enable is not UNSET:
            field_dict["record_audio_enable"] = record_audio_enable
        if illuminator_enable is not UNSET:
            field_dict["illuminator_enable"] = illuminator_enable
        if illuminator_intensity is not UNSET:
            field_dict["illuminator_intensity"] = illuminator_intensity
        if video_length is not UNSET:
            field_dict["video_length"] = video_length
        if early_termination is not UNSET:
            field_dict["early_termination"] = early_termination
        if motion_sensitivity is not UNSET:
            field_dict["motion_sensitivity"] = motion_sensitivity
        if motion_alert is not UNSET:
            field_dict["motion_alert"] = motion_alert
        if lfr_sync_interval is not UNSET:
            field_dict["lfr_sync_interval"] = lfr_sync_interval
        if alert_interval is not UNSET:
            field_dict["alert_interval"] = alert_interval

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        video_quality = d.pop("video_quality", UNSET)

        record_audio_enable = d.pop("record_audio_enable", UNSET)

        illuminator_enable = d.pop("illuminator_enable", UNSET)

        illuminator_intensity = d.pop("illuminator_intensity", UNSET)

        video_length = d.pop("video_length", UNSET)

        early_termination = d.pop("early_termination", UNSET)

        motion_sensitivity = d.pop("motion_sensitivity", UNSET)

        motion_alert = d.pop("motion_alert", UNSET)

        lfr_sync_interval = d.pop("lfr_sync_interval", UNSET)

        alert_interval = d.pop("alert_interval", UNSET)

        camera_config_update = cls(
            name=name,
            video_quality=video_quality,
            record_audio_enable=record_audio_enable,
            illuminator_enable=illuminator_enable,
            illuminator_intensity=illuminator_intensity,
            video_length=video_length,
            early_termination=early_termination,
            motion_sensitivity=motion_sensitivity,
            motion_alert=motion_alert,
            lfr_sync_interval=lfr_sync_interval,
            alert_interval=alert_interval,
        )

        camera_config_update.additional_properties = d
        return camera_config_update

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
