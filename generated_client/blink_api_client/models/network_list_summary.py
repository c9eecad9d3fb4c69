from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.network_summary import NetworkSummary


T = TypeVar("T", bound="NetworkListSummary")


@_attrs_define
class NetworkListSummary:
    """Map from network id (a JSON string key such as `"2000001"`) to a `NetworkSummary`.
    Quirk: blinkpy's 2018 test fixture has a flattened summary for a single network
    (`{"onboarded": true, "name": "..."}`) instead of the id-keyed map. To accept it, `name`
    and `onboarded` are also declared as optional properties of this object; those two keys
    are checked against these properties, every other key against `NetworkSummary`. Client
    authors should treat a summary whose values are not objects as the flattened form.

        Attributes:
            name (str | Unset): Flattened 2018 form only: the name of the single network.
            onboarded (bool | Unset): Flattened 2018 form only: whether the single network is onboarded.
    """

    name: str | Unset = UNSET
    onboarded: bool | Unset = UNSET
    additional_properties: dict[str, NetworkSummary] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        onboarded = self.onboarded

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if onboarded is not UNSET:
            field_dict["onboarded"] = onboarded

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.network_summary import NetworkSummary  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        onboarded = d.pop("onboarded", UNSET)

        network_list_summary = cls(
            name=name,
            onboarded=onboarded,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = NetworkSummary.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        network_list_summary.additional_properties = additional_properties
        return network_list_summary

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> NetworkSummary:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: NetworkSummary) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
