from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CameraStatus")


@_attrs_define
class CameraStatus:
    """The camera's last connection report: radio levels in dBm, battery voltage, wake-up counters
    and network details. Returned as `camera_status` by `get_camera` (2022) and embedded as
    `last_connect` in the camera config.

        Attributes:
            id (int | Unset): Id of the report row (not the camera id).
            camera_id (int | Unset):
            network_id (int | Unset):
            sync_module_id (int | Unset):
            account_id (int | Unset):
            created_at (datetime.datetime | Unset): ISO 8601 with an offset, as Blink writes it
                (`2020-10-02T00:27:54+00:00`).
            updated_at (datetime.datetime | Unset): ISO 8601 with an offset, as Blink writes it
                (`2020-10-02T00:27:54+00:00`).
            serial (str | Unset):
            unit_number (int | Unset):
            wifi_strength (int | Unset): Wi-Fi signal in dBm (negative).
            lfr_strength (int | Unset): Low-frequency radio (camera to sync module) signal in dBm.
            battery_voltage (int | Unset): Battery voltage in hundredths of a volt.
            temperature (int | Unset): Temperature in °F.
            fw_version (str | Unset):
            fw_git_hash (None | str | Unset):
            mac (str | Unset): MAC address of the camera.
            ipv (str | Unset):
            ip_address (None | str | Unset):
            error_codes (int | Unset):
            battery_alert_status (bool | Unset):
            temp_alert_status (bool | Unset):
            ac_power (bool | Unset):
            light_sensor_ch0 (int | Unset):
            light_sensor_ch1 (int | Unset):
            light_sensor_data_valid (bool | Unset):
            light_sensor_data_new (bool | Unset):
            time_first_video (int | Unset):
            time_108_boot (int | Unset):
            time_wlan_connect (int | Unset):
            time_dhcp_lease (int | Unset):
            time_dns_resolve (int | Unset):
            lfr_108_wakeups (int | Unset):
            total_108_wakeups (int | Unset):
            lfr_tb_wakeups (int | Unset):
            total_tb_wakeups (int | Unset):
            wifi_connect_failure_count (int | Unset):
            dhcp_failure_count (int | Unset):
            socket_failure_count (int | Unset):
            dev_1 (int | Unset): Opaque diagnostic value.
            dev_2 (int | Unset): Opaque diagnostic value.
            dev_3 (int | str | Unset): Opaque diagnostic value; seen both as a number and as the serial.
            lifetime_count (int | Unset):
            lifetime_duration (int | Unset):
            pir_rejections (int | Unset):
            thumbnail (str | Unset): Path of the latest thumbnail (see `CameraConfig.thumbnail`).
    """

    id: int | Unset = UNSET
    camera_id: int | Unset = UNSET
    network_id: int | Unset = UNSET
    sync_module_id: int | Unset = UNSET
    account_id: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    serial: str | Unset = UNSET
    unit_number: int | Unset = UNSET
    wifi_strength: int | Unset = UNSET
    lfr_strength: int | Unset = UNSET
    battery_voltage: int | Unset = UNSET
    temperature: int | Unset = UNSET
    fw_version: str | Unset = UNSET
    fw_git_hash: None | str | Unset = UNSET
    mac: str | Unset = UNSET
    ipv: str | Unset = UNSET
    ip_address: None | str | Unset = UNSET
    error_codes: int | Unset = UNSET
    battery_alert_status: bool | Unset = UNSET
    temp_alert_status: bool | Unset = UNSET
    ac_power: bool | Unset = UNSET
    light_sensor_ch0: int | Unset = UNSET
    light_sensor_ch1: int | Unset = UNSET
    light_sensor_data_valid: bool | Unset = UNSET
    light_sensor_data_new: bool | Unset = UNSET
    time_first_video: int | Unset = UNSET
    time_108_boot: int | Unset = UNSET
    time_wlan_connect: int | Unset = UNSET
    time_dhcp_lease: int | Unset = UNSET
    time_dns_resolve: int | Unset = UNSET
    lfr_108_wakeups: int | Unset = UNSET
    total_108_wakeups: int | Unset = UNSET
    lfr_tb_wakeups: int | Unset = UNSET
    total_tb_wakeups: int | Unset = UNSET
    wifi_connect_failure_count: int | Unset = UNSET
    dhcp_failure_count: int | Unset = UNSET
    socket_failure_count: int | Unset = UNSET
    dev_1: int | Unset = UNSET
    dev_2: int | Unset = UNSET
    dev_3: int | str | Unset = UNSET
    lifetime_count: int | Unset = UNSET
    lifetime_duration: int | Unset = UNSET
    pir_rejections: int | Unset = UNSET
    thumbnail: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        camera_id = self.camera_id

        network_id = self.network_id

        sync_module_id = self.sync_module_id

        account_id = self.account_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        serial = self.serial

        unit_number = self.unit_number

        wifi_strength = self.wifi_strength

        lfr_strength = self.lfr_strength

        battery_voltage = self.battery_voltage

        temperature = self.temperature

        fw_version = self.fw_version

        fw_git_hash: None | str | Unset
        if isinstance(self.fw_git_hash, Unset):
            fw_git_hash = UNSET
        else:
            fw_git_hash = self.fw_git_hash

        mac = self.mac

        ipv = self.ipv

        ip_address: None | str | Unset
        if isinstance(self.ip_address, Unset):
            ip_address = UNSET
        else:
            ip_address = self.ip_address

        error_codes = self.error_codes

        battery_alert_status = self.battery_alert_status

        temp_alert_status = self.temp_alert_status

        ac_power = self.ac_power

        light_sensor_ch0 = self.light_sensor_ch0

        light_sensor_ch1 = self.light_sensor_ch1

        light_sensor_data_valid = self.light_sensor_data_valid

        light_sensor_data_new = self.light_sensor_data_new

        time_first_video = self.time_first_video

        time_108_boot = self.time_108_boot

        time_wlan_connect = self.time_wlan_connect

        time_dhcp_lease = self.time_dhcp_lease

        time_dns_resolve = self.time_dns_resolve

        lfr_108_wakeups = self.lfr_108_wakeups

        total_108_wakeups = self.total_108_wakeups

        lfr_tb_wakeups = self.lfr_tb_wakeups

        total_tb_wakeups = self.total_tb_wakeups

        wifi_connect_failure_count = self.wifi_connect_failure_count

        dhcp_failure_count = self.dhcp_failure_count

        socket_failure_count = self.socket_failure_count

        dev_1 = self.dev_1

        dev_2 = self.dev_2

        dev_3: int | str | Unset
        if isinstance(self.dev_3, Unset):
            dev_3 = UNSET
        else:
            dev_3 = self.dev_3

        lifetime_count = self.lifetime_count

        lifetime_duration = self.lifetime_duration

        pir_rejections = self.pir_rejections

        thumbnail = self.thumbnail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if camera_id is not UNSET:
            field_dict["camera_id"] = camera_id
        if network_id is not UNSET:
            field_dict["network_id"] = network_id
        if sync_module_id is not UNSET:
            field_dict["sync_module_id"] = sync_module_id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if serial is not UNSET:
            field_dict["serial"] = serial
        if unit_number is not UNSET:
            field_dict["unit_number"] = unit_number
        if wifi_strength is not UNSET:
            field_dict["wifi_strength"] = wifi_strength
        if lfr_strength is not UNSET:
            field_dict["lfr_strength"] = lfr_strength
        if battery_voltage is not UNSET:
            field_dict["battery_voltage"] = battery_voltage
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if fw_version is not UNSET:
            field_dict["fw_version"] = fw_version
        if fw_git_hash is not UNSET:
            field_dict["fw_git_hash"] = fw_git_hash
        if mac is not UNSET:
            field_dict["mac"] = mac
        if ipv is not UNSET:
            field_dict["ipv"] = ipv
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address
        if error_codes is not UNSET:
            field_dict["error_codes"] = error_codes
        if battery_alert_status is not UNSET:
            field_dict["battery_alert_status"] = battery_alert_status
        if temp_alert_status is not UNSET:
            field_dict["temp_alert_status"] = temp_alert_status
        if ac_power is not UNSET:
            field_dict["ac_power"] = ac_power
        if light_sensor_ch0 is not UNSET:
            field_dict["light_sensor_ch0"] = light_sensor_ch0
        if light_sensor_ch1 is not UNSET:
            field_dict["light_sensor_ch1"] = light_sensor_ch1
        if light_sensor_data_valid is not UNSET:
            field_dict["light_sensor_data_valid"] = light_sensor_data_valid
        if light_sensor_data_new is not UNSET:
            field_dict["light_sensor_data_new"] = light_sensor_data_new
        if time_first_video is not UNSET:
            field_dict["time_first_video"] = time_first_video
        if time_108_boot is not UNSET:
            field_dict["time_108_boot"] = time_108_boot
        if time_wlan_connect is not UNSET:
            field_dict["time_wlan_connect"] = time_wlan_connect
        if time_dhcp_lease is not UNSET:
            field_dict["time_dhcp_lease"] = time_dhcp_lease
        if time_dns_resolve is not UNSET:
            field_dict["time_dns_resolve"] = time_dns_resolve
        if lfr_108_wakeups is not UNSET:
            field_dict["lfr_108_wakeups"] = lfr_108_wakeups
        if total_108_wakeups is not UNSET:
            field_dict["total_108_wakeups"] = total_108_wakeups
        if lfr_tb_wakeups is not UNSET:
            field_dict["lfr_tb_wakeups"] = lfr_tb_wakeups
        if total_tb_wakeups is not UNSET:
            field_dict["total_tb_wakeups"] = total_tb_wakeups
        if wifi_connect_failure_count is not UNSET:
            field_dict["wifi_connect_failure_count"] = wifi_connect_failure_count
        if dhcp_failure_count is not UNSET:
            field_dict["dhcp_failure_count"] = dhcp_failure_count
        if socket_failure_count is not UNSET:
            field_dict["socket_failure_count"] = socket_failure_count
        if dev_1 is not UNSET:
            field_dict["dev_1"] = dev_1
        if dev_2 is not UNSET:
            field_dict["dev_2"] = dev_2
        if dev_3 is not UNSET:
            field_dict["dev_3"] = dev_3
        if lifetime_count is not UNSET:
            field_dict["lifetime_count"] = lifetime_count
        if lifetime_duration is not UNSET:
            field_dict["lifetime_duration"] = lifetime_duration
        if pir_rejections is not UNSET:
            field_dict["pir_rejections"] = pir_rejections
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        camera_id = d.pop("camera_id", UNSET)

        network_id = d.pop("network_id", UNSET)

        sync_module_id = d.pop("sync_module_id", UNSET)

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

        serial = d.pop("serial", UNSET)

        unit_number = d.pop("unit_number", UNSET)

        wifi_strength = d.pop("wifi_strength", UNSET)

        lfr_strength = d.pop("lfr_strength", UNSET)

        battery_voltage = d.pop("battery_voltage", UNSET)

        temperature = d.pop("temperature", UNSET)

        fw_version = d.pop("fw_version", UNSET)

        def _parse_fw_git_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fw_git_hash = _parse_fw_git_hash(d.pop("fw_git_hash", UNSET))

        mac = d.pop("mac", UNSET)

        ipv = d.pop("ipv", UNSET)

        def _parse_ip_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ip_address = _parse_ip_address(d.pop("ip_address", UNSET))

        error_codes = d.pop("error_codes", UNSET)

        battery_alert_status = d.pop("battery_alert_status", UNSET)

        temp_alert_status = d.pop("temp_alert_status", UNSET)

        ac_power = d.pop("ac_power", UNSET)

        light_sensor_ch0 = d.pop("light_sensor_ch0", UNSET)

        light_sensor_ch1 = d.pop("light_sensor_ch1", UNSET)

        light_sensor_data_valid = d.pop("light_sensor_data_valid", UNSET)

        light_sensor_data_new = d.pop("light_sensor_data_new", UNSET)

        time_first_video = d.pop("time_first_video", UNSET)

        time_108_boot = d.pop("time_108_boot", UNSET)

        time_wlan_connect = d.pop("time_wlan_connect", UNSET)

        time_dhcp_lease = d.pop("time_dhcp_lease", UNSET)

        time_dns_resolve = d.pop("time_dns_resolve", UNSET)

        lfr_108_wakeups = d.pop("lfr_108_wakeups", UNSET)

        total_108_wakeups = d.pop("total_108_wakeups", UNSET)

        lfr_tb_wakeups = d.pop("lfr_tb_wakeups", UNSET)

        total_tb_wakeups = d.pop("total_tb_wakeups", UNSET)

        wifi_connect_failure_count = d.pop("wifi_connect_failure_count", UNSET)

        dhcp_failure_count = d.pop("dhcp_failure_count", UNSET)

        socket_failure_count = d.pop("socket_failure_count", UNSET)

        dev_1 = d.pop("dev_1", UNSET)

        dev_2 = d.pop("dev_2", UNSET)

        def _parse_dev_3(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        dev_3 = _parse_dev_3(d.pop("dev_3", UNSET))

        lifetime_count = d.pop("lifetime_count", UNSET)

        lifetime_duration = d.pop("lifetime_duration", UNSET)

        pir_rejections = d.pop("pir_rejections", UNSET)

        thumbnail = d.pop("thumbnail", UNSET)

        camera_status = cls(
            id=id,
            camera_id=camera_id,
            network_id=network_id,
            sync_module_id=sync_module_id,
            account_id=account_id,
            created_at=created_at,
            updated_at=updated_at,
            serial=serial,
            unit_number=unit_number,
            wifi_strength=wifi_strength,
            lfr_strength=lfr_strength,
            battery_voltage=battery_voltage,
            temperature=temperature,
            fw_version=fw_version,
            fw_git_hash=fw_git_hash,
            mac=mac,
            ipv=ipv,
            ip_address=ip_address,
            error_codes=error_codes,
            battery_alert_status=battery_alert_status,
            temp_alert_status=temp_alert_status,
            ac_power=ac_power,
            light_sensor_ch0=light_sensor_ch0,
            light_sensor_ch1=light_sensor_ch1,
            light_sensor_data_valid=light_sensor_data_valid,
            light_sensor_data_new=light_sensor_data_new,
            time_first_video=time_first_video,
            time_108_boot=time_108_boot,
            time_wlan_connect=time_wlan_connect,
            time_dhcp_lease=time_dhcp_lease,
            time_dns_resolve=time_dns_resolve,
            lfr_108_wakeups=lfr_108_wakeups,
            total_108_wakeups=total_108_wakeups,
            lfr_tb_wakeups=lfr_tb_wakeups,
            total_tb_wakeups=total_tb_wakeups,
            wifi_connect_failure_count=wifi_connect_failure_count,
            dhcp_failure_count=dhcp_failure_count,
            socket_failure_count=socket_failure_count,
            dev_1=dev_1,
            dev_2=dev_2,
            dev_3=dev_3,
            lifetime_count=lifetime_count,
            lifetime_duration=lifetime_duration,
            pir_rejections=pir_rejections,
            thumbnail=thumbnail,
        )

        camera_status.additional_properties = d
        return camera_status

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
