from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_version import AppVersion
    from ..models.homescreen_accessories import HomescreenAccessories
    from ..models.homescreen_account import HomescreenAccount
    from ..models.homescreen_camera import HomescreenCamera
    from ..models.homescreen_chimes_item import HomescreenChimesItem
    from ..models.homescreen_device_limits import HomescreenDeviceLimits
    from ..models.homescreen_doorbell_buttons_item import HomescreenDoorbellButtonsItem
    from ..models.homescreen_entitlements import HomescreenEntitlements
    from ..models.homescreen_network import HomescreenNetwork
    from ..models.homescreen_owl import HomescreenOwl
    from ..models.homescreen_sirens_item import HomescreenSirensItem
    from ..models.homescreen_subscriptions import HomescreenSubscriptions
    from ..models.homescreen_sync_module import HomescreenSyncModule
    from ..models.homescreen_tiv_lock_status import HomescreenTivLockStatus
    from ..models.homescreen_video_stats import HomescreenVideoStats
    from ..models.homescreen_whats_new import HomescreenWhatsNew


T = TypeVar("T", bound="Homescreen")


@_attrs_define
class Homescreen:
    """The account-wide summary the apps draw their home screen from: networks, sync modules
    and every kind of device, plus app-update and limit information. Keys that an account
    has no use for may be missing; clients should tolerate any missing list.

        Attributes:
            account (HomescreenAccount):
            networks (list[HomescreenNetwork]):
            sync_modules (list[HomescreenSyncModule] | Unset):
            cameras (list[HomescreenCamera] | Unset): Sync-module cameras (battery and wired), not Minis or doorbells.
            sirens (list[HomescreenSirensItem] | Unset): Sirens; no populated sample has been recorded.
            chimes (list[HomescreenChimesItem] | Unset): Chimes; no populated sample has been recorded.
            video_stats (HomescreenVideoStats | Unset): Cloud clip storage settings.
            doorbell_buttons (list[HomescreenDoorbellButtonsItem] | Unset): Legacy doorbell buttons; no populated sample has
                been recorded.
            owls (list[HomescreenOwl] | Unset): Blink Mini cameras ("owl").
            doorbells (list[HomescreenOwl] | Unset): Video doorbells ("lotus"); entries have the same shape as `owls`
                entries.
            app_updates (AppVersion | Unset): Whether the calling app version (from `APP-BUILD` / `User-Agent`) may keep
                working.
            device_limits (HomescreenDeviceLimits | Unset): How many devices of each kind the account may add.
            whats_new (HomescreenWhatsNew | Unset): Pointer to the "what's new" page shown by the app.
            subscriptions (HomescreenSubscriptions | Unset): When the subscription plans of the account last changed.
            entitlements (HomescreenEntitlements | Unset): When the subscription entitlements of the account last changed.
            tiv_lock_enable (bool | Unset): Whether the account offers the "trust in video" (TIV) lock.
            tiv_lock_status (HomescreenTivLockStatus | Unset):
            accessories (HomescreenAccessories | Unset): Accessories attached to cameras, by accessory family.
    """

    account: HomescreenAccount
    networks: list[HomescreenNetwork]
    sync_modules: list[HomescreenSyncModule] | Unset = UNSET
    cameras: list[HomescreenCamera] | Unset = UNSET
    sirens: list[HomescreenSirensItem] | Unset = UNSET
    chimes: list[HomescreenChimesItem] | Unset = UNSET
    video_stats: HomescreenVideoStats | Unset = UNSET
    doorbell_buttons: list[HomescreenDoorbellButtonsItem] | Unset = UNSET
    owls: list[HomescreenOwl] | Unset = UNSET
    doorbells: list[HomescreenOwl] | Unset = UNSET
    app_updates: AppVersion | Unset = UNSET
    device_limits: HomescreenDeviceLimits | Unset = UNSET
    whats_new: HomescreenWhatsNew | Unset = UNSET
    subscriptions: HomescreenSubscriptions | Unset = UNSET
    entitlements: HomescreenEntitlements | Unset = UNSET
    tiv_lock_enable: bool | Unset = UNSET
    tiv_lock_status: HomescreenTivLockStatus | Unset = UNSET
    accessories: HomescreenAccessories | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account = self.account.to_dict()

        networks = []
        for networks_item_data in self.networks:
            networks_item = networks_item_data.to_dict()
            networks.append(networks_item)

        sync_modules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sync_modules, Unset):
            sync_modules = []
            for sync_modules_item_data in self.sync_modules:
                sync_modules_item = sync_modules_item_data.to_dict()
                sync_modules.append(sync_modules_item)

        cameras: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cameras, Unset):
            cameras = []
            for cameras_item_data in self.cameras:
                cameras_item = cameras_item_data.to_dict()
                cameras.append(cameras_item)

        sirens: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sirens, Unset):
            sirens = []
            for sirens_item_data in self.sirens:
                sirens_item = sirens_item_data.to_dict()
                sirens.append(sirens_item)

        chimes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.chimes, Unset):
            chimes = []
            for chimes_item_data in self.chimes:
                chimes_item = chimes_item_data.to_dict()
                chimes.append(chimes_item)

        video_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video_stats, Unset):
            video_stats = self.video_stats.to_dict()

        doorbell_buttons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.doorbell_buttons, Unset):
            doorbell_buttons = []
            for doorbell_buttons_item_data in self.doorbell_buttons:
                doorbell_buttons_item = doorbell_buttons_item_data.to_dict()
                doorbell_buttons.append(doorbell_buttons_item)

        owls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.owls, Unset):
            owls = []
            for owls_item_data in self.owls:
                owls_item = owls_item_data.to_dict()
                owls.append(owls_item)

        doorbells: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.doorbells, Unset):
            doorbells = []
            for doorbells_item_data in self.doorbells:
                doorbells_item = doorbells_item_data.to_dict()
                doorbells.append(doorbells_item)

        app_updates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.app_updates, Unset):
            app_updates = self.app_updates.to_dict()

        device_limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.device_limits, Unset):
            device_limits = self.device_limits.to_dict()

        whats_new: dict[str, Any] | Unset = UNSET
        if not isinstance(self.whats_new, Unset):
            whats_new = self.whats_new.to_dict()

        subscriptions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscriptions, Unset):
            subscriptions = self.subscriptions.to_dict()

        entitlements: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entitlements, Unset):
            entitlements = self.entitlements.to_dict()

        tiv_lock_enable = self.tiv_lock_enable

        tiv_lock_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tiv_lock_status, Unset):
            tiv_lock_status = self.tiv_lock_status.to_dict()

        accessories: dict[str, Any] | Unset = UNSET
        if not isinstance(self.accessories, Unset):
            accessories = self.accessories.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account": account,
                "networks": networks,
            }
        )
        if sync_modules is not UNSET:
            field_dict["sync_modules"] = sync_modules
        if cameras is not UNSET:
            field_dict["cameras"] = cameras
        if sirens is not UNSET:
            field_dict["sirens"] = sirens
        if chimes is not UNSET:
            field_dict["chimes"] = chimes
        if video_stats is not UNSET:
            field_dict["video_stats"] = video_stats
        if doorbell_buttons is not UNSET:
            field_dict["doorbell_buttons"] = doorbell_buttons
        if owls is not UNSET:
            field_dict["owls"] = owls
        if doorbells is not UNSET:
            field_dict["doorbells"] = doorbells
        if app_updates is not UNSET:
            field_dict["app_updates"] = app_updates
        if device_limits is not UNSET:
            field_dict["device_limits"] = device_limits
        if whats_new is not UNSET:
            field_dict["whats_new"] = whats_new
        if subscriptions is not UNSET:
            field_dict["subscriptions"] = subscriptions
        if entitlements is not UNSET:
            field_dict["entitlements"] = entitlements
        if tiv_lock_enable is not UNSET:
            field_dict["tiv_lock_enable"] = tiv_lock_enable
        if tiv_lock_status is not UNSET:
            field_dict["tiv_lock_status"] = tiv_lock_status
        if accessories is not UNSET:
            field_dict["accessories"] = accessories

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.app_version import AppVersion  # noqa: PLC0415
        from ..models.homescreen_accessories import HomescreenAccessories  # noqa: PLC0415
        from ..models.homescreen_account import HomescreenAccount  # noqa: PLC0415
        from ..models.homescreen_camera import HomescreenCamera  # noqa: PLC0415
        from ..models.homescreen_chimes_item import HomescreenChimesItem  # noqa: PLC0415
        from ..models.homescreen_device_limits import HomescreenDeviceLimits  # noqa: PLC0415
        from ..models.homescreen_doorbell_buttons_item import (
            HomescreenDoorbellButtonsItem,  # noqa: PLC0415
        )
        from ..models.homescreen_entitlements import HomescreenEntitlements  # noqa: PLC0415
        from ..models.homescreen_network import HomescreenNetwork  # noqa: PLC0415
        from ..models.homescreen_owl import HomescreenOwl  # noqa: PLC0415
        from ..models.homescreen_sirens_item import HomescreenSirensItem  # noqa: PLC0415
        from ..models.homescreen_subscriptions import HomescreenSubscriptions  # noqa: PLC0415
        from ..models.homescreen_sync_module import HomescreenSyncModule  # noqa: PLC0415
        from ..models.homescreen_tiv_lock_status import HomescreenTivLockStatus  # noqa: PLC0415
        from ..models.homescreen_video_stats import HomescreenVideoStats  # noqa: PLC0415
        from ..models.homescreen_whats_new import HomescreenWhatsNew  # noqa: PLC0415

        d = dict(src_dict)
        account = HomescreenAccount.from_dict(d.pop("account"))

        networks = []
        _networks = d.pop("networks")
        for networks_item_data in _networks:
            networks_item = HomescreenNetwork.from_dict(networks_item_data)

            networks.append(networks_item)

        _sync_modules = d.pop("sync_modules", UNSET)
        sync_modules: list[HomescreenSyncModule] | Unset = UNSET
        if _sync_modules is not UNSET:
            sync_modules = []
            for sync_modules_item_data in _sync_modules:
                sync_modules_item = HomescreenSyncModule.from_dict(
                    sync_modules_item_data
                )

                sync_modules.append(sync_modules_item)

        _cameras = d.pop("cameras", UNSET)
        cameras: list[HomescreenCamera] | Unset = UNSET
        if _cameras is not UNSET:
            cameras = []
            for cameras_item_data in _cameras:
                cameras_item = HomescreenCamera.from_dict(cameras_item_data)

                cameras.append(cameras_item)

        _sirens = d.pop("sirens", UNSET)
        sirens: list[HomescreenSirensItem] | Unset = UNSET
        if _sirens is not UNSET:
            sirens = []
            for sirens_item_data in _sirens:
                sirens_item = HomescreenSirensItem.from_dict(sirens_item_data)

                sirens.append(sirens_item)

        _chimes = d.pop("chimes", UNSET)
        chimes: list[HomescreenChimesItem] | Unset = UNSET
        if _chimes is not UNSET:
            chimes = []
            for chimes_item_data in _chimes:
                chimes_item = HomescreenChimesItem.from_dict(chimes_item_data)

                chimes.append(chimes_item)

        _video_stats = d.pop("video_stats", UNSET)
        video_stats: HomescreenVideoStats | Unset
        if isinstance(_video_stats, Unset):
            video_stats = UNSET
        else:
            video_stats = HomescreenVideoStats.from_dict(_video_stats)

        _doorbell_buttons = d.pop("doorbell_buttons", UNSET)
        doorbell_buttons: list[HomescreenDoorbellButtonsItem] | Unset = UNSET
        if _doorbell_buttons is not UNSET:
            doorbell_buttons = []
            for doorbell_buttons_item_data in _doorbell_buttons:
                doorbell_buttons_item = HomescreenDoorbellButtonsItem.from_dict(
                    doorbell_buttons_item_data
                )

                doorbell_buttons.append(doorbell_buttons_item)

        _owls = d.pop("owls", UNSET)
        owls: list[HomescreenOwl] | Unset = UNSET
        if _owls is not UNSET:
            owls = []
            for owls_item_data in _owls:
                owls_item = HomescreenOwl.from_dict(owls_item_data)

                owls.append(owls_item)

        _doorbells = d.pop("doorbells", UNSET)
        doorbells: list[HomescreenOwl] | Unset = UNSET
        if _doorbells is not UNSET:
            doorbells = []
            for doorbells_item_data in _doorbells:
                doorbells_item = HomescreenOwl.from_dict(doorbells_item_data)

                doorbells.append(doorbells_item)

        _app_updates = d.pop("app_updates", UNSET)
        app_updates: AppVersion | Unset
        if isinstance(_app_updates, Unset):
            app_updates = UNSET
        else:
            app_updates = AppVersion.from_dict(_app_updates)

        _device_limits = d.pop("device_limits", UNSET)
        device_limits: HomescreenDeviceLimits | Unset
        if isinstance(_device_limits, Unset):
            device_limits = UNSET
        else:
            device_limits = HomescreenDeviceLimits.from_dict(_device_limits)

        _whats_new = d.pop("whats_new", UNSET)
        whats_new: HomescreenWhatsNew | Unset
        if isinstance(_whats_new, Unset):
            whats_new = UNSET
        else:
            whats_new = HomescreenWhatsNew.from_dict(_whats_new)

        _subscriptions = d.pop("subscriptions", UNSET)
        subscriptions: HomescreenSubscriptions | Unset
        if isinstance(_subscriptions, Unset):
            subscriptions = UNSET
        else:
            subscriptions = HomescreenSubscriptions.from_dict(_subscriptions)

        _entitlements = d.pop("entitlements", UNSET)
        entitlements: HomescreenEntitlements | Unset
        if isinstance(_entitlements, Unset):
            entitlements = UNSET
        else:
            entitlements = HomescreenEntitlements.from_dict(_entitlements)

        tiv_lock_enable = d.pop("tiv_lock_enable", UNSET)

        _tiv_lock_status = d.pop("tiv_lock_status", UNSET)
        tiv_lock_status: HomescreenTivLockStatus | Unset
        if isinstance(_tiv_lock_status, Unset):
            tiv_lock_status = UNSET
        else:
            tiv_lock_status = HomescreenTivLockStatus.from_dict(_tiv_lock_status)

        _accessories = d.pop("accessories", UNSET)
        accessories: HomescreenAccessories | Unset
        if isinstance(_accessories, Unset):
            accessories = UNSET
        else:
            accessories = HomescreenAccessories.from_dict(_accessories)

        homescreen = cls(
            account=account,
            networks=networks,
            sync_modules=sync_modules,
            cameras=cameras,
            sirens=sirens,
            chimes=chimes,
            video_stats=video_stats,
            doorbell_buttons=doorbell_buttons,
            owls=owls,
            doorbells=doorbells,
            app_updates=app_updates,
            device_limits=device_limits,
            whats_new=whats_new,
            subscriptions=subscriptions,
            entitlements=entitlements,
            tiv_lock_enable=tiv_lock_enable,
            tiv_lock_status=tiv_lock_status,
            accessories=accessories,
        )

        homescreen.additional_properties = d
        return homescreen

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
