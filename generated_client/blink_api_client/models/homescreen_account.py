from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HomescreenAccount")


@_attrs_define
class HomescreenAccount:
    """
    Attributes:
        id (int): Account id.
        email_verified (bool | Unset):
        email_verification_required (bool | Unset):
        amazon_account_linked (bool | Unset):
    """

    id: int
    email_verified: bool | Unset = UNSET
    email_verification_required: bool | Unset = UNSET
    amazon_account_linked: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email_verified = self.email_verified

        email_verification_required = self.email_verification_required

        amazon_account_linked = self.amazon_account_linked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if email_verified is not UNSET:
            field_dict["email_verified"] = email_verified
        if email_verification_required is not UNSET:
            field_dict["email_verification_required"] = email_verification_required
        if amazon_account_linked is not UNSET:
            field_dict["amazon_account_linked"] = amazon_account_linked

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        email_verified = d.pop("email_verified", UNSET)

        email_verification_required = d.pop("email_verification_required", UNSET)

        amazon_account_linked = d.pop("amazon_account_linked", UNSET)

        homescreen_account = cls(
            id=id,
            email_verified=email_verified,
            email_verification_required=email_verification_required,
            amazon_account_linked=amazon_account_linked,
        )

        homescreen_account.additional_properties = d
        return homescreen_account

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
