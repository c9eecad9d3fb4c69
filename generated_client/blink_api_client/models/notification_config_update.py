from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.notification_flags import NotificationFlags


T = TypeVar("T", bound="NotificationConfigUpdate")


@_attrs_define
class NotificationConfigUpdate:
    """
    Attributes:
        notifications (NotificationFlags): Which push notifications the account receives.
    """

    notifications: NotificationFlags
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notifications = self.notifications.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "notifications": notifications,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notification_flags import NotificationFlags  # noqa: PLC0415

        d = dict(src_dict)
        notifications = NotificationFlags.from_dict(d.pop("notifications"))

        notification_config_update = cls(
            notifications=notifications,
        )

        notification_config_update.additional_properties = d
        return notification_config_update

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
