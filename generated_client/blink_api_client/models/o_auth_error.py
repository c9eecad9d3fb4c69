from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuthError")


@_attrs_define
class OAuthError:
    """The OAuth-style error body of `api.oauth.blink.com` (RFC 6749 section 5.2 shape), with
    Blink's extra `error_cause` on some answers.

        Attributes:
            error (str):
            error_description (str | Unset):
            error_cause (str | Unset): A finer reason. Observed: `empty_cookies` (no session cookie, blinkpy #1147) and
                `invalid_user_credentials` (wrong password, blinkpy PR #1300). `invalid_verification_code`
                and `invalid_csrf_token` are the mock's choices where no answer was recorded (unverified).
    """

    error: str
    error_description: str | Unset = UNSET
    error_cause: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        error_description = self.error_description

        error_cause = self.error_cause

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )
        if error_description is not UNSET:
            field_dict["error_description"] = error_description
        if error_cause is not UNSET:
            field_dict["error_cause"] = error_cause

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error = d.pop("error")

        error_description = d.pop("error_description", UNSET)

        error_cause = d.pop("error_cause", UNSET)

        o_auth_error = cls(
            error=error,
            error_description=error_description,
            error_cause=error_cause,
        )

        o_auth_error.additional_properties = d
        return o_auth_error

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
