from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.camera_signals import CameraSignals
    from ..models.camera_status import CameraStatus


T = TypeVar("T", bound="CameraConfig")


@_attrs_define
class CameraConfig:
    """The full configuration of a sync-module camera. Blink sends about 150 fields; the ones named
    here are those seen in captures and read by clients. The object is open. blinkpy reads
    `name`, `serial`, `fw_version`, `id`, `network_id`, `enabled`, `battery_voltage`,
    `battery_state`/`battery`, `wifi_strength`, `signals`, `type`, `battery_check_time`,
    `status`, `thumbnail` and `temperature`.

        Attributes:
            id (int | Unset):
            name (str | Unset):
            network_id (int | Unset):
            sync_module_id (int | Unset):
            account_id (int | Unset):
            account (int | Unset): Same as `account_id`.
            network (int | Unset): Same as `network_id`.
            created_at (datetime.datetime | Unset): ISO 8601 with an offset, as Blink writes it
                (`2020-10-02T00:27:54+00:00`).
            updated_at (datetime.datetime | Unset): ISO 8601 with an offset, as Blink writes it
                (`2020-10-02T00:27:54+00:00`).
            deleted_at (datetime.datetime | None | Unset): ISO 8601 with an offset, or null while the stage or event has not
                happened.
            serial (str | Unset):
            camera_key (str | Unset):
            camera_seq (int | Unset):
            unit_number (int | Unset):
            fw_version (str | Unset):
            type_ (str | Unset): Product type; it also appears in the newer thumbnail and media paths.
            onboarded (bool | Unset):
            enabled (bool | Unset): Motion detection switched on for this camera.
            armed (bool | Unset):
            status (str | Unset): Connection state; blinkpy treats `done` and `online` as online.
            thumbnail (str | Unset): Path of the latest thumbnail, relative to the REST host. Old form
                `/media/production/account/…/clip_…` (add `.jpg`), newer form
                `/api/v3/media/accounts/…/thumbnail/thumbnail.jpg?ts=…&ext=`.
            battery (str | Unset): Battery summary, as on the homescreen.
            battery_state (str | Unset):
            battery_voltage (int | Unset): Battery voltage in hundredths of a volt.
            battery_check_time (datetime.datetime | None | Unset): ISO 8601 with an offset, or null while the stage or event
                has not happened.
            battery_alarm_enable (bool | Unset):
            battery_alert_count (int | Unset):
            battery_voltage_hysteresis (int | Unset):
            battery_voltage_interval (int | Unset):
            battery_voltage_threshold (int | Unset):
            last_battery_alert (datetime.datetime | None | Unset): ISO 8601 with an offset, or null while the stage or event
                has not happened.
            temperature (int | Unset): Temperature in °F.
            temp_min (int | Unset): Low temperature alert threshold in °F.
            temp_max (int | Unset): High temperature alert threshold in °F.
            temp_adjust (int | Unset): Calibration offset in °F.
            temp_alarm_enable (bool | Unset):
            temp_alert_count (int | Unset):
            temp_alert_state (str | Unset):
            temp_hysteresis (int | None | Unset):
            temp_interval (int | Unset):
            last_temp_alert (datetime.datetime | None | Unset): ISO 8601 with an offset, or null while the stage or event
                has not happened.
            wifi_strength (int | Unset): Wi-Fi signal in dBm here (-255: unknown), bars in `signals`.
            lfr_strength (int | Unset): Low-frequency radio signal in dBm.
            lfr_sync_interval (int | Unset):
            lfr_alert_count (int | Unset):
            last_lfr_alert (datetime.datetime | None | Unset): ISO 8601 with an offset, or null while the stage or event has
                not happened.
            wifi_alert_count (int | Unset):
            last_wifi_alert (datetime.datetime | None | Unset): ISO 8601 with an offset, or null while the stage or event
                has not happened.
            wifi_timeout (int | Unset):
            offline_alert_count (int | Unset):
            last_offline_alert (datetime.datetime | None | Unset): ISO 8601 with an offset, or null while the stage or event
                has not happened.
            usage_alert_count (int | Unset):
            last_usage_alert (datetime.datetime | None | Unset): ISO 8601 with an offset, or null while the stage or event
                has not happened.
            last_snapshot_event (datetime.datetime | None | Unset): ISO 8601 with an offset, or null while the stage or
                event has not happened.
            signals (CameraSignals | Unset): Signal levels of a camera, as bars, plus the temperature. Served by
                `get_camera_signals` and
                as `signals` in the camera config and the homescreen camera entries.
            last_connect (CameraStatus | Unset): The camera's last connection report: radio levels in dBm, battery voltage,
                wake-up counters
                and network details. Returned as `camera_status` by `get_camera` (2022) and embedded as
                `last_connect` in the camera config.
            motion_alert (bool | Unset):
            motion_sensitivity (int | Unset): 1 (least) to 9 (most) sensitive.
            motion_regions (int | Unset): Bit mask of the 25 motion zones.
            motion_regions_compatible (bool | Unset):
            alert_interval (int | Unset): Seconds between motion alerts (retrigger time).
            alert_repeat (str | Unset):
            alert_tone_enable (bool | Unset):
            alert_tone_volume (int | Unset):
            video_length (int | Unset): Clip length in seconds.
            video_quality (str | Unset):
            video_quality_support (list[str] | Unset):
            video_50_60hz (str | Unset):
            video_recording_enable (bool | Unset):
            video_recording_optional (bool | Unset):
            max_resolution (str | Unset):
            clip_bitrate (int | Unset):
            clip_max_length (int | Unset):
            clip_rate (int | Unset):
            clip_warning_threshold (int | Unset):
            liveview_bitrate (int | Unset):
            liveview_enabled (str | Unset):
            liveview_rate (int | Unset):
            early_termination (bool | Unset): End a clip early once motion stops.
            early_termination_supported (bool | Unset):
            early_notification (bool | Unset):
            early_notification_compatible (bool | Unset):
            early_pir_compatible (bool | Unset):
            illuminator_enable (int | Unset): Infrared illuminator mode as a number (0 seen; Minis use strings instead).
            illuminator_duration (int | Unset):
            illuminator_intensity (int | Unset): 1 to 10.
            night_vision_exposure (int | Unset):
            night_vision_exposure_compatible (bool | Unset):
            record_audio (bool | Unset):
            record_audio_enable (bool | Unset):
            flip_image (bool | Unset):
            invert_image (bool | Unset):
            flip_video (bool | Unset):
            flip_video_compatible (bool | Unset):
            privacy_zones_compatible (bool | Unset):
            siren_enable (bool | Unset):
            siren_volume (int | None | Unset):
            buzzer_on (bool | Unset):
            auto_test (bool | Unset):
            retry_count (int | Unset):
            a1 (bool | Unset):
            first_boot (datetime.datetime | None | Unset): ISO 8601 with an offset, or null while the stage or event has not
                happened.
            ip_address (None | str | Unset):
            mac_address (None | str | Unset):
            country_id (None | str | Unset):
            ring_device_id (int | None | Unset):
            local_connection_certificate_id (int | None | Unset):
            local_storage_compatible (bool | Unset):
            local_storage_enabled (bool | Unset):
            snapshot_compatible (bool | Unset):
            snapshot_enabled (bool | Unset):
            snapshot_period_minutes (int | Unset):
            snapshot_period_minutes_options (list[int] | Unset):
            snooze_till (datetime.datetime | None | Unset): ISO 8601 with an offset, or null while the stage or event has
                not happened.
            mfg_main_range (int | Unset):
            mfg_main_type (str | Unset):
            mfg_mez_range (int | Unset):
            mfg_mez_type (str | Unset):
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    network_id: int | Unset = UNSET
    sync_module_id: int | Unset = UNSET
    account_id: int | Unset = UNSET
    account: int | Unset = UNSET
    network: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    serial: str | Unset = UNSET
    camera_key: str | Unset = UNSET
    camera_seq: int | Unset = UNSET
    unit_number: int | Unset = UNSET
    fw_version: str | Unset = UNSET
    type_: str | Unset = UNSET
    onboarded: bool | Unset = UNSET
    enabled: bool | Unset = UNSET
    armed: bool | Unset = UNSET
    status: str | Unset = UNSET
    thumbnail: str | Unset = UNSET
    battery: str | Unset = UNSET
    battery_state: str | Unset = UNSET
    battery_voltage: int | Unset = UNSET
    battery_check_time: datetime.datetime | None | Unset = UNSET
    battery_alarm_enable: bool | Unset = UNSET
    battery_alert_count: int | Unset = UNSET
    battery_voltage_hysteresis: int | Unset = UNSET
    battery_voltage_interval: int | Unset = UNSET
    battery_voltage_threshold: int | Unset = UNSET
    last_battery_alert: datetime.datetime | None | Unset = UNSET
    temperature: int | Unset = UNSET
    temp_min: int | Unset = UNSET
    temp_max: int | Unset = UNSET
    temp_adjust: int | Unset = UNSET
    temp_alarm_enable: bool | Unset = UNSET
    temp_alert_count: int | Unset = UNSET
    temp_alert_state: str | Unset = UNSET
    temp_hysteresis: int | None | Unset = UNSET
    temp_interval: int | Unset = UNSET
    last_temp_alert: datetime.datetime | None | Unset = UNSET
    wifi_strength: int | Unset = UNSET
    lfr_strength: int | Unset = UNSET
    lfr_sync_interval: int | Unset = UNSET
    lfr_alert_count: int | Unset = UNSET
    last_lfr_alert: datetime.datetime | None | Unset = UNSET
    wifi_alert_count: int | Unset = UNSET
    last_wifi_alert: datetime.datetime | None | Unset = UNSET
    wifi_timeout: int | Unset = UNSET
    offline_alert_count: int | Unset = UNSET
    last_offline_alert: datetime.datetime | None | Unset = UNSET
    usage_alert_count: int | Unset = UNSET
    last_usage_alert: datetime.datetime | None | Unset = UNSET
    last_snapshot_event: datetime.datetime | None | Unset = UNSET
    signals: CameraSignals | Unset = UNSET
    last_connect: CameraStatus | Unset = UNSET
    motion_alert: bool | Unset = UNSET
    motion_sensitivity: int | Unset = UNSET
    motion_regions: int | Unset = UNSET
    motion_regions_compatible: bool | Unset = UNSET
    alert_interval: int | Unset = UNSET
    alert_repeat: str | Unset = UNSET
    alert_tone_enable: bool | Unset = UNSET
    alert_tone_volume: int | Unset = UNSET
    video_length: int | Unset = UNSET
    video_quality: str | Unset = UNSET
    video_quality_support: list[str] | Unset = UNSET
    video_50_60hz: str | Unset = UNSET
    video_recording_enable: bool | Unset = UNSET
    video_recording_optional: bool | Unset = UNSET
    max_resolution: str | Unset = UNSET
    clip_bitrate: int | Unset = UNSET
    clip_max_length: int | Unset = UNSET
    clip_rate: int | Unset = UNSET
    clip_warning_threshold: int | Unset = UNSET
    liveview_bitrate: int | Unset = UNSET
    liveview_enabled: str | Unset = UNSET
    liveview_rate: int | Unset = UNSET
    early_termination: bool | Unset = UNSET
    early_termination_supported: bool | Unset = UNSET
    early_notification: bool | Unset = UNSET
    early_notification_compatible: bool | Unset = UNSET
    early_pir_compatible: bool | Unset = UNSET
    illuminator_enable: int | Unset = UNSET
    illuminator_duration: int | Unset = UNSET
    illuminator_intensity: int | Unset = UNSET
    night_vision_exposure: int | Unset = UNSET
    night_vision_exposure_compatible: bool | Unset = UNSET
    record_audio: bool | Unset = UNSET
    record_audio_enable: bool | Unset = UNSET
    flip_image: bool | Unset = UNSET
    invert_image: bool | Unset = UNSET
    flip_video: bool | Unset = UNSET
    flip_video_compatible: bool | Unset = UNSET
    privacy_zones_compatible: bool | Unset = UNSET
    siren_enable: bool | Unset = UNSET
    siren_volume: int | None | Unset = UNSET
    buzzer_on: bool | Unset = UNSET
    auto_test: bool | Unset = UNSET
    retry_count: int | Unset = UNSET
    a1: bool | Unset = UNSET
    first_boot: datetime.datetime | None | Unset = UNSET
    ip_address: None | str | Unset = UNSET
    mac_address: None | str | Unset = UNSET
    country_id: None | str | Unset = UNSET
    ring_device_id: int | None | Unset = UNSET
    local_connection_certificate_id: int | None | Unset = UNSET
    local_storage_compatible: bool | Unset = UNSET
    local_storage_enabled: bool | Unset = UNSET
    snapshot_compatible: bool | Unset = UNSET
    snapshot_enabled: bool | Unset = UNSET
    snapshot_period_minutes: int | Unset = UNSET
    snapshot_period_minutes_options: list[int] | Unset = UNSET
    snooze_till: datetime.datetime | None | Unset = UNSET
    mfg_main_range: int | Unset = UNSET
    mfg_main_type: str | Unset = UNSET
    mfg_mez_range: int | Unset = UNSET
    mfg_mez_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        network_id = self.network_id

        sync_module_id = self.sync_module_id

        account_id = self.account_id

        account = self.account

        network = self.network

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

        serial = self.serial

        camera_key = self.camera_key

        camera_seq = self.camera_seq

        unit_number = self.unit_number

        fw_version = self.fw_version

        type_ = self.type_

        onboarded = self.onboarded

        enabled = self.enabled

        armed = self.armed

        status = self.status

        thumbnail = self.thumbnail

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

        battery_alarm_enable = self.battery_alarm_enable

        battery_alert_count = self.battery_alert_count

        battery_voltage_hysteresis = self.battery_voltage_hysteresis

        battery_voltage_interval = self.battery_voltage_interval

        battery_voltage_threshold = self.battery_voltage_threshold

        last_battery_alert: None | str | Unset
        if isinstance(self.last_battery_alert, Unset):
            last_battery_alert = UNSET
        elif isinstance(self.last_battery_alert, datetime.datetime):
            last_battery_alert = self.last_battery_alert.isoformat()
        else:
            last_battery_alert = self.last_battery_alert

        temperature = self.temperature

        temp_min = self.temp_min

        temp_max = self.temp_max

        temp_adjust = self.temp_adjust

        temp_alarm_enable = self.temp_alarm_enable

        temp_alert_count = self.temp_alert_count

        temp_alert_state = self.temp_alert_state

        temp_hysteresis: int | None | Unset
        if isinstance(self.temp_hysteresis, Unset):
            temp_hysteresis = UNSET
        else:
            temp_hysteresis = self.temp_hysteresis

        temp_interval = self.temp_interval

        last_temp_alert: None | str | Unset
        if isinstance(self.last_temp_alert, Unset):
            last_temp_alert = UNSET
        elif isinstance(self.last_temp_alert, datetime.datetime):
            last_temp_alert = self.last_temp_alert.isoformat()
        else:
            last_temp_alert = self.last_temp_alert

        wifi_strength = self.wifi_strength

        lfr_strength = self.lfr_strength

        lfr_sync_interval = self.lfr_sync_interval

        lfr_alert_count = self.lfr_alert_count

        last_lfr_alert: None | str | Unset
        if isinstance(self.last_lfr_alert, Unset):
            last_lfr_alert = UNSET
        elif isinstance(self.last_lfr_alert, datetime.datetime):
            last_lfr_alert = self.last_lfr_alert.isoformat()
        else:
            last_lfr_alert = self.last_lfr_alert

        wifi_alert_count = self.wifi_alert_count

        last_wifi_alert: None | str | Unset
        if isinstance(self.last_wifi_alert, Unset):
            last_wifi_alert = UNSET
        elif isinstance(self.last_wifi_alert, datetime.datetime):
            last_wifi_alert = self.last_wifi_alert.isoformat()
        else:
            last_wifi_alert = self.last_wifi_alert

        wifi_timeout = self.wifi_timeout

        offline_alert_count = self.offline_alert_count

        last_offline_alert: None | str | Unset
        if isinstance(self.last_offline_alert, Unset):
            last_offline_alert = UNSET
        elif isinstance(self.last_offline_alert, datetime.datetime):
            last_offline_alert = self.last_offline_alert.isoformat()
        else:
            last_offline_alert = self.last_offline_alert

        usage_alert_count = self.usage_alert_count

        last_usage_alert: None | str | Unset
        if isinstance(self.last_usage_alert, Unset):
            last_usage_alert = UNSET
        elif isinstance(self.last_usage_alert, datetime.datetime):
            last_usage_alert = self.last_usage_alert.isoformat()
        else:
            last_usage_alert = self.last_usage_alert

        last_snapshot_event: None | str | Unset
        if isinstance(self.last_snapshot_event, Unset):
            last_snapshot_event = UNSET
        elif isinstance(self.last_snapshot_event, datetime.datetime):
            last_snapshot_event = self.last_snapshot_event.isoformat()
        else:
            last_snapshot_event = self.last_snapshot_event

        signals: dict[str, Any] | Unset = UNSET
        if not isinstance(self.signals, Unset):
            signals = self.signals.to_dict()

        last_connect: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_connect, Unset):
            last_connect = self.last_connect.to_dict()

        motion_alert = self.motion_alert

        motion_sensitivity = self.motion_sensitivity

        motion_regions = self.motion_regions

        motion_regions_compatible = self.motion_regions_compatible

        alert_interval = self.alert_interval

        alert_repeat = self.alert_repeat

        alert_tone_enable = self.alert_tone_enable

        alert_tone_volume = self.alert_tone_volume

        video_length = self.video_length

        video_quality = self.video_quality

        video_quality_support: list[str] | Unset = UNSET
        if not isinstance(self.video_quality_support, Unset):
            video_quality_support = self.video_quality_support

        video_50_60hz = self.video_50_60hz

        video_recording_enable = self.video_recording_enable

        video_recording_optional = self.video_recording_optional

        max_resolution = self.max_resolution

        clip_bitrate = self.clip_bitrate

        clip_max_length = self.clip_max_length

        clip_rate = self.clip_rate

        clip_warning_threshold = self.clip_warning_threshold

        liveview_bitrate = self.liveview_bitrate

        liveview_enabled = self.liveview_enabled

        liveview_rate = self.liveview_rate

        early_termination = self.early_termination

        early_termination_supported = self.early_termination_supported

        early_notification = self.early_notification

        early_notification_compatible = self.early_notification_compatible

        early_pir_compatible = self.early_pir_compatible

        illuminator_enable = self.illuminator_enable

        illuminator_duration = self.illuminator_duration

        illuminator_intensity = self.illuminator_intensity

        night_vision_exposure = self.night_vision_exposure

        night_vision_exposure_compatible = self.night_vision_exposure_compatible

        record_audio = self.record_audio

        record_audio_enable = self.record_audio_enable

        flip_image = self.flip_image

        invert_image = self.invert_image

        flip_video = self.flip_video

        flip_video_compatible = self.flip_video_compatible

        privacy_zones_compatible = self.privacy_zones_compatible

        siren_enable = self.siren_enable

        siren_volume: int | None | Unset
        if isinstance(self.siren_volume, Unset):
            siren_volume = UNSET
        else:
            siren_volume = self.siren_volume

        buzzer_on = self.buzzer_on

        auto_test = self.auto_test

        retry_count = self.retry_count

        a1 = self.a1

        first_boot: None | str | Unset
        if isinstance(self.first_boot, Unset):
            first_boot = UNSET
        elif isinstance(self.first_boot, datetime.datetime):
            first_boot = self.first_boot.isoformat()
        else:
            first_boot = self.first_boot

        ip_address: None | str | Unset
        if isinstance(self.ip_address, Unset):
            ip_address = UNSET
        else:
            ip_address = self.ip_address

        mac_address: None | str | Unset
        if isinstance(self.mac_address, Unset):
            mac_address = UNSET
        else:
            mac_address = self.mac_address

        country_id: None | str | Unset
        if isinstance(self.country_id, Unset):
            country_id = UNSET
        else:
            country_id = self.country_id

        ring_device_id: int | None | Unset
        if isinstance(self.ring_device_id, Unset):
            ring_device_id = UNSET
        else:
            ring_device_id = self.ring_device_id

        local_connection_certificate_id: int | None | Unset
        if isinstance(self.local_connection_certificate_id, Unset):
            local_connection_certificate_id = UNSET
        else:
            local_connection_certificate_id = self.local_connection_certificate_id

        local_storage_compatible = self.local_storage_compatible

        local_storage_enabled = self.local_storage_enabled

        snapshot_compatible = self.snapshot_compatible

        snapshot_enabled = self.snapshot_enabled

        snapshot_period_minutes = self.snapshot_period_minutes

        snapshot_period_minutes_options: list[int] | Unset = UNSET
        if not isinstance(self.snapshot_period_minutes_options, Unset):
            snapshot_period_minutes_options = self.snapshot_period_minutes_options

        snooze_till: None | str | Unset
        if isinstance(self.snooze_till, Unset):
            snooze_till = UNSET
        elif isinstance(self.snooze_till, datetime.datetime):
            snooze_till = self.snooze_till.isoformat()
        else:
            snooze_till = self.snooze_till

        mfg_main_range = self.mfg_main_range

        mfg_main_type = self.mfg_main_type

        mfg_mez_range = self.mfg_mez_range

        mfg_mez_type = self.mfg_mez_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if network_id is not UNSET:
            field_dict["network_id"] = network_id
        if sync_module_id is not UNSET:
            field_dict["sync_module_id"] = sync_module_id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if account is not UNSET:
            field_dict["account"] = account
        if network is not UNSET:
            field_dict["network"] = network
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if serial is not UNSET:
            field_dict["serial"] = serial
        if camera_key is not UNSET:
            field_dict["camera_key"] = camera_key
        if camera_seq is not UNSET:
            field_dict["camera_seq"] = camera_seq
        if unit_number is not UNSET:
            field_dict["unit_number"] = unit_number
        if fw_version is not UNSET:
            field_dict["fw_version"] = fw_version
        if type_ is not UNSET:
            field_dict["type"] = type_
        if onboarded is not UNSET:
            field_dict["onboarded"] = onboarded
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if armed is not UNSET:
            field_dict["armed"] = armed
        if status is not UNSET:
            field_dict["status"] = status
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail
        if battery is not UNSET:
            field_dict["battery"] = battery
        if battery_state is not UNSET:
            field_dict["battery_state"] = battery_state
        if battery_voltage is not UNSET:
            field_dict["battery_voltage"] = battery_voltage
        if battery_check_time is not UNSET:
            field_dict["battery_check_time"] = battery_check_time
        if battery_alarm_enable is not UNSET:
            field_dict["battery_alarm_enable"] = battery_alarm_enable
        if battery_alert_count is not UNSET:
            field_dict["battery_alert_count"] = battery_alert_count
        if battery_voltage_hysteresis is not UNSET:
            field_dict["battery_voltage_hysteresis"] = battery_voltage_hysteresis
        if battery_voltage_interval is not UNSET:
            field_dict["battery_voltage_interval"] = battery_voltage_interval
        if battery_voltage_threshold is not UNSET:
            field_dict["battery_voltage_threshold"] = battery_voltage_threshold
        if last_battery_alert is not UNSET:
            field_dict["last_battery_alert"] = last_battery_alert
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if temp_min is not UNSET:
            field_dict["temp_min"] = temp_min
        if temp_max is not UNSET:
            field_dict["temp_max"] = temp_max
        if temp_adjust is not UNSET:
            field_dict["temp_adjust"] = temp_adjust
        if temp_alarm_enable is not UNSET:
            field_dict["temp_alarm_enable"] = temp_alarm_enable
        if temp_alert_count is not UNSET:
            field_dict["temp_alert_count"] = temp_alert_count
        if temp_alert_state is not UNSET:
            field_dict["temp_alert_state"] = temp_alert_state
        if temp_hysteresis is not UNSET:
            field_dict["temp_hysteresis"] = temp_hysteresis
        if temp_interval is not UNSET:
            field_dict["temp_interval"] = temp_interval
        if last_temp_alert is not UNSET:
            field_dict["last_temp_alert"] = last_temp_alert
        if wifi_strength is not UNSET:
            field_dict["wifi_strength"] = wifi_strength
        if lfr_strength is not UNSET:
            field_dict["lfr_strength"] = lfr_strength
        if lfr_sync_interval is not UNSET:
            field_dict["lfr_sync_interval"] = lfr_sync_interval
        if lfr_alert_count is not UNSET:
            field_dict["lfr_alert_count"] = lfr_alert_count
        if last_lfr_alert is not UNSET:
            field_dict["last_lfr_alert"] = last_lfr_alert
        if wifi_alert_count is not UNSET:
            field_dict["wifi_alert_count"] = wifi_alert_count
        if last_wifi_alert is not UNSET:
            field_dict["last_wifi_alert"] = last_wifi_alert
        if wifi_timeout is not UNSET:
            field_dict["wifi_timeout"] = wifi_timeout
        if offline_alert_count is not UNSET:
            field_dict["offline_alert_count"] = offline_alert_count
        if last_offline_alert is not UNSET:
            field_dict["last_offline_alert"] = last_offline_alert
        if usage_alert_count is not UNSET:
            field_dict["usage_alert_count"] = usage_alert_count
        if last_usage_alert is not UNSET:
            field_dict["last_usage_alert"] = last_usage_alert
        if last_snapshot_event is not UNSET:
            field_dict["last_snapshot_event"] = last_snapshot_event
        if signals is not UNSET:
            field_dict["signals"] = signals
        if last_connect is not UNSET:
            field_dict["last_connect"] = last_connect
        if motion_alert is not UNSET:
            field_dict["motion_alert"] = motion_alert
        if motion_sensitivity is not UNSET:
            field_dict["motion_sensitivity"] = motion_sensitivity
        if motion_regions is not UNSET:
            field_dict["motion_regions"] = motion_regions
        if motion_regions_compatible is not UNSET:
            field_dict["motion_regions_compatible"] = motion_regions_compatible
        if alert_interval is not UNSET:
            field_dict["alert_interval"] = alert_interval
        if alert_repeat is not UNSET:
            field_dict["alert_repeat"] = alert_repeat
        if alert_tone_enable is not UNSET:
            field_dict["alert_tone_enable"] = alert_tone_enable
        if alert_tone_volume is not UNSET:
            field_dict["alert_tone_volume"] = alert_tone_volume
        if video_length is not UNSET:
            field_dict["video_length"] = video_length
        if video_quality is not UNSET:
            field_dict["video_quality"] = video_quality
        if video_quality_support is not UNSET:
            field_dict["video_quality_support"] = video_quality_support
        if video_50_60hz is not UNSET:
            field_dict["video_50_60hz"] = video_50_60hz
        if video_recording_enable is not UNSET:
            field_dict["video_recording_enable"] = video_recording_enable
        if video_recording_optional is not UNSET:
            field_dict["video_recording_optional"] = video_recording_optional
        if max_resolution is not UNSET:
            field_dict["max_resolution"] = max_resolution
        if clip_bitrate is not UNSET:
            field_dict["clip_bitrate"] = clip_bitrate
        if clip_max_length is not UNSET:
            field_dict["clip_max_length"] = clip_max_length
        if clip_rate is not UNSET:
            field_dict["clip_rate"] = clip_rate
        if clip_warning_threshold is not UNSET:
            field_dict["clip_warning_threshold"] = clip_warning_threshold
        if liveview_bitrate is not UNSET:
            field_dict["liveview_bitrate"] = liveview_bitrate
        if liveview_enabled is not UNSET:
            field_dict["liveview_enabled"] = liveview_enabled
        if liveview_rate is not UNSET:
            field_dict["liveview_rate"] = liveview_rate
        if early_termination is not UNSET:
            field_dict["early_termination"] = early_termination
        if early_termination_supported is not UNSET:
            field_dict["early_termination_supported"] = early_termination_supported
        if early_notification is not UNSET:
            field_dict["early_notification"] = early_notification
        if early_notification_compatible is not UNSET:
            field_dict["early_notification_compatible"] = early_notification_compatible
        if early_pir_compatible is not UNSET:
            field_dict["early_pir_compatible"] = early_pir_compatible
        if illuminator_enable is not UNSET:
            field_dict["illuminator_enable"] = illuminator_enable
        if illuminator_duration is not UNSET:
            field_dict["illuminator_duration"] = illuminator_duration
        if illuminator_intensity is not UNSET:
            field_dict["illuminator_intensity"] = illuminator_intensity
        if night_vision_exposure is not UNSET:
            field_dict["night_vision_exposure"] = night_vision_exposure
        if night_vision_exposure_compatible is not UNSET:
            field_dict["night_vision_exposure_compatible"] = (
                night_vision_exposure_compatible
            )
        if record_audio is not UNSET:
            field_dict["record_audio"] = record_audio
        if record_audio_enable is not UNSET:
            field_dict["record_audio_enable"] = record_audio_enable
        if flip_image is not UNSET:
            field_dict["flip_image"] = flip_image
        if invert_image is not UNSET:
            field_dict["invert_image"] = invert_image
        if flip_video is not UNSET:
            field_dict["flip_video"] = flip_video
        if flip_video_compatible is not UNSET:
            field_dict["flip_video_compatible"] = flip_video_compatible
        if privacy_zones_compatible is not UNSET:
            field_dict["privacy_zones_compatible"] = privacy_zones_compatible
        if siren_enable is not UNSET:
            field_dict["siren_enable"] = siren_enable
        if siren_volume is not UNSET:
            field_dict["siren_volume"] = siren_volume
        if buzzer_on is not UNSET:
            field_dict["buzzer_on"] = buzzer_on
        if auto_test is not UNSET:
            field_dict["auto_test"] = auto_test
        if retry_count is not UNSET:
            field_dict["retry_count"] = retry_count
        if a1 is not UNSET:
            field_dict["a1"] = a1
        if first_boot is not UNSET:
            field_dict["first_boot"] = first_boot
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address
        if mac_address is not UNSET:
            field_dict["mac_address"] = mac_address
        if country_id is not UNSET:
            field_dict["country_id"] = country_id
        if ring_device_id is not UNSET:
            field_dict["ring_device_id"] = ring_device_id
        if local_connection_certificate_id is not UNSET:
            field_dict["local_connection_certificate_id"] = (
                local_connection_certificate_id
            )
        if local_storage_compatible is not UNSET:
            field_dict["local_storage_compatible"] = local_storage_compatible
        if local_storage_enabled is not UNSET:
            field_dict["local_storage_enabled"] = local_storage_enabled
        if snapshot_compatible is not UNSET:
            field_dict["snapshot_compatible"] = snapshot_compatible
        if snapshot_enabled is not UNSET:
            field_dict["snapshot_enabled"] = snapshot_enabled
        if snapshot_period_minutes is not UNSET:
            field_dict["snapshot_period_minutes"] = snapshot_period_minutes
        if snapshot_period_minutes_options is not UNSET:
            field_dict["snapshot_period_minutes_options"] = (
                snapshot_period_minutes_options
            )
        if snooze_till is not UNSET:
            field_dict["snooze_till"] = snooze_till
        if mfg_main_range is not UNSET:
            field_dict["mfg_main_range"] = mfg_main_range
        if mfg_main_type is not UNSET:
            field_dict["mfg_main_type"] = mfg_main_type
        if mfg_mez_range is not UNSET:
            field_dict["mfg_mez_range"] = mfg_mez_range
        if mfg_mez_type is not UNSET:
            field_dict["mfg_mez_type"] = mfg_mez_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.camera_signals import CameraSignals  # noqa: PLC0415
        from ..models.camera_status import CameraStatus  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        network_id = d.pop("network_id", UNSET)

        sync_module_id = d.pop("sync_module_id", UNSET)

        account_id = d.pop("account_id", UNSET)

        account = d.pop("account", UNSET)

        network = d.pop("network", UNSET)

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

        serial = d.pop("serial", UNSET)

        camera_key = d.pop("camera_key", UNSET)

        camera_seq = d.pop("camera_seq", UNSET)

        unit_number = d.pop("unit_number", UNSET)

        fw_version = d.pop("fw_version", UNSET)

        type_ = d.pop("type", UNSET)

        onboarded = d.pop("onboarded", UNSET)

        enabled = d.pop("enabled", UNSET)

        armed = d.pop("armed", UNSET)

        status = d.pop("status", UNSET)

        thumbnail = d.pop("thumbnail", UNSET)

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

        battery_alarm_enable = d.pop("battery_alarm_enable", UNSET)

        battery_alert_count = d.pop("battery_alert_count", UNSET)

        battery_voltage_hysteresis = d.pop("battery_voltage_hysteresis", UNSET)

        battery_voltage_interval = d.pop("battery_voltage_interval", UNSET)

        battery_voltage_threshold = d.pop("battery_voltage_threshold", UNSET)

        def _parse_last_battery_alert(data: object) -> datetime.datetime | None | Unset:
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

        last_battery_alert = _parse_last_battery_alert(
            d.pop("last_battery_alert", UNSET)
        )

        temperature = d.pop("temperature", UNSET)

        temp_min = d.pop("temp_min", UNSET)

        temp_max = d.pop("temp_max", UNSET)

        temp_adjust = d.pop("temp_adjust", UNSET)

        temp_alarm_enable = d.pop("temp_alarm_enable", UNSET)

        temp_alert_count = d.pop("temp_alert_count", UNSET)

        temp_alert_state = d.pop("temp_alert_state", UNSET)

        def _parse_temp_hysteresis(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        temp_hysteresis = _parse_temp_hysteresis(d.pop("temp_hysteresis", UNSET))

        temp_interval = d.pop("temp_interval", UNSET)

        def _parse_last_temp_alert(data: object) -> datetime.datetime | None | Unset:
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

        last_temp_alert = _parse_last_temp_alert(d.pop("last_temp_alert", UNSET))

        wifi_strength = d.pop("wifi_strength", UNSET)

        lfr_strength = d.pop("lfr_strength", UNSET)

        lfr_sync_interval = d.pop("lfr_sync_interval", UNSET)

        lfr_alert_count = d.pop("lfr_alert_count", UNSET)

        def _parse_last_lfr_alert(data: object) -> datetime.datetime | None | Unset:
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

        last_lfr_alert = _parse_last_lfr_alert(d.pop("last_lfr_alert", UNSET))

        wifi_alert_count = d.pop("wifi_alert_count", UNSET)

        def _parse_last_wifi_alert(data: object) -> datetime.datetime | None | Unset:
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

        last_wifi_alert = _parse_last_wifi_alert(d.pop("last_wifi_alert", UNSET))

        wifi_timeout = d.pop("wifi_timeout", UNSET)

        offline_alert_count = d.pop("offline_alert_count", UNSET)

        def _parse_last_offline_alert(data: object) -> datetime.datetime | None | Unset:
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

        last_offline_alert = _parse_last_offline_alert(
            d.pop("last_offline_alert", UNSET)
        )

        usage_alert_count = d.pop("usage_alert_count", UNSET)

        def _parse_last_usage_alert(data: object) -> datetime.datetime | None | Unset:
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

        last_usage_alert = _parse_last_usage_alert(d.pop("last_usage_alert", UNSET))

        def _parse_last_snapshot_event(
            data: object,
        ) -> datetime.datetime | None | Unset:
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

        last_snapshot_event = _parse_last_snapshot_event(
            d.pop("last_snapshot_event", UNSET)
        )

        _signals = d.pop("signals", UNSET)
        signals: CameraSignals | Unset
        if isinstance(_signals, Unset):
            signals = UNSET
        else:
            signals = CameraSignals.from_dict(_signals)

        _last_connect = d.pop("last_connect", UNSET)
        last_connect: CameraStatus | Unset
        if isinstance(_last_connect, Unset):
            last_connect = UNSET
        else:
            last_connect = CameraStatus.from_dict(_last_connect)

        motion_alert = d.pop("motion_alert", UNSET)

        motion_sensitivity = d.pop("motion_sensitivity", UNSET)

        motion_regions = d.pop("motion_regions", UNSET)

        motion_regions_compatible = d.pop("motion_regions_compatible", UNSET)

        alert_interval = d.pop("alert_interval", UNSET)

        alert_repeat = d.pop("alert_repeat", UNSET)

        alert_tone_enable = d.pop("alert_tone_enable", UNSET)

        alert_tone_volume = d.pop("alert_tone_volume", UNSET)

        video_length = d.pop("video_length", UNSET)

        video_quality = d.pop("video_quality", UNSET)

        video_quality_support = cast(list[str], d.pop("video_quality_support", UNSET))

        video_50_60hz = d.pop("video_50_60hz", UNSET)

        video_recording_enable = d.pop("video_recording_enable", UNSET)

        video_recording_optional = d.pop("video_recording_optional", UNSET)

        max_resolution = d.pop("max_resolution", UNSET)

        clip_bitrate = d.pop("clip_bitrate", UNSET)

        clip_max_length = d.pop("clip_max_length", UNSET)

        clip_rate = d.pop("clip_rate", UNSET)

        clip_warning_threshold = d.pop("clip_warning_threshold", UNSET)

        liveview_bitrate = d.pop("liveview_bitrate", UNSET)

        liveview_enabled = d.pop("liveview_enabled", UNSET)

        liveview_rate = d.pop("liveview_rate", UNSET)

        early_termination = d.pop("early_termination", UNSET)

        early_termination_supported = d.pop("early_termination_supported", UNSET)

        early_notification = d.pop("early_notification", UNSET)

        early_notification_compatible = d.pop("early_notification_compatible", UNSET)

        early_pir_compatible = d.pop("early_pir_compatible", UNSET)

        illuminator_enable = d.pop("illuminator_enable", UNSET)

        illuminator_duration = d.pop("illuminator_duration", UNSET)

        illuminator_intensity = d.pop("illuminator_intensity", UNSET)

        night_vision_exposure = d.pop("night_vision_exposure", UNSET)

        night_vision_exposure_compatible = d.pop(
            "night_vision_exposure_compatible", UNSET
        )

        record_audio = d.pop("record_audio", UNSET)

        record_audio_enable = d.pop("record_audio_enable", UNSET)

        flip_image = d.pop("flip_image", UNSET)

        invert_image = d.pop("invert_image", UNSET)

        flip_video = d.pop("flip_video", UNSET)

        flip_video_compatible = d.pop("flip_video_compatible", UNSET)

        privacy_zones_compatible = d.pop("privacy_zones_compatible", UNSET)

        siren_enable = d.pop("siren_enable", UNSET)

        def _parse_siren_volume(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        siren_volume = _parse_siren_volume(d.pop("siren_volume", UNSET))

        buzzer_on = d.pop("buzzer_on", UNSET)

        auto_test = d.pop("auto_test", UNSET)

        retry_count = d.pop("retry_count", UNSET)

        a1 = d.pop("a1", UNSET)

        def _parse_first_boot(data: object) -> datetime.datetime | None | Unset:
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

        first_boot = _parse_first_boot(d.pop("first_boot", UNSET))

        def _parse_ip_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ip_address = _parse_ip_address(d.pop("ip_address", UNSET))

        def _parse_mac_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mac_address = _parse_mac_address(d.pop("mac_address", UNSET))

        def _parse_country_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_id = _parse_country_id(d.pop("country_id", UNSET))

        def _parse_ring_device_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ring_device_id = _parse_ring_device_id(d.pop("ring_device_id", UNSET))

        def _parse_local_connection_certificate_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        local_connection_certificate_id = _parse_local_connection_certificate_id(
            d.pop("local_connection_certificate_id", UNSET)
        )

        local_storage_compatible = d.pop("local_storage_compatible", UNSET)

        local_storage_enabled = d.pop("local_storage_enabled", UNSET)

        snapshot_compatible = d.pop("snapshot_compatible", UNSET)

        snapshot_enabled = d.pop("snapshot_enabled", UNSET)

        snapshot_period_minutes = d.pop("snapshot_period_minutes", UNSET)

        snapshot_period_minutes_options = cast(
            list[int], d.pop("snapshot_period_minutes_options", UNSET)
        )

        def _parse_snooze_till(data: object) -> datetime.datetime | None | Unset:
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

        snooze_till = _parse_snooze_till(d.pop("snooze_till", UNSET))

        mfg_main_range = d.pop("mfg_main_range", UNSET)

        mfg_main_type = d.pop("mfg_main_type", UNSET)

        mfg_mez_range = d.pop("mfg_mez_range", UNSET)

        mfg_mez_type = d.pop("mfg_mez_type", UNSET)

        camera_config = cls(
            id=id,
            name=name,
            network_id=network_id,
            sync_module_id=sync_module_id,
            account_id=account_id,
            account=account,
            network=network,
            created_at=created_at,
            updated_at=updated_at,
            deleted_at=deleted_at,
            serial=serial,
            camera_key=camera_key,
            camera_seq=camera_seq,
            unit_number=unit_number,
            fw_version=fw_version,
            type_=type_,
            onboarded=onboarded,
            enabled=enabled,
            armed=armed,
            status=status,
            thumbnail=thumbnail,
            battery=battery,
            battery_state=battery_state,
            battery_voltage=battery_voltage,
            battery_check_time=battery_check_time,
            battery_alarm_enable=battery_alarm_enable,
            battery_alert_count=battery_alert_count,
            battery_voltage_hysteresis=battery_voltage_hysteresis,
            battery_voltage_interval=battery_voltage_interval,
            battery_voltage_threshold=battery_voltage_threshold,
            last_battery_alert=last_battery_alert,
            temperature=temperature,
            temp_min=temp_min,
            temp_max=temp_max,
            temp_adjust=temp_adjust,
            temp_alarm_enable=temp_alarm_enable,
            temp_alert_count=temp_alert_count,
            temp_alert_state=temp_alert_state,
            temp_hysteresis=temp_hysteresis,
            temp_interval=temp_interval,
            last_temp_alert=last_temp_alert,
            wifi_strength=wifi_strength,
            lfr_strength=lfr_strength,
            lfr_sync_interval=lfr_sync_interval,
            lfr_alert_count=lfr_alert_count,
            last_lfr_alert=last_lfr_alert,
            wifi_alert_count=wifi_alert_count,
            last_wifi_alert=last_wifi_alert,
            wifi_timeout=wifi_timeout,
            offline_alert_count=offline_alert_count,
            last_offline_alert=last_offline_alert,
            usage_alert_count=usage_alert_count,
            last_usage_alert=last_usage_alert,
            last_snapshot_event=last_snapshot_event,
            signals=signals,
            last_connect=last_connect,
            motion_alert=motion_alert,
            motion_sensitivity=motion_sensitivity,
            motion_regions=motion_regions,
            motion_regions_compatible=motion_regions_compatible,
            alert_interval=alert_interval,
            alert_repeat=alert_repeat,
            alert_tone_enable=alert_tone_enable,
            alert_tone_volume=alert_tone_volume,
            video_length=video_length,
            video_quality=video_quality,
            video_quality_support=video_quality_support,
            video_50_60hz=video_50_60hz,
            video_recording_enable=video_recording_enable,
            video_recording_optional=video_recording_optional,
            max_resolution=max_resolution,
            clip_bitrate=clip_bitrate,
            clip_max_length=clip_max_length,
            clip_rate=clip_rate,
            clip_warning_threshold=clip_warning_threshold,
            liveview_bitrate=liveview_bitrate,
            liveview_enabled=liveview_enabled,
            liveview_rate=liveview_rate,
            early_termination=early_termination,
            early_termination_supported=early_termination_supported,
            early_notification=early_notification,
            early_notification_compatible=early_notification_compatible,
            early_pir_compatible=early_pir_compatible,
            illuminator_enable=illuminator_enable,
            illuminator_duration=illuminator_duration,
            illuminator_intensity=illuminator_intensity,
            night_vision_exposure=night_vision_exposure,
            night_vision_exposure_compatible=night_vision_exposure_compatible,
            record_audio=record_audio,
            record_audio_enable=record_audio_enable,
            flip_image=flip_image,
            invert_image=invert_image,
            flip_video=flip_video,
            flip_video_compatible=flip_video_compatible,
            privacy_zones_compatible=privacy_zones_compatible,
            siren_enable=siren_enable,
            siren_volume=siren_volume,
            buzzer_on=buzzer_on,
            auto_test=auto_test,
            retry_count=retry_count,
            a1=a1,
            first_boot=first_boot,
            ip_address=ip_address,
            mac_address=mac_address,
            country_id=country_id,
            ring_device_id=ring_device_id,
            local_connection_certificate_id=local_connection_certificate_id,
            local_storage_compatible=local_storage_compatible,
            local_storage_enabled=local_storage_enabled,
            snapshot_compatible=snapshot_compatible,
            snapshot_enabled=snapshot_enabled,
            snapshot_period_minutes=snapshot_period_minutes,
            snapshot_period_minutes_options=snapshot_period_minutes_options,
            snooze_till=snooze_till,
            mfg_main_range=mfg_main_range,
            mfg_main_type=mfg_main_type,
            mfg_mez_range=mfg_mez_range,
            mfg_mez_type=mfg_mez_type,
        )

        camera_config.additional_properties = d
        return camera_config

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
