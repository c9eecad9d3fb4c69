from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CameraUsageCamera")


@_attrs_define
class CameraUsageCamera:
    """
    Attributes:
        id (int):
        name (str):
        usage (int | Unset): Seconds used in the window.
        lv_seconds (int | Unset): Live-view seconds.
        clip_seconds (int | Unset): Clip seconds.
    """

    id: int
    name: str
    usage: int | Unset = UNSET
    lv_seconds: int | Unset = UNSET
    clip_seconds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        usage = self.usage

        lv_seconds = self.lv_seconds

        clip_seconds = self.clip_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if usage is not UNSET:
            field_dict["usage"] = usage
        if lv_seconds is not UNSET:
            field_dict["lv_seconds"] = lv_seconds
        if clip_seconds is not UNSET:
            field_dict["clip_seconds"] = clip_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        usage = d.pop("usage", UNSET)

        lv_seconds = d.pop("lv_seconds", UNSET)

        clip_seconds = d.pop("clip_seconds", UNSET)

        camera_usage_camera = cls(
            id=id,
            name=name,
            usage=usage,
            lv_seconds=lv_seconds,
            clip_seconds=clip_seconds,
        )

        camera_usage_camera.additional_properties = d
        return camera_usage_camera

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
