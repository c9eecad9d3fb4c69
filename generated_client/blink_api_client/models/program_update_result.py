from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.program_action import ProgramAction
    from ..models.program_record import ProgramRecord


T = TypeVar("T", bound="ProgramUpdateResult")


@_attrs_define
class ProgramUpdateResult:
    """The answer of `update_program`.

    Attributes:
        program (ProgramRecord | Unset): The stored program row returned by `update_program`.
        actions (list[ProgramAction] | Unset):
    """

    program: ProgramRecord | Unset = UNSET
    actions: list[ProgramAction] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        program: dict[str, Any] | Unset = UNSET
        if not isinstance(self.program, Unset):
            program = self.program.to_dict()

        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.to_dict()
                actions.append(actions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if program is not UNSET:
            field_dict["program"] = program
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.program_action import ProgramAction  # noqa: PLC0415
        from ..models.program_record import ProgramRecord  # noqa: PLC0415

        d = dict(src_dict)
        _program = d.pop("program", UNSET)
        program: ProgramRecord | Unset
        if isinstance(_program, Unset):
            program = UNSET
        else:
            program = ProgramRecord.from_dict(_program)

        _actions = d.pop("actions", UNSET)
        actions: list[ProgramAction] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = ProgramAction.from_dict(actions_item_data)

                actions.append(actions_item)

        program_update_result = cls(
            program=program,
            actions=actions,
        )

        program_update_result.additional_properties = d
        return program_update_result

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
