from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.camera_usage_network import CameraUsageNetwork
    from ..models.camera_usage_reference import CameraUsageReference


T = TypeVar("T", bound="CameraUsage")


@_attrs_define
class CameraUsage:
    """
    Attributes:
        networks (list[CameraUsageNetwork]):
        range_days (int | Unset): Length of the usage window in days.
        reference (CameraUsageReference | Unset):
    """

    networks: list[CameraUsageNetwork]
    range_days: int | Unset = UNSET
    reference: CameraUsageReference | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        networks = []
        for networks_item_data in self.networks:
            networks_item = networks_item_data.to_dict()
            networks.append(networks_item)

        range_days = self.range_days

        reference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reference, Unset):
            reference = self.reference.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "networks": networks,
            }
        )
        if range_days is not UNSET:
            field_dict["range_days"] = range_days
        if reference is not UNSET:
            field_dict["reference"] = reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.camera_usage_network import CameraUsageNetwork  # noqa: PLC0415
        from ..models.camera_usage_reference import CameraUsageReference  # noqa: PLC0415

        d = dict(src_dict)
        networks = []
        _networks = d.pop("networks")
        for networks_item_data in _networks:
            networks_item = CameraUsageNetwork.from_dict(networks_item_data)

            networks.append(networks_item)

        range_days = d.pop("range_days", UNSET)

        _reference = d.pop("reference", UNSET)
        reference: CameraUsageReference | Unset
        if isinstance(_reference, Unset):
            reference = UNSET
        else:
            reference = CameraUsageReference.from_dict(_reference)

        camera_usage = cls(
            networks=networks,
            range_days=range_days,
            reference=reference,
        )

        camera_usage.additional_properties = d
        return camera_usage

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
