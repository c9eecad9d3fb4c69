"""Fixtures of the library's tests, loaded with `pytest_plugins = ["blink_mock.pytest_plugin", "session_fixtures"]`.

The project's suite runs with `-p no:blink_mock`, so each test module that needs the mock names
`blink_mock.pytest_plugin` in its `pytest_plugins`. Its `blink_mock` fixture routes every Blink host to an
in-process mock, so the sessions below use the real host names and never leave the process.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from session_support import DEMO_EMAIL, DEMO_PASSWORD, demo_code

from blink_session import AsyncBlinkSession, BlinkSession


@pytest.fixture
def token_file(tmp_path: Path) -> Path:
    return tmp_path / "config" / "token.json"


@pytest.fixture
def session(blink_mock: object, token_file: Path) -> Iterator[BlinkSession]:
    with BlinkSession(token_file=token_file) as opened:
        yield opened


@pytest.fixture
def demo(session: BlinkSession) -> BlinkSession:
    session.login(DEMO_EMAIL, DEMO_PASSWORD, two_factor=demo_code)
    return session


@pytest.fixture
async def async_session(blink_mock: object, token_file: Path) -> AsyncIterator[AsyncBlinkSession]:
    async with AsyncBlinkSession(token_file=token_file) as opened:
        yield opened


@pytest.fixture
async def async_demo(async_session: AsyncBlinkSession) -> AsyncBlinkSession:
    await async_session.login(DEMO_EMAIL, DEMO_PASSWORD, two_factor=demo_code)
    return async_session
