from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HomescreenSyncModule")


@_attrs_define
class HomescreenSyncModule:
    """
    Attributes:
        id (int): Sync module id; equals `syncmodule.id` of `list_sync_modules` (same JSON type).
        network_id (int):
        created_at (datetime.datetime | Unset): ISO 8601 with an offset, as Blink writes it
            (`2020-10-02T00:27:54+00:00`).
        updated_at (datetime.datetime | Unset): ISO 8601 with an offset, as Blink writes it
            (`2020-10-02T00:27:54+00:00`).
        onboarded (bool | Unset):
        status (str | Unset):
        name (str | Unset):
        serial (str | Unset):
        fw_version (str | Unset):
        type_ (str | Unset):
        subtype (str | Unset):
        revision (str | Unset):
        last_hb (datetime.datetime | Unset): ISO 8601 with an offset, as Blink writes it (`2020-10-02T00:27:54+00:00`).
        wifi_strength (int | Unset): Wi-Fi signal in bars (1 to 5).
        enable_temp_alerts (bool | Unset):
        local_storage_enabled (bool | Unset):
        local_storage_compatible (bool | Unset):
        local_storage_status (str | Unset): USB local storage state; `active` makes blinkpy fetch the local-storage
            manifest.
    """

    id: int
    network_id: int
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    onboarded: bool | Unset = UNSET
    status: str | Unset = UNSET
    name: str | Unset = UNSET
    serial: str | Unset = UNSET
    fw_version: str | Unset = UNSET
    type_: str | Unset = UNSET
    subtype: str | Unset = UNSET
    revision: str | Unset = UNSET
    last_hb: datetime.datetime | Unset = UNSET
    wifi_strength: int | Unset = UNSET
    enable_temp_alerts: bool | Unset = UNSET
    local_storage_enabled: bool | Unset = UNSET
    local_storage_compatible: bool | Unset = UNSET
    local_storage_status: str | Unset = UNSET
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

        onboarded = self.onboarded

        status = self.status

        name = self.name

        serial = self.serial

        fw_version = self.fw_version

        type_ = self.type_

        subtype = self.subtype

        revision = self.revision

        last_hb: str | Unset = UNSET
        if not isinstance(self.last_hb, Unset):
            last_hb = self.last_hb.isoformat()

        wifi_strength = self.wifi_strength

        enable_temp_alerts = self.enable_temp_alerts

        local_storage_enabled = self.local_storage_enabled

        local_storage_compatible = self.local_storage_compatible

        local_storage_status = self.local_storage_status

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
        if onboarded is not UNSET:
            field_dict["onboarded"] = onboarded
        if status is not UNSET:
            field_dict["status"] = status
        if name is not UNSET:
            field_dict["name"] = name
        if serial is not UNSET:
            field_dict["serial"] = serial
        if fw_version is not UNSET:
            field_dict["fw_version"] = fw_version
        if type_ is not UNSET:
            field_dict["type"] = type_
        if subtype is not UNSET:
            field_dict["subtype"] = subtype
        if revision is not UNSET:
            field_dict["revision"] = revision
        if last_hb is not UNSET:
            field_dict["last_hb"] = last_hb
        if wifi_strength is not UNSET:
            field_dict["wifi_strength"] = wifi_strength
        if enable_temp_alerts is not UNSET:
            field_dict["enable_temp_alerts"] = enable_temp_alerts
        if local_storage_enabled is not UNSET:
            field_dict["local_storage_enabled"] = local_storage_enabled
        if local_storage_compatible is not UNSET:
            field_dict["local_storage_compatible"] = local_storage_compatible
        if local_storage_status is not UNSET:
            field_dict["local_storage_status"] = local_storage_status

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

        onboarded = d.pop("onboarded", UNSET)

        status = d.pop("status", UNSET)

        name = d.pop("name", UNSET)

        serial = d.pop("serial", UNSET)

        fw_version = d.pop("fw_version", UNSET)

        type_ = d.pop("type", UNSET)

        subtype = d.pop("subtype", UNSET)

        revision = d.pop("revision", UNSET)

        _last_hb = d.pop("last_hb", UNSET)
        last_hb: datetime.datetime | Unset
        if isinstance(_last_hb, Unset):
            last_hb = UNSET
        else:
            last_hb = datetime.datetime.fromisoformat(_last_hb)

        wifi_strength = d.pop("wifi_strength", UNSET)

        enable_temp_alerts = d.pop("enable_temp_alerts", UNSET)

        local_storage_enabled = d.pop("local_storage_enabled", UNSET)

        local_storage_compatible = d.pop("local_storage_compatible", UNSET)

        local_storage_status = d.pop("local_storage_status", UNSET)

        homescreen_sync_module = cls(
            id=id,
            network_id=network_id,
            created_at=created_at,
            updated_at=updated_at,
            onboarded=onboarded,
            status=status,
            name=name,
            serial=serial,
            fw_version=fw_version,
            type_=type_,
            subtype=subtype,
            revision=revision,
            last_hb=last_hb,
            wifi_strength=wifi_strength,
            enable_temp_alerts=enable_temp_alerts,
            local_storage_enabled=local_storage_enabled,
            local_storage_compatible=local_storage_compatible,
            local_storage_status=local_storage_status,
        )

        homescreen_sync_module.additional_properties = d
        return homescreen_sync_module

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
