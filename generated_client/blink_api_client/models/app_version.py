from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppVersion")


@_attrs_define
class AppVersion:
    """Whether the calling app version (from `APP-BUILD` / `User-Agent`) may keep working.

    Attributes:
        message (str | Unset):
        code (int | Unset): 103 OK, 105 update required.
        update_available (bool | Unset):
        update_required (bool | Unset):
    """

    message: str | Unset = UNSET
    code: int | Unset = UNSET
    update_available: bool | Unset = UNSET
    update_required: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        code = self.code

        update_available = self.update_available

        update_required = self.update_required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if code is not UNSET:
            field_dict["code"] = code
        if update_available is not UNSET:
            field_dict["update_available"] = update_available
        if update_required is not UNSET:
            field_dict["update_required"] = update_required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message", UNSET)

        code = d.pop("code", UNSET)

        update_available = d.pop("update_available", UNSET)

        update_required = d.pop("update_required", UNSET)

        app_version = cls(
            message=message,
            code=code,
            update_available=update_available,
            update_required=update_required,
        )

        app_version.additional_properties = d
        return app_version

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
