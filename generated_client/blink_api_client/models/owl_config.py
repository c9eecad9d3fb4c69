from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OwlConfig")


@_attrs_define
class OwlConfig:
    """Settings of a Blink Mini ("owl"), returned bare (not wrapped). Field names follow
    homebridge-blink-for-home's `OWL_CONFIG` sample (2022-03); the project corpus holds no
    recorded response. Note the quirks: `fw_version` came as a number there, and
    `illuminator_enable` is a string mode, unlike the integer of battery cameras.

        Attributes:
            name (str | Unset):
            updated_at (datetime.datetime | Unset): ISO 8601 with an offset, as Blink writes it
                (`2020-10-02T00:27:54+00:00`).
            fw_version (float | str | Unset): Firmware version; a JSON number in the 2022 sample, a string elsewhere.
            enabled (bool | Unset): Motion detection on; for a sync-less Mini this is its "armed" state.
            status (str | Unset):
            led_enabled (bool | Unset):
            led_state (str | Unset):
            video_quality (str | Unset):
            clip_length (int | Unset): Clip length in seconds.
            clip_length_max (int | Unset):
            retrigger_time (int | Unset): Seconds before motion may trigger again.
            motion_sensitivity (int | Unset):
            motion_regions (int | Unset): Bit mask of motion zones.
            advanced_motion_regions (list[int] | Unset): One bit mask per row of the motion grid.
            early_termination (bool | Unset):
            early_termination_supported (bool | Unset):
            early_notification (bool | Unset):
            early_notification_compatible (bool | Unset):
            night_vision_control (str | Unset):
            illuminator_enable (str | Unset):
            illuminator_enable_v2 (str | Unset):
            illuminator_duration (int | Unset):
            illuminator_intensity (int | Unset):
            record_audio_enable (bool | Unset):
            volume_control (int | Unset):
            wifi (int | Unset): Wi-Fi quality in bars (0-5).
            video_recording_enable (bool | Unset):
            video_recording_optional (bool | Unset):
            flip_video (bool | Unset):
            flip_video_compatible (bool | Unset):
            local_storage_enabled (bool | Unset):
            local_storage_compatible (bool | Unset):
    """

    name: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    fw_version: float | str | Unset = UNSET
    enabled: bool | Unset = UNSET
    status: str | Unset = UNSET
    led_enabled: bool | Unset = UNSET
    led_state: str | Unset = UNSET
    video_quality: str | Unset = UNSET
    clip_length: int | Unset = UNSET
    clip_length_max: int | Unset = UNSET
    retrigger_time: int | Unset = UNSET
    motion_sensitivity: int | Unset = UNSET
    motion_regions: int | Unset = UNSET
    advanced_motion_regions: list[int] | Unset = UNSET
    early_termination: bool | Unset = UNSET
    early_termination_supported: bool | Unset = UNSET
    early_notification: bool | Unset = UNSET
    early_notification_compatible: bool | Unset = UNSET
    night_vision_control: str | Unset = UNSET
    illuminator_enable: str | Unset = UNSET
    illuminator_enable_v2: str | Unset = UNSET
    illuminator_duration: int | Unset = UNSET
    illuminator_intensity: int | Unset = UNSET
    record_audio_enable: bool | Unset = UNSET
    volume_control: int | Unset = UNSET
    wifi: int | Unset = UNSET
    video_recording_enable: bool | Unset = UNSET
    video_recording_optional: bool | Unset = UNSET
    flip_video: bool | Unset = UNSET
    flip_video_compatible: bool | Unset = UNSET
    local_storage_enabled: bool | Unset = UNSET
    local_storage_compatible: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        fw_version: float | str | Unset
        if isinstance(self.fw_version, Unset):
            fw_version = UNSET
        else:
            fw_version = self.fw_version

        enabled = self.enabled

        status = self.status

        led_enabled = self.led_enabled

        led_state = self.led_state

        video_quality = self.video_quality

        clip_length = self.clip_length

        clip_length_max = self.clip_length_max

        retrigger_time = self.retrigger_time

        motion_sensitivity = self.motion_sensitivity

        motion_regions = self.motion_regions

        advanced_motion_regions: list[int] | Unset = UNSET
        if not isinstance(self.advanced_motion_regions, Unset):
            advanced_motion_regions = self.advanced_motion_regions

        early_termination = self.early_termination

        early_termination_supported = self.early_termination_supported

        early_notification = self.early_notification

        early_notification_compatible = self.early_notification_compatible

        night_vision_control = self.night_vision_control

        illuminator_enable = self.illuminator_enable

        illuminator_enable_v2 = self.illuminator_enable_v2

        illuminator_duration = self.illuminator_duration

        illuminator_intensity = self.illuminator_intensity

        record_audio_enable = self.record_audio_enable

        volume_control = self.volume_control

        wifi = self.wifi

        video_recording_enable = self.video_recording_enable

        video_recording_optional = self.video_recording_optional

        flip_video = self.flip_video

        flip_video_compatible = self.flip_video_compatible

        local_storage_enabled = self.local_storage_enabled

        local_storage_compatible = self.local_storage_compatible

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if fw_version is not UNSET:
            field_dict["fw_version"] = fw_version
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if status is not UNSET:
            field_dict["status"] = status
        if led_enabled is not UNSET:
            field_dict["led_enabled"] = led_enabled
        if led_state is not UNSET:
            field_dict["led_state"] = led_state
        if video_quality is not UNSET:
            field_dict["video_quality"] = video_quality
        if clip_length is not UNSET:
            field_dict["clip_length"] = clip_length
        if clip_length_max is not UNSET:
            field_dict["clip_length_max"] = clip_length_max
        if retrigger_time is not UNSET:
            field_dict["retrigger_time"] = retrigger_time
        if motion_sensitivity is not UNSET:
            field_dict["motion_sensitivity"] = motion_sensitivity
        if motion_regions is not UNSET:
            field_dict["motion_regions"] = motion_regions
        if advanced_motion_regions is not UNSET:
            field_dict["advanced_motion_regions"] = advanced_motion_regions
        if early_termination is not UNSET:
            field_dict["early_termination"] = early_termination
        if early_termination_supported is not UNSET:
            field_dict["early_termination_supported"] = early_termination_supported
        if early_notification is not UNSET:
            field_dict["early_notification"] = early_notification
        if early_notification_compatible is not UNSET:
            field_dict["early_notification_compatible"] = early_notification_compatible
        if night_vision_control is not UNSET:
            field_dict["night_vision_control"] = night_vision_control
        if illuminator_enable is not UNSET:
            field_dict["illuminator_enable"] = illuminator_enable
        if illuminator_enable_v2 is not UNSET:
            field_dict["illuminator_enable_v2"] = illuminator_enable_v2
        if illuminator_duration is not UNSET:
            field_dict["illuminator_duration"] = illuminator_duration
        if illuminator_intensity is not UNSET:
            field_dict["illuminator_intensity"] = illuminator_intensity
        if record_audio_enable is not UNSET:
            field_dict["record_audio_enable"] = record_audio_enable
        if volume_control is not UNSET:
            field_dict["volume_control"] = volume_control
        if wifi is not UNSET:
            field_dict["wifi"] = wifi
        if video_recording_enable is not UNSET:
            field_dict["video_recording_enable"] = video_recording_enable
        if video_recording_optional is not UNSET:
            field_dict["video_recording_optional"] = video_recording_optional
        if flip_video is not UNSET:
            field_dict["flip_video"] = flip_video
        if flip_video_compatible is not UNSET:
            field_dict["flip_video_compatible"] = flip_video_compatible
        if local_storage_enabled is not UNSET:
            field_dict["local_storage_enabled"] = local_storage_enabled
        if local_storage_compatible is not UNSET:
            field_dict["local_storage_compatible"] = local_storage_compatible

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        def _parse_fw_version(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        fw_version = _parse_fw_version(d.pop("fw_version", UNSET))

        enabled = d.pop("enabled", UNSET)

        status = d.pop("status", UNSET)

        led_enabled = d.pop("led_enabled", UNSET)

        led_state = d.pop("led_state", UNSET)

        video_quality = d.pop("video_quality", UNSET)

        clip_length = d.pop("clip_length", UNSET)

        clip_length_max = d.pop("clip_length_max", UNSET)

        retrigger_time = d.pop("retrigger_time", UNSET)

        motion_sensitivity = d.pop("motion_sensitivity", UNSET)

        motion_regions = d.pop("motion_regions", UNSET)

        advanced_motion_regions = cast(
            list[int], d.pop("advanced_motion_regions", UNSET)
        )

        early_termination = d.pop("early_termination", UNSET)

        early_termination_supported = d.pop("early_termination_supported", UNSET)

        early_notification = d.pop("early_notification", UNSET)

        early_notification_compatible = d.pop("early_notification_compatible", UNSET)

        night_vision_control = d.pop("night_vision_control", UNSET)

        illuminator_enable = d.pop("illuminator_enable", UNSET)

        illuminator_enable_v2 = d.pop("illuminator_enable_v2", UNSET)

        illuminator_duration = d.pop("illuminator_duration", UNSET)

        illuminator_intensity = d.pop("illuminator_intensity", UNSET)

        record_audio_enable = d.pop("record_audio_enable", UNSET)

        volume_control = d.pop("volume_control", UNSET)

        wifi = d.pop("wifi", UNSET)

        video_recording_enable = d.pop("video_recording_enable", UNSET)

        video_recording_optional = d.pop("video_recording_optional", UNSET)

        flip_video = d.pop("flip_video", UNSET)

        flip_video_compatible = d.pop("flip_video_compatible", UNSET)

        local_storage_enabled = d.pop("local_storage_enabled", UNSET)

        local_storage_compatible = d.pop("local_storage_compatible", UNSET)

        owl_config = cls(
            name=name,
            updated_at=updated_at,
            fw_version=fw_version,
            enabled=enabled,
            status=status,
            led_enabled=led_enabled,
            led_state=led_state,
            video_quality=video_quality,
            clip_length=clip_length,
            clip_length_max=clip_length_max,
            retrigger_time=retrigger_time,
            motion_sensitivity=motion_sensitivity,
            motion_regions=motion_regions,
            advanced_motion_regions=advanced_motion_regions,
            early_termination=early_termination,
            early_termination_supported=early_termination_supported,
            early_notification=early_notification,
            early_notification_compatible=early_notification_compatible,
            night_vision_control=night_vision_control,
            illuminator_enable=illuminator_enable,
            illuminator_enable_v2=illuminator_enable_v2,
            illuminator_duration=illuminator_duration,
            illuminator_intensity=illuminator_intensity,
            record_audio_enable=record_audio_enable,
            volume_control=volume_control,
            wifi=wifi,
            video_recording_enable=video_recording_enable,
            video_recording_optional=video_recording_optional,
            flip_video=flip_video,
            flip_video_compatible=flip_video_compatible,
            local_storage_enabled=local_storage_enabled,
            local_storage_compatible=local_storage_compatible,
        )

        owl_config.additional_properties = d
        return owl_config

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
