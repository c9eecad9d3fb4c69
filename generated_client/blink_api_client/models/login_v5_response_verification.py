from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.login_v5_response_verification_email import (
        LoginV5ResponseVerificationEmail,
    )
    from ..models.login_v5_response_verification_phone import (
        LoginV5ResponseVerificationPhone,
    )


T = TypeVar("T", bound="LoginV5ResponseVerification")


@_attrs_define
class LoginV5ResponseVerification:
    """
    Attributes:
        email (LoginV5ResponseVerificationEmail | Unset):
        phone (LoginV5ResponseVerificationPhone | Unset):
    """

    email: LoginV5ResponseVerificationEmail | Unset = UNSET
    phone: LoginV5ResponseVerificationPhone | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email, Unset):
            email = self.email.to_dict()

        phone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phone, Unset):
            phone = self.phone.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.login_v5_response_verification_email import (
            LoginV5ResponseVerificationEmail,  # noqa: PLC0415
        )
        from ..models.login_v5_response_verification_phone import (
            LoginV5ResponseVerificationPhone,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _email = d.pop("email", UNSET)
        email: LoginV5ResponseVerificationEmail | Unset
        if isinstance(_email, Unset):
            email = UNSET
        else:
            email = LoginV5ResponseVerificationEmail.from_dict(_email)

        _phone = d.pop("phone", UNSET)
        phone: LoginV5ResponseVerificationPhone | Unset
        if isinstance(_phone, Unset):
            phone = UNSET
        else:
            phone = LoginV5ResponseVerificationPhone.from_dict(_phone)

        login_v5_response_verification = cls(
            email=email,
            phone=phone,
        )

        login_v5_response_verification.additional_properties = d
        return login_v5_response_verification

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
