from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_options_advanced_motion_regions import (
        AccountOptionsAdvancedMotionRegions,
    )


T = TypeVar("T", bound="AccountOptions")


@_attrs_define
class AccountOptions:
    """Feature switches of the account.

    Attributes:
        owl_app_enabled (bool | Unset):
        legacy_account_mini (bool | Unset):
        catalina_app_enabled (bool | Unset):
        sm2_app_enabled (bool | Unset):
        snapshot_app_enabled (bool | Unset):
        c2s_clip_list_limit (int | Unset): Maximum clips per list page.
        advanced_motion_regions (AccountOptionsAdvancedMotionRegions | Unset): The advanced motion regions of each
            camera, keyed `cam_<camera id>`: a list of 25
            integers (homebridge-blink-for-home's sample, 2022-03; their meaning is not documented).
        amazon_account_linking_enabled (bool | Unset):
        trial_cancellation_enabled (bool | Unset):
        amazon_account_linking (bool | str | Unset): Amazon account linking availability, seen both as a flag and as a
            word.
        breadcrumbs (list[Any] | Unset): Contents not recorded.
    """

    owl_app_enabled: bool | Unset = UNSET
    legacy_account_mini: bool | Unset = UNSET
    catalina_app_enabled: bool | Unset = UNSET
    sm2_app_enabled: bool | Unset = UNSET
    snapshot_app_enabled: bool | Unset = UNSET
    c2s_clip_list_limit: int | Unset = UNSET
    advanced_motion_regions: AccountOptionsAdvancedMotionRegions | Unset = UNSET
    amazon_account_linking_enabled: bool | Unset = UNSET
    trial_cancellation_enabled: bool | Unset = UNSET
    amazon_account_linking: bool | str | Unset = UNSET
    breadcrumbs: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        owl_app_enabled = self.owl_app_enabled

        legacy_account_mini = self.legacy_account_mini

        catalina_app_enabled = self.catalina_app_enabled

        sm2_app_enabled = self.sm2_app_enabled

        snapshot_app_enabled = self.snapshot_app_enabled

        c2s_clip_list_limit = self.c2s_clip_list_limit

        advanced_motion_regions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.advanced_motion_regions, Unset):
            advanced_motion_regions = self.advanced_motion_regions.to_dict()

        amazon_account_linking_enabled = self.amazon_account_linking_enabled

        trial_cancellation_enabled = self.trial_cancellation_enabled

        amazon_account_linking: bool | str | Unset
        if isinstance(self.amazon_account_linking, Unset):
            amazon_account_linking = UNSET
        else:
            amazon_account_linking = self.amazon_account_linking

        breadcrumbs: list[Any] | Unset = UNSET
        if not isinstance(self.breadcrumbs, Unset):
            breadcrumbs = self.breadcrumbs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if owl_app_enabled is not UNSET:
            field_dict["owl_app_enabled"] = owl_app_enabled
        if legacy_account_mini is not UNSET:
            field_dict["legacy_account_mini"] = legacy_account_mini
        if catalina_app_enabled is not UNSET:
            field_dict["catalina_app_enabled"] = catalina_app_enabled
        if sm2_app_enabled is not UNSET:
            field_dict["sm2_app_enabled"] = sm2_app_enabled
        if snapshot_app_enabled is not UNSET:
            field_dict["snapshot_app_enabled"] = snapshot_app_enabled
        if c2s_clip_list_limit is not UNSET:
            field_dict["c2s_clip_list_limit"] = c2s_clip_list_limit
        if advanced_motion_regions is not UNSET:
            field_dict["advanced_motion_regions"] = advanced_motion_regions
        if amazon_account_linking_enabled is not UNSET:
            field_dict["amazon_account_linking_enabled"] = (
                amazon_account_linking_enabled
            )
        if trial_cancellation_enabled is not UNSET:
            field_dict["trial_cancellation_enabled"] = trial_cancellation_enabled
        if amazon_account_linking is not UNSET:
            field_dict["amazon_account_linking"] = amazon_account_linking
        if breadcrumbs is not UNSET:
            field_dict["breadcrumbs"] = breadcrumbs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_options_advanced_motion_regions import (
            AccountOptionsAdvancedMotionRegions,  # noqa: PLC0415
        )

        d = dict(src_dict)
        owl_app_enabled = d.pop("owl_app_enabled", UNSET)

        legacy_account_mini = d.pop("legacy_account_mini", UNSET)

        catalina_app_enabled = d.pop("catalina_app_enabled", UNSET)

        sm2_app_enabled = d.pop("sm2_app_enabled", UNSET)

        snapshot_app_enabled = d.pop("snapshot_app_enabled", UNSET)

        c2s_clip_list_limit = d.pop("c2s_clip_list_limit", UNSET)

        _advanced_motion_regions = d.pop("advanced_motion_regions", UNSET)
        advanced_motion_regions: AccountOptionsAdvancedMotionRegions | Unset
        if isinstance(_advanced_motion_regions, Unset):
            advanced_motion_regions = UNSET
        else:
            advanced_motion_regions = AccountOptionsAdvancedMotionRegions.from_dict(
                _advanced_motion_regions
            )

        amazon_account_linking_enabled = d.pop("amazon_account_linking_enabled", UNSET)

        trial_cancellation_enabled = d.pop("trial_cancellation_enabled", UNSET)

        def _parse_amazon_account_linking(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        amazon_account_linking = _parse_amazon_account_linking(
            d.pop("amazon_account_linking", UNSET)
        )

        breadcrumbs = cast(list[Any], d.pop("breadcrumbs", UNSET))

        account_options = cls(
            owl_app_enabled=owl_app_enabled,
            legacy_account_mini=legacy_account_mini,
            catalina_app_enabled=catalina_app_enabled,
            sm2_app_enabled=sm2_app_enabled,
            snapshot_app_enabled=snapshot_app_enabled,
            c2s_clip_list_limit=c2s_clip_list_limit,
            advanced_motion_regions=advanced_motion_regions,
            amazon_account_linking_enabled=amazon_account_linking_enabled,
            trial_cancellation_enabled=trial_cancellation_enabled,
            amazon_account_linking=amazon_account_linking,
            breadcrumbs=breadcrumbs,
        )

        account_options.additional_properties = d
        return account_options

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
