from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NetworkEvent")


@_attrs_define
class NetworkEvent:
    """One entry of the legacy per-network event log (`list_network_events`, 2016-2019). Motion
    events carry the camera and the clip path (`video_url`); arm/disarm events carry the sync
    module instead. Nearly every field may be null or absent depending on the event type.

        Attributes:
            id (int): Event id.
            type_ (str): What happened.
            created_at (datetime.datetime): ISO 8601 with an offset, as Blink writes it (`2020-10-02T00:27:54+00:00`).
            camera_id (int | None | Unset): Camera that raised the event; null for network or sync-module events.
            camera (int | None | Unset): Same value as `camera_id` (older duplicate key).
            camera_name (None | str | Unset): Camera name at the time of the event; absent on non-camera events.
            sync_module_id (int | None | Unset): Sync module that raised the event; null for camera events.
            syncmodule (int | None | Unset): Same value as `sync_module_id` (older duplicate key).
            network_id (int | None | Unset): Network id; often null even though the list is per network.
            account_id (int | None | Unset):
            account (int | None | Unset): Same value as `account_id` (older duplicate key).
            updated_at (datetime.datetime | None | Unset): ISO 8601 with an offset, or null while the stage or event has not
                happened.
            notified (bool | None | Unset): Whether a push notification was sent for this event.
            video_url (None | str | Unset): Path of the clip on the REST host, ending in `.mp4`
                (`/media/production/account/{aid}/network/{nid}/camera/{cid}/clip_….mp4`). Replace the
                `.mp4` suffix by `.jpg` for its thumbnail (2017 notes). Absent on non-motion events.
            video_id (int | None | Unset): Id of the clip in the legacy v2 video API.
            command_id (int | None | Unset): Command that caused the event (arm, disarm, clip), if any.
            duration (int | None | Unset): Clip length in seconds, when known.
            status (None | str | Unset):
            siren_id (int | None | Unset):
            siren (int | None | Unset): Same value as `siren_id` (older duplicate key).
    """

    id: int
    type_: str
    created_at: datetime.datetime
    camera_id: int | None | Unset = UNSET
    camera: int | None | Unset = UNSET
    camera_name: None | str | Unset = UNSET
    sync_module_id: int | None | Unset = UNSET
    syncmodule: int | None | Unset = UNSET
    network_id: int | None | Unset = UNSET
    account_id: int | None | Unset = UNSET
    account: int | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    notified: bool | None | Unset = UNSET
    video_url: None | str | Unset = UNSET
    video_id: int | None | Unset = UNSET
    command_id: int | None | Unset = UNSET
    duration: int | None | Unset = UNSET
    status: None | str | Unset = UNSET
    siren_id: int | None | Unset = UNSET
    siren: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        created_at = self.created_at.isoformat()

        camera_id: int | None | Unset
        if isinstance(self.camera_id, Unset):
            camera_id = UNSET
        else:
            camera_id = self.camera_id

        camera: int | None | Unset
        if isinstance(self.camera, Unset):
            camera = UNSET
        else:
            camera = self.camera

        camera_name: None | str | Unset
        if isinstance(self.camera_name, Unset):
            camera_name = UNSET
        else:
            camera_name = self.camera_name

        sync_module_id: int | None | Unset
        if isinstance(self.sync_module_id, Unset):
            sync_module_id = UNSET
        else:
            sync_module_id = self.sync_module_id

        syncmodule: int | None | Unset
        if isinstance(self.syncmodule, Unset):
            syncmodule = UNSET
        else:
            syncmodule = self.syncmodule

        network_id: int | None | Unset
        if isinstance(self.network_id, Unset):
            network_id = UNSET
        else:
            network_id = self.network_id

        account_id: int | None | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        account: int | None | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        else:
            account = self.account

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        notified: bool | None | Unset
        if isinstance(self.notified, Unset):
            notified = UNSET
        else:
            notified = self.notified

        video_url: None | str | Unset
        if isinstance(self.video_url, Unset):
            video_url = UNSET
        else:
            video_url = self.video_url

        video_id: int | None | Unset
        if isinstance(self.video_id, Unset):
            video_id = UNSET
        else:
            video_id = self.video_id

        command_id: int | None | Unset
        if isinstance(self.command_id, Unset):
            command_id = UNSET
        else:
            command_id = self.command_id

        duration: int | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        siren_id: int | None | Unset
        if isinstance(self.siren_id, Unset):
            siren_id = UNSET
        else:
            siren_id = self.siren_id

        siren: int | None | Unset
        if isinstance(self.siren, Unset):
            siren = UNSET
        else:
            siren = self.siren

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "created_at": created_at,
            }
        )
        if camera_id is not UNSET:
            field_dict["camera_id"] = camera_id
        if camera is not UNSET:
            field_dict["camera"] = camera
        if camera_name is not UNSET:
            field_dict["camera_name"] = camera_name
        if sync_module_id is not UNSET:
            field_dict["sync_module_id"] = sync_module_id
        if syncmodule is not UNSET:
            field_dict["syncmodule"] = syncmodule
        if network_id is not UNSET:
            field_dict["network_id"] = network_id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if account is not UNSET:
            field_dict["account"] = account
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if notified is not UNSET:
            field_dict["notified"] = notified
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if video_id is not UNSET:
            field_dict["video_id"] = video_id
        if command_id is not UNSET:
            field_dict["command_id"] = command_id
        if duration is not UNSET:
            field_dict["duration"] = duration
        if status is not UNSET:
            field_dict["status"] = status
        if siren_id is not UNSET:
            field_dict["siren_id"] = siren_id
        if siren is not UNSET:
            field_dict["siren"] = siren

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_camera_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        camera_id = _parse_camera_id(d.pop("camera_id", UNSET))

        def _parse_camera(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        camera = _parse_camera(d.pop("camera", UNSET))

        def _parse_camera_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        camera_name = _parse_camera_name(d.pop("camera_name", UNSET))

        def _parse_sync_module_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sync_module_id = _parse_sync_module_id(d.pop("sync_module_id", UNSET))

        def _parse_syncmodule(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        syncmodule = _parse_syncmodule(d.pop("syncmodule", UNSET))

        def _parse_network_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        network_id = _parse_network_id(d.pop("network_id", UNSET))

        def _parse_account_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        account_id = _parse_account_id(d.pop("account_id", UNSET))

        def _parse_account(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        account = _parse_account(d.pop("account", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
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

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_notified(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        notified = _parse_notified(d.pop("notified", UNSET))

        def _parse_video_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_url = _parse_video_url(d.pop("video_url", UNSET))

        def _parse_video_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        video_id = _parse_video_id(d.pop("video_id", UNSET))

        def _parse_command_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        command_id = _parse_command_id(d.pop("command_id", UNSET))

        def _parse_duration(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_siren_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        siren_id = _parse_siren_id(d.pop("siren_id", UNSET))

        def _parse_siren(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        siren = _parse_siren(d.pop("siren", UNSET))

        network_event = cls(
            id=id,
            type_=type_,
            created_at=created_at,
            camera_id=camera_id,
            camera=camera,
            camera_name=camera_name,
            sync_module_id=sync_module_id,
            syncmodule=syncmodule,
            network_id=network_id,
            account_id=account_id,
            account=account,
            updated_at=updated_at,
            notified=notified,
            video_url=video_url,
            video_id=video_id,
            command_id=command_id,
            duration=duration,
            status=status,
            siren_id=siren_id,
            siren=siren,
        )

        network_event.additional_properties = d
        return network_event

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
