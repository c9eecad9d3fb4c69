from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.camera_usage_camera import CameraUsageCamera


T = TypeVar("T", bound="CameraUsageNetwork")


@_attrs_define
class CameraUsageNetwork:
    """
    Attributes:
        network_id (int):
        cameras (list[CameraUsageCamera]):
        name (str | Unset):
    """

    network_id: int
    cameras: list[CameraUsageCamera]
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        network_id = self.network_id

        cameras = []
        for cameras_item_data in self.cameras:
            cameras_item = cameras_item_data.to_dict()
            cameras.append(cameras_item)

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "network_id": network_id,
                "cameras": cameras,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.camera_usage_camera import CameraUsageCamera  # noqa: PLC0415

        d = dict(src_dict)
        network_id = d.pop("network_id")

        cameras = []
        _cameras = d.pop("cameras")
        for cameras_item_data in _cameras:
            cameras_item = CameraUsageCamera.from_dict(cameras_item_data)

            cameras.append(cameras_item)

        name = d.pop("name", UNSET)

        camera_usage_network = cls(
            network_id=network_id,
            cameras=cameras,
            name=name,
        )

        camera_usage_network.additional_properties = d
        return camera_usage_network

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
