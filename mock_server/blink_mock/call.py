"""One checked request as handlers see it, and the type of a handler.

Each handler module lists its handlers in a `HANDLERS` table at its end (operationId -> function);
`handlers.py` gathers the tables. Every operation without a handler is served from the spec's first example.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response

from blink_mock.errors import not_found

if TYPE_CHECKING:
    from blink_mock.scenario import CameraKind
    from blink_mock.state import Account, Camera, Command, Media, MockState, Network, Program, SyncModule
    from blink_spec import SpecOperation


@dataclass
class Call:
    """One request, checked against the spec: typed parameters, parsed body, the caller's account and token,
    and the account objects its path names, already checked to be the caller's (keyed by the kind the spec's
    `x-blink-identifies` gives them: `network`, `camera`, `media`, ...)."""

    request: Request
    state: MockState
    op: SpecOperation
    path: dict[str, Any]
    query: dict[str, Any]
    body: Any
    account: Account | None
    token: str | None
    owned: dict[str, Any]

    def require_account(self) -> Account:
        if self.account is None:  # only reachable on operations the spec marks as needing no token
            raise not_found()
        return self.account

    def require_verified_client(self) -> None:
        """Refuse a clip download to a password login's token whose app client has not verified its PIN, where
        the era did (`unverified_client: clips_refused`, 2021-01-28 to 2024-04-17: "thumbnails and an unauthorized
        access 101 error when downloading video clips", MattTW/BlinkMonitorProtocol #49). Where the era refuses
        such a client everything, the dispatcher already has."""
        rules = self.state.rules
        if rules.clips_need_verified_client and not self.state.token_verified(self.token or ""):
            raise rules.unverified_refusal()

    def network(self) -> Network:
        network: Network = self.owned["network"]
        return network

    def device(self) -> Camera:
        """The path's camera, Mini or doorbell."""
        camera: Camera = self.owned["camera"]
        return camera

    def camera(self, kind: CameraKind = "camera") -> Camera:
        """The path's device, which must also be of the kind the path says (an owl's id is no doorbell)."""
        camera = self.device()
        if camera.kind != kind:
            raise not_found("Device not found")
        return camera

    def sync_module(self) -> SyncModule:
        module: SyncModule = self.owned["sync_module"]
        return module

    def command(self) -> Command:
        command: Command = self.owned["command"]
        return command

    def program(self) -> Program:
        program: Program = self.owned["program"]
        return program

    def media(self) -> Media:
        """The path's cloud clip, unless it has been deleted."""
        item: Media = self.owned["media"]
        if item.deleted:
            raise not_found("Media not found")
        return item


Handler = Callable[[Call], Response | Awaitable[Response]]
