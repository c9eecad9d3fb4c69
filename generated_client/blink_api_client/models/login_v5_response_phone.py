from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LoginV5ResponsePhone")


@_attrs_define
class LoginV5ResponsePhone:
    """
    Attributes:
        number (str | Unset): Masked phone number.
        last_4_digits (str | Unset):
        country_calling_code (str | Unset):
        valid (bool | Unset):
    """

    number: str | Unset = UNSET
    last_4_digits: str | Unset = UNSET
    country_calling_code: str | Unset = UNSET
    valid: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        last_4_digits = self.last_4_digits

        country_calling_code = self.country_calling_code

        valid = self.valid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number is not UNSET:
            field_dict["number"] = number
        if last_4_digits is not UNSET:
            field_dict["last_4_digits"] = last_4_digits
        if country_calling_code is not UNSET:
            field_dict["country_calling_code"] = country_calling_code
        if valid is not UNSET:
            field_dict["valid"] = valid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("number", UNSET)

        last_4_digits = d.pop("last_4_digits", UNSET)

        country_calling_code = d.pop("country_calling_code", UNSET)

        valid = d.pop("valid", UNSET)

        login_v5_response_phone = cls(
            number=number,
            last_4_digits=last_4_digits,
            country_calling_code=country_calling_code,
            valid=valid,
        )

        login_v5_response_phone.additional_properties = d
        return login_v5_response_phone

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
