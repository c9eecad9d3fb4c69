from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.homescreen_owl_issues_item import HomescreenOwlIssuesItem
    from ..models.homescreen_signals import HomescreenSignals


T = TypeVar("T", bound="HomescreenOwl")


@_attrs_define
class HomescreenOwl:
    """A Blink Mini ("owl") or video doorbell ("lotus") entry. blinkpy uses the entry itself as
    the device's configuration, so the camera fields below matter as much as the ids.

        Attributes:
            id (int):
            name (str):
            network_id (int): Network of the device; a sync-less device gets a network of its own.
            created_at (datetime.datetime | Unset): ISO 8601 with an offset, as Blink writes it
                (`2020-10-02T00:27:54+00:00`).
            updated_at (datetime.datetime | Unset): ISO 8601 with an offset, as Blink writes it
                (`2020-10-02T00:27:54+00:00`).
            serial (str | Unset):
            fw_version (str | Unset):
            type_ (str | Unset):
            enabled (bool | Unset): Motion detection on; blinkpy also treats it as the armed state of a sync-less device.
            onboarded (bool | Unset):
            thumbnail (str | Unset): Path of the latest thumbnail (2022 form ends in `&ext=`).
            status (str | Unset):
            local_storage_enabled (bool | Unset):
            local_storage_compatible (bool | Unset):
            local_storage_status (str | Unset):
            revision (str | Unset):
            battery (str | Unset): Battery state of battery-powered doorbells.
            battery_state (str | Unset):
            battery_voltage (int | Unset):
            battery_check_time (datetime.datetime | None | Unset): ISO 8601 with an offset, or null while the stage or event
                has not happened.
            wifi_strength (int | Unset):
            temperature (int | Unset): Read by blinkpy when `signals` is missing.
            signals (HomescreenSignals | Unset): Signal and sensor levels of a battery device.
            issues (list[HomescreenOwlIssuesItem] | Unset):
            snooze (bool | Unset):
            snooze_time_remaining (int | None | Unset):
    """

    id: int
    name: str
    network_id: int
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    serial: str | Unset = UNSET
    fw_version: str | Unset = UNSET
    type_: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    onboarded: bool | Unset = UNSET
    thumbnail: str | Unset = UNSET
    status: str | Unset = UNSET
    local_storage_enabled: bool | Unset = UNSET
    local_storage_compatible: bool | Unset = UNSET
    local_storage_status: str | Unset = UNSET
    revision: str | Unset = UNSET
    battery: str | Unset = UNSET
    battery_state: str | Unset = UNSET
    battery_voltage: int | Unset = UNSET
    battery_check_time: datetime.datetime | None | Unset = UNSET
    wifi_strength: int | Unset = UNSET
    temperature: int | Unset = UNSET
    signals: HomescreenSignals | Unset = UNSET
    issues: list[HomescreenOwlIssuesItem] | Unset = UNSET
    snooze: bool | Unset = UNSET
    snooze_time_remaining: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        network_id = self.network_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        serial = self.serial

        fw_version = self.fw_version

        type_ = self.type_

        enabled = self.enabled

        onboarded = self.onboarded

        thumbnail = self.thumbnail

        status = self.status

        local_storage_enabled = self.local_storage_enabled

        local_storage_compatible = self.local_storage_compatible

        local_storage_status = self.local_storage_status

        revision = self.revision

        battery = self.battery

        battery_state = self.battery_state

        battery_voltage = self.battery_voltage

        battery_check_time: None | str | Unset
        if isinstance(self.battery_check_time, Unset):
            battery_check_time = UNSET
        elif isinstance(self.battery_check_time, datetime.datetime):
            battery_check_time = self.battery_check_time.isoformat()
        else:
            battery_check_time = self.battery_check_time

        wifi_strength = self.wifi_strength

        temperature = self.temperature

        signals: dict[str, Any] | Unset = UNSET
        if not isinstance(self.signals, Unset):
            signals = self.signals.to_dict()

        issues: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.issues, Unset):
            issues = []
            for issues_item_data in self.issues:
                issues_item = issues_item_data.to_dict()
                issues.append(issues_item)

        snooze = self.snooze

        snooze_time_remaining: int | None | Unset
        if isinstance(self.snooze_time_remaining, Unset):
            snooze_time_remaining = UNSET
        else:
            snooze_time_remaining = self.snooze_time_remaining

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "network_id": network_id,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if serial is not UNSET:
            field_dict["serial"] = serial
        if fw_version is not UNSET:
            field_dict["fw_version"] = fw_version
        if type_ is not UNSET:
            field_dict["type"] = type_
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if onboarded is not UNSET:
            field_dict["onboarded"] = onboarded
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail
        if status is not UNSET:
            field_dict["status"] = status
        if local_storage_enabled is not UNSET:
            field_dict["local_storage_enabled"] = local_storage_enabled
        if local_storage_compatible is not UNSET:
            field_dict["local_storage_compatible"] = local_storage_compatible
        if local_storage_status is not UNSET:
            field_dict["local_storage_status"] = local_storage_status
        if revision is not UNSET:
            field_dict["revision"] = revision
        if battery is not UNSET:
            field_dict["battery"] = battery
        if battery_state is not UNSET:
            field_dict["battery_state"] = battery_state
        if battery_voltage is not UNSET:
            field_dict["battery_voltage"] = battery_voltage
        if battery_check_time is not UNSET:
            field_dict["battery_check_time"] = battery_check_time
        if wifi_strength is not UNSET:
            field_dict["wifi_strength"] = wifi_strength
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if signals is not UNSET:
            field_dict["signals"] = signals
        if issues is not UNSET:
            field_dict["issues"] = issues
        if snooze is not UNSET:
            field_dict["snooze"] = snooze
        if snooze_time_remaining is not UNSET:
            field_dict["snooze_time_remaining"] = snooze_time_remaining

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.homescreen_owl_issues_item import HomescreenOwlIssuesItem  # noqa: PLC0415
        from ..models.homescreen_signals import HomescreenSignals  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

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

        serial = d.pop("serial", UNSET)

        fw_version = d.pop("fw_version", UNSET)

        type_ = d.pop("type", UNSET)

        enabled = d.pop("enabled", UNSET)

        onboarded = d.pop("onboarded", UNSET)

        thumbnail = d.pop("thumbnail", UNSET)

        status = d.pop("status", UNSET)

        local_storage_enabled = d.pop("local_storage_enabled", UNSET)

        local_storage_compatible = d.pop("local_storage_compatible", UNSET)

        local_storage_status = d.pop("local_storage_status", UNSET)

        revision = d.pop("revision", UNSET)

        battery = d.pop("battery", UNSET)

        battery_state = d.pop("battery_state", UNSET)

        battery_voltage = d.pop("battery_voltage", UNSET)

        def _parse_battery_check_time(data: object) -> datetime.datetime | None | Unset:
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

        battery_check_time = _parse_battery_check_time(
            d.pop("battery_check_time", UNSET)
        )

        wifi_strength = d.pop("wifi_strength", UNSET)

        temperature = d.pop("temperature", UNSET)

        _signals = d.pop("signals", UNSET)
        signals: HomescreenSignals | Unset
        if isinstance(_signals, Unset):
            signals = UNSET
        else:
            signals = HomescreenSignals.from_dict(_signals)

        _issues = d.pop("issues", UNSET)
        issues: list[HomescreenOwlIssuesItem] | Unset = UNSET
        if _issues is not UNSET:
            issues = []
            for issues_item_data in _issues:
                issues_item = HomescreenOwlIssuesItem.from_dict(issues_item_data)

                issues.append(issues_item)

        snooze = d.pop("snooze", UNSET)

        def _parse_snooze_time_remaining(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        snooze_time_remaining = _parse_snooze_time_remaining(
            d.pop("snooze_time_remaining", UNSET)
        )

        homescreen_owl = cls(
            id=id,
            name=name,
            network_id=network_id,
            created_at=created_at,
            updated_at=updated_at,
            serial=serial,
            fw_version=fw_version,
            type_=type_,
            enabled=enabled,
            onboarded=onboarded,
            thumbnail=thumbnail,
            status=status,
            local_storage_enabled=local_storage_enabled,
            local_storage_compatible=local_storage_compatible,
            local_storage_status=local_storage_status,
            revision=revision,
            battery=battery,
            battery_state=battery_state,
            battery_voltage=battery_voltage,
            battery_check_time=battery_check_time,
            wifi_strength=wifi_strength,
            temperature=temperature,
            signals=signals,
            issues=issues,
            snooze=snooze,
            snooze_time_remaining=snooze_time_remaining,
        )

        homescreen_owl.additional_properties = d
        return homescreen_owl

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
