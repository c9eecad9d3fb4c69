from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PinResendResult")


@_attrs_define
class PinResendResult:
    """Acknowledgement that a new verification PIN was sent.

    Attributes:
        allow_pin_resend_seconds (int | Unset): Seconds before another resend is allowed.
        code (int | Unset): Blink's code, 211 when the PIN was sent.
        message (str | Unset):
    """

    allow_pin_resend_seconds: int | Unset = UNSET
    code: int | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allow_pin_resend_seconds = self.allow_pin_resend_seconds

        code = self.code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allow_pin_resend_seconds is not UNSET:
            field_dict["allow_pin_resend_seconds"] = allow_pin_resend_seconds
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allow_pin_resend_seconds = d.pop("allow_pin_resend_seconds", UNSET)

        code = d.pop("code", UNSET)

        message = d.pop("message", UNSET)

        pin_resend_result = cls(
            allow_pin_resend_seconds=allow_pin_resend_seconds,
            code=code,
            message=message,
        )

        pin_resend_result.additional_properties = d
        return pin_resend_result

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
