from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_view_session_options import LiveViewSessionOptions


T = TypeVar("T", bound="LiveViewSession")


@_attrs_define
class LiveViewSession:
    """A started live-view session. Unlike other commands its id is `command_id`; poll it with
    `get_command_status` (it stays `complete: false` while streaming), extend it, and end it with
    `mark_command_done`.

        Attributes:
            command_id (int): The live-view command id.
            parent_command_id (int | None | Unset):
            network_id (int | Unset): Sent by some servers (2022 samples); not always present.
            join_available (bool | Unset):
            join_state (str | Unset):
            server (str | Unset): Stream URL: `rtsps://lv2-…immedia-semi.com:443/…` or `immis://<ip>:443/…` (Blink's own
                protocol, seen for XT2 cameras since 2020-04: lurume84/bling-desktop #26; homebridge log
                2020-11, its issue #27; MattTW/BlinkMonitorProtocol #56, 2021-03).
            duration (int | Unset): Seconds the stream runs before it must be extended.
            session_duration (int | Unset): Seconds of the session (typically 300; 5400 on an `elv` session): blinkpy PR
                #1312,
                TheSethRose/blinkpy `PROTOCOL.md` (2026).
            extended_duration (int | Unset): Maximum seconds with extensions.
            continue_interval (int | Unset): Seconds between keep-alive (`update`) calls.
            continue_warning (int | Unset): Seconds of warning before the stream ends.
            polling_interval (int | Unset): Seconds between command polls.
            submit_logs (bool | Unset):
            new_command (bool | Unset): False when joining a session that was already running.
            media_id (int | None | Unset):
            options (LiveViewSessionOptions | Unset): Session options; often empty.
            liveview_token (str | Unset): Token for the `immis://` stream (blinkpy tests, 2026).
            video_id (int | None | Unset):
            is_mclv (bool | Unset): Multi-client live view (assumed meaning; app dossier only).
            type_ (str | Unset): `lv` for a live view and `elv` for an extended one of an entitled camera (blinkpy PR #1312,
                2026-09); `liveview` in earlier examples.
            first_joiner (bool | Unset):
    """

    command_id: int
    parent_command_id: int | None | Unset = UNSET
    network_id: int | Unset = UNSET
    join_available: bool | Unset = UNSET
    join_state: str | Unset = UNSET
    server: str | Unset = UNSET
    duration: int | Unset = UNSET
    session_duration: int | Unset = UNSET
    extended_duration: int | Unset = UNSET
    continue_interval: int | Unset = UNSET
    continue_warning: int | Unset = UNSET
    polling_interval: int | Unset = UNSET
    submit_logs: bool | Unset = UNSET
    new_command: bool | Unset = UNSET
    media_id: int | None | Unset = UNSET
    options: LiveViewSessionOptions | Unset = UNSET
    liveview_token: str | Unset = UNSET
    video_id: int | None | Unset = UNSET
    is_mclv: bool | Unset = UNSET
    type_: str | Unset = UNSET
    first_joiner: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command_id = self.command_id

        parent_command_id: int | None | Unset
        if isinstance(self.parent_command_id, Unset):
            parent_command_id = UNSET
        else:
            parent_command_id = self.parent_command_id

        network_id = self.network_id

        join_available = self.join_available

        join_state = self.join_state

        server = self.server

        duration = self.duration

        session_duration = self.session_duration

        extended_duration = self.extended_duration

        continue_interval = self.continue_interval

        continue_warning = self.continue_warning

        polling_interval = self.polling_interval

        submit_logs = self.submit_logs

        new_command = self.new_command

        media_id: int | None | Unset
        if isinstance(self.media_id, Unset):
            media_id = UNSET
        else:
            media_id = self.media_id

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        liveview_token = self.liveview_token

        video_id: int | None | Unset
        if isinstance(self.video_id, Unset):
            video_id = UNSET
        else:
            video_id = self.video_id

        is_mclv = self.is_mclv

        type_ = self.type_

        first_joiner = self.first_joiner

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "command_id": command_id,
            }
        )
        if parent_command_id is not UNSET:
            field_dict["parent_command_id"] = parent_command_id
        if network_id is not UNSET:
            field_dict["network_id"] = network_id
        if join_available is not UNSET:
            field_dict["join_available"] = join_available
        if join_state is not UNSET:
            field_dict["join_state"] = join_state
        if server is not UNSET:
            field_dict["server"] = server
        if duration is not UNSET:
            field_dict["duration"] = duration
        if session_duration is not UNSET:
            field_dict["session_duration"] = session_duration
        if extended_duration is not UNSET:
            field_dict["extended_duration"] = extended_duration
        if continue_interval is not UNSET:
            field_dict["continue_interval"] = continue_interval
        if continue_warning is not UNSET:
            field_dict["continue_warning"] = continue_warning
        if polling_interval is not UNSET:
            field_dict["polling_interval"] = polling_interval
        if submit_logs is not UNSET:
            field_dict["submit_logs"] = submit_logs
        if new_command is not UNSET:
            field_dict["new_command"] = new_command
        if media_id is not UNSET:
            field_dict["media_id"] = media_id
        if options is not UNSET:
            field_dict["options"] = options
        if liveview_token is not UNSET:
            field_dict["liveview_token"] = liveview_token
        if video_id is not UNSET:
            field_dict["video_id"] = video_id
        if is_mclv is not UNSET:
            field_dict["is_mclv"] = is_mclv
        if type_ is not UNSET:
            field_dict["type"] = type_
        if first_joiner is not UNSET:
            field_dict["first_joiner"] = first_joiner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.live_view_session_options import LiveViewSessionOptions  # noqa: PLC0415

        d = dict(src_dict)
        command_id = d.pop("command_id")

        def _parse_parent_command_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent_command_id = _parse_parent_command_id(d.pop("parent_command_id", UNSET))

        network_id = d.pop("network_id", UNSET)

        join_available = d.pop("join_available", UNSET)

        join_state = d.pop("join_state", UNSET)

        server = d.pop("server", UNSET)

        duration = d.pop("duration", UNSET)

        session_duration = d.pop("session_duration", UNSET)

        extended_duration = d.pop("extended_duration", UNSET)

        continue_interval = d.pop("continue_interval", UNSET)

        continue_warning = d.pop("continue_warning", UNSET)

        polling_interval = d.pop("polling_interval", UNSET)

        submit_logs = d.pop("submit_logs", UNSET)

        new_command = d.pop("new_command", UNSET)

        def _parse_media_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        media_id = _parse_media_id(d.pop("media_id", UNSET))

        _options = d.pop("options", UNSET)
        options: LiveViewSessionOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = LiveViewSessionOptions.from_dict(_options)

        liveview_token = d.pop("liveview_token", UNSET)

        def _parse_video_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        video_id = _parse_video_id(d.pop("video_id", UNSET))

        is_mclv = d.pop("is_mclv", UNSET)

        type_ = d.pop("type", UNSET)

        first_joiner = d.pop("first_joiner", UNSET)

        live_view_session = cls(
            command_id=command_id,
            parent_command_id=parent_command_id,
            network_id=network_id,
            join_available=join_available,
            join_state=join_state,
            server=server,
            duration=duration,
            session_duration=session_duration,
            extended_duration=extended_duration,
            continue_interval=continue_interval,
            continue_warning=continue_warning,
            polling_interval=polling_interval,
            submit_logs=submit_logs,
            new_command=new_command,
            media_id=media_id,
            options=options,
            liveview_token=liveview_token,
            video_id=video_id,
            is_mclv=is_mclv,
            type_=type_,
            first_joiner=first_joiner,
        )

        live_view_session.additional_properties = d
        return live_view_session

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
