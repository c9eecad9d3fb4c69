from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.siren import Siren


T = TypeVar("T", bound="SirenList")


@_attrs_define
class SirenList:
    """The sirens of every network of the account (unverified shape).

    Attributes:
        sirens (list[Siren] | Unset):
    """

    sirens: list[Siren] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sirens: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sirens, Unset):
            sirens = []
            for sirens_item_data in self.sirens:
                sirens_item = sirens_item_data.to_dict()
                sirens.append(sirens_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sirens is not UNSET:
            field_dict["sirens"] = sirens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.siren import Siren  # noqa: PLC0415

        d = dict(src_dict)
        _sirens = d.pop("sirens", UNSET)
        sirens: list[Siren] | Unset = UNSET
        if _sirens is not UNSET:
            sirens = []
            for sirens_item_data in _sirens:
                sirens_item = Siren.from_dict(sirens_item_data)

                sirens.append(sirens_item)

        siren_list = cls(
            sirens=sirens,
        )

        siren_list.additional_properties = d
        return siren_list

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
