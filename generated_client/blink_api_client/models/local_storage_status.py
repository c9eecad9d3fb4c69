from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.local_storage_status_storage import LocalStorageStatusStorage


T = TypeVar("T", bound="LocalStorageStatus")


@_attrs_define
class LocalStorageStatus:
    """State of the sync module's USB storage. No public sample is recorded; this is a guess
    at a small open object.

        Attributes:
            status (str | Unset):
            storage (LocalStorageStatusStorage | Unset): Storage details (shape unknown).
    """

    status: str | Unset = UNSET
    storage: LocalStorageStatusStorage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        storage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage, Unset):
            storage = self.storage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if storage is not UNSET:
            field_dict["storage"] = storage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.local_storage_status_storage import LocalStorageStatusStorage  # noqa: PLC0415

        d = dict(src_dict)
        status = d.pop("status", UNSET)

        _storage = d.pop("storage", UNSET)
        storage: LocalStorageStatusStorage | Unset
        if isinstance(_storage, Unset):
            storage = UNSET
        else:
            storage = LocalStorageStatusStorage.from_dict(_storage)

        local_storage_status = cls(
            status=status,
            storage=storage,
        )

        local_storage_status.additional_properties = d
        return local_storage_status

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
