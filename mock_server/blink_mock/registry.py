"""Handlers for operations that carry behaviour, registered by operationId.

Every other operation of the spec is served from its first example, so a new spec operation is served at once.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response

from blink_mock.errors import not_found

if TYPE_CHECKING:
    from blink_mock.state import Account, Camera, CameraKind, MockState, Network
    from blink_spec import SpecOperation


@dataclass
class Call:
    """One request, checked against the spec: typed parameters, parsed body, and the caller's account."""

    request: Request
    state: MockState
    op: SpecOperation
    path: dict[str, Any]
    query: dict[str, Any]
    body: Any
    account: Account | None
    headers: dict[str, str] = field(default_factory=dict)

    def require_account(self) -> Account:
        if self.account is None:  # only reachable on operations the spec marks as needing no token
            raise not_found()
        return self.account

    def network(self) -> Network:
        """The path's network, which the dispatcher has already checked belongs to the caller."""
        network = self.state.network_of(self.require_account().id, int(self.path["network_id"]))
        if network is None:
            raise not_found("Network not found")
        return network

    def camera(self, kind: CameraKind = "camera") -> Camera:
        key = {"camera": "camera_id", "owl": "owl_id", "doorbell": "doorbell_id"}[kind]
        camera = self.state.camera_of(
            self.require_account().id, int(self.path["network_id"]), int(self.path[key]), kind
        )
        if camera is None:
            raise not_found("Device not found")
        return camera


Handler = Callable[[Call], Response | Awaitable[Response]]
HANDLERS: dict[str, Handler] = {}


def handles(*operation_ids: str) -> Callable[[Handler], Handler]:
    """Register a handler for these operationIds."""

    def register(handler: Handler) -> Handler:
        for operation_id in operation_ids:
            existing = HANDLERS.get(operation_id)
            # The same function registering again (its module was imported anew, as pytester does) is fine.
            if existing is not None and _name(existing) != _name(handler):
                raise RuntimeError(f"two handlers for {operation_id}: {_name(existing)} and {_name(handler)}")
            HANDLERS[operation_id] = handler
        return handler

    return register


def _name(handler: Handler) -> str:
    return f"{handler.__module__}.{handler.__qualname__}"
