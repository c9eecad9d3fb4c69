from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.media_item_metadata_type_0 import MediaItemMetadataType0


T = TypeVar("T", bound="MediaItem")


@_attrs_define
class MediaItem:
    """One cloud clip or snapshot in the account's media list. `media` and `thumbnail` are paths
    to join to the REST host (`https://rest-{tier}.immedia-semi.com`), so they start with `/`.

        Attributes:
            id (int): Media id, the value to send in `delete_media`.
            created_at (datetime.datetime): ISO 8601 with an offset, as Blink writes it (`2020-10-02T00:27:54+00:00`).
            deleted (bool): True for a clip deleted since `since`; clients skip these entries.
            media (str): Clip path, e.g. `/api/v2/accounts/{aid}/media/clip/{name}.mp4` (`download_media_clip`).
            updated_at (datetime.datetime | Unset): ISO 8601 with an offset, as Blink writes it
                (`2020-10-02T00:27:54+00:00`).
            device (str | Unset): Product type of the recording device.
            device_id (int | Unset):
            device_name (str | Unset): Device name; blinkpy attaches the clip to the camera with exactly this name.
            network_id (int | Unset):
            network_name (str | Unset):
            type_ (str | Unset): Kind of media.
            source (str | Unset): What triggered the recording.
            watched (bool | Unset):
            partial (bool | Unset): True while the upload of the clip is incomplete.
            thumbnail (str | Unset): Thumbnail path, e.g. `/api/v2/accounts/{aid}/media/thumb/{name}`
                (`download_media_thumbnail`).
            metadata (MediaItemMetadataType0 | None | Unset): Extra, device-specific data; shape not documented by any
                client.
            additional_devices (list[Any] | Unset): Other devices linked to this recording; always empty in the samples.
            time_zone (str | Unset): IANA time zone of the network, e.g. `America/New_York`.
    """

    id: int
    created_at: datetime.datetime
    deleted: bool
    media: str
    updated_at: datetime.datetime | Unset = UNSET
    device: str | Unset = UNSET
    device_id: int | Unset = UNSET
    device_name: str | Unset = UNSET
    network_id: int | Unset = UNSET
    network_name: str | Unset = UNSET
    type_: str | Unset = UNSET
    source: str | Unset = UNSET
    watched: bool | Unset = UNSET
    partial: bool | Unset = UNSET
    thumbnail: str | Unset = UNSET
    metadata: MediaItemMetadataType0 | None | Unset = UNSET
    additional_devices: list[Any] | Unset = UNSET
    time_zone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.media_item_metadata_type_0 import MediaItemMetadataType0  # noqa: PLC0415

        id = self.id

        created_at = self.created_at.isoformat()

        deleted = self.deleted

        media = self.media

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        device = self.device

        device_id = self.device_id

        device_name = self.device_name

        network_id = self.network_id

        network_name = self.network_name

        type_ = self.type_

        source = self.source

        watched = self.watched

        partial = self.partial

        thumbnail = self.thumbnail

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, MediaItemMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        additional_devices: list[Any] | Unset = UNSET
        if not isinstance(self.additional_devices, Unset):
            additional_devices = self.additional_devices

        time_zone = self.time_zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "deleted": deleted,
                "media": media,
            }
        )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if device is not UNSET:
            field_dict["device"] = device
        if device_id is not UNSET:
            field_dict["device_id"] = device_id
        if device_name is not UNSET:
            field_dict["device_name"] = device_name
        if network_id is not UNSET:
            field_dict["network_id"] = network_id
        if network_name is not UNSET:
            field_dict["network_name"] = network_name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if source is not UNSET:
            field_dict["source"] = source
        if watched is not UNSET:
            field_dict["watched"] = watched
        if partial is not UNSET:
            field_dict["partial"] = partial
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if additional_devices is not UNSET:
            field_dict["additional_devices"] = additional_devices
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.media_item_metadata_type_0 import MediaItemMetadataType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        deleted = d.pop("deleted")

        media = d.pop("media")

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        device = d.pop("device", UNSET)

        device_id = d.pop("device_id", UNSET)

        device_name = d.pop("device_name", UNSET)

        network_id = d.pop("network_id", UNSET)

        network_name = d.pop("network_name", UNSET)

        type_ = d.pop("type", UNSET)

        source = d.pop("source", UNSET)

        watched = d.pop("watched", UNSET)

        partial = d.pop("partial", UNSET)

        thumbnail = d.pop("thumbnail", UNSET)

        def _parse_metadata(data: object) -> MediaItemMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = MediaItemMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MediaItemMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        additional_devices = cast(list[Any], d.pop("additional_devices", UNSET))

        time_zone = d.pop("time_zone", UNSET)

        media_item = cls(
            id=id,
            created_at=created_at,
            deleted=deleted,
            media=media,
            updated_at=updated_at,
            device=device,
            device_id=device_id,
            device_name=device_name,
            network_id=network_id,
            network_name=network_name,
            type_=type_,
            source=source,
            watched=watched,
            partial=partial,
            thumbnail=thumbnail,
            metadata=metadata,
            additional_devices=additional_devices,
            time_zone=time_zone,
        )

        media_item.additional_properties = d
        return media_item

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
