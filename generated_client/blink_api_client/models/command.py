from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Command")


@_attrs_define
class Command:
    """The full command object of network-scoped endpoints (camera thumbnail, clip, enable,
    update, calibrate) and of command polls. Stages are stamped as the command moves from
    the REST server (`rest`) through the command server to the sync module (`sm`) and the
    device (`dev`).

        Attributes:
            id (int):
            network_id (int):
            created_at (datetime.datetime | Unset): ISO 8601 with an offset, as Blink writes it
                (`2020-10-02T00:27:54+00:00`).
            updated_at (datetime.datetime | Unset): ISO 8601 with an offset, as Blink writes it
                (`2020-10-02T00:27:54+00:00`).
            execute_time (datetime.datetime | None | Unset): ISO 8601 with an offset, or null while the stage or event has
                not happened.
            command (str | Unset):
            state_stage (None | str | Unset):
            stage_rest (datetime.datetime | None | Unset): ISO 8601 with an offset, or null while the stage or event has not
                happened.
            stage_cs_db (datetime.datetime | None | Unset): ISO 8601 with an offset, or null while the stage or event has
                not happened.
            stage_cs_sent (datetime.datetime | None | Unset): ISO 8601 with an offset, or null while the stage or event has
                not happened.
            stage_sm (datetime.datetime | None | Unset): ISO 8601 with an offset, or null while the stage or event has not
                happened.
            stage_dev (datetime.datetime | None | Unset): ISO 8601 with an offset, or null while the stage or event has not
                happened.
            stage_is (datetime.datetime | None | Unset): ISO 8601 with an offset, or null while the stage or event has not
                happened.
            stage_lv (datetime.datetime | None | Unset): ISO 8601 with an offset, or null while the stage or event has not
                happened.
            stage_vs (datetime.datetime | None | Unset): ISO 8601 with an offset, or null while the stage or event has not
                happened.
            state_condition (None | str | Unset):
            sm_ack (int | None | Unset):
            lfr_ack (int | None | Unset):
            sequence (int | None | Unset):
            attempts (int | None | Unset):
            transaction (None | str | Unset):
            player_transaction (None | str | Unset):
            server (None | str | Unset): Live-view or media server (`rtsps://…`, `immis://…`), once known.
            duration (int | None | Unset):
            by_whom (None | str | Unset):
            diagnostic (bool | None | Unset):
            debug (None | str | Unset):
            opts_1 (int | None | Unset):
            target (None | str | Unset):
            target_id (int | None | Unset):
            parent_command_id (int | None | Unset):
            camera_id (int | None | Unset):
            siren_id (int | None | Unset):
            firmware_id (int | None | Unset):
            account_id (int | None | Unset):
            sync_module_id (int | None | Unset):
    """

    id: int
    network_id: int
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    execute_time: datetime.datetime | None | Unset = UNSET
    command: str | Unset = UNSET
    state_stage: None | str | Unset = UNSET
    stage_rest: datetime.datetime | None | Unset = UNSET
    stage_cs_db: datetime.datetime | None | Unset = UNSET
    stage_cs_sent: datetime.datetime | None | Unset = UNSET
    stage_sm: datetime.datetime | None | Unset = UNSET
    stage_dev: datetime.datetime | None | Unset = UNSET
    stage_is: datetime.datetime | None | Unset = UNSET
    stage_lv: datetime.datetime | None | Unset = UNSET
    stage_vs: datetime.datetime | None | Unset = UNSET
    state_condition: None | str | Unset = UNSET
    sm_ack: int | None | Unset = UNSET
    lfr_ack: int | None | Unset = UNSET
    sequence: int | None | Unset = UNSET
    attempts: int | None | Unset = UNSET
    transaction: None | str | Unset = UNSET
    player_transaction: None | str | Unset = UNSET
    server: None | str | Unset = UNSET
    duration: int | None | Unset = UNSET
    by_whom: None | str | Unset = UNSET
    diagnostic: bool | None | Unset = UNSET
    debug: None | str | Unset = UNSET
    opts_1: int | None | Unset = UNSET
    target: None | str | Unset = UNSET
    target_id: int | None | Unset = UNSET
    parent_command_id: int | None | Unset = UNSET
    camera_id: int | None | Unset = UNSET
    siren_id: int | None | Unset = UNSET
    firmware_id: int | None | Unset = UNSET
    account_id: int | None | Unset = UNSET
    sync_module_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        network_id = self.network_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        execute_time: None | str | Unset
        if isinstance(self.execute_time, Unset):
            execute_time = UNSET
        elif isinstance(self.execute_time, datetime.datetime):
            execute_time = self.execute_time.isoformat()
        else:
            execute_time = self.execute_time

        command = self.command

        state_stage: None | str | Unset
        if isinstance(self.state_stage, Unset):
            state_stage = UNSET
        else:
            state_stage = self.state_stage

        stage_rest: None | str | Unset
        if isinstance(self.stage_rest, Unset):
            stage_rest = UNSET
        elif isinstance(self.stage_rest, datetime.datetime):
            stage_rest = self.stage_rest.isoformat()
        else:
            stage_rest = self.stage_rest

        stage_cs_db: None | str | Unset
        if isinstance(self.stage_cs_db, Unset):
            stage_cs_db = UNSET
        elif isinstance(self.stage_cs_db, datetime.datetime):
            stage_cs_db = self.stage_cs_db.isoformat()
        else:
            stage_cs_db = self.stage_cs_db

        stage_cs_sent: None | str | Unset
        if isinstance(self.stage_cs_sent, Unset):
            stage_cs_sent = UNSET
        elif isinstance(self.stage_cs_sent, datetime.datetime):
            stage_cs_sent = self.stage_cs_sent.isoformat()
        else:
            stage_cs_sent = self.stage_cs_sent

        stage_sm: None | str | Unset
        if isinstance(self.stage_sm, Unset):
            stage_sm = UNSET
        elif isinstance(self.stage_sm, datetime.datetime):
            stage_sm = self.stage_sm.isoformat()
        else:
            stage_sm = self.stage_sm

        stage_dev: None | str | Unset
        if isinstance(self.stage_dev, Unset):
            stage_dev = UNSET
        elif isinstance(self.stage_dev, datetime.datetime):
            stage_dev = self.stage_dev.isoformat()
        else:
            stage_dev = self.stage_dev

        stage_is: None | str | Unset
        if isinstance(self.stage_is, Unset):
            stage_is = UNSET
        elif isinstance(self.stage_is, datetime.datetime):
            stage_is = self.stage_is.isoformat()
        else:
            stage_is = self.stage_is

        stage_lv: None | str | Unset
        if isinstance(self.stage_lv, Unset):
            stage_lv = UNSET
        elif isinstance(self.stage_lv, datetime.datetime):
            stage_lv = self.stage_lv.isoformat()
        else:
            stage_lv = self.stage_lv

        stage_vs: None | str | Unset
        if isinstance(self.stage_vs, Unset):
            stage_vs = UNSET
        elif isinstance(self.stage_vs, datetime.datetime):
            stage_vs = self.stage_vs.isoformat()
        else:
            stage_vs = self.stage_vs

        state_condition: None | str | Unset
        if isinstance(self.state_condition, Unset):
            state_condition = UNSET
        else:
            state_condition = self.state_condition

        sm_ack: int | None | Unset
        if isinstance(self.sm_ack, Unset):
            sm_ack = UNSET
        else:
            sm_ack = self.sm_ack

        lfr_ack: int | None | Unset
        if isinstance(self.lfr_ack, Unset):
            lfr_ack = UNSET
        else:
            lfr_ack = self.lfr_ack

        sequence: int | None | Unset
        if isinstance(self.sequence, Unset):
            sequence = UNSET
        else:
            sequence = self.sequence

        attempts: int | None | Unset
        if isinstance(self.attempts, Unset):
            attempts = UNSET
        else:
            attempts = self.attempts

        transaction: None | str | Unset
        if isinstance(self.transaction, Unset):
            transaction = UNSET
        else:
            transaction = self.transaction

        player_transaction: None | str | Unset
        if isinstance(self.player_transaction, Unset):
            player_transaction = UNSET
        else:
            player_transaction = self.player_transaction

        server: None | str | Unset
        if isinstance(self.server, Unset):
            server = UNSET
        else:
            server = self.server

        duration: int | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        by_whom: None | str | Unset
        if isinstance(self.by_whom, Unset):
            by_whom = UNSET
        else:
            by_whom = self.by_whom

        diagnostic: bool | None | Unset
        if isinstance(self.diagnostic, Unset):
            diagnostic = UNSET
        else:
            diagnostic = self.diagnostic

        debug: None | str | Unset
        if isinstance(self.debug, Unset):
            debug = UNSET
        else:
            debug = self.debug

        opts_1: int | None | Unset
        if isinstance(self.opts_1, Unset):
            opts_1 = UNSET
        else:
            opts_1 = self.opts_1

        target: None | str | Unset
        if isinstance(self.target, Unset):
            target = UNSET
        else:
            target = self.target

        target_id: int | None | Unset
        if isinstance(self.target_id, Unset):
            target_id = UNSET
        else:
            target_id = self.target_id

        parent_command_id: int | None | Unset
        if isinstance(self.parent_command_id, Unset):
            parent_command_id = UNSET
        else:
            parent_command_id = self.parent_command_id

        camera_id: int | None | Unset
        if isinstance(self.camera_id, Unset):
            camera_id = UNSET
        else:
            camera_id = self.camera_id

        siren_id: int | None | Unset
        if isinstance(self.siren_id, Unset):
            siren_id = UNSET
        else:
            siren_id = self.siren_id

        firmware_id: int | None | Unset
        if isinstance(self.firmware_id, Unset):
            firmware_id = UNSET
        else:
            firmware_id = self.firmware_id

        account_id: int | None | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        sync_module_id: int | None | Unset
        if isinstance(self.sync_module_id, Unset):
            sync_module_id = UNSET
        else:
            sync_module_id = self.sync_module_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "network_id": network_id,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if execute_time is not UNSET:
            field_dict["execute_time"] = execute_time
        if command is not UNSET:
            field_dict["command"] = command
        if state_stage is not UNSET:
            field_dict["state_stage"] = state_stage
        if stage_rest is not UNSET:
            field_dict["stage_rest"] = stage_rest
        if stage_cs_db is not UNSET:
            field_dict["stage_cs_db"] = stage_cs_db
        if stage_cs_sent is not UNSET:
            field_dict["stage_cs_sent"] = stage_cs_sent
        if stage_sm is not UNSET:
            field_dict["stage_sm"] = stage_sm
        if stage_dev is not UNSET:
            field_dict["stage_dev"] = stage_dev
        if stage_is is not UNSET:
            field_dict["stage_is"] = stage_is
        if stage_lv is not UNSET:
            field_dict["stage_lv"] = stage_lv
        if stage_vs is not UNSET:
            field_dict["stage_vs"] = stage_vs
        if state_condition is not UNSET:
            field_dict["state_condition"] = state_condition
        if sm_ack is not UNSET:
            field_dict["sm_ack"] = sm_ack
        if lfr_ack is not UNSET:
            field_dict["lfr_ack"] = lfr_ack
        if sequence is not UNSET:
            field_dict["sequence"] = sequence
        if attempts is not UNSET:
            field_dict["attempts"] = attempts
        if transaction is not UNSET:
            field_dict["transaction"] = transaction
        if player_transaction is not UNSET:
            field_dict["player_transaction"] = player_transaction
        if server is not UNSET:
            field_dict["server"] = server
        if duration is not UNSET:
            field_dict["duration"] = duration
        if by_whom is not UNSET:
            field_dict["by_whom"] = by_whom
        if diagnostic is not UNSET:
            field_dict["diagnostic"] = diagnostic
        if debug is not UNSET:
            field_dict["debug"] = debug
        if opts_1 is not UNSET:
            field_dict["opts_1"] = opts_1
        if target is not UNSET:
            field_dict["target"] = target
        if target_id is not UNSET:
            field_dict["target_id"] = target_id
        if parent_command_id is not UNSET:
            field_dict["parent_command_id"] = parent_command_id
        if camera_id is not UNSET:
            field_dict["camera_id"] = camera_id
        if siren_id is not UNSET:
            field_dict["siren_id"] = siren_id
        if firmware_id is not UNSET:
            field_dict["firmware_id"] = firmware_id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if sync_module_id is not UNSET:
            field_dict["sync_module_id"] = sync_module_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        network_id = d.pop("network_id")

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

        def _parse_execute_time(data: object) -> datetime.datetime | None | Unset:
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

        execute_time = _parse_execute_time(d.pop("execute_time", UNSET))

        command = d.pop("command", UNSET)

        def _parse_state_stage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state_stage = _parse_state_stage(d.pop("state_stage", UNSET))

        def _parse_stage_rest(data: object) -> datetime.datetime | None | Unset:
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

        stage_rest = _parse_stage_rest(d.pop("stage_rest", UNSET))

        def _parse_stage_cs_db(data: object) -> datetime.datetime | None | Unset:
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

        stage_cs_db = _parse_stage_cs_db(d.pop("stage_cs_db", UNSET))

        def _parse_stage_cs_sent(data: object) -> datetime.datetime | None | Unset:
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

        stage_cs_sent = _parse_stage_cs_sent(d.pop("stage_cs_sent", UNSET))

        def _parse_stage_sm(data: object) -> datetime.datetime | None | Unset:
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

        stage_sm = _parse_stage_sm(d.pop("stage_sm", UNSET))

        def _parse_stage_dev(data: object) -> datetime.datetime | None | Unset:
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

        stage_dev = _parse_stage_dev(d.pop("stage_dev", UNSET))

        def _parse_stage_is(data: object) -> datetime.datetime | None | Unset:
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

        stage_is = _parse_stage_is(d.pop("stage_is", UNSET))

        def _parse_stage_lv(data: object) -> datetime.datetime | None | Unset:
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

        stage_lv = _parse_stage_lv(d.pop("stage_lv", UNSET))

        def _parse_stage_vs(data: object) -> datetime.datetime | None | Unset:
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

        stage_vs = _parse_stage_vs(d.pop("stage_vs", UNSET))

        def _parse_state_condition(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state_condition = _parse_state_condition(d.pop("state_condition", UNSET))

        def _parse_sm_ack(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sm_ack = _parse_sm_ack(d.pop("sm_ack", UNSET))

        def _parse_lfr_ack(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        lfr_ack = _parse_lfr_ack(d.pop("lfr_ack", UNSET))

        def _parse_sequence(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sequence = _parse_sequence(d.pop("sequence", UNSET))

        def _parse_attempts(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        attempts = _parse_attempts(d.pop("attempts", UNSET))

        def _parse_transaction(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transaction = _parse_transaction(d.pop("transaction", UNSET))

        def _parse_player_transaction(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        player_transaction = _parse_player_transaction(
            d.pop("player_transaction", UNSET)
        )

        def _parse_server(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        server = _parse_server(d.pop("server", UNSET))

        def _parse_duration(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_by_whom(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        by_whom = _parse_by_whom(d.pop("by_whom", UNSET))

        def _parse_diagnostic(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        diagnostic = _parse_diagnostic(d.pop("diagnostic", UNSET))

        def _parse_debug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        debug = _parse_debug(d.pop("debug", UNSET))

        def _parse_opts_1(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        opts_1 = _parse_opts_1(d.pop("opts_1", UNSET))

        def _parse_target(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        target = _parse_target(d.pop("target", UNSET))

        def _parse_target_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        target_id = _parse_target_id(d.pop("target_id", UNSET))

        def _parse_parent_command_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent_command_id = _parse_parent_command_id(d.pop("parent_command_id", UNSET))

        def _parse_camera_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        camera_id = _parse_camera_id(d.pop("camera_id", UNSET))

        def _parse_siren_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        siren_id = _parse_siren_id(d.pop("siren_id", UNSET))

        def _parse_firmware_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        firmware_id = _parse_firmware_id(d.pop("firmware_id", UNSET))

        def _parse_account_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        account_id = _parse_account_id(d.pop("account_id", UNSET))

        def _parse_sync_module_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sync_module_id = _parse_sync_module_id(d.pop("sync_module_id", UNSET))

        command = cls(
            id=id,
            network_id=network_id,
            created_at=created_at,
            updated_at=updated_at,
            execute_time=execute_time,
            command=command,
            state_stage=state_stage,
            stage_rest=stage_rest,
            stage_cs_db=stage_cs_db,
            stage_cs_sent=stage_cs_sent,
            stage_sm=stage_sm,
            stage_dev=stage_dev,
            stage_is=stage_is,
            stage_lv=stage_lv,
            stage_vs=stage_vs,
            state_condition=state_condition,
            sm_ack=sm_ack,
            lfr_ack=lfr_ack,
            sequence=sequence,
            attempts=attempts,
            transaction=transaction,
            player_transaction=player_transaction,
            server=server,
            duration=duration,
            by_whom=by_whom,
            diagnostic=diagnostic,
            debug=debug,
            opts_1=opts_1,
            target=target,
            target_id=target_id,
            parent_command_id=parent_command_id,
            camera_id=camera_id,
            siren_id=siren_id,
            firmware_id=firmware_id,
            account_id=account_id,
            sync_module_id=sync_module_id,
        )

        command.additional_properties = d
        return command

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
