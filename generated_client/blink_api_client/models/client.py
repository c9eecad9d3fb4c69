from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Client")


@_attrs_define
class Client:
    """One app installation ("client") of a user.

    Attributes:
        id (int):
        created_at (datetime.datetime | Unset): ISO 8601 with an offset, as Blink writes it
            (`2020-10-02T00:27:54+00:00`).
        updated_at (datetime.datetime | Unset): ISO 8601 with an offset, as Blink writes it
            (`2020-10-02T00:27:54+00:00`).
        name (str | Unset):
        notify_sound (None | str | Unset):
        client_type (str | Unset):
        client_specifier (str | Unset): Free text, e.g. "<device> | <os> | <app version>".
        notification_key (None | str | Unset):
        aws_key (None | str | Unset):
        os_version (str | Unset):
        device_identifier (str | Unset):
        app_version (str | Unset):
        unique_id (str | Unset): Installation UUID the client sent at login.
        home (None | str | Unset):
        ssid (None | str | Unset):
        ssid_updated_at (datetime.datetime | None | Unset): ISO 8601 with an offset, or null while the stage or event
            has not happened.
        enabled_notifications (int | Unset): Bit set of enabled notification kinds.
        client_options (None | str | Unset):
        verified (bool | Unset):
        user_id (int | Unset):
        account_id (int | Unset):
    """

    id: int
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    name: str | Unset = UNSET
    notify_sound: None | str | Unset = UNSET
    client_type: str | Unset = UNSET
    client_specifier: str | Unset = UNSET
    notification_key: None | str | Unset = UNSET
    aws_key: None | str | Unset = UNSET
    os_version: str | Unset = UNSET
    device_identifier: str | Unset = UNSET
    app_version: str | Unset = UNSET
    unique_id: str | Unset = UNSET
    home: None | str | Unset = UNSET
    ssid: None | str | Unset = UNSET
    ssid_updated_at: datetime.datetime | None | Unset = UNSET
    enabled_notifications: int | Unset = UNSET
    client_options: None | str | Unset = UNSET
    verified: bool | Unset = UNSET
    user_id: int | Unset = UNSET
    account_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        name = self.name

        notify_sound: None | str | Unset
        if isinstance(self.notify_sound, Unset):
            notify_sound = UNSET
        else:
            notify_sound = self.notify_sound

        client_type = self.client_type

        client_specifier = self.client_specifier

        notification_key: None | str | Unset
        if isinstance(self.notification_key, Unset):
            notification_key = UNSET
        else:
            notification_key = self.notification_key

        aws_key: None | str | Unset
        if isinstance(self.aws_key, Unset):
            aws_key = UNSET
        else:
            aws_key = self.aws_key

        os_version = self.os_version

        device_identifier = self.device_identifier

        app_version = self.app_version

        unique_id = self.unique_id

        home: None | str | Unset
        if isinstance(self.home, Unset):
            home = UNSET
        else:
            home = self.home

        ssid: None | str | Unset
        if isinstance(self.ssid, Unset):
            ssid = UNSET
        else:
            ssid = self.ssid

        ssid_updated_at: None | str | Unset
        if isinstance(self.ssid_updated_at, Unset):
            ssid_updated_at = UNSET
        elif isinstance(self.ssid_updated_at, datetime.datetime):
            ssid_updated_at = self.ssid_updated_at.isoformat()
        else:
            ssid_updated_at = self.ssid_updated_at

        enabled_notifications = self.enabled_notifications

        client_options: None | str | Unset
        if isinstance(self.client_options, Unset):
            client_options = UNSET
        else:
            client_options = self.client_options

        verified = self.verified

        user_id = self.user_id

        account_id = self.account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if name is not UNSET:
            field_dict["name"] = name
        if notify_sound is not UNSET:
            field_dict["notify_sound"] = notify_sound
        if client_type is not UNSET:
            field_dict["client_type"] = client_type
        if client_specifier is not UNSET:
            field_dict["client_specifier"] = client_specifier
        if notification_key is not UNSET:
            field_dict["notification_key"] = notification_key
        if aws_key is not UNSET:
            field_dict["aws_key"] = aws_key
        if os_version is not UNSET:
            field_dict["os_version"] = os_version
        if device_identifier is not UNSET:
            field_dict["device_identifier"] = device_identifier
        if app_version is not UNSET:
            field_dict["app_version"] = app_version
        if unique_id is not UNSET:
            field_dict["unique_id"] = unique_id
        if home is not UNSET:
            field_dict["home"] = home
        if ssid is not UNSET:
            field_dict["ssid"] = ssid
        if ssid_updated_at is not UNSET:
            field_dict["ssid_updated_at"] = ssid_updated_at
        if enabled_notifications is not UNSET:
            field_dict["enabled_notifications"] = enabled_notifications
        if client_options is not UNSET:
            field_dict["client_options"] = client_options
        if verified is not UNSET:
            field_dict["verified"] = verified
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        name = d.pop("name", UNSET)

        def _parse_notify_sound(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notify_sound = _parse_notify_sound(d.pop("notify_sound", UNSET))

        client_type = d.pop("client_type", UNSET)

        client_specifier = d.pop("client_specifier", UNSET)

        def _parse_notification_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notification_key = _parse_notification_key(d.pop("notification_key", UNSET))

        def _parse_aws_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        aws_key = _parse_aws_key(d.pop("aws_key", UNSET))

        os_version = d.pop("os_version", UNSET)

        device_identifier = d.pop("device_identifier", UNSET)

        app_version = d.pop("app_version", UNSET)

        unique_id = d.pop("unique_id", UNSET)

        def _parse_home(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        home = _parse_home(d.pop("home", UNSET))

        def _parse_ssid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ssid = _parse_ssid(d.pop("ssid", UNSET))

        def _parse_ssid_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_timestamp_type_0 = (
                    datetime.datetime.fromisoformat(data)
                )

                return componentsschemas_nullable_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        ssid_updated_at = _parse_ssid_updated_at(d.pop("ssid_updated_at", UNSET))

        enabled_notifications = d.pop("enabled_notifications", UNSET)

        def _parse_client_options(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_options = _parse_client_options(d.pop("client_options", UNSET))

        verified = d.pop("verified", UNSET)

        user_id = d.pop("user_id", UNSET)

        account_id = d.pop("account_id", UNSET)

        client = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            name=name,
            notify_sound=notify_sound,
            client_type=client_type,
            client_specifier=client_specifier,
            notification_key=notification_key,
            aws_key=aws_key,
            os_version=os_version,
            device_identifier=device_identifier,
            app_version=app_version,
            unique_id=unique_id,
            home=home,
            ssid=ssid,
            ssid_updated_at=ssid_updated_at,
            enabled_notifications=enabled_notifications,
            client_options=client_options,
            verified=verified,
            user_id=user_id,
            account_id=account_id,
        )

        client.additional_properties = d
        return client

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
