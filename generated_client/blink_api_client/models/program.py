from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.program_schedule_entry import ProgramScheduleEntry


T = TypeVar("T", bound="Program")


@_attrs_define
class Program:
    """An arm/disarm schedule ("program") of a network.

    Attributes:
        id (int | Unset):
        network_id (int | Unset):
        status (str | Unset):
        name (str | Unset):
        schedule (list[ProgramScheduleEntry] | Unset):
        format_ (str | Unset):
    """

    id: int | Unset = UNSET
    network_id: int | Unset = UNSET
    status: str | Unset = UNSET
    name: str | Unset = UNSET
    schedule: list[ProgramScheduleEntry] | Unset = UNSET
    format_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        network_id = self.network_id

        status = self.status

        name = self.name

        schedule: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = []
            for schedule_item_data in self.schedule:
                schedule_item = schedule_item_data.to_dict()
                schedule.append(schedule_item)

        format_ = self.format_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if network_id is not UNSET:
            field_dict["network_id"] = network_id
        if status is not UNSET:
            field_dict["status"] = status
        if name is not UNSET:
            field_dict["name"] = name
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.program_schedule_entry import ProgramScheduleEntry  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        network_id = d.pop("network_id", UNSET)

        status = d.pop("status", UNSET)

        name = d.pop("name", UNSET)

        _schedule = d.pop("schedule", UNSET)
        schedule: list[ProgramScheduleEntry] | Unset = UNSET
        if _schedule is not UNSET:
            schedule = []
            for schedule_item_data in _schedule:
                schedule_item = ProgramScheduleEntry.from_dict(schedule_item_data)

                schedule.append(schedule_item)

        format_ = d.pop("format", UNSET)

        program = cls(
            id=id,
            network_id=network_id,
            status=status,
            name=name,
            schedule=schedule,
            format_=format_,
        )

        program.additional_properties = d
        return program

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
