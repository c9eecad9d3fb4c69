from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuthVerifyForm")


@_attrs_define
class OAuthVerifyForm:
    """Form fields of the 2FA code submission.

    Attributes:
        field_2fa_code (str): The one-time code from the SMS, WhatsApp message, call or e-mail.
        csrf_token (str): The same CSRF token that was used for the sign-in POST.
        remember_me (str | Unset): Whether to trust this device for later logins; a string, not a boolean.
    """

    field_2fa_code: str
    csrf_token: str
    remember_me: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_2fa_code = self.field_2fa_code

        csrf_token = self.csrf_token

        remember_me = self.remember_me

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "2fa_code": field_2fa_code,
                "csrf-token": csrf_token,
            }
        )
        if remember_me is not UNSET:
            field_dict["remember_me"] = remember_me

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_2fa_code = d.pop("2fa_code")

        csrf_token = d.pop("csrf-token")

        remember_me = d.pop("remember_me", UNSET)

        o_auth_verify_form = cls(
            field_2fa_code=field_2fa_code,
            csrf_token=csrf_token,
            remember_me=remember_me,
        )

        o_auth_verify_form.additional_properties = d
        return o_auth_verify_form

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
