"""Whether the ids in a path are the caller's: one checker per kind of object the spec's `x-blink-identifies`
names, so that what a path id means is read from the spec and never kept in a second list.

Another account's id is simply not found (404), as on Blink: the answer must not reveal that it exists. An
object that lives in a network (a camera, a sync module, a command, a program, a siren, a clip) must also be in the
network the same path names, and a clip or a manifest in the camera or sync module it names. A device named by its
serial number (firmware downloads) is found by that serial among the caller's devices.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from blink_mock.errors import not_found
from blink_mock.state import MANIFEST_COMMAND, Account, MockState

Checker = Callable[[MockState, Account, Any], Any]
# Kinds whose object, named in a path, narrows the other objects of that path (`network` -> `network_id`).
SCOPES = ("network", "sync_module", "camera")
# A cloud clip by id (video_id), by file name (media_name `3100000456`) or by its legacy name (`clip_3100000456`).
_MEDIA_NAME = re.compile(r"^(?:clip_)?([0-9]{1,18})$")


def _account(state: MockState, account: Account, value: Any) -> Any:
    return account if value == account.id else None


def _user(state: MockState, account: Account, value: Any) -> Any:
    return account if value == account.user_id else None


def _client(state: MockState, account: Account, value: Any) -> Any:
    client = state.clients.get(value)
    return client if client is not None and client.account_id == account.id else None


def _network(state: MockState, account: Account, value: Any) -> Any:
    return state.network_of(account.id, value)


def _mine(item: Any, account: Account) -> Any:
    return item if item is not None and item.account_id == account.id else None


def _by_serial(items: Iterable[Any], account: Account, serial: str) -> Any:
    return next((item for item in items if item.account_id == account.id and item.serial == serial), None)


def _camera(state: MockState, account: Account, value: Any) -> Any:
    # A `serial` path parameter (firmware downloads) is a string; every id is an integer.
    if isinstance(value, str):
        return _by_serial(state.cameras.values(), account, value)
    return _mine(state.cameras.get(value), account)


def _sync_module(state: MockState, account: Account, value: Any) -> Any:
    if isinstance(value, str):
        return _by_serial(state.sync_modules.values(), account, value)
    return _mine(state.sync_modules.get(value), account)


def _command(state: MockState, account: Account, value: Any) -> Any:
    return _mine(state.commands.get(value), account)


def _program(state: MockState, account: Account, value: Any) -> Any:
    return _mine(state.programs.get(value), account)


def _siren(state: MockState, account: Account, value: Any) -> Any:
    return _mine(state.sirens.get(value), account)


def _manifest(state: MockState, account: Account, value: Any) -> Any:
    command = _mine(state.commands.get(value), account)
    return command if command is not None and command.command == MANIFEST_COMMAND else None


def _media(state: MockState, account: Account, value: Any) -> Any:
    if isinstance(value, str):
        found = _MEDIA_NAME.match(value)
        if found is None:
            return None
        value = int(found.group(1))
    return _mine(state.media.get(value), account)


# kind -> (checker, the 404 message)
CHECKERS: dict[str, tuple[Checker, str]] = {
    "account": (_account, "Account not found"),
    "user": (_user, "User not found"),
    "client": (_client, "Client not found"),
    "network": (_network, "Network not found"),
    "camera": (_camera, "Device not found"),
    "sync_module": (_sync_module, "Sync module not found"),
    "command": (_command, "Command not found"),
    "program": (_program, "Program not found"),
    "siren": (_siren, "Siren not found"),
    "local_storage_manifest": (_manifest, "Manifest not found"),
    "local_storage_clip": (_media, "Clip not found"),
    "media": (_media, "Media not found"),
}


def owned_objects(
    state: MockState, account: Account, owned: tuple[tuple[str, str], ...], path: dict[str, Any]
) -> dict[str, Any]:
    """The objects the path's ids name, by kind; raises 404 when one is not the caller's or not where the path
    puts it. `owned` is the operation's (parameter name, kind) pairs."""
    objects: dict[str, Any] = {}
    for name, kind in owned:
        checker, message = CHECKERS[kind]
        found = checker(state, account, path[name])
        if found is None:
            raise not_found(message)
        objects[kind] = found
    for kind, found in objects.items():
        for scope in SCOPES:
            container = objects.get(scope)
            if scope != kind and container is not None and getattr(found, f"{scope}_id", container.id) != container.id:
                raise not_found(CHECKERS[kind][1])
    return objects
