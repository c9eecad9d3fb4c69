from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LoginV5Request")


@_attrs_define
class LoginV5Request:
    """JSON body of `/api/v5/account/login` (2021-02 to 2025-10). Only `email` and `password`
    are strictly needed; the official apps send the rest.

        Attributes:
            email (str):
            password (str):
            unique_id (str | Unset): A stable client UUID; with `reauth` it avoids a new verification PIN.
            reauth (bool | str | Unset): `"true"` (a string in most clients) when re-logging in a known `unique_id`.
            client_name (str | Unset):
            device_identifier (str | Unset): Device model, e.g. `iPhone12,3` or `Pixel 6`.
            app_version (str | Unset):
            client_type (str | Unset):
            os_version (str | Unset):
            notification_key (str | Unset): The push-notification token of the app installation.
    """

    email: str
    password: str
    unique_id: str | Unset = UNSET
    reauth: bool | str | Unset = UNSET
    client_name: str | Unset = UNSET
    device_identifier: str | Unset = UNSET
    app_version: str | Unset = UNSET
    client_type: str | Unset = UNSET
    os_version: str | Unset = UNSET
    notification_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        password = self.password

        unique_id = self.unique_id

        reauth: bool | str | Unset
        if isinstance(self.reauth, Unset):
            reauth = UNSET
        else:
            reauth = self.reauth

        client_name = self.client_name

        device_identifier = self.device_identifier

        app_version = self.app_version

        client_type = self.client_type

        os_version = self.os_version

        notification_key = self.notification_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "password": password,
            }
        )
        if unique_id is not UNSET:
            field_dict["unique_id"] = unique_id
        if reauth is not UNSET:
            field_dict["reauth"] = reauth
        if client_name is not UNSET:
            field_dict["client_name"] = client_name
        if device_identifier is not UNSET:
            field_dict["device_identifier"] = device_identifier
        if app_version is not UNSET:
            field_dict["app_version"] = app_version
        if client_type is not UNSET:
            field_dict["client_type"] = client_type
        if os_version is not UNSET:
            field_dict["os_version"] = os_version
        if notification_key is not UNSET:
            field_dict["notification_key"] = notification_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        password = d.pop("password")

        unique_id = d.pop("unique_id", UNSET)

        def _parse_reauth(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        reauth = _parse_reauth(d.pop("reauth", UNSET))

        client_name = d.pop("client_name", UNSET)

        device_identifier = d.pop("device_identifier", UNSET)

        app_version = d.pop("app_version", UNSET)

        client_type = d.pop("client_type", UNSET)

        os_version = d.pop("os_version", UNSET)

        notification_key = d.pop("notification_key", UNSET)

        login_v5_request = cls(
            email=email,
            password=password,
            unique_id=unique_id,
            reauth=reauth,
            client_name=client_name,
            device_identifier=device_identifier,
            app_version=app_version,
            client_type=client_type,
            os_version=os_version,
            notification_key=notification_key,
        )

        login_v5_request.additional_properties = d
        return login_v5_request

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
