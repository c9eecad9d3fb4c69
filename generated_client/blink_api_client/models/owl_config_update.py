from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OwlConfigUpdate")


@_attrs_define
class OwlConfigUpdate:
    """A partial Mini config. blinkpy sends only `{"enabled": true|false}` to switch motion
    detection (its arm/disarm of a Mini); other `OwlConfig` settings are accepted the same way.

        Attributes:
            enabled (bool | Unset):
            name (str | Unset): Blink refuses a blank name with 400.
            video_quality (str | Unset):
            clip_length (int | Unset):
            motion_sensitivity (int | Unset):
            record_audio_enable (bool | Unset):
            led_enabled (bool | Unset):
            illuminator_enable (str | Unset):
    """

    enabled: bool | Unset = UNSET
    name: str | Unset = UNSET
    video_quality: str | Unset = UNSET
    clip_length: int | Unset = UNSET
    motion_sensitivity: int | Unset = UNSET
    record_audio_enable: bool | Unset = UNSET
    led_enabled: bool | Unset = UNSET
    illuminator_enable: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        name = self.name

        video_quality = self.video_quality

        clip_length = self.clip_length

        motion_sensitivity = self.motion_sensitivity

        record_audio_enable = self.record_audio_enable

        led_enabled = self.led_enabled

        illuminator_enable = self.illuminator_enable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if name is not UNSET:
            field_dict["name"] = name
        if video_quality is not UNSET:
            field_dict["video_quality"] = video_quality
        if clip_length is not UNSET:
            field_dict["clip_length"] = clip_length
        if motion_sensitivity is not UNSET:
            field_dict["motion_sensitivity"] = motion_sensitivity
        if record_audio_enable is not UNSET:
            field_dict["record_audio_enable"] = record_audio_enable
        if led_enabled is not UNSET:
            field_dict["led_enabled"] = led_enabled
        if illuminator_enable is not UNSET:
            field_dict["illuminator_enable"] = illuminator_enable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        name = d.pop("name", UNSET)

        video_quality = d.pop("video_quality", UNSET)

        clip_length = d.pop("clip_length", UNSET)

        motion_sensitivity = d.pop("motion_sensitivity", UNSET)

        record_audio_enable = d.pop("record_audio_enable", UNSET)

        led_enabled = d.pop("led_enabled", UNSET)

        illuminator_enable = d.pop("illuminator_enable", UNSET)

        owl_config_update = cls(
            enabled=enabled,
            name=name,
            video_quality=video_quality,
            clip_length=clip_length,
            motion_sensitivity=motion_sensitivity,
            record_audio_enable=record_audio_enable,
            led_enabled=led_enabled,
            illuminator_enable=illuminator_enable,
        )

        owl_config_update.additional_properties = d
        return owl_config_update

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
