from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgramAction")


@_attrs_define
class ProgramAction:
    """One scheduled action row (one day and time) that Blink derives from a program.

    Attributes:
        id (int | Unset):
        created_at (datetime.datetime | Unset): ISO 8601 with an offset, as Blink writes it
            (`2020-10-02T00:27:54+00:00`).
        updated_at (datetime.datetime | Unset): ISO 8601 with an offset, as Blink writes it
            (`2020-10-02T00:27:54+00:00`).
        time (str | Unset): Time of day `HH:MM`.
        dow (str | Unset):
        alt_when (None | str | Unset):
        action (str | Unset):
        devices (str | Unset): Device ids as JSON text, e.g. `[]`.
        status (str | Unset):
        last_execution (datetime.datetime | None | Unset): ISO 8601 with an offset, or null while the stage or event has
            not happened.
        program_id (int | Unset):
        network_id (int | Unset):
        user_id (int | Unset):
        account_id (int | Unset):
    """

    id: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    time: str | Unset = UNSET
    dow: str | Unset = UNSET
    alt_when: None | str | Unset = UNSET
    action: str | Unset = UNSET
    devices: str | Unset = UNSET
    status: str | Unset = UNSET
    last_execution: datetime.datetime | None | Unset = UNSET
    program_id: int | Unset = UNSET
    network_id: int | Unset = UNSET
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

        time = self.time

        dow = self.dow

        alt_when: None | str | Unset
        if isinstance(self.alt_when, Unset):
            alt_when = UNSET
        else:
            alt_when = self.alt_when

        action = self.action

        devices = self.devices

        status = self.status

        last_execution: None | str | Unset
        if isinstance(self.last_execution, Unset):
            last_execution = UNSET
        elif isinstance(self.last_execution, datetime.datetime):
            last_execution = self.last_execution.isoformat()
        else:
            last_execution = self.last_execution

        program_id = self.program_id

        network_id = self.network_id

        user_id = self.user_id

        account_id = self.account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if time is not UNSET:
            field_dict["time"] = time
        if dow is not UNSET:
            field_dict["dow"] = dow
        if alt_when is not UNSET:
            field_dict["alt_when"] = alt_when
        if action is not UNSET:
            field_dict["action"] = action
        if devices is not UNSET:
            field_dict["devices"] = devices
        if status is not UNSET:
            field_dict["status"] = status
        if last_execution is not UNSET:
            field_dict["last_execution"] = last_execution
        if program_id is not UNSET:
            field_dict["program_id"] = program_id
        if network_id is not UNSET:
            field_dict["network_id"] = network_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

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

        time = d.pop("time", UNSET)

        dow = d.pop("dow", UNSET)

        def _parse_alt_when(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        alt_when = _parse_alt_when(d.pop("alt_when", UNSET))

        action = d.pop("action", UNSET)

        devices = d.pop("devices", UNSET)

        status = d.pop("status", UNSET)

        def _parse_last_execution(data: object) -> datetime.datetime | None | Unset:
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

        last_execution = _parse_last_execution(d.pop("last_execution", UNSET))

        program_id = d.pop("program_id", UNSET)

        network_id = d.pop("network_id", UNSET)

        user_id = d.pop("user_id", UNSET)

        account_id = d.pop("account_id", UNSET)

        program_action = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            time=time,
            dow=dow,
            alt_when=alt_when,
            action=action,
            devices=devices,
            status=status,
            last_execution=last_execution,
            program_id=program_id,
            network_id=network_id,
            user_id=user_id,
            account_id=account_id,
        )

        program_action.additional_properties = d
        return program_action

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
