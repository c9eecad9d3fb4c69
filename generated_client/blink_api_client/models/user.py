from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """The logged-in user.

    Attributes:
        id (int):
        account_id (int):
        created_at (datetime.datetime | Unset): ISO 8601 with an offset, as Blink writes it
            (`2020-10-02T00:27:54+00:00`).
        updated_at (datetime.datetime | Unset): ISO 8601 with an offset, as Blink writes it
            (`2020-10-02T00:27:54+00:00`).
        email (str | Unset):
        verified (bool | Unset):
        verification_required (bool | Unset):
        force_password_reset (bool | Unset):
        reset_expiration (datetime.datetime | None | Unset): ISO 8601 with an offset, or null while the stage or event
            has not happened.
        time_zone (str | Unset):
        owner (bool | Unset): Whether the user owns the account (not a shared user).
        name (str | Unset):
        user_access (str | Unset):
        temp_units (str | Unset):
        type_ (str | Unset):
        pin_created_at (datetime.datetime | None | Unset): ISO 8601 with an offset, or null while the stage or event has
            not happened.
        pin_failures (int | Unset):
        country_id (int | None | str | Unset): Country of the user; named in later descriptions, no recorded sample.
        locale (None | str | Unset):
        phone_number (None | str | Unset):
        country_calling_code (str | Unset): Recorded in homebridge-blink-for-home's sample `/user` (2022-03).
        phone_verified (bool | Unset):
        phone_verification_required (bool | Unset):
        phone_verification_channel (str | Unset):
        verification_channel (str | Unset):
        timezone_id (int | Unset): Blink's own number for `time_zone`.
    """

    id: int
    account_id: int
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    email: str | Unset = UNSET
    verified: bool | Unset = UNSET
    verification_required: bool | Unset = UNSET
    force_password_reset: bool | Unset = UNSET
    reset_expiration: datetime.datetime | None | Unset = UNSET
    time_zone: str | Unset = UNSET
    owner: bool | Unset = UNSET
    name: str | Unset = UNSET
    user_access: str | Unset = UNSET
    temp_units: str | Unset = UNSET
    type_: str | Unset = UNSET
    pin_created_at: datetime.datetime | None | Unset = UNSET
    pin_failures: int | Unset = UNSET
    country_id: int | None | str | Unset = UNSET
    locale: None | str | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    country_calling_code: str | Unset = UNSET
    phone_verified: bool | Unset = UNSET
    phone_verification_required: bool | Unset = UNSET
    phone_verification_channel: str | Unset = UNSET
    verification_channel: str | Unset = UNSET
    timezone_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        account_id = self.account_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        email = self.email

        verified = self.verified

        verification_required = self.verification_required

        force_password_reset = self.force_password_reset

        reset_expiration: None | str | Unset
        if isinstance(self.reset_expiration, Unset):
            reset_expiration = UNSET
        elif isinstance(self.reset_expiration, datetime.datetime):
            reset_expiration = self.reset_expiration.isoformat()
        else:
            reset_expiration = self.reset_expiration

        time_zone = self.time_zone

        owner = self.owner

        name = self.name

        user_access = self.user_access

        temp_units = self.temp_units

        type_ = self.type_

        pin_created_at: None | str | Unset
        if isinstance(self.pin_created_at, Unset):
            pin_created_at = UNSET
        elif isinstance(self.pin_created_at, datetime.datetime):
            pin_created_at = self.pin_created_at.isoformat()
        else:
            pin_created_at = self.pin_created_at

        pin_failures = self.pin_failures

        country_id: int | None | str | Unset
        if isinstance(self.country_id, Unset):
            country_id = UNSET
        else:
            country_id = self.country_id

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        else:
            locale = self.locale

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        country_calling_code = self.country_calling_code

        phone_verified = self.phone_verified

        phone_verification_required = self.phone_verification_required

        phone_verification_channel = self.phone_verification_channel

        verification_channel = self.verification_channel

        timezone_id = self.timezone_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "account_id": account_id,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if email is not UNSET:
            field_dict["email"] = email
        if verified is not UNSET:
            field_dict["verified"] = verified
        if verification_required is not UNSET:
            field_dict["verification_required"] = verification_required
        if force_password_reset is not UNSET:
            field_dict["force_password_reset"] = force_password_reset
        if reset_expiration is not UNSET:
            field_dict["reset_expiration"] = reset_expiration
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone
        if owner is not UNSET:
            field_dict["owner"] = owner
        if name is not UNSET:
            field_dict["name"] = name
        if user_access is not UNSET:
            field_dict["user_access"] = user_access
        if temp_units is not UNSET:
            field_dict["temp_units"] = temp_units
        if type_ is not UNSET:
            field_dict["type"] = type_
        if pin_created_at is not UNSET:
            field_dict["pin_created_at"] = pin_created_at
        if pin_failures is not UNSET:
            field_dict["pin_failures"] = pin_failures
        if country_id is not UNSET:
            field_dict["country_id"] = country_id
        if locale is not UNSET:
            field_dict["locale"] = locale
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if country_calling_code is not UNSET:
            field_dict["country_calling_code"] = country_calling_code
        if phone_verified is not UNSET:
            field_dict["phone_verified"] = phone_verified
        if phone_verification_required is not UNSET:
            field_dict["phone_verification_required"] = phone_verification_required
        if phone_verification_channel is not UNSET:
            field_dict["phone_verification_channel"] = phone_verification_channel
        if verification_channel is not UNSET:
            field_dict["verification_channel"] = verification_channel
        if timezone_id is not UNSET:
            field_dict["timezone_id"] = timezone_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        account_id = d.pop("account_id")

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

        email = d.pop("email", UNSET)

        verified = d.pop("verified", UNSET)

        verification_required = d.pop("verification_required", UNSET)

        force_password_reset = d.pop("force_password_reset", UNSET)

        def _parse_reset_expiration(data: object) -> datetime.datetime | None | Unset:
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

        reset_expiration = _parse_reset_expiration(d.pop("reset_expiration", UNSET))

        time_zone = d.pop("time_zone", UNSET)

        owner = d.pop("owner", UNSET)

        name = d.pop("name", UNSET)

        user_access = d.pop("user_access", UNSET)

        temp_units = d.pop("temp_units", UNSET)

        type_ = d.pop("type", UNSET)

        def _parse_pin_created_at(data: object) -> datetime.datetime | None | Unset:
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

        pin_created_at = _parse_pin_created_at(d.pop("pin_created_at", UNSET))

        pin_failures = d.pop("pin_failures", UNSET)

        def _parse_country_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        country_id = _parse_country_id(d.pop("country_id", UNSET))

        def _parse_locale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        locale = _parse_locale(d.pop("locale", UNSET))

        def _parse_phone_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_number = _parse_phone_number(d.pop("phone_number", UNSET))

        country_calling_code = d.pop("country_calling_code", UNSET)

        phone_verified = d.pop("phone_verified", UNSET)

        phone_verification_required = d.pop("phone_verification_required", UNSET)

        phone_verification_channel = d.pop("phone_verification_channel", UNSET)

        verification_channel = d.pop("verification_channel", UNSET)

        timezone_id = d.pop("timezone_id", UNSET)

        user = cls(
            id=id,
            account_id=account_id,
            created_at=created_at,
            updated_at=updated_at,
            email=email,
            verified=verified,
            verification_required=verification_required,
            force_password_reset=force_password_reset,
            reset_expiration=reset_expiration,
            time_zone=time_zone,
            owner=owner,
            name=name,
            user_access=user_access,
            temp_units=temp_units,
            type_=type_,
            pin_created_at=pin_created_at,
            pin_failures=pin_failures,
            country_id=country_id,
            locale=locale,
            phone_number=phone_number,
            country_calling_code=country_calling_code,
            phone_verified=phone_verified,
            phone_verification_required=phone_verification_required,
            phone_verification_channel=phone_verification_channel,
            verification_channel=verification_channel,
            timezone_id=timezone_id,
        )

        user.additional_properties = d
        return user

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
