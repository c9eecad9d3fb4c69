from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LegacyLoginRequest")


@_attrs_define
class LegacyLoginRequest:
    """JSON body of the 2016-2019 logins (`/login`, `/api/v2/login`).

    Attributes:
        email (str):
        password (str):
        client_specifier (str | Unset): Free text naming the client, e.g. `iPhone 10.3 | 2.4 | 245` (device, OS, app
            version and build).
    """

    email: str
    password: str
    client_specifier: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        password = self.password

        client_specifier = self.client_specifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "password": password,
            }
        )
        if client_specifier is not UNSET:
            field_dict["client_specifier"] = client_specifier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        password = d.pop("password")

        client_specifier = d.pop("client_specifier", UNSET)

        legacy_login_request = cls(
            email=email,
            password=password,
            client_specifier=client_specifier,
        )

        legacy_login_request.additional_properties = d
        return legacy_login_request

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
