from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.homescreen_camera_issues_item import HomescreenCameraIssuesItem
    from ..models.homescreen_signals import HomescreenSignals


T = TypeVar("T", bound="HomescreenCamera")


@_attrs_define
class HomescreenCamera:
    """
    Attributes:
        id (int):
        name (str):
        network_id (int):
        created_at (datetime.datetime | Unset): ISO 8601 with an offset, as Blink writes it
            (`2020-10-02T00:27:54+00:00`).
        updated_at (datetime.datetime | Unset): ISO 8601 with an offset, as Blink writes it
            (`2020-10-02T00:27:54+00:00`).
        serial (str | Unset):
        fw_version (str | Unset):
        type_ (str | Unset): Product type, also used in thumbnail URLs.
        enabled (bool | Unset): Whether motion detection is on.
        thumbnail (str | Unset): Path of the latest thumbnail on the REST host: the old form
            `/media/production/account/…/clip_…` (append `.jpg`) or the 2022 form ending in `&ext=`.
        status (str | Unset):
        battery (str | Unset):
        usage_rate (bool | Unset):
        issues (list[HomescreenCameraIssuesItem] | Unset): Open issues of the camera; only empty lists have been
            recorded.
        signals (HomescreenSignals | Unset): Signal and sensor levels of a battery device.
        local_storage_enabled (bool | Unset):
        local_storage_compatible (bool | Unset):
        snooze (bool | Unset):
        snooze_time_remaining (int | None | Unset): Seconds of snooze left.
        revision (None | str | Unset): Hardware revision; null on some cameras (homebridge-blink-for-home sample
            homescreen, 2022-03).
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
    thumbnail: str | Unset = UNSET
    status: str | Unset = UNSET
    battery: str | Unset = UNSET
    usage_rate: bool | Unset = UNSET
    issues: list[HomescreenCameraIssuesItem] | Unset = UNSET
    signals: HomescreenSignals | Unset = UNSET
    local_storage_enabled: bool | Unset = UNSET
    local_storage_compatible: bool | Unset = UNSET
    snooze: bool | Unset = UNSET
    snooze_time_remaining: int | None | Unset = UNSET
    revision: None | str | Unset = UNSET
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

        thumbnail = self.thumbnail

        status = self.status

        battery = self.battery

        usage_rate = self.usage_rate

        issues: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.issues, Unset):
            issues = []
            for issues_item_data in self.issues:
                issues_item = issues_item_data.to_dict()
                issues.append(issues_item)

        signals: dict[str, Any] | Unset = UNSET
        if not isinstance(self.signals, Unset):
            signals = self.signals.to_dict()

        local_storage_enabled = self.local_storage_enabled

        local_storage_compatible = self.local_storage_compatible

        snooze = self.snooze

        snooze_time_remaining: int | None | Unset
        if isinstance(self.snooze_time_remaining, Unset):
            snooze_time_remaining = UNSET
        else:
            snooze_time_remaining = self.snooze_time_remaining

        revision: None | str | Unset
        if isinstance(self.revision, Unset):
            revision = UNSET
        else:
            revision = self.revision

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
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail
        if status is not UNSET:
            field_dict["status"] = status
        if battery is not UNSET:
            field_dict["battery"] = battery
        if usage_rate is not UNSET:
            field_dict["usage_rate"] = usage_rate
        if issues is not UNSET:
            field_dict["issues"] = issues
        if signals is not UNSET:
            field_dict["signals"] = signals
        if local_storage_enabled is not UNSET:
            field_dict["local_storage_enabled"] = local_storage_enabled
        if local_storage_compatible is not UNSET:
            field_dict["local_storage_compatible"] = local_storage_compatible
        if snooze is not UNSET:
            field_dict["snooze"] = snooze
        if snooze_time_remaining is not UNSET:
            field_dict["snooze_time_remaining"] = snooze_time_remaining
        if revision is not UNSET:
            field_dict["revision"] = revision

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.homescreen_camera_issues_item import HomescreenCameraIssuesItem  # noqa: PLC0415
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

        thumbnail = d.pop("thumbnail", UNSET)

        status = d.pop("status", UNSET)

        battery = d.pop("battery", UNSET)

        usage_rate = d.pop("usage_rate", UNSET)

        _issues = d.pop("issues", UNSET)
        issues: list[HomescreenCameraIssuesItem] | Unset = UNSET
        if _issues is not UNSET:
            issues = []
            for issues_item_data in _issues:
                issues_item = HomescreenCameraIssuesItem.from_dict(issues_item_data)

                issues.append(issues_item)

        _signals = d.pop("signals", UNSET)
        signals: HomescreenSignals | Unset
        if isinstance(_signals, Unset):
            signals = UNSET
        else:
            signals = HomescreenSignals.from_dict(_signals)

        local_storage_enabled = d.pop("local_storage_enabled", UNSET)

        local_storage_compatible = d.pop("local_storage_compatible", UNSET)

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

        def _parse_revision(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        revision = _parse_revision(d.pop("revision", UNSET))

        homescreen_camera = cls(
            id=id,
            name=name,
            network_id=network_id,
            created_at=created_at,
            updated_at=updated_at,
            serial=serial,
            fw_version=fw_version,
            type_=type_,
            enabled=enabled,
            thumbnail=thumbnail,
            status=status,
            battery=battery,
            usage_rate=usage_rate,
            issues=issues,
            signals=signals,
            local_storage_enabled=local_storage_enabled,
            local_storage_compatible=local_storage_compatible,
            snooze=snooze,
            snooze_time_remaining=snooze_time_remaining,
            revision=revision,
        )

        homescreen_camera.additional_properties = d
        return homescreen_camera

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
