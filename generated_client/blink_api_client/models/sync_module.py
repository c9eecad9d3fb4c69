from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SyncModule")


@_attrs_define
class SyncModule:
    """A sync module. No field is required: blinkpy's 2018 fixture has only `name` and `status`,
    although blinkpy 0.25 needs `id` and `network_id` to start the module.

        Attributes:
            id (int | Unset):
            network_id (int | Unset): blinkpy replaces its own network id with this value and uses it in later URLs.
            serial (str | Unset):
            status (str | Unset):
            name (str | Unset):
            fw_version (str | Unset):
            last_hb (datetime.datetime | None | Unset): ISO 8601 with an offset, or null while the stage or event has not
                happened.
            wifi_strength (int | None | Unset): Signal bars, about 0 to 5.
            onboarded (bool | Unset):
            created_at (datetime.datetime | Unset): ISO 8601 with an offset, as Blink writes it
                (`2020-10-02T00:27:54+00:00`).
            updated_at (datetime.datetime | Unset): ISO 8601 with an offset, as Blink writes it
                (`2020-10-02T00:27:54+00:00`).
            type_ (str | Unset): Hardware generation.
            subtype (None | str | Unset):
            feature_plan_id (int | None | Unset):
            os_version (None | str | Unset):
            enable_temp_alerts (bool | Unset):
            local_storage_enabled (bool | Unset):
            local_storage_compatible (bool | Unset): True for a Sync Module 2 that accepts a USB stick.
            local_storage_status (str | Unset): `active` switches on the local-storage manifest handling in blinkpy.
    """

    id: int | Unset = UNSET
    network_id: int | Unset = UNSET
    serial: str | Unset = UNSET
    status: str | Unset = UNSET
    name: str | Unset = UNSET
    fw_version: str | Unset = UNSET
    last_hb: datetime.datetime | None | Unset = UNSET
    wifi_strength: int | None | Unset = UNSET
    onboarded: bool | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    type_: str | Unset = UNSET
    subtype: None | str | Unset = UNSET
    feature_plan_id: int | None | Unset = UNSET
    os_version: None | str | Unset = UNSET
    enable_temp_alerts: bool | Unset = UNSET
    local_storage_enabled: bool | Unset = UNSET
    local_storage_compatible: bool | Unset = UNSET
    local_storage_status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        network_id = self.network_id

        serial = self.serial

        status = self.status

        name = self.name

        fw_version = self.fw_version

        last_hb: None | str | Unset
        if isinstance(self.last_hb, Unset):
            last_hb = UNSET
        elif isinstance(self.last_hb, datetime.datetime):
            last_hb = self.last_hb.isoformat()
        else:
            last_hb = self.last_hb

        wifi_strength: int | None | Unset
        if isinstance(self.wifi_strength, Unset):
            wifi_strength = UNSET
        else:
            wifi_strength = self.wifi_strength

        onboarded = self.onboarded

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        type_ = self.type_

        subtype: None | str | Unset
        if isinstance(self.subtype, Unset):
            subtype = UNSET
        else:
            subtype = self.subtype

        feature_plan_id: int | None | Unset
        if isinstance(self.feature_plan_id, Unset):
            feature_plan_id = UNSET
        else:
            feature_plan_id = self.feature_plan_id

        os_version: None | str | Unset
        if isinstance(self.os_version, Unset):
            os_version = UNSET
        else:
            os_version = self.os_version

        enable_temp_alerts = self.enable_temp_alerts

        local_storage_enabled = self.local_storage_enabled

        local_storage_compatible = self.local_storage_compatible

        local_storage_status = self.local_storage_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if network_id is not UNSET:
            field_dict["network_id"] = network_id
        if serial is not UNSET:
            field_dict["serial"] = serial
        if status is not UNSET:
            field_dict["status"] = status
        if name is not UNSET:
            field_dict["name"] = name
        if fw_version is not UNSET:
            field_dict["fw_version"] = fw_version
        if last_hb is not UNSET:
            field_dict["last_hb"] = last_hb
        if wifi_strength is not UNSET:
            field_dict["wifi_strength"] = wifi_strength
        if onboarded is not UNSET:
            field_dict["onboarded"] = onboarded
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if type_ is not UNSET:
            field_dict["type"] = type_
        if subtype is not UNSET:
            field_dict["subtype"] = subtype
        if feature_plan_id is not UNSET:
            field_dict["feature_plan_id"] = feature_plan_id
        if os_version is not UNSET:
            field_dict["os_version"] = os_version
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
        id = d.pop("id", UNSET)

        network_id = d.pop("network_id", UNSET)

        serial = d.pop("serial", UNSET)

        status = d.pop("status", UNSET)

        name = d.pop("name", UNSET)

        fw_version = d.pop("fw_version", UNSET)

        def _parse_last_hb(data: object) -> datetime.datetime | None | Unset:
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

        last_hb = _parse_last_hb(d.pop("last_hb", UNSET))

        def _parse_wifi_strength(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        wifi_strength = _parse_wifi_strength(d.pop("wifi_strength", UNSET))

        onboarded = d.pop("onboarded", UNSET)

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

        type_ = d.pop("type", UNSET)

        def _parse_subtype(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subtype = _parse_subtype(d.pop("subtype", UNSET))

        def _parse_feature_plan_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        feature_plan_id = _parse_feature_plan_id(d.pop("feature_plan_id", UNSET))

        def _parse_os_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        os_version = _parse_os_version(d.pop("os_version", UNSET))

        enable_temp_alerts = d.pop("enable_temp_alerts", UNSET)

        local_storage_enabled = d.pop("local_storage_enabled", UNSET)

        local_storage_compatible = d.pop("local_storage_compatible", UNSET)

        local_storage_status = d.pop("local_storage_status", UNSET)

        sync_module = cls(
            id=id,
            network_id=network_id,
            serial=serial,
            status=status,
            name=name,
            fw_version=fw_version,
            last_hb=last_hb,
            wifi_strength=wifi_strength,
            onboarded=onboarded,
            created_at=created_at,
            updated_at=updated_at,
            type_=type_,
            subtype=subtype,
            feature_plan_id=feature_plan_id,
            os_version=os_version,
            enable_temp_alerts=enable_temp_alerts,
            local_storage_enabled=local_storage_enabled,
            local_storage_compatible=local_storage_compatible,
            local_storage_status=local_storage_status,
        )

        sync_module.additional_properties = d
        return sync_module

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
