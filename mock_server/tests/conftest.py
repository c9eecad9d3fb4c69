"""Fixtures of the mock's own tests: a fresh state and app per test, sync clients, and tokens."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from starlette.applications import Starlette
from support import DEMO, OTHER, REST

from blink_mock import MockState, create_app
from blink_mock.transport import SyncASGITransport


@pytest.fixture
def state() -> MockState:
    return MockState()


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
