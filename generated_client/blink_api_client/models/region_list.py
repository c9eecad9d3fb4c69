from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.region_list_regions import RegionListRegions


T = TypeVar("T", bound="RegionList")


@_attrs_define
class RegionList:
    """
    Attributes:
        regions (RegionListRegions): Regions keyed by region id.
        preferred (str | Unset): Region id suggested for the locale.
        mode (str | Unset):
    """

    regions: RegionListRegions
    preferred: str | Unset = UNSET
    mode: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        regions = self.regions.to_dict()

        preferred = self.preferred

        mode = self.mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "regions": regions,
            }
        )
        if preferred is not UNSET:
            field_dict["preferred"] = preferred
        if mode is not UNSET:
            field_dict["mode"] = mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.region_list_regions import RegionListRegions  # noqa: PLC0415

        d = dict(src_dict)
        regions = RegionListRegions.from_dict(d.pop("regions"))

        preferred = d.pop("preferred", UNSET)

        mode = d.pop("mode", UNSET)

        region_list = cls(
            regions=regions,
            preferred=preferred,
            mode=mode,
        )

        region_list.additional_properties = d
        return region_list

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
