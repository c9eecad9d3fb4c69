from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.login_auth_token import LoginAuthToken
    from ..models.login_v4_response_account import LoginV4ResponseAccount
    from ..models.login_v4_response_client import LoginV4ResponseClient
    from ..models.login_v4_response_region import LoginV4ResponseRegion


T = TypeVar("T", bound="LoginV4Response")


@_attrs_define
class LoginV4Response:
    """Response of `/api/v3/login` and `/api/v4/account/login` (2020).

    Attributes:
        authtoken (LoginAuthToken): The session token object of the legacy, v2, v3 and v4 logins.
        client (LoginV4ResponseClient | Unset):
        account (LoginV4ResponseAccount | Unset):
        region (LoginV4ResponseRegion | Unset):
    """

    authtoken: LoginAuthToken
    client: LoginV4ResponseClient | Unset = UNSET
    account: LoginV4ResponseAccount | Unset = UNSET
    region: LoginV4ResponseRegion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authtoken = self.authtoken.to_dict()

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        region: dict[str, Any] | Unset = UNSET
        if not isinstance(self.region, Unset):
            region = self.region.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authtoken": authtoken,
            }
        )
        if client is not UNSET:
            field_dict["client"] = client
        if account is not UNSET:
            field_dict["account"] = account
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.login_auth_token import LoginAuthToken  # noqa: PLC0415
        from ..models.login_v4_response_account import LoginV4ResponseAccount  # noqa: PLC0415
        from ..models.login_v4_response_client import LoginV4ResponseClient  # noqa: PLC0415
        from ..models.login_v4_response_region import LoginV4ResponseRegion  # noqa: PLC0415

        d = dict(src_dict)
        authtoken = LoginAuthToken.from_dict(d.pop("authtoken"))

        _client = d.pop("client", UNSET)
        client: LoginV4ResponseClient | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = LoginV4ResponseClient.from_dict(_client)

        _account = d.pop("account", UNSET)
        account: LoginV4ResponseAccount | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = LoginV4ResponseAccount.from_dict(_account)

        _region = d.pop("region", UNSET)
        region: LoginV4ResponseRegion | Unset
        if isinstance(_region, Unset):
            region = UNSET
        else:
            region = LoginV4ResponseRegion.from_dict(_region)

        login_v4_response = cls(
            authtoken=authtoken,
            client=client,
            account=account,
            region=region,
        )

        login_v4_response.additional_properties = d
        return login_v4_response

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
