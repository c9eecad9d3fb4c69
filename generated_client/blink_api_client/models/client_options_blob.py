from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client_options_blob_camera_order import ClientOptionsBlobCameraOrder


T = TypeVar("T", bound="ClientOptionsBlob")


@_attrs_define
class ClientOptionsBlob:
    """The decoded `options` blob of `ClientOptions`.

    Attributes:
        network_order (list[int] | Unset): Network ids in display order.
        keys (list[list[str]] | Unset): App preferences as `[key, value]` pairs; values carry a type prefix (`N1` =
            number 1).
        schema (int | Unset): Version of this blob's layout.
        camera_order (ClientOptionsBlobCameraOrder | Unset): Camera ids in display order, keyed by network id.
    """

    network_order: list[int] | Unset = UNSET
    keys: list[list[str]] | Unset = UNSET
    schema: int | Unset = UNSET
    camera_order: ClientOptionsBlobCameraOrder | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        network_order: list[int] | Unset = UNSET
        if not isinstance(self.network_order, Unset):
            network_order = self.network_order

        keys: list[list[str]] | Unset = UNSET
        if not isinstance(self.keys, Unset):
            keys = []
            for keys_item_data in self.keys:
                keys_item = keys_item_data

                keys.append(keys_item)

        schema = self.schema

        camera_order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.camera_order, Unset):
            camera_order = self.camera_order.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if network_order is not UNSET:
            field_dict["network_order"] = network_order
        if keys is not UNSET:
            field_dict["keys"] = keys
        if schema is not UNSET:
            field_dict["schema"] = schema
        if camera_order is not UNSET:
            field_dict["camera_order"] = camera_order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.client_options_blob_camera_order import (
            ClientOptionsBlobCameraOrder,  # noqa: PLC0415
        )

        d = dict(src_dict)
        network_order = cast(list[int], d.pop("network_order", UNSET))

        _keys = d.pop("keys", UNSET)
        keys: list[list[str]] | Unset = UNSET
        if _keys is not UNSET:
            keys = []
            for keys_item_data in _keys:
                keys_item = cast(list[str], keys_item_data)

                keys.append(keys_item)

        schema = d.pop("schema", UNSET)

        _camera_order = d.pop("camera_order", UNSET)
        camera_order: ClientOptionsBlobCameraOrder | Unset
        if isinstance(_camera_order, Unset):
            camera_order = UNSET
        else:
            camera_order = ClientOptionsBlobCameraOrder.from_dict(_camera_order)

        client_options_blob = cls(
            network_order=network_order,
            keys=keys,
            schema=schema,
            camera_order=camera_order,
        )

        client_options_blob.additional_properties = d
        return client_options_blob

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
