from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SupportPhone")


@_attrs_define
class SupportPhone:
    """Blink's support line (homebridge-blink-for-home `BLINK_SUPPORT` sample, 2022-03).

    Attributes:
        phone_number (str | Unset):
        start_day (int | Unset): First weekday of service (1 is Monday).
        start_hour_utc (int | Unset):
        stop_day (int | Unset):
        stop_hour_utc (int | Unset):
    """

    phone_number: str | Unset = UNSET
    start_day: int | Unset = UNSET
    start_hour_utc: int | Unset = UNSET
    stop_day: int | Unset = UNSET
    stop_hour_utc: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        start_day = self.start_day

        start_hour_utc = self.start_hour_utc

        stop_day = self.stop_day

        stop_hour_utc = self.stop_hour_utc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if start_day is not UNSET:
            field_dict["start_day"] = start_day
        if start_hour_utc is not UNSET:
            field_dict["start_hour_utc"] = start_hour_utc
        if stop_day is not UNSET:
            field_dict["stop_day"] = stop_day
        if stop_hour_utc is not UNSET:
            field_dict["stop_hour_utc"] = stop_hour_utc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_number = d.pop("phone_number", UNSET)

        start_day = d.pop("start_day", UNSET)

        start_hour_utc = d.pop("start_hour_utc", UNSET)

        stop_day = d.pop("stop_day", UNSET)

        stop_hour_utc = d.pop("stop_hour_utc", UNSET)

        support_phone = cls(
            phone_number=phone_number,
            start_day=start_day,
            start_hour_utc=start_hour_utc,
            stop_day=stop_day,
            stop_hour_utc=stop_hour_utc,
        )

        support_phone.additional_properties = d
        return support_phone

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
