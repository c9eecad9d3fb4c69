from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.media_item import MediaItem


T = TypeVar("T", bound="MediaChangedResponse")


@_attrs_define
class MediaChangedResponse:
    """One page of the account's media changed since `since`. Past the last page Blink answers
    with an empty `media` list, which is how clients know to stop paging.

        Attributes:
            media (list[MediaItem]):
            limit (int | Unset): Page size (25 in every sample).
            purge_id (int | Unset): Id boundary of purged (auto-deleted) media; not read by any known client.
            refresh_count (int | Unset):
    """

    media: list[MediaItem]
    limit: int | Unset = UNSET
    purge_id: int | Unset = UNSET
    refresh_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        media = []
        for media_item_data in self.media:
            media_item = media_item_data.to_dict()
            media.append(media_item)

        limit = self.limit

        purge_id = self.purge_id

        refresh_count = self.refresh_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "media": media,
            }
        )
        if limit is not UNSET:
            field_dict["limit"] = limit
        if purge_id is not UNSET:
            field_dict["purge_id"] = purge_id
        if refresh_count is not UNSET:
            field_dict["refresh_count"] = refresh_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.media_item import MediaItem  # noqa: PLC0415

        d = dict(src_dict)
        media = []
        _media = d.pop("media")
        for media_item_data in _media:
            media_item = MediaItem.from_dict(media_item_data)

            media.append(media_item)

        limit = d.pop("limit", UNSET)

        purge_id = d.pop("purge_id", UNSET)

        refresh_count = d.pop("refresh_count", UNSET)

        media_changed_response = cls(
            media=media,
            limit=limit,
            purge_id=purge_id,
            refresh_count=refresh_count,
        )

        media_changed_response.additional_properties = d
        return media_changed_response

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
