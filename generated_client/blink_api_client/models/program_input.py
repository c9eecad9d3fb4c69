from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.program_schedule_entry import ProgramScheduleEntry


T = TypeVar("T", bound="ProgramInput")


@_attrs_define
class ProgramInput:
    """A program to create or replace.

    Attributes:
        name (str):
        schedule (list[ProgramScheduleEntry]):
        id (int | Unset): Program id; homebridge-blink-for-home sends it even on create.
        format_ (str | Unset):
    """

    name: str
    schedule: list[ProgramScheduleEntry]
    id: int | Unset = UNSET
    format_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        schedule = []
        for schedule_item_data in self.schedule:
            schedule_item = schedule_item_data.to_dict()
            schedule.append(schedule_item)

        id = self.id

        format_ = self.format_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "schedule": schedule,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.program_schedule_entry import ProgramScheduleEntry  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        schedule = []
        _schedule = d.pop("schedule")
        for schedule_item_data in _schedule:
            schedule_item = ProgramScheduleEntry.from_dict(schedule_item_data)

            schedule.append(schedule_item)

        id = d.pop("id", UNSET)

        format_ = d.pop("format", UNSET)

        program_input = cls(
            name=name,
            schedule=schedule,
            id=id,
            format_=format_,
        )

        program_input.additional_properties = d
        return program_input

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
