from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CommandShort")


@_attrs_define
class CommandShort:
    """The short command object of account-scoped endpoints (arm, disarm, Mini thumbnail):
    poll it with `get_command_status` using its `network_id` and `id`.

        Attributes:
            id (int): Command id.
            network_id (int):
            command (str | Unset): What the command does.
            state (str | Unset):
            commands (list[CommandShort] | Unset): Per-device sub-commands started by this command.
    """

    id: int
    network_id: int
    command: str | Unset = UNSET
    state: str | Unset = UNSET
    commands: list[CommandShort] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        network_id = self.network_id

        command = self.command

        state = self.state

        commands: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.commands, Unset):
            commands = []
            for commands_item_data in self.commands:
                commands_item = commands_item_data.to_dict()
                commands.append(commands_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "network_id": network_id,
            }
        )
        if command is not UNSET:
            field_dict["command"] = command
        if state is not UNSET:
            field_dict["state"] = state
        if commands is not UNSET:
            field_dict["commands"] = commands

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        network_id = d.pop("network_id")

        command = d.pop("command", UNSET)

        state = d.pop("state", UNSET)

        _commands = d.pop("commands", UNSET)
        commands: list[CommandShort] | Unset = UNSET
        if _commands is not UNSET:
            commands = []
            for commands_item_data in _commands:
                commands_item = CommandShort.from_dict(commands_item_data)

                commands.append(commands_item)

        command_short = cls(
            id=id,
            network_id=network_id,
            command=command,
            state=state,
            commands=commands,
        )

        command_short.additional_properties = d
        return command_short

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
