from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LegacyVideo")


@_attrs_define
class LegacyVideo:
    """A clip of the legacy v2 video API (2015-2019). No recorded response survives: the fields are
    inferred from the 2017 protocol notes ("camera name, creation time, thumbnail URI, size,
    length") and from what blinkpy read in 2018 (`camera_name`, `address`,
    `thumbnail`, `created_at`). Treat every field as optional.

        Attributes:
            id (int | Unset): Video id, as used by `get_video` and `delete_video`.
            camera_id (int | None | Unset):
            camera_name (None | str | Unset):
            network_id (int | None | Unset):
            account_id (int | None | Unset):
            event_id (int | None | Unset): The `NetworkEvent` that produced this clip, if any.
            address (str | Unset): Clip path on the REST host ending in `.mp4`, e.g.
                `/media/production/account/{aid}/network/{nid}/camera/{cid}/clip_…_YYYY_MM_DD__HH_MMAM.mp4`
                (see `download_event_clip`).
            thumbnail (None | str | Unset): Thumbnail path without extension; clients append `.jpg`.
            description (None | str | Unset):
            created_at (datetime.datetime | Unset): ISO 8601 with an offset, as Blink writes it
                (`2020-10-02T00:27:54+00:00`).
            updated_at (datetime.datetime | None | Unset): ISO 8601 with an offset, or null while the stage or event has not
                happened.
            size (int | None | Unset): File size in bytes.
            length (int | None | Unset): Clip length in seconds.
            watched (bool | None | Unset):
            deleted (bool | None | Unset):
            encryption (None | str | Unset): Encryption scheme of the stored clip, if any.
            time_zone (None | str | Unset):
    """

    id: int | Unset = UNSET
    camera_id: int | None | Unset = UNSET
    camera_name: None | str | Unset = UNSET
    network_id: int | None | Unset = UNSET
    account_id: int | None | Unset = UNSET
    event_id: int | None | Unset = UNSET
    address: str | Unset = UNSET
    thumbnail: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    size: int | None | Unset = UNSET
    length: int | None | Unset = UNSET
    watched: bool | None | Unset = UNSET
    deleted: bool | None | Unset = UNSET
    encryption: None | str | Unset = UNSET
    time_zone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        camera_id: int | None | Unset
        if isinstance(self.camera_id, Unset):
            camera_id = UNSET
        else:
            camera_id = self.camera_id

        camera_name: None | str | Unset
        if isinstance(self.camera_name, Unset):
            camera_name = UNSET
        else:
            camera_name = self.camera_name

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

        event_id: int | None | Unset
        if isinstance(self.event_id, Unset):
            event_id = UNSET
        else:
            event_id = self.event_id

        address = self.address

        thumbnail: None | str | Unset
        if isinstance(self.thumbnail, Unset):
            thumbnail = UNSET
        else:
            thumbnail = self.thumbnail

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        length: int | None | Unset
        if isinstance(self.length, Unset):
            length = UNSET
        else:
            length = self.length

        watched: bool | None | Unset
        if isinstance(self.watched, Unset):
            watched = UNSET
        else:
            watched = self.watched

        deleted: bool | None | Unset
        if isinstance(self.deleted, Unset):
            deleted = UNSET
        else:
            deleted = self.deleted

        encryption: None | str | Unset
        if isinstance(self.encryption, Unset):
            encryption = UNSET
        else:
            encryption = self.encryption

        time_zone: None | str | Unset
        if isinstance(self.time_zone, Unset):
            time_zone = UNSET
        else:
            time_zone = self.time_zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if camera_id is not UNSET:
            field_dict["camera_id"] = camera_id
        if camera_name is not UNSET:
            field_dict["camera_name"] = camera_name
        if network_id is not UNSET:
            field_dict["network_id"] = network_id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if event_id is not UNSET:
            field_dict["event_id"] = event_id
        if address is not UNSET:
            field_dict["address"] = address
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail
        if description is not UNSET:
            field_dict["description"] = description
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if size is not UNSET:
            field_dict["size"] = size
        if length is not UNSET:
            field_dict["length"] = length
        if watched is not UNSET:
            field_dict["watched"] = watched
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if encryption is not UNSET:
            field_dict["encryption"] = encryption
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_camera_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        camera_id = _parse_camera_id(d.pop("camera_id", UNSET))

        def _parse_camera_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        camera_name = _parse_camera_name(d.pop("camera_name", UNSET))

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

        def _parse_event_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        event_id = _parse_event_id(d.pop("event_id", UNSET))

        address = d.pop("address", UNSET)

        def _parse_thumbnail(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        thumbnail = _parse_thumbnail(d.pop("thumbnail", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

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

        def _parse_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        size = _parse_size(d.pop("size", UNSET))

        def _parse_length(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        length = _parse_length(d.pop("length", UNSET))

        def _parse_watched(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        watched = _parse_watched(d.pop("watched", UNSET))

        def _parse_deleted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        deleted = _parse_deleted(d.pop("deleted", UNSET))

        def _parse_encryption(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        encryption = _parse_encryption(d.pop("encryption", UNSET))

        def _parse_time_zone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        time_zone = _parse_time_zone(d.pop("time_zone", UNSET))

        legacy_video = cls(
            id=id,
            camera_id=camera_id,
            camera_name=camera_name,
            network_id=network_id,
            account_id=account_id,
            event_id=event_id,
            address=address,
            thumbnail=thumbnail,
            description=description,
            created_at=created_at,
            updated_at=updated_at,
            size=size,
            length=length,
            watched=watched,
            deleted=deleted,
            encryption=encryption,
            time_zone=time_zone,
        )

        legacy_video.additional_properties = d
        return legacy_video

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
