from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.command import Command
    from ..models.command_status_commands_item_type_1 import (
        CommandStatusCommandsItemType1,
    )


T = TypeVar("T", bound="CommandStatus")


@_attrs_define
class CommandStatus:
    """The answer of a command poll. `complete` turns true when the command has finished;
    `status_code` 908 means success (blinkpy gives up on any other value).

        Attributes:
            complete (bool | Unset): True once the command has finished. A live-view command stays false while streaming.
            status (int | Unset): 0 in every recorded sample.
            status_msg (str | Unset):
            status_code (int | Unset): 908 = success. blinkpy treats any other value (or none) as failure.
            commands (list[Command | CommandStatusCommandsItemType1] | Unset): The command and its sub-commands. Some
                samples show a single empty object.
            media_id (int | None | Unset): Id of the clip a clip command produced, else null.
    """

    complete: bool | Unset = UNSET
    status: int | Unset = UNSET
    status_msg: str | Unset = UNSET
    status_code: int | Unset = UNSET
    commands: list[Command | CommandStatusCommandsItemType1] | Unset = UNSET
    media_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.command import Command  # noqa: PLC0415

        complete = self.complete

        status = self.status

        status_msg = self.status_msg

        status_code = self.status_code

        commands: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.commands, Unset):
            commands = []
            for commands_item_data in self.commands:
                commands_item: dict[str, Any]
                if isinstance(commands_item_data, Command):
                    commands_item = commands_item_data.to_dict()
                else:
                    commands_item = commands_item_data.to_dict()

                commands.append(commands_item)

        media_id: int | None | Unset
        if isinstance(self.media_id, Unset):
            media_id = UNSET
        else:
            media_id = self.media_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if complete is not UNSET:
            field_dict["complete"] = complete
        if status is not UNSET:
            field_dict["status"] = status
        if status_msg is not UNSET:
            field_dict["status_msg"] = status_msg
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if commands is not UNSET:
            field_dict["commands"] = commands
        if media_id is not UNSET:
            field_dict["media_id"] = media_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.command import Command  # noqa: PLC0415
        from ..models.command_status_commands_item_type_1 import (
            CommandStatusCommandsItemType1,  # noqa: PLC0415
        )

        d = dict(src_dict)
        complete = d.pop("complete", UNSET)

        status = d.pop("status", UNSET)

        status_msg = d.pop("status_msg", UNSET)

        status_code = d.pop("status_code", UNSET)

        _commands = d.pop("commands", UNSET)
        commands: list[Command | CommandStatusCommandsItemType1] | Unset = UNSET
        if _commands is not UNSET:
            commands = []
            for commands_item_data in _commands:

                def _parse_commands_item(
                    data: object,
                ) -> Command | CommandStatusCommandsItemType1:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        commands_item_type_0 = Command.from_dict(data)

                        return commands_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    commands_item_type_1 = CommandStatusCommandsItemType1.from_dict(
                        data
                    )

                    return commands_item_type_1

                commands_item = _parse_commands_item(commands_item_data)

                commands.append(commands_item)

        def _parse_media_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        media_id = _parse_media_id(d.pop("media_id", UNSET))

        command_status = cls(
            complete=complete,
            status=status,
            status_msg=status_msg,
            status_code=status_code,
            commands=commands,
            media_id=media_id,
        )

        command_status.additional_properties = d
        return command_status

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
