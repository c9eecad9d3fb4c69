from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.legacy_device import LegacyDevice
    from ..models.legacy_homescreen_account import LegacyHomescreenAccount
    from ..models.legacy_homescreen_network import LegacyHomescreenNetwork


T = TypeVar("T", bound="LegacyHomescreen")


@_attrs_define
class LegacyHomescreen:
    """The 2016-2019 single-network homescreen.

    Attributes:
        account (LegacyHomescreenAccount | Unset):
        network (LegacyHomescreenNetwork | Unset):
        devices (list[LegacyDevice] | Unset):
    """

    account: LegacyHomescreenAccount | Unset = UNSET
    network: LegacyHomescreenNetwork | Unset = UNSET
    devices: list[LegacyDevice] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        network: dict[str, Any] | Unset = UNSET
        if not isinstance(self.network, Unset):
            network = self.network.to_dict()

        devices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.devices, Unset):
            devices = []
            for devices_item_data in self.devices:
                devices_item = devices_item_data.to_dict()
                devices.append(devices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if network is not UNSET:
            field_dict["network"] = network
        if devices is not UNSET:
            field_dict["devices"] = devices

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.legacy_device import LegacyDevice  # noqa: PLC0415
        from ..models.legacy_homescreen_account import LegacyHomescreenAccount  # noqa: PLC0415
        from ..models.legacy_homescreen_network import LegacyHomescreenNetwork  # noqa: PLC0415

        d = dict(src_dict)
        _account = d.pop("account", UNSET)
        account: LegacyHomescreenAccount | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = LegacyHomescreenAccount.from_dict(_account)

        _network = d.pop("network", UNSET)
        network: LegacyHomescreenNetwork | Unset
        if isinstance(_network, Unset):
            network = UNSET
        else:
            network = LegacyHomescreenNetwork.from_dict(_network)

        _devices = d.pop("devices", UNSET)
        devices: list[LegacyDevice] | Unset = UNSET
        if _devices is not UNSET:
            devices = []
            for devices_item_data in _devices:
                devices_item = LegacyDevice.from_dict(devices_item_data)

                devices.append(devices_item)

        legacy_homescreen = cls(
            account=account,
            network=network,
            devices=devices,
        )

        legacy_homescreen.additional_properties = d
        return legacy_homescreen

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
