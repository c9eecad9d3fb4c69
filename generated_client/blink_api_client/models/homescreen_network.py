from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HomescreenNetwork")


@_attrs_define
class HomescreenNetwork:
    """A network ("system") as the homescreen lists it.

    Attributes:
        id (int):
        name (str):
        created_at (datetime.datetime | Unset): ISO 8601 with an offset, as Blink writes it
            (`2020-10-02T00:27:54+00:00`).
        updated_at (datetime.datetime | Unset): ISO 8601 with an offset, as Blink writes it
            (`2020-10-02T00:27:54+00:00`).
        time_zone (str | Unset): IANA time zone name such as `America/Chicago`.
        dst (bool | Unset): Whether daylight saving time applies.
        armed (bool | Unset):
        lv_save (bool | Unset): Whether live-view sessions are saved as clips.
    """

    id: int
    name: str
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    time_zone: str | Unset = UNSET
    dst: bool | Unset = UNSET
    armed: bool | Unset = UNSET
    lv_save: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        time_zone = self.time_zone

        dst = self.dst

        armed = self.armed

        lv_save = self.lv_save

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone
        if dst is not UNSET:
            field_dict["dst"] = dst
        if armed is not UNSET:
            field_dict["armed"] = armed
        if lv_save is not UNSET:
            field_dict["lv_save"] = lv_save

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

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

        time_zone = d.pop("time_zone", UNSET)

        dst = d.pop("dst", UNSET)

        armed = d.pop("armed", UNSET)

        lv_save = d.pop("lv_save", UNSET)

        homescreen_network = cls(
            id=id,
            name=name,
            created_at=created_at,
            updated_at=updated_at,
            time_zone=time_zone,
            dst=dst,
            armed=armed,
            lv_save=lv_save,
        )

        homescreen_network.additional_properties = d
        return homescreen_network

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
