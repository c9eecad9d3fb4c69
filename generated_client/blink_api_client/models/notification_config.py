from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification_flags import NotificationFlags


T = TypeVar("T", bound="NotificationConfig")


@_attrs_define
class NotificationConfig:
    """The notification flags, either wrapped in `notifications` (MattTW's documentation) or flat
    at the top level (homebridge capture, 2020-10). Clients should read both.

        Attributes:
            low_battery (bool | Unset):
            camera_offline (bool | Unset):
            camera_usage (bool | Unset):
            scheduling (bool | Unset):
            motion (bool | Unset):
            sync_module_offline (bool | Unset):
            temperature (bool | Unset):
            doorbell (bool | Unset):
            wifi (bool | Unset):
            lfr (bool | Unset):
            bandwidth (bool | Unset):
            battery_dead (bool | Unset):
            local_storage (bool | Unset):
            accessory_connected (bool | Unset):
            accessory_disconnected (bool | Unset):
            accessory_low_battery (bool | Unset):
            general (bool | Unset):
            notifications (NotificationFlags | Unset): Which push notifications the account receives.
    """

    low_battery: bool | Unset = UNSET
    camera_offline: bool | Unset = UNSET
    camera_usage: bool | Unset = UNSET
    scheduling: bool | Unset = UNSET
    motion: bool | Unset = UNSET
    sync_module_offline: bool | Unset = UNSET
    temperature: bool | Unset = UNSET
    doorbell: bool | Unset = UNSET
    wifi: bool | Unset = UNSET
    lfr: bool | Unset = UNSET
    bandwidth: bool | Unset = UNSET
    battery_dead: bool | Unset = UNSET
    local_storage: bool | Unset = UNSET
    accessory_connected: bool | Unset = UNSET
    accessory_disconnected: bool | Unset = UNSET
    accessory_low_battery: bool | Unset = UNSET
    general: bool | Unset = UNSET
    notifications: NotificationFlags | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        low_battery = self.low_battery

        camera_offline = self.camera_offline

        camera_usage = self.camera_usage

        scheduling = self.scheduling

        motion = self.motion

        sync_module_offline = self.sync_module_offline

        temperature = self.temperature

        doorbell = self.doorbell

        wifi = self.wifi

        lfr = self.lfr

        bandwidth = self.bandwidth

        battery_dead = self.battery_dead

        local_storage = self.local_storage

        accessory_connected = self.accessory_connected

        accessory_disconnected = self.accessory_disconnected

        accessory_low_battery = self.accessory_low_battery

        general = self.general

        notifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notifications, Unset):
            notifications = self.notifications.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if low_battery is not UNSET:
            field_dict["low_battery"] = low_battery
        if camera_offline is not UNSET:
            field_dict["camera_offline"] = camera_offline
        if camera_usage is not UNSET:
            field_dict["camera_usage"] = camera_usage
        if scheduling is not UNSET:
            field_dict["scheduling"] = scheduling
        if motion is not UNSET:
            field_dict["motion"] = motion
        if sync_module_offline is not UNSET:
            field_dict["sync_module_offline"] = sync_module_offline
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if doorbell is not UNSET:
            field_dict["doorbell"] = doorbell
        if wifi is not UNSET:
            field_dict["wifi"] = wifi
        if lfr is not UNSET:
            field_dict["lfr"] = lfr
        if bandwidth is not UNSET:
            field_dict["bandwidth"] = bandwidth
        if battery_dead is not UNSET:
            field_dict["battery_dead"] = battery_dead
        if local_storage is not UNSET:
            field_dict["local_storage"] = local_storage
        if accessory_connected is not UNSET:
            field_dict["accessory_connected"] = accessory_connected
        if accessory_disconnected is not UNSET:
            field_dict["accessory_disconnected"] = accessory_disconnected
        if accessory_low_battery is not UNSET:
            field_dict["accessory_low_battery"] = accessory_low_battery
        if general is not UNSET:
            field_dict["general"] = general
        if notifications is not UNSET:
            field_dict["notifications"] = notifications

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notification_flags import NotificationFlags  # noqa: PLC0415

        d = dict(src_dict)
        low_battery = d.pop("low_battery", UNSET)

        camera_offline = d.pop("camera_offline", UNSET)

        camera_usage = d.pop("camera_usage", UNSET)

        scheduling = d.pop("scheduling", UNSET)

        motion = d.pop("motion", UNSET)

        sync_module_offline = d.pop("sync_module_offline", UNSET)

        temperature = d.pop("temperature", UNSET)

        doorbell = d.pop("doorbell", UNSET)

        wifi = d.pop("wifi", UNSET)

        lfr = d.pop("lfr", UNSET)

        bandwidth = d.pop("bandwidth", UNSET)

        battery_dead = d.pop("battery_dead", UNSET)

        local_storage = d.pop("local_storage", UNSET)

        accessory_connected = d.pop("accessory_connected", UNSET)

        accessory_disconnected = d.pop("accessory_disconnected", UNSET)

        accessory_low_battery = d.pop("accessory_low_battery", UNSET)

        general = d.pop("general", UNSET)

        _notifications = d.pop("notifications", UNSET)
        notifications: NotificationFlags | Unset
        if isinstance(_notifications, Unset):
            notifications = UNSET
        else:
            notifications = NotificationFlags.from_dict(_notifications)

        notification_config = cls(
            low_battery=low_battery,
            camera_offline=camera_offline,
            camera_usage=camera_usage,
            scheduling=scheduling,
            motion=motion,
            sync_module_offline=sync_module_offline,
            temperature=temperature,
            doorbell=doorbell,
            wifi=wifi,
            lfr=lfr,
            bandwidth=bandwidth,
            battery_dead=battery_dead,
            local_storage=local_storage,
            accessory_connected=accessory_connected,
            accessory_disconnected=accessory_disconnected,
            accessory_low_battery=accessory_low_battery,
            general=general,
            notifications=notifications,
        )

        notification_config.additional_properties = d
        return notification_config

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
