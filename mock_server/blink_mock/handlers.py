"""Every handler of the mock, gathered from the `HANDLERS` table at the end of each handler module.

The gathering is checked when an app is created: two handlers for one operationId, or a handler for an
operationId the spec does not have (a typo, or an operation the spec dropped), stop the mock from starting.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import ModuleType
from typing import Any

from blink_mock import account, auth, devices, media, networks, sirens
from blink_mock.call import Handler
from blink_spec import router

MODULES: tuple[ModuleType, ...] = (auth, account, networks, devices, media, sirens)


class HandlerTableError(RuntimeError):
    """The handler tables contradict each other or the spec."""


def gather(modules: Iterable[Any] = MODULES) -> dict[str, Handler]:
    """operationId -> handler, from each module's `HANDLERS`."""
    spec = router()
    table: dict[str, Handler] = {}
    owner: dict[str, str] = {}
    for module in modules:
        name = getattr(module, "__name__", repr(module))
        handlers: Mapping[str, Handler] = module.HANDLERS
        for operation_id, handler in handlers.items():
            if operation_id not in spec:
                raise HandlerTableError(f"{name} handles {operation_id!r}, which is no operationId of the spec")
            if operation_id in table:
                raise HandlerTableError(f"{operation_id} has two handlers: in {owner[operation_id]} and in {name}")
            table[operation_id] = handler
            owner[operation_id] = name
    return table
