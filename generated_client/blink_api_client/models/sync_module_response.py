from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sync_module import SyncModule


T = TypeVar("T", bound="SyncModuleResponse")


@_attrs_define
class SyncModuleResponse:
    """The answer of `GET /network/{network_id}/syncmodules`.

    Attributes:
        syncmodule (SyncModule): A sync module. No field is required: blinkpy's 2018 fixture has only `name` and
            `status`,
            although blinkpy 0.25 needs `id` and `network_id` to start the module.
    """

    syncmodule: SyncModule
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        syncmodule = self.syncmodule.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "syncmodule": syncmodule,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sync_module import SyncModule  # noqa: PLC0415

        d = dict(src_dict)
        syncmodule = SyncModule.from_dict(d.pop("syncmodule"))

        sync_module_response = cls(
            syncmodule=syncmodule,
        )

        sync_module_response.additional_properties = d
        return sync_module_response

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
