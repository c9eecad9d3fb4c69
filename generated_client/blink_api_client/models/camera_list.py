from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.camera_config import CameraConfig


T = TypeVar("T", bound="CameraList")


@_attrs_define
class CameraList:
    """The legacy camera list of a network (`GET /network/{network_id}/cameras`). No live capture
    exists; the shape follows blinkpy's 2018 test server, which answered with a `cameras` list.

        Attributes:
            cameras (list[CameraConfig] | Unset):
    """

    cameras: list[CameraConfig] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cameras: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cameras, Unset):
            cameras = []
            for cameras_item_data in self.cameras:
                cameras_item = cameras_item_data.to_dict()
                cameras.append(cameras_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cameras is not UNSET:
            field_dict["cameras"] = cameras

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.camera_config import CameraConfig  # noqa: PLC0415

        d = dict(src_dict)
        _cameras = d.pop("cameras", UNSET)
        cameras: list[CameraConfig] | Unset = UNSET
        if _cameras is not UNSET:
            cameras = []
            for cameras_item_data in _cameras:
                cameras_item = CameraConfig.from_dict(cameras_item_data)

                cameras.append(cameras_item)

        camera_list = cls(
            cameras=cameras,
        )

        camera_list.additional_properties = d
        return camera_list

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
