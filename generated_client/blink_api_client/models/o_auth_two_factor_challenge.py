from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuthTwoFactorChallenge")


@_attrs_define
class OAuthTwoFactorChallenge:
    """The JSON body of a 202 answer to the sign-in POST (2026-06 onwards): the credentials
    were accepted and a one-time code was sent. Any truthy `tsv_state`, `tsv_methods` or
    `next_time_in_secs` means a second factor is required.

        Attributes:
            next_time_in_secs (int | Unset): Seconds until another code may be requested.
            phone (str | Unset): The masked phone number the code went to.
            tsv_methods (list[str] | Unset): Delivery channels the account may use for the code.
            tsv_state (str | Unset): The channel the code was sent on ("two-step verification" state).
            user_id (int | Unset): Blink user id.
    """

    next_time_in_secs: int | Unset = UNSET
    phone: str | Unset = UNSET
    tsv_methods: list[str] | Unset = UNSET
    tsv_state: str | Unset = UNSET
    user_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_time_in_secs = self.next_time_in_secs

        phone = self.phone

        tsv_methods: list[str] | Unset = UNSET
        if not isinstance(self.tsv_methods, Unset):
            tsv_methods = self.tsv_methods

        tsv_state = self.tsv_state

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if next_time_in_secs is not UNSET:
            field_dict["next_time_in_secs"] = next_time_in_secs
        if phone is not UNSET:
            field_dict["phone"] = phone
        if tsv_methods is not UNSET:
            field_dict["tsv_methods"] = tsv_methods
        if tsv_state is not UNSET:
            field_dict["tsv_state"] = tsv_state
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        next_time_in_secs = d.pop("next_time_in_secs", UNSET)

        phone = d.pop("phone", UNSET)

        tsv_methods = cast(list[str], d.pop("tsv_methods", UNSET))

        tsv_state = d.pop("tsv_state", UNSET)

        user_id = d.pop("user_id", UNSET)

        o_auth_two_factor_challenge = cls(
            next_time_in_secs=next_time_in_secs,
            phone=phone,
            tsv_methods=tsv_methods,
            tsv_state=tsv_state,
            user_id=user_id,
        )

        o_auth_two_factor_challenge.additional_properties = d
        return o_auth_two_factor_challenge

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
