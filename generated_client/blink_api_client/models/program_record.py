from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgramRecord")


@_attrs_define
class ProgramRecord:
    """The stored program row returned by `update_program`.

    Attributes:
        id (int | Unset):
        created_at (datetime.datetime | Unset): ISO 8601 with an offset, as Blink writes it
            (`2020-10-02T00:27:54+00:00`).
        updated_at (datetime.datetime | Unset): ISO 8601 with an offset, as Blink writes it
            (`2020-10-02T00:27:54+00:00`).
        name (str | Unset):
        data (str | Unset): The submitted program (`ProgramInput`) as JSON text.
        status (str | Unset):
        network_id (int | Unset):
        user_id (int | Unset):
        account_id (int | Unset):
    """

    id: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    name: str | Unset = UNSET
    data: str | Unset = UNSET
    status: str | Unset = UNSET
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

        name = self.name

        data = self.data

        status = self.status

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
        if name is not UNSET:
            field_dict["name"] = name
        if data is not UNSET:
            field_dict["data"] = data
        if status is not UNSET:
            field_dict["status"] = status
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

        name = d.pop("name", UNSET)

        data = d.pop("data", UNSET)

        status = d.pop("status", UNSET)

        network_id = d.pop("network_id", UNSET)

        user_id = d.pop("user_id", UNSET)

        account_id = d.pop("account_id", UNSET)

        program_record = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            name=name,
            data=data,
            status=status,
            network_id=network_id,
            user_id=user_id,
            account_id=account_id,
        )

        program_record.additional_properties = d
        return program_record

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
