from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.network import Network
    from ..models.network_list_summary import NetworkListSummary


T = TypeVar("T", bound="NetworkList")


@_attrs_define
class NetworkList:
    """The answer of `GET /networks`.

    Attributes:
        summary (NetworkListSummary): Map from network id (a JSON string key such as `"2000001"`) to a `NetworkSummary`.
            Quirk: blinkpy's 2018 test fixture has a flattened summary for a single network
            (`{"onboarded": true, "name": "..."}`) instead of the id-keyed map. To accept it, `name`
            and `onboarded` are also declared as optional properties of this object; those two keys
            are checked against these properties, every other key against `NetworkSummary`. Client
            authors should treat a summary whose values are not objects as the flattened form.
        networks (list[Network] | Unset):
    """

    summary: NetworkListSummary
    networks: list[Network] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        summary = self.summary.to_dict()

        networks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.networks, Unset):
            networks = []
            for networks_item_data in self.networks:
                networks_item = networks_item_data.to_dict()
                networks.append(networks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "summary": summary,
            }
        )
        if networks is not UNSET:
            field_dict["networks"] = networks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.network import Network  # noqa: PLC0415
        from ..models.network_list_summary import NetworkListSummary  # noqa: PLC0415

        d = dict(src_dict)
        summary = NetworkListSummary.from_dict(d.pop("summary"))

        _networks = d.pop("networks", UNSET)
        networks: list[Network] | Unset = UNSET
        if _networks is not UNSET:
            networks = []
            for networks_item_data in _networks:
                networks_item = Network.from_dict(networks_item_data)

                networks.append(networks_item)

        network_list = cls(
            summary=summary,
            networks=networks,
        )

        network_list.additional_properties = d
        return network_list

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
