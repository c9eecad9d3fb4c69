from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.camera_config import CameraConfig
    from ..models.camera_signals import CameraSignals


T = TypeVar("T", bound="CameraConfigResponse")


@_attrs_define
class CameraConfigResponse:
    """Answer of `get_camera_config`: the camera config in a one-element list (blinkpy reads
    `camera[0]`) and the current signal bars.

        Attributes:
            camera (list[CameraConfig] | Unset):
            signals (CameraSignals | Unset): Signal levels of a camera, as bars, plus the temperature. Served by
                `get_camera_signals` and
                as `signals` in the camera config and the homescreen camera entries.
    """

    camera: list[CameraConfig] | Unset = UNSET
    signals: CameraSignals | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        camera: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.camera, Unset):
            camera = []
            for camera_item_data in self.camera:
                camera_item = camera_item_data.to_dict()
                camera.append(camera_item)

        signals: dict[str, Any] | Unset = UNSET
        if not isinstance(self.signals, Unset):
            signals = self.signals.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if camera is not UNSET:
            field_dict["camera"] = camera
        if signals is not UNSET:
            field_dict["signals"] = signals

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.camera_config import CameraConfig  # noqa: PLC0415
        from ..models.camera_signals import CameraSignals  # noqa: PLC0415

        d = dict(src_dict)
        _camera = d.pop("camera", UNSET)
        camera: list[CameraConfig] | Unset = UNSET
        if _camera is not UNSET:
            camera = []
            for camera_item_data in _camera:
                camera_item = CameraConfig.from_dict(camera_item_data)

                camera.append(camera_item)

        _signals = d.pop("signals", UNSET)
        signals: CameraSignals | Unset
        if isinstance(_signals, Unset):
            signals = UNSET
        else:
            signals = CameraSignals.from_dict(_signals)

        camera_config_response = cls(
            camera=camera,
            signals=signals,
        )

        camera_config_response.additional_properties = d
        return camera_config_response

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
