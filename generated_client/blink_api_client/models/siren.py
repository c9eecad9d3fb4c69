from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Siren")


@_attrs_define
class Siren:
    """A siren of a network. Blink's siren object is not recorded anywhere public; these fields are this
    spec's choice (the app's `Siren` type, named only), kept to what the siren calls set.

        Attributes:
            id (int):
            network_id (int | Unset):
            name (str | Unset):
            duration (int | Unset): Seconds the siren sounds when activated.
            created_at (datetime.datetime | Unset): ISO 8601 with an offset, as Blink writes it
                (`2020-10-02T00:27:54+00:00`).
            updated_at (datetime.datetime | Unset): ISO 8601 with an offset, as Blink writes it
                (`2020-10-02T00:27:54+00:00`).
    """

    id: int
    network_id: int | Unset = UNSET
    name: str | Unset = UNSET
    duration: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        network_id = self.network_id

        name = self.name

        duration = self.duration

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if network_id is not UNSET:
            field_dict["network_id"] = network_id
        if name is not UNSET:
            field_dict["name"] = name
        if duration is not UNSET:
            field_dict["duration"] = duration
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        network_id = d.pop("network_id", UNSET)

        name = d.pop("name", UNSET)

        duration = d.pop("duration", UNSET)

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

        siren = cls(
            id=id,
            network_id=network_id,
            name=name,
            duration=duration,
            created_at=created_at,
            updated_at=updated_at,
        )

        siren.additional_properties = d
        return siren

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
