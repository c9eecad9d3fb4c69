from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TierInfo")


@_attrs_define
class TierInfo:
    """Which tier (REST host) serves the account of a Bearer token.

    Attributes:
        tier (str): The `{tier}` of `https://rest-{tier}.immedia-semi.com`, e.g. `u011`, `e002`, `prod`.
        account_id (int): The account id used in account-scoped paths.
        region (str | Unset): A coarse region label; clients ignore it.
    """

    tier: str
    account_id: int
    region: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tier = self.tier

        account_id = self.account_id

        region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tier": tier,
                "account_id": account_id,
            }
        )
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tier = d.pop("tier")

        account_id = d.pop("account_id")

        region = d.pop("region", UNSET)

        tier_info = cls(
            tier=tier,
            account_id=account_id,
            region=region,
        )

        tier_info.additional_properties = d
        return tier_info

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
