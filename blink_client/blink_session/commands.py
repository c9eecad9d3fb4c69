"""What the sync and async sessions share about devices and commands: finding a network or camera by name or id,
choosing the generated operation for a device command, and judging a command's status."""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType
from typing import Any, Literal

from blink_api_client.api.cameras import (
    disable_camera_motion,
    enable_camera_motion,
    request_camera_clip,
    request_camera_thumbnail,
)
from blink_api_client.api.doorbells import (
    disable_doorbell_motion,
    enable_doorbell_motion,
    request_doorbell_clip,
    request_doorbell_thumbnail,
)
from blink_api_client.api.owls import request_owl_clip, request_owl_thumbnail, update_owl_config
from blink_api_client.models.command_status import CommandStatus
from blink_api_client.models.homescreen import Homescreen
from blink_api_client.models.homescreen_camera import HomescreenCamera
from blink_api_client.models.homescreen_network import HomescreenNetwork
from blink_api_client.models.homescreen_owl import HomescreenOwl
from blink_api_client.models.owl_config_update import OwlConfigUpdate
from blink_api_client.types import Unset
from blink_session.errors import CommandFailed, NotFound

__all__ = [
    "COMMAND_OK",
    "CameraRef",
    "CommandResult",
    "Device",
    "NetworkRef",
    "all_cameras",
    "device_operation",
    "failure_of",
    "find_camera",
    "find_network",
]

COMMAND_OK = 908  # Blink's status_code of a command that succeeded

DeviceKind = Literal["camera", "owl", "doorbell"]
Action = Literal["thumbnail", "clip", "enable_motion", "disable_motion"]
NetworkRef = str | int | HomescreenNetwork
CameraRef = str | int | HomescreenCamera | HomescreenOwl


@dataclass(frozen=True)
class CommandResult:
    """A command Blink accepted. `status` is its final `CommandStatus` (complete, status_code 908), or None when
    the call did not wait for it."""

    network_id: int
    command_id: int
    status: CommandStatus | None


@dataclass(frozen=True)
class Device:
    kind: DeviceKind
    id: int
    network_id: int
    model: HomescreenCamera | HomescreenOwl


def _listed(items: list[Any] | Unset) -> list[Any]:
    return [] if isinstance(items, Unset) else list(items)


def all_cameras(homescreen: Homescreen) -> list[HomescreenCamera | HomescreenOwl]:
    """Sync-module cameras, then Minis (owls), then doorbells."""
    return [*_listed(homescreen.cameras), *_listed(homescreen.owls), *_listed(homescreen.doorbells)]


def _matches(name: str, item_id: int, ref: str | int) -> bool:
    if isinstance(ref, int):
        return item_id == ref
    return name.casefold() == ref.strip().casefold()


def _pick(items: list[Any], ref: str | int) -> Any:
    """By name (case-insensitive) or id; a string of digits that names nothing is tried as an id."""
    for item in items:
        if _matches(item.name, item.id, ref):
            return item
    if isinstance(ref, str) and ref.strip().isdigit():
        number = int(ref.strip())
        return next((item for item in items if item.id == number), None)
    return None


def _not_found(what: str, ref: object) -> NotFound:
    return NotFound(404, message=f"this account has no {what} {ref!r}")


def find_network(homescreen: Homescreen, ref: NetworkRef) -> HomescreenNetwork:
    key = ref.id if isinstance(ref, HomescreenNetwork) else ref
    found = _pick(list(homescreen.networks), key)
    if not isinstance(found, HomescreenNetwork):
        raise _not_found("network", key)
    return found


def find_camera(homescreen: Homescreen, ref: CameraRef) -> Device:
    key = ref.id if isinstance(ref, HomescreenCamera | HomescreenOwl) else ref
    kinds: list[tuple[DeviceKind, list[Any]]] = [
        ("camera", _listed(homescreen.cameras)),
        ("owl", _listed(homescreen.owls)),
        ("doorbell", _listed(homescreen.doorbells)),
    ]
    if isinstance(ref, HomescreenCamera | HomescreenOwl):
        # A model is matched by id within its own kind of list (ids of different kinds may collide).
        for kind, items in kinds:
            for item in items:
                if item.id == key and type(item) is type(ref):
                    return Device(kind, item.id, item.network_id, item)
    for kind, items in kinds:
        found = _pick(items, key)
        if found is not None:
            return Device(kind, found.id, found.network_id, found)
    raise _not_found("camera", key)


def device_operation(
    device: Device, action: Action, account_id: int
) -> tuple[ModuleType, tuple[int, ...], dict[str, Any]]:
    """The generated operation module for this action on this kind of device, with its arguments. Every one of
    them answers with a `Command` or `CommandShort` (id, network_id)."""
    if device.kind == "camera":
        camera_modules = {
            "thumbnail": request_camera_thumbnail,
            "clip": request_camera_clip,
            "enable_motion": enable_camera_motion,
            "disable_motion": disable_camera_motion,
        }
        return camera_modules[action], (device.network_id, device.id), {}
    args = (account_id, device.network_id, device.id)
    if device.kind == "owl":
        if action in ("enable_motion", "disable_motion"):
            # Minis have no enable/disable endpoint: motion detection is their config's `enabled`.
            return update_owl_config, args, {"body": OwlConfigUpdate(enabled=action == "enable_motion")}
        return {"thumbnail": request_owl_thumbnail, "clip": request_owl_clip}[action], args, {}
    doorbell_modules = {
        "thumbnail": request_doorbell_thumbnail,
        "clip": request_doorbell_clip,
        "enable_motion": enable_doorbell_motion,
        "disable_motion": disable_doorbell_motion,
    }
    return doorbell_modules[action], args, {}


def failure_of(status: CommandStatus) -> CommandFailed | None:
    """The error of a completed command whose status_code is not 908, else None."""
    code = status.status_code if isinstance(status.status_code, int) else None
    if code == COMMAND_OK:
        return None
    message = status.status_msg if isinstance(status.status_msg, str) else "no status message"
    return CommandFailed(code if code is not None else 0, message)
