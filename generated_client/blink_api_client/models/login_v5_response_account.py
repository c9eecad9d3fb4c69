from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.login_v5_response_account_user import LoginV5ResponseAccountUser


T = TypeVar("T", bound="LoginV5ResponseAccount")


@_attrs_define
class LoginV5ResponseAccount:
    """
    Attributes:
        account_id (int):
        client_id (int):
        user_id (int | Unset):
        new_account (bool | Unset):
        tier (str | Unset): The `{tier}` of `rest-{tier}.immedia-semi.com`.
        region (str | Unset): Coarse region label.
        account_verification_required (bool | Unset):
        phone_verification_required (bool | Unset):
        client_verification_required (bool | Unset): When true, a PIN was sent and must be verified before the token
            works.
        verification_channel (str | Unset):
        client_trusted (bool | Unset):
        require_trust_client_device (bool | Unset):
        country_required (bool | Unset):
        amazon_account_linked (bool | Unset):
        user (LoginV5ResponseAccountUser | Unset):
    """

    account_id: int
    client_id: int
    user_id: int | Unset = UNSET
    new_account: bool | Unset = UNSET
    tier: str | Unset = UNSET
    region: str | Unset = UNSET
    account_verification_required: bool | Unset = UNSET
    phone_verification_required: bool | Unset = UNSET
    client_verification_required: bool | Unset = UNSET
    verification_channel: str | Unset = UNSET
    client_trusted: bool | Unset = UNSET
    require_trust_client_device: bool | Unset = UNSET
    country_required: bool | Unset = UNSET
    amazon_account_linked: bool | Unset = UNSET
    user: LoginV5ResponseAccountUser | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        client_id = self.client_id

        user_id = self.user_id

        new_account = self.new_account

        tier = self.tier

        region = self.region

        account_verification_required = self.account_verification_required

        phone_verification_required = self.phone_verification_required

        client_verification_required = self.client_verification_required

        verification_channel = self.verification_channel

        client_trusted = self.client_trusted

        require_trust_client_device = self.require_trust_client_device

        country_required = self.country_required

        amazon_account_linked = self.amazon_account_linked

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "client_id": client_id,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if new_account is not UNSET:
            field_dict["new_account"] = new_account
        if tier is not UNSET:
            field_dict["tier"] = tier
        if region is not UNSET:
            field_dict["region"] = region
        if account_verification_required is not UNSET:
            field_dict["account_verification_required"] = account_verification_required
        if phone_verification_required is not UNSET:
            field_dict["phone_verification_required"] = phone_verification_required
        if client_verification_required is not UNSET:
            field_dict["client_verification_required"] = client_verification_required
        if verification_channel is not UNSET:
            field_dict["verification_channel"] = verification_channel
        if client_trusted is not UNSET:
            field_dict["client_trusted"] = client_trusted
        if require_trust_client_device is not UNSET:
            field_dict["require_trust_client_device"] = require_trust_client_device
        if country_required is not UNSET:
            field_dict["country_required"] = country_required
        if amazon_account_linked is not UNSET:
            field_dict["amazon_account_linked"] = amazon_account_linked
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.login_v5_response_account_user import LoginV5ResponseAccountUser  # noqa: PLC0415

        d = dict(src_dict)
        account_id = d.pop("account_id")

        client_id = d.pop("client_id")

        user_id = d.pop("user_id", UNSET)

        new_account = d.pop("new_account", UNSET)

        tier = d.pop("tier", UNSET)

        region = d.pop("region", UNSET)

        account_verification_required = d.pop("account_verification_required", UNSET)

        phone_verification_required = d.pop("phone_verification_required", UNSET)

        client_verification_required = d.pop("client_verification_required", UNSET)

        verification_channel = d.pop("verification_channel", UNSET)

        client_trusted = d.pop("client_trusted", UNSET)

        require_trust_client_device = d.pop("require_trust_client_device", UNSET)

        country_required = d.pop("country_required", UNSET)

        amazon_account_linked = d.pop("amazon_account_linked", UNSET)

        _user = d.pop("user", UNSET)
        user: LoginV5ResponseAccountUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = LoginV5ResponseAccountUser.from_dict(_user)

        login_v5_response_account = cls(
            account_id=account_id,
            client_id=client_id,
            user_id=user_id,
            new_account=new_account,
            tier=tier,
            region=region,
            account_verification_required=account_verification_required,
            phone_verification_required=phone_verification_required,
            client_verification_required=client_verification_required,
            verification_channel=verification_channel,
            client_trusted=client_trusted,
            require_trust_client_device=require_trust_client_device,
            country_required=country_required,
            amazon_account_linked=amazon_account_linked,
            user=user,
        )

        login_v5_response_account.additional_properties = d
        return login_v5_response_account

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
