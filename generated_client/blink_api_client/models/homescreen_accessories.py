from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.homescreen_accessories_rosie_item import (
        HomescreenAccessoriesRosieItem,
    )
    from ..models.homescreen_accessories_storm_item import (
        HomescreenAccessoriesStormItem,
    )


T = TypeVar("T", bound="HomescreenAccessories")


@_attrs_define
class HomescreenAccessories:
    """Accessories attached to cameras, by accessory family.

    Attributes:
        storm (list[HomescreenAccessoriesStormItem] | Unset): Floodlight / spotlight mounts ("storm").
        rosie (list[HomescreenAccessoriesRosieItem] | Unset): Pan-tilt mounts ("rosie").
    """

    storm: list[HomescreenAccessoriesStormItem] | Unset = UNSET
    rosie: list[HomescreenAccessoriesRosieItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        storm: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.storm, Unset):
            storm = []
            for storm_item_data in self.storm:
                storm_item = storm_item_data.to_dict()
                storm.append(storm_item)

        rosie: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rosie, Unset):
            rosie = []
            for rosie_item_data in self.rosie:
                rosie_item = rosie_item_data.to_dict()
                rosie.append(rosie_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if storm is not UNSET:
            field_dict["storm"] = storm
        if rosie is not UNSET:
            field_dict["rosie"] = rosie

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.homescreen_accessories_rosie_item import (
            HomescreenAccessoriesRosieItem,  # noqa: PLC0415
        )
        from ..models.homescreen_accessories_storm_item import (
            HomescreenAccessoriesStormItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _storm = d.pop("storm", UNSET)
        storm: list[HomescreenAccessoriesStormItem] | Unset = UNSET
        if _storm is not UNSET:
            storm = []
            for storm_item_data in _storm:
                storm_item = HomescreenAccessoriesStormItem.from_dict(storm_item_data)

                storm.append(storm_item)

        _rosie = d.pop("rosie", UNSET)
        rosie: list[HomescreenAccessoriesRosieItem] | Unset = UNSET
        if _rosie is not UNSET:
            rosie = []
            for rosie_item_data in _rosie:
                rosie_item = HomescreenAccessoriesRosieItem.from_dict(rosie_item_data)

                rosie.append(rosie_item)

        homescreen_accessories = cls(
            storm=storm,
            rosie=rosie,
        )

        homescreen_accessories.additional_properties = d
        return homescreen_accessories

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
