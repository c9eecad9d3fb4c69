"""A respx router that sends every Blink host to the in-process mock, for sync and async httpx clients.

    with mock_router() as router:                 # a fresh default-scenario mock
        httpx.get("https://rest-u011.immedia-semi.com/api/v1/version")
        router.state.networks[31001].armed        # the mock's state, to arrange or inspect

respx calls a route's side effect from its sync resolver for `httpx.Client` and from its async resolver for
`httpx.AsyncClient`. The async resolver awaits whatever the side effect returns; the sync one needs a finished
response and would choke on a coroutine. respx's own ASGIHandler always returns a coroutine, so it only serves
async clients. This router marks which resolver is running and the side effect answers in kind: a coroutine
through httpx.ASGITransport for async clients, a finished response through SyncASGITransport for sync ones.

Any request to a host that is not Blink's raises `respx.models.AllMockedAssertionError`, so a test can never
reach the real Blink, or anything else, by accident. Routes added to the router take precedence over the mock,
so a test can still replace one endpoint: `router.get(url__regex=r".*/networks$").respond(503)`.
"""

from __future__ import annotations

import contextvars
from collections.abc import Awaitable
from types import TracebackType
from typing import Self

import httpx
import respx
from respx.models import ResolvedRoute, Route, RouteList
from starlette.applications import Starlette

from blink_mock.app import create_app
from blink_mock.state import MockState
from blink_mock.transport import SyncASGITransport

# Blink's hosts: tiered REST (rest-u011), regional REST (rest.us), the old shared host, and the OAuth login host.
BLINK_HOST_PATTERN = (
    r"^(?:rest-[a-z0-9]+\.immedia-semi\.com"
    r"|rest\.[a-z0-9]+\.immedia-semi\.com"
    r"|prod\.immedia-semi\.com"
    r"|api\.oauth\.blink\.com)\Z"
)
MOCK_ROUTE_NAME = "blink-mock"

_resolving_sync = contextvars.ContextVar("blink_mock_resolving_sync", default=False)


class BlinkMockRouter(respx.MockRouter):
    """A respx MockRouter whose last route sends every Blink host to a mock app (see the module docstring)."""

    def __init__(self, app: Starlette, *, assert_all_called: bool = False) -> None:
        super().__init__(assert_all_called=assert_all_called, assert_all_mocked=True)
        self.app = app
        self._async_transport = httpx.ASGITransport(app=app)
        self._sync_transport = SyncASGITransport(app)
        self._mock_route = super().add(Route(host__regex=BLINK_HOST_PATTERN), name=MOCK_ROUTE_NAME)
        self._mock_route.side_effect = self._to_app

    @property
    def state(self) -> MockState:
        state: MockState = self.app.state.mock
        return state

    def _to_app(self, request: httpx.Request) -> httpx.Response | Awaitable[httpx.Response]:
        if _resolving_sync.get():
            return self._sync_transport.handle_request(request)
        return self._async_transport.handle_async_request(request)

    def resolve(self, request: httpx.Request) -> ResolvedRoute:
        marker = _resolving_sync.set(True)
        try:
            return super().resolve(request)
        finally:
            _resolving_sync.reset(marker)

    def add(self, route: Route, *, name: str | None = None) -> Route:
        """Add a route before the mock's catch-all, so that it overrides the mock for the requests it matches."""
        added = super().add(route, name=name)
        mock_route = getattr(self, "_mock_route", None)
        if mock_route is not None and added is not mock_route:
            reordered = RouteList()
            for existing in [r for r in self.routes if r is not mock_route] + [mock_route]:
                reordered.add(existing, name=existing.name)
            self.routes[:] = reordered
        return added

    def __enter__(self) -> Self:
        super().__enter__()
        return self

    async def __aenter__(self) -> Self:
        return self.__enter__()

    def __exit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        try:
            super().__exit__(exc_type, exc_value, traceback)
        finally:
            self._sync_transport.close()  # stops its event-loop thread; it restarts if the router is entered again


def mock_router(
    app_or_state: Starlette | MockState | None = None, *, assert_all_called: bool = False
) -> BlinkMockRouter:
    """A router that mocks every Blink host with `app_or_state`: an app from `create_app`, a state, or None for a
    fresh mock of the default scenario. Enter it (`with` or `async with`) to start intercepting httpx."""
    app = app_or_state if isinstance(app_or_state, Starlette) else create_app(app_or_state)
    return BlinkMockRouter(app, assert_all_called=assert_all_called)


__all__ = ["BLINK_HOST_PATTERN", "BlinkMockRouter", "mock_router"]
