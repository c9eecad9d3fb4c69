from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppUpdateCheck")


@_attrs_define
class AppUpdateCheck:
    """Answer of `check_app_update` (the Android app's `UpdateCheckBodyReceiveBody`). Not recorded: the two
    flags are borrowed from `get_app_version`'s answer.

        Attributes:
            update_available (bool | Unset):
            update_required (bool | Unset):
    """

    update_available: bool | Unset = UNSET
    update_required: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        update_available = self.update_available

        update_required = self.update_required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if update_available is not UNSET:
            field_dict["update_available"] = update_available
        if update_required is not UNSET:
            field_dict["update_required"] = update_required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        update_available = d.pop("update_available", UNSET)

        update_required = d.pop("update_required", UNSET)

        app_update_check = cls(
            update_available=update_available,
            update_required=update_required,
        )

        app_update_check.additional_properties = d
        return app_update_check

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
