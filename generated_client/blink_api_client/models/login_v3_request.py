from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LoginV3Request")


@_attrs_define
class LoginV3Request:
    """JSON body of `/api/v3/login` (2020-05), which introduced client verification.

    Attributes:
        email (str):
        password (str):
        unique_id (str | Unset): A stable client UUID; reusing it avoids a new verification PIN.
        notification_key (str | Unset): The push-notification token of the app installation.
        device_identifier (str | Unset): Device model, e.g. `iPhone12,3`.
        client_name (str | Unset): A display name for the client in the account's client list.
    """

    email: str
    password: str
    unique_id: str | Unset = UNSET
    notification_key: str | Unset = UNSET
    device_identifier: str | Unset = UNSET
    client_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        password = self.password

        unique_id = self.unique_id

        notification_key = self.notification_key

        device_identifier = self.device_identifier

        client_name = self.client_name

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
        if notification_key is not UNSET:
            field_dict["notification_key"] = notification_key
        if device_identifier is not UNSET:
            field_dict["device_identifier"] = device_identifier
        if client_name is not UNSET:
            field_dict["client_name"] = client_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        password = d.pop("password")

        unique_id = d.pop("unique_id", UNSET)

        notification_key = d.pop("notification_key", UNSET)

        device_identifier = d.pop("device_identifier", UNSET)

        client_name = d.pop("client_name", UNSET)

        login_v3_request = cls(
            email=email,
            password=password,
            unique_id=unique_id,
            notification_key=notification_key,
            device_identifier=device_identifier,
            client_name=client_name,
        )

        login_v3_request.additional_properties = d
        return login_v3_request

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
