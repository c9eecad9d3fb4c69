from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_status_account import AccountStatusAccount
    from ..models.account_status_client import AccountStatusClient


T = TypeVar("T", bound="AccountStatus")


@_attrs_define
class AccountStatus:
    """Whether the account and this client still need verification.

    Attributes:
        account (AccountStatusAccount | Unset):
        client (AccountStatusClient | Unset):
    """

    account: AccountStatusAccount | Unset = UNSET
    client: AccountStatusClient | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if client is not UNSET:
            field_dict["client"] = client

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_status_account import AccountStatusAccount  # noqa: PLC0415
        from ..models.account_status_client import AccountStatusClient  # noqa: PLC0415

        d = dict(src_dict)
        _account = d.pop("account", UNSET)
        account: AccountStatusAccount | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = AccountStatusAccount.from_dict(_account)

        _client = d.pop("client", UNSET)
        client: AccountStatusClient | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = AccountStatusClient.from_dict(_client)

        account_status = cls(
            account=account,
            client=client,
        )

        account_status.additional_properties = d
        return account_status

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
