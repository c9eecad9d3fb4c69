"""Fixtures of the tests that run the `blink` script against a real `blink-mock` process.

Loaded with `pytest_plugins = ["cli_fixtures"]`: each test module that loads it gets its own mock process
(`mock_url` is module-scoped), reset before every test by `admin`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from cli_support import BLINK, Blink
from running_mock import running_mock


# -- a real mock, shared by the module and reset before every test ----------------------------------------------
@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    assert BLINK.exists(), f"{BLINK} is missing: install the project (scripts/bootstrap)"
    with running_mock() as base_url:
        yield base_url


@pytest.fixture
def admin(mock_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=mock_url, timeout=10) as http:
        http.post("/__mock__/reset").raise_for_status()
        http.delete("/__mock__/requests").raise_for_status()
        yield http


@pytest.fixture
def blink(mock_url: str, admin: httpx.Client, tmp_path: Path) -> Blink:
    return Blink(mock_url, tmp_path)


@pytest.fixture
def logged_in(blink: Blink, admin: httpx.Client) -> Blink:
    blink.ok("login")
    admin.delete("/__mock__/requests").raise_for_status()
    return blink
