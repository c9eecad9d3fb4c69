from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.network import Network


T = TypeVar("T", bound="NetworkUpdateResult")


@_attrs_define
class NetworkUpdateResult:
    """The answer of `POST /network/{network_id}/update`. Two shapes are recorded:
    blinkpy reads `network.sync_module_error` and `network.armed` from a wrapper
    `{"network": {...}}`, while the homebridge-blink-for-home capture (2020-10) is the flat
    network object itself (top-level `id` = network id). Both are accepted here.
    blinkpy also treats the reply as a command and polls `get_command_status` when it has a
    top-level `id` AND `network_id`; it does not say which reply carries them. A flat network
    has `id` but no `network_id`, so with the flat form blinkpy does not poll.

        Attributes:
            id (int | Unset): Network id.
            name (str | Unset):
            account_id (int | Unset):
            created_at (datetime.datetime | Unset): ISO 8601 with an offset, as Blink writes it
                (`2020-10-02T00:27:54+00:00`).
            updated_at (datetime.datetime | Unset): ISO 8601 with an offset, as Blink writes it
                (`2020-10-02T00:27:54+00:00`).
            deleted_at (datetime.datetime | None | Unset): ISO 8601 with an offset, or null while the stage or event has not
                happened.
            armed (bool | Unset): Whether the network is armed. blinkpy reads the arm state from here (via
                `update_network`).
            arm_string (str | Unset): Human-readable arm state.
            autoarm_geo_enable (bool | Unset):
            autoarm_time_enable (bool | Unset):
            busy (bool | Unset): True while the sync module is executing a command.
            camera_error (bool | Unset):
            description (str | Unset):
            dst (bool | Unset): Whether daylight saving time applies in `time_zone`.
            encryption_key (None | str | Unset):
            feature_plan_id (int | None | Unset):
            lfr_channel (int | Unset): Low-frequency radio channel between the sync module and its cameras.
            locale (str | Unset):
            location_id (int | None | Unset):
            lv_mode (str | Unset): Live-view transport mode.
            lv_save (bool | Unset): Whether live-view sessions are saved as clips.
            network_key (None | str | Unset):
            network_origin (str | Unset):
            ping_interval (int | Unset): Seconds between sync module heartbeats.
            sm_backup_enabled (bool | Unset): Whether cloud clips are backed up to the sync module's USB storage.
            storage_total (int | Unset):
            storage_used (int | Unset):
            sync_module_error (bool | Unset): True when the sync module has a problem; blinkpy marks the module unavailable
                when truthy or missing.
            time_zone (str | Unset): IANA time-zone name such as `Europe/London`.
            video_count (int | Unset):
            video_destination (str | Unset):
            video_history_count (int | Unset):
            network (Network | Unset): A network ("system"): one sync module with its cameras and the arm state. Every
                recorded
                sample has `id` and `name`, but no field is required because the same schema also describes
                partial objects (blinkpy fixtures).
            network_id (int | Unset): Present only when the reply is a command; then `id` is the command id.
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    account_id: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    armed: bool | Unset = UNSET
    arm_string: str | Unset = UNSET
    autoarm_geo_enable: bool | Unset = UNSET
    autoarm_time_enable: bool | Unset = UNSET
    busy: bool | Unset = UNSET
    camera_error: bool | Unset = UNSET
    description: str | Unset = UNSET
    dst: bool | Unset = UNSET
    encryption_key: None | str | Unset = UNSET
    feature_plan_id: int | None | Unset = UNSET
    lfr_channel: int | Unset = UNSET
    locale: str | Unset = UNSET
    location_id: int | None | Unset = UNSET
    lv_mode: str | Unset = UNSET
    lv_save: bool | Unset = UNSET
    network_key: None | str | Unset = UNSET
    network_origin: str | Unset = UNSET
    ping_interval: int | Unset = UNSET
    sm_backup_enabled: bool | Unset = UNSET
    storage_total: int | Unset = UNSET
    storage_used: int | Unset = UNSET
    sync_module_error: bool | Unset = UNSET
    time_zone: str | Unset = UNSET
    video_count: int | Unset = UNSET
    video_destination: str | Unset = UNSET
    video_history_count: int | Unset = UNSET
    network: Network | Unset = UNSET
    network_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        account_id = self.account_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        armed = self.armed

        arm_string = self.arm_string

        autoarm_geo_enable = self.autoarm_geo_enable

        autoarm_time_enable = self.autoarm_time_enable

        busy = self.busy

        camera_error = self.camera_error

        description = self.description

        dst = self.dst

        encryption_key: None | str | Unset
        if isinstance(self.encryption_key, Unset):
            encryption_key = UNSET
        else:
            encryption_key = self.encryption_key

        feature_plan_id: int | None | Unset
        if isinstance(self.feature_plan_id, Unset):
            feature_plan_id = UNSET
        else:
            feature_plan_id = self.feature_plan_id

        lfr_channel = self.lfr_channel

        locale = self.locale

        location_id: int | None | Unset
        if isinstance(self.location_id, Unset):
            location_id = UNSET
        else:
            location_id = self.location_id

        lv_mode = self.lv_mode

        lv_save = self.lv_save

        network_key: None | str | Unset
        if isinstance(self.network_key, Unset):
            network_key = UNSET
        else:
            network_key = self.network_key

        network_origin = self.network_origin

        ping_interval = self.ping_interval

        sm_backup_enabled = self.sm_backup_enabled

        storage_total = self.storage_total

        storage_used = self.storage_used

        sync_module_error = self.sync_module_error

        time_zone = self.time_zone

        video_count = self.video_count

        video_destination = self.video_destination

        video_history_count = self.video_history_count

        network: dict[str, Any] | Unset = UNSET
        if not isinstance(self.network, Unset):
            network = self.network.to_dict()

        network_id = self.network_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if armed is not UNSET:
            field_dict["armed"] = armed
        if arm_string is not UNSET:
            field_dict["arm_string"] = arm_string
        if autoarm_geo_enable is not UNSET:
            field_dict["autoarm_geo_enable"] = autoarm_geo_enable
        if autoarm_time_enable is not UNSET:
            field_dict["autoarm_time_enable"] = autoarm_time_enable
        if busy is not UNSET:
            field_dict["busy"] = busy
        if camera_error is not UNSET:
            field_dict["camera_error"] = camera_error
        if description is not UNSET:
            field_dict["description"] = description
        if dst is not UNSET:
            field_dict["dst"] = dst
        if encryption_key is not UNSET:
            field_dict["encryption_key"] = encryption_key
        if feature_plan_id is not UNSET:
            field_dict["feature_plan_id"] = feature_plan_id
        if lfr_channel is not UNSET:
            field_dict["lfr_channel"] = lfr_channel
        if locale is not UNSET:
            field_dict["locale"] = locale
        if location_id is not UNSET:
            field_dict["location_id"] = location_id
        if lv_mode is not UNSET:
            field_dict["lv_mode"] = lv_mode
        if lv_save is not UNSET:
            field_dict["lv_save"] = lv_save
        if network_key is not UNSET:
            field_dict["network_key"] = network_key
        if network_origin is not UNSET:
            field_dict["network_origin"] = network_origin
        if ping_interval is not UNSET:
            field_dict["ping_interval"] = ping_interval
        if sm_backup_enabled is not UNSET:
            field_dict["sm_backup_enabled"] = sm_backup_enabled
        if storage_total is not UNSET:
            field_dict["storage_total"] = storage_total
        if storage_used is not UNSET:
            field_dict["storage_used"] = storage_used
        if sync_module_error is not UNSET:
            field_dict["sync_module_error"] = sync_module_error
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone
        if video_count is not UNSET:
            field_dict["video_count"] = video_count
        if video_destination is not UNSET:
            field_dict["video_destination"] = video_destination
        if video_history_count is not UNSET:
            field_dict["video_history_count"] = video_history_count
        if network is not UNSET:
            field_dict["network"] = network
        if network_id is not UNSET:
            field_dict["network_id"] = network_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.network import Network  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        account_id = d.pop("account_id", UNSET)

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

        def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
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

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

        armed = d.pop("armed", UNSET)

        arm_string = d.pop("arm_string", UNSET)

        autoarm_geo_enable = d.pop("autoarm_geo_enable", UNSET)

        autoarm_time_enable = d.pop("autoarm_time_enable", UNSET)

        busy = d.pop("busy", UNSET)

        camera_error = d.pop("camera_error", UNSET)

        description = d.pop("description", UNSET)

        dst = d.pop("dst", UNSET)

        def _parse_encryption_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        encryption_key = _parse_encryption_key(d.pop("encryption_key", UNSET))

        def _parse_feature_plan_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        feature_plan_id = _parse_feature_plan_id(d.pop("feature_plan_id", UNSET))

        lfr_channel = d.pop("lfr_channel", UNSET)

        locale = d.pop("locale", UNSET)

        def _parse_location_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        location_id = _parse_location_id(d.pop("location_id", UNSET))

        lv_mode = d.pop("lv_mode", UNSET)

        lv_save = d.pop("lv_save", UNSET)

        def _parse_network_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        network_key = _parse_network_key(d.pop("network_key", UNSET))

        network_origin = d.pop("network_origin", UNSET)

        ping_interval = d.pop("ping_interval", UNSET)

        sm_backup_enabled = d.pop("sm_backup_enabled", UNSET)

        storage_total = d.pop("storage_total", UNSET)

        storage_used = d.pop("storage_used", UNSET)

        sync_module_error = d.pop("sync_module_error", UNSET)

        time_zone = d.pop("time_zone", UNSET)

        video_count = d.pop("video_count", UNSET)

        video_destination = d.pop("video_destination", UNSET)

        video_history_count = d.pop("video_history_count", UNSET)

        _network = d.pop("network", UNSET)
        network: Network | Unset
        if isinstance(_network, Unset):
            network = UNSET
        else:
            network = Network.from_dict(_network)

        network_id = d.pop("network_id", UNSET)

        network_update_result = cls(
            id=id,
            name=name,
            account_id=account_id,
            created_at=created_at,
            updated_at=updated_at,
            deleted_at=deleted_at,
            armed=armed,
            arm_string=arm_string,
            autoarm_geo_enable=autoarm_geo_enable,
            autoarm_time_enable=autoarm_time_enable,
            busy=busy,
            camera_error=camera_error,
            description=description,
            dst=dst,
            encryption_key=encryption_key,
            feature_plan_id=feature_plan_id,
            lfr_channel=lfr_channel,
            locale=locale,
            location_id=location_id,
            lv_mode=lv_mode,
            lv_save=lv_save,
            network_key=network_key,
            network_origin=network_origin,
            ping_interval=ping_interval,
            sm_backup_enabled=sm_backup_enabled,
            storage_total=storage_total,
            storage_used=storage_used,
            sync_module_error=sync_module_error,
            time_zone=time_zone,
            video_count=video_count,
            video_destination=video_destination,
            video_history_count=video_history_count,
            network=network,
            network_id=network_id,
        )

        network_update_result.additional_properties = d
        return network_update_result

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
