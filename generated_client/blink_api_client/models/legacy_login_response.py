from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.legacy_login_response_account import LegacyLoginResponseAccount
    from ..models.legacy_login_response_client import LegacyLoginResponseClient
    from ..models.legacy_login_response_networks import LegacyLoginResponseNetworks
    from ..models.legacy_login_response_region import LegacyLoginResponseRegion
    from ..models.login_auth_token import LoginAuthToken


T = TypeVar("T", bound="LegacyLoginResponse")


@_attrs_define
class LegacyLoginResponse:
    """Response of the 2016-2019 logins (`/login`, `/api/v2/login`).

    Attributes:
        authtoken (LoginAuthToken): The session token object of the legacy, v2, v3 and v4 logins.
        networks (LegacyLoginResponseNetworks | Unset): The account's networks keyed by network id (as a string).
        region (LegacyLoginResponseRegion | Unset): One entry: the region/tier code (the host part of
            `rest.{region}.immedia-semi.com`,
            later `rest-{tier}`) mapped to a friendly name.
        account (LegacyLoginResponseAccount | Unset): Added around 2018-2019; the account id differs from the network
            ids.
        client (LegacyLoginResponseClient | Unset):
    """

    authtoken: LoginAuthToken
    networks: LegacyLoginResponseNetworks | Unset = UNSET
    region: LegacyLoginResponseRegion | Unset = UNSET
    account: LegacyLoginResponseAccount | Unset = UNSET
    client: LegacyLoginResponseClient | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authtoken = self.authtoken.to_dict()

        networks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.networks, Unset):
            networks = self.networks.to_dict()

        region: dict[str, Any] | Unset = UNSET
        if not isinstance(self.region, Unset):
            region = self.region.to_dict()

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authtoken": authtoken,
            }
        )
        if networks is not UNSET:
            field_dict["networks"] = networks
        if region is not UNSET:
            field_dict["region"] = region
        if account is not UNSET:
            field_dict["account"] = account
        if client is not UNSET:
            field_dict["client"] = client

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.legacy_login_response_account import LegacyLoginResponseAccount  # noqa: PLC0415
        from ..models.legacy_login_response_client import LegacyLoginResponseClient  # noqa: PLC0415
        from ..models.legacy_login_response_networks import LegacyLoginResponseNetworks  # noqa: PLC0415
        from ..models.legacy_login_response_region import LegacyLoginResponseRegion  # noqa: PLC0415
        from ..models.login_auth_token import LoginAuthToken  # noqa: PLC0415

        d = dict(src_dict)
        authtoken = LoginAuthToken.from_dict(d.pop("authtoken"))

        _networks = d.pop("networks", UNSET)
        networks: LegacyLoginResponseNetworks | Unset
        if isinstance(_networks, Unset):
            networks = UNSET
        else:
            networks = LegacyLoginResponseNetworks.from_dict(_networks)

        _region = d.pop("region", UNSET)
        region: LegacyLoginResponseRegion | Unset
        if isinstance(_region, Unset):
            region = UNSET
        else:
            region = LegacyLoginResponseRegion.from_dict(_region)

        _account = d.pop("account", UNSET)
        account: LegacyLoginResponseAccount | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = LegacyLoginResponseAccount.from_dict(_account)

        _client = d.pop("client", UNSET)
        client: LegacyLoginResponseClient | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = LegacyLoginResponseClient.from_dict(_client)

        legacy_login_response = cls(
            authtoken=authtoken,
            networks=networks,
            region=region,
            account=account,
            client=client,
        )

        legacy_login_response.additional_properties = d
        return legacy_login_response

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
