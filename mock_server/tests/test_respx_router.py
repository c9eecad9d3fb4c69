"""The respx router: every Blink host reaches the in-process mock from sync and async clients; nothing else does."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from respx.models import AllMockedAssertionError
from starlette.applications import Starlette
from support import DEMO, DEMO_NETWORK, REST

from blink_api_client import AuthenticatedClient
from blink_api_client.api.account import get_homescreen_v3
from blink_api_client.api.commands import get_command_status
from blink_api_client.api.networks import arm_network
from blink_api_client.models import CommandShort, CommandStatus, Homescreen
from blink_mock import MockState
from blink_mock.respx_router import BlinkMockRouter, mock_router

BLINK_URLS = [
    "https://rest-u011.immedia-semi.com/api/v1/version",
    "https://rest-prod.immedia-semi.com/api/v1/version",
    "https://rest.us.immedia-semi.com/api/v1/version",
    "https://prod.immedia-semi.com/api/v1/version",
    "https://api.oauth.blink.com/api/v1/version",
]
NOT_BLINK_URLS = [
    "https://example.com/",
    "https://rest-u011.immedia-semi.com.example.com/api/v1/version",
    "https://immedia-semi.com/api/v1/version",
    "http://127.0.0.1:8080/api/v1/version",
]
MAX_POLLS = 10  # commands complete by the next request, as Blink's did


@pytest.fixture
def router(app: Starlette) -> Iterator[BlinkMockRouter]:
    with mock_router(app) as active:
        yield active


@pytest.fixture
def blink(router: BlinkMockRouter, demo_token: str) -> AuthenticatedClient:
    return AuthenticatedClient(base_url=REST, token=demo_token)


# In 2020-06 Blink still answered a `Host` of prod.immedia-semi.com; from 2020-07-10 it refused it (`host_header`).
@pytest.mark.blink_mock(era="2020-06")
def test_router_sends_every_blink_host_to_the_app_sync(router: BlinkMockRouter) -> None:
    with httpx.Client() as http:
        for url in BLINK_URLS:
            response = http.get(url)
            assert response.status_code == 200, url
            assert response.json()["code"] == 103
    assert [call.request.url.host for call in router.calls] == [httpx.URL(u).host for u in BLINK_URLS]


@pytest.mark.blink_mock(era="2020-06")
@pytest.mark.anyio
async def test_router_sends_every_blink_host_to_the_app_async(router: BlinkMockRouter) -> None:
    async with httpx.AsyncClient() as http:
        for url in BLINK_URLS:
            response = await http.get(url)
            assert response.status_code == 200, url
            assert response.json()["code"] == 103


def test_router_refuses_other_hosts_sync(router: BlinkMockRouter) -> None:
    with httpx.Client() as http:
        for url in NOT_BLINK_URLS:
            with pytest.raises(AllMockedAssertionError):
                http.get(url)


@pytest.mark.anyio
async def test_router_refuses_other_hosts_async(router: BlinkMockRouter) -> None:
    async with httpx.AsyncClient() as http:
        for url in NOT_BLINK_URLS:
            with pytest.raises(AllMockedAssertionError):
                await http.get(url)


def test_router_generated_client_arms_and_polls_sync(blink: AuthenticatedClient, state: MockState) -> None:
    command = arm_network.sync(DEMO, DEMO_NETWORK, client=blink)
    assert isinstance(command, CommandShort)
    status = None
    for _ in range(MAX_POLLS):
        status = get_command_status.sync(DEMO_NETWORK, command.id, client=blink)
        assert isinstance(status, CommandStatus)
        if status.complete:
            break
    assert isinstance(status, CommandStatus) and status.complete
    homescreen = get_homescreen_v3.sync(DEMO, client=blink)
    assert isinstance(homescreen, Homescreen)
    assert {n.id: n.armed for n in homescreen.networks}[DEMO_NETWORK] is True
    assert state.networks[DEMO_NETWORK].armed


@pytest.mark.anyio
async def test_router_generated_client_arms_and_polls_async(blink: AuthenticatedClient, state: MockState) -> None:
    command = await arm_network.asyncio(DEMO, DEMO_NETWORK, client=blink)
    assert isinstance(command, CommandShort)
    status = None
    for _ in range(MAX_POLLS):
        status = await get_command_status.asyncio(DEMO_NETWORK, command.id, client=blink)
        assert isinstance(status, CommandStatus)
        if status.complete:
            break
    assert isinstance(status, CommandStatus) and status.complete
    homescreen = await get_homescreen_v3.asyncio(DEMO, client=blink)
    assert isinstance(homescreen, Homescreen)
    assert {n.id: n.armed for n in homescreen.networks}[DEMO_NETWORK] is True
    await blink.get_async_httpx_client().aclose()


@pytest.mark.anyio
async def test_router_serves_a_sync_client_inside_async_code(router: BlinkMockRouter) -> None:
    # A sync call made while an event loop runs must still get a finished response, not a coroutine.
    with httpx.Client() as http:
        assert http.get(BLINK_URLS[0]).json()["code"] == 103
    async with httpx.AsyncClient() as http_async:
        assert (await http_async.get(BLINK_URLS[0])).json()["code"] == 103


def test_router_rejects_a_foreign_token_like_the_app(router: BlinkMockRouter, other_token: str) -> None:
    with httpx.Client(base_url=REST, headers={"Authorization": f"Bearer {other_token}"}) as http:
        assert http.get(f"/api/v3/accounts/{DEMO}/homescreen").status_code == 404
    with httpx.Client(base_url=REST) as anonymous:
        assert anonymous.get(f"/api/v3/accounts/{DEMO}/homescreen").json() == {
            "message": "Unauthorized Access",
            "code": 101,
        }


def test_router_routes_added_by_a_test_override_the_mock(router: BlinkMockRouter) -> None:
    override = router.get(url__regex=r".*/api/v1/version$").respond(503, json={"message": "down", "code": 503})
    with httpx.Client() as http:
        assert http.get(BLINK_URLS[0]).status_code == 503
        assert http.get(f"{REST}/no/such/path").status_code == 404  # everything else still reaches the mock
    assert override.call_count == 1


def test_router_state_is_the_apps_state(app: Starlette, state: MockState) -> None:
    router = mock_router(app)
    assert router.app is app
    assert router.state is state
    assert mock_router(state).state is state
    assert mock_router().state.account_by_email("demo@example.com") is not None


def test_router_stops_intercepting_when_exited(app: Starlette) -> None:
    with mock_router(app) as router, httpx.Client() as http:
        http.get(BLINK_URLS[0])
    # The same router can be entered again; its sync transport restarts.
    with router, httpx.Client() as http:
        assert http.get(BLINK_URLS[0]).status_code == 200
    assert [route.name for route in router.routes] == ["blink-mock"]
