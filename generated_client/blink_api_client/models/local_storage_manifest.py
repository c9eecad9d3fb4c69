from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.local_storage_clip import LocalStorageClip


T = TypeVar("T", bound="LocalStorageManifest")


@_attrs_define
class LocalStorageManifest:
    """The list of clips on the sync module's USB stick.

    Attributes:
        version (str | Unset):
        manifest_id (int | str | Unset): Manifest id used in clip URLs (a string of digits in the recorded sample).
        clips (list[LocalStorageClip] | Unset):
    """

    version: str | Unset = UNSET
    manifest_id: int | str | Unset = UNSET
    clips: list[LocalStorageClip] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        manifest_id: int | str | Unset
        if isinstance(self.manifest_id, Unset):
            manifest_id = UNSET
        else:
            manifest_id = self.manifest_id

        clips: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.clips, Unset):
            clips = []
            for clips_item_data in self.clips:
                clips_item = clips_item_data.to_dict()
                clips.append(clips_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if version is not UNSET:
            field_dict["version"] = version
        if manifest_id is not UNSET:
            field_dict["manifest_id"] = manifest_id
        if clips is not UNSET:
            field_dict["clips"] = clips

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.local_storage_clip import LocalStorageClip  # noqa: PLC0415

        d = dict(src_dict)
        version = d.pop("version", UNSET)

        def _parse_manifest_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        manifest_id = _parse_manifest_id(d.pop("manifest_id", UNSET))

        _clips = d.pop("clips", UNSET)
        clips: list[LocalStorageClip] | Unset = UNSET
        if _clips is not UNSET:
            clips = []
            for clips_item_data in _clips:
                clips_item = LocalStorageClip.from_dict(clips_item_data)

                clips.append(clips_item)

        local_storage_manifest = cls(
            version=version,
            manifest_id=manifest_id,
            clips=clips,
        )

        local_storage_manifest.additional_properties = d
        return local_storage_manifest

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
