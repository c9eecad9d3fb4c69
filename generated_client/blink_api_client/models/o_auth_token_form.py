from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuthTokenForm")


@_attrs_define
class OAuthTokenForm:
    """Form fields of `POST /oauth/token`. Which fields are needed depends on `grant_type`:
    * `authorization_code` (2025-12 onwards): `code`, `code_verifier`, `redirect_uri`,
      `client_id=ios`, `scope=client`, `app_brand=blink`, `hardware_id`;
    * `refresh_token`: `refresh_token`, `client_id` (`ios`, or `android` in the older
      blinkpy refresh path), `scope=client`, `hardware_id` or `username`;
    * `password` (2025-10 to about 2025-12, since retired): `username`, `password`,
      `client_id=android`, `scope=client`, with the `hardware_id` (and on the second call
      `2fa-code`) headers.

        Attributes:
            grant_type (str):
            code (str | Unset): The authorization code from the `Location` of the second authorize call.
            code_verifier (str | Unset): The PKCE verifier (43 URL-safe base64 characters, no padding).
            redirect_uri (str | Unset): Must repeat the authorize call's redirect URI.
            refresh_token (str | Unset):
            client_id (str | Unset):
            scope (str | Unset):
            app_brand (str | Unset):
            hardware_id (str | Unset): A stable per-installation id; an upper-case UUID. Shared literals such as
                `Home Assistant` are refused with 406 since 2026-07.
            username (str | Unset): Account e-mail (password grant, and blinkpy's older refresh path).
            password (str | Unset): Account password (password grant only).
    """

    grant_type: str
    code: str | Unset = UNSET
    code_verifier: str | Unset = UNSET
    redirect_uri: str | Unset = UNSET
    refresh_token: str | Unset = UNSET
    client_id: str | Unset = UNSET
    scope: str | Unset = UNSET
    app_brand: str | Unset = UNSET
    hardware_id: str | Unset = UNSET
    username: str | Unset = UNSET
    password: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grant_type = self.grant_type

        code = self.code

        code_verifier = self.code_verifier

        redirect_uri = self.redirect_uri

        refresh_token = self.refresh_token

        client_id = self.client_id

        scope = self.scope

        app_brand = self.app_brand

        hardware_id = self.hardware_id

        username = self.username

        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grant_type": grant_type,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if code_verifier is not UNSET:
            field_dict["code_verifier"] = code_verifier
        if redirect_uri is not UNSET:
            field_dict["redirect_uri"] = redirect_uri
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if scope is not UNSET:
            field_dict["scope"] = scope
        if app_brand is not UNSET:
            field_dict["app_brand"] = app_brand
        if hardware_id is not UNSET:
            field_dict["hardware_id"] = hardware_id
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        grant_type = d.pop("grant_type")

        code = d.pop("code", UNSET)

        code_verifier = d.pop("code_verifier", UNSET)

        redirect_uri = d.pop("redirect_uri", UNSET)

        refresh_token = d.pop("refresh_token", UNSET)

        client_id = d.pop("client_id", UNSET)

        scope = d.pop("scope", UNSET)

        app_brand = d.pop("app_brand", UNSET)

        hardware_id = d.pop("hardware_id", UNSET)

        username = d.pop("username", UNSET)

        password = d.pop("password", UNSET)

        o_auth_token_form = cls(
            grant_type=grant_type,
            code=code,
            code_verifier=code_verifier,
            redirect_uri=redirect_uri,
            refresh_token=refresh_token,
            client_id=client_id,
            scope=scope,
            app_brand=app_brand,
            hardware_id=hardware_id,
            username=username,
            password=password,
        )

        o_auth_token_form.additional_properties = d
        return o_auth_token_form

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
