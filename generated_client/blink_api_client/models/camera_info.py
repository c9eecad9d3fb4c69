from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.camera_config import CameraConfig
    from ..models.camera_status import CameraStatus


T = TypeVar("T", bound="CameraInfo")


@_attrs_define
class CameraInfo:
    """One camera (`GET /network/{network_id}/camera/{camera_id}`). Two forms were seen: the 2018
    form wraps the camera config in a one-element `camera` list (blinkpy before 2019-03); the
    2022 form (homebridge-blink-for-home `CAMERA_STATUS` sample) carries a `camera_status`
    object with the last connection report. Both properties are optional.

        Attributes:
            camera (list[CameraConfig] | Unset): 2018 form; a list with one camera config.
            camera_status (CameraStatus | Unset): The camera's last connection report: radio levels in dBm, battery voltage,
                wake-up counters
                and network details. Returned as `camera_status` by `get_camera` (2022) and embedded as
                `last_connect` in the camera config.
    """

    camera: list[CameraConfig] | Unset = UNSET
    camera_status: CameraStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        camera: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.camera, Unset):
            camera = []
            for camera_item_data in self.camera:
                camera_item = camera_item_data.to_dict()
                camera.append(camera_item)

        camera_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.camera_status, Unset):
            camera_status = self.camera_status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if camera is not UNSET:
            field_dict["camera"] = camera
        if camera_status is not UNSET:
            field_dict["camera_status"] = camera_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.camera_config import CameraConfig  # noqa: PLC0415
        from ..models.camera_status import CameraStatus  # noqa: PLC0415

        d = dict(src_dict)
        _camera = d.pop("camera", UNSET)
        camera: list[CameraConfig] | Unset = UNSET
        if _camera is not UNSET:
            camera = []
            for camera_item_data in _camera:
                camera_item = CameraConfig.from_dict(camera_item_data)

                camera.append(camera_item)

        _camera_status = d.pop("camera_status", UNSET)
        camera_status: CameraStatus | Unset
        if isinstance(_camera_status, Unset):
            camera_status = UNSET
        else:
            camera_status = CameraStatus.from_dict(_camera_status)

        camera_info = cls(
            camera=camera,
            camera_status=camera_status,
        )

        camera_info.additional_properties = d
        return camera_info

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
