"""Fixtures of the mock's own tests: a fresh state and app per test, sync clients, and tokens."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import httpx
import pytest
from starlette.applications import Starlette
from support import DEMO, OTHER, REST

from blink_mock import MockState, create_app
from blink_mock.transport import SyncASGITransport


@pytest.fixture
def state(request: pytest.FixtureRequest) -> MockState:
    """Today's Blink, or the era of `@pytest.mark.blink_mock(era="2022-11")` (as the pytest plugin reads it)."""
    marker = request.node.get_closest_marker("blink_mock")
    return MockState(era=marker.kwargs.get("era") if marker is not None else None)


@pytest.fixture
def two_polls(state: MockState) -> None:
    """Commands that complete on their second poll, so that a test can see one still running (a scenario's
    `polls_until_complete: 2`; Blink itself finishes them by time, at the next request)."""
    state.scenario = dataclasses.replace(state.scenario, command_polls=2)


@pytest.fixture
def app(state: MockState) -> Starlette:
    # Every response the mock sends in its own tests is checked against the spec.
    return create_app(state, validate_responses=True)


@pytest.fixture
def client(app: Starlette) -> Iterator[httpx.Client]:
    with httpx.Client(transport=SyncASGITransport(app), base_url=REST) as http:
        yield http


@pytest.fixture
def demo_token(state: MockState) -> str:
    return state.issue_token(DEMO, "access").value


@pytest.fixture
def other_token(state: MockState) -> str:
    return state.issue_token(OTHER, "access").value


@pytest.fixture
def demo_legacy_token(state: MockState) -> str:
    """A password login's token (sent as TOKEN_AUTH) of the demo account's own, verified app client."""
    return state.issue_token(DEMO, "legacy", client_id=state.accounts[DEMO].client_id).value


@pytest.fixture
def other_legacy_token(state: MockState) -> str:
    return state.issue_token(OTHER, "legacy", client_id=state.accounts[OTHER].client_id).value
