from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HomescreenVideoStats")


@_attrs_define
class HomescreenVideoStats:
    """Cloud clip storage settings.

    Attributes:
        storage (int | Unset): Storage used, as Blink reports it.
        auto_delete_days (int | Unset): Days after which clips are deleted.
        auto_delete_day_options (list[int] | Unset): The retention periods the account may choose.
    """

    storage: int | Unset = UNSET
    auto_delete_days: int | Unset = UNSET
    auto_delete_day_options: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        storage = self.storage

        auto_delete_days = self.auto_delete_days

        auto_delete_day_options: list[int] | Unset = UNSET
        if not isinstance(self.auto_delete_day_options, Unset):
            auto_delete_day_options = self.auto_delete_day_options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if storage is not UNSET:
            field_dict["storage"] = storage
        if auto_delete_days is not UNSET:
            field_dict["auto_delete_days"] = auto_delete_days
        if auto_delete_day_options is not UNSET:
            field_dict["auto_delete_day_options"] = auto_delete_day_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        storage = d.pop("storage", UNSET)

        auto_delete_days = d.pop("auto_delete_days", UNSET)

        auto_delete_day_options = cast(
            list[int], d.pop("auto_delete_day_options", UNSET)
        )

        homescreen_video_stats = cls(
            storage=storage,
            auto_delete_days=auto_delete_days,
            auto_delete_day_options=auto_delete_day_options,
        )

        homescreen_video_stats.additional_properties = d
        return homescreen_video_stats

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
