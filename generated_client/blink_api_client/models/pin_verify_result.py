from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PinVerifyResult")


@_attrs_define
class PinVerifyResult:
    """Outcome of a client PIN verification (also the body of a 400 for a wrong PIN).

    Attributes:
        valid (bool):
        require_new_pin (bool | Unset):
        message (str | Unset):
        code (int | Unset): Blink's code; 1626 verified, 1621 invalid PIN.
    """

    valid: bool
    require_new_pin: bool | Unset = UNSET
    message: str | Unset = UNSET
    code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        valid = self.valid

        require_new_pin = self.require_new_pin

        message = self.message

        code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "valid": valid,
            }
        )
        if require_new_pin is not UNSET:
            field_dict["require_new_pin"] = require_new_pin
        if message is not UNSET:
            field_dict["message"] = message
        if code is not UNSET:
            field_dict["code"] = code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        valid = d.pop("valid")

        require_new_pin = d.pop("require_new_pin", UNSET)

        message = d.pop("message", UNSET)

        code = d.pop("code", UNSET)

        pin_verify_result = cls(
            valid=valid,
            require_new_pin=require_new_pin,
            message=message,
            code=code,
        )

        pin_verify_result.additional_properties = d
        return pin_verify_result

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
