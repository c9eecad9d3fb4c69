from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OAuthSignInForm")


@_attrs_define
class OAuthSignInForm:
    """Form fields of the credential submission on the OAuth sign-in page. The CSRF token is
    the `csrf-token` value of the page's `oauth-args` JSON script.

        Attributes:
            username (str): The account e-mail address.
            password (str):
            csrf_token (str): CSRF token scraped from `GET /oauth/v2/signin` (hyphen, not underscore).
    """

    username: str
    password: str
    csrf_token: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        password = self.password

        csrf_token = self.csrf_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "password": password,
                "csrf-token": csrf_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username")

        password = d.pop("password")

        csrf_token = d.pop("csrf-token")

        o_auth_sign_in_form = cls(
            username=username,
            password=password,
            csrf_token=csrf_token,
        )

        o_auth_sign_in_form.additional_properties = d
        return o_auth_sign_in_form

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
