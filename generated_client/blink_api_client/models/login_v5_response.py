from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.login_v5_response_account import LoginV5ResponseAccount
    from ..models.login_v5_response_auth import LoginV5ResponseAuth
    from ..models.login_v5_response_phone import LoginV5ResponsePhone
    from ..models.login_v5_response_verification import LoginV5ResponseVerification


T = TypeVar("T", bound="LoginV5Response")


@_attrs_define
class LoginV5Response:
    """Response of `/api/v5/account/login` (2021-02 to 2025-10).

    Attributes:
        account (LoginV5ResponseAccount):
        auth (LoginV5ResponseAuth):
        phone (LoginV5ResponsePhone | Unset):
        verification (LoginV5ResponseVerification | Unset):
        lockout_time_remaining (int | Unset): Seconds until login is allowed again (0 when not locked out).
        force_password_reset (bool | Unset):
        allow_pin_resend_seconds (int | Unset): Seconds before another PIN may be requested.
    """

    account: LoginV5ResponseAccount
    auth: LoginV5ResponseAuth
    phone: LoginV5ResponsePhone | Unset = UNSET
    verification: LoginV5ResponseVerification | Unset = UNSET
    lockout_time_remaining: int | Unset = UNSET
    force_password_reset: bool | Unset = UNSET
    allow_pin_resend_seconds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account = self.account.to_dict()

        auth = self.auth.to_dict()

        phone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phone, Unset):
            phone = self.phone.to_dict()

        verification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.verification, Unset):
            verification = self.verification.to_dict()

        lockout_time_remaining = self.lockout_time_remaining

        force_password_reset = self.force_password_reset

        allow_pin_resend_seconds = self.allow_pin_resend_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account": account,
                "auth": auth,
            }
        )
        if phone is not UNSET:
            field_dict["phone"] = phone
        if verification is not UNSET:
            field_dict["verification"] = verification
        if lockout_time_remaining is not UNSET:
            field_dict["lockout_time_remaining"] = lockout_time_remaining
        if force_password_reset is not UNSET:
            field_dict["force_password_reset"] = force_password_reset
        if allow_pin_resend_seconds is not UNSET:
            field_dict["allow_pin_resend_seconds"] = allow_pin_resend_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.login_v5_response_account import LoginV5ResponseAccount  # noqa: PLC0415
        from ..models.login_v5_response_auth import LoginV5ResponseAuth  # noqa: PLC0415
        from ..models.login_v5_response_phone import LoginV5ResponsePhone  # noqa: PLC0415
        from ..models.login_v5_response_verification import LoginV5ResponseVerification  # noqa: PLC0415

        d = dict(src_dict)
        account = LoginV5ResponseAccount.from_dict(d.pop("account"))

        auth = LoginV5ResponseAuth.from_dict(d.pop("auth"))

        _phone = d.pop("phone", UNSET)
        phone: LoginV5ResponsePhone | Unset
        if isinstance(_phone, Unset):
            phone = UNSET
        else:
            phone = LoginV5ResponsePhone.from_dict(_phone)

        _verification = d.pop("verification", UNSET)
        verification: LoginV5ResponseVerification | Unset
        if isinstance(_verification, Unset):
            verification = UNSET
        else:
            verification = LoginV5ResponseVerification.from_dict(_verification)

        lockout_time_remaining = d.pop("lockout_time_remaining", UNSET)

        force_password_reset = d.pop("force_password_reset", UNSET)

        allow_pin_resend_seconds = d.pop("allow_pin_resend_seconds", UNSET)

        login_v5_response = cls(
            account=account,
            auth=auth,
            phone=phone,
            verification=verification,
            lockout_time_remaining=lockout_time_remaining,
            force_password_reset=force_password_reset,
            allow_pin_resend_seconds=allow_pin_resend_seconds,
        )

        login_v5_response.additional_properties = d
        return login_v5_response

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
