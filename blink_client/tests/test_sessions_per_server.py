"""A session belongs to the server that issued it. Two `blink-mock` processes stand in for "the mock" and for
"Blink", one token file is shared, and a refresh token of one never reaches the other: checked in each mock's
request log, where a token it did not issue would show as a refused `POST /oauth/token` (and, when nothing at all
may reach a mock, as any request). Blink's real host names, through the in-process mock, check the `blink` key.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from cli_support import DEMO, Blink, assert_one_line_error
from running_mock import running_mock

from blink_mock.respx_router import mock_router
from blink_session import AsyncBlinkSession, BlinkSession, cli, token_store


@pytest.fixture(scope="module")
def two_mocks() -> Iterator[tuple[str, str]]:
    with running_mock() as first, running_mock() as second:
        yield first, second


def admin_of(base_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, timeout=10) as http:
        http.post("/__mock__/reset").raise_for_status()
        http.delete("/__mock__/requests").raise_for_status()
        yield http


@pytest.fixture
def mock(two_mocks: tuple[str, str]) -> Iterator[httpx.Client]:
    """The admin of the mock that stands in for the mock."""
    yield from admin_of(two_mocks[0])


@pytest.fixture
def blink(two_mocks: tuple[str, str]) -> Iterator[httpx.Client]:
    """The admin of the mock that stands in for Blink."""
    yield from admin_of(two_mocks[1])


def log(admin: httpx.Client) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = admin.get("/__mock__/requests").json()
    admin.delete("/__mock__/requests").raise_for_status()
    return entries


def token_calls(entries: list[dict[str, Any]]) -> list[int]:
    """The statuses of the token endpoint's answers (a refresh token the mock did not issue: 401)."""
    return [entry["status"] for entry in entries if entry["method"] == "POST" and entry["path"] == "/oauth/token"]


def without_credentials(env: dict[str, str]) -> dict[str, str]:
    return {key: value for key, value in env.items() if not key.startswith("BLINK_")}


def sessions(token_file: Path) -> dict[str, Any]:
    kept: dict[str, Any] = json.loads(token_file.read_text())["sessions"]
    return kept


def url(admin: httpx.Client) -> str:
    return str(admin.base_url).rstrip("/")


# -- blink ---------------------------------------------------------------------------------------------------------
def test_blink_keeps_a_session_per_server_and_sends_each_only_to_its_own(
    mock: httpx.Client, blink: httpx.Client, tmp_path: Path
) -> None:
    on_mock, on_blink = Blink(url(mock), tmp_path), Blink(url(blink), tmp_path)  # one token file
    quiet = without_credentials(on_mock.env)
    on_mock.ok("login")
    mock_refresh = sessions(on_mock.token_file)[url(mock)]["refresh_token"]
    log(mock)

    # No session for the other server: one line naming it and the login that makes one; nothing reaches it.
    result = on_blink("status", env=quiet)
    login = f"blink --base-url {url(blink)} --token-file {on_blink.token_file} login"
    assert_one_line_error(result, 3, f"no session for {url(blink)} in {on_blink.token_file}", login)
    assert log(blink) == [] and log(mock) == []

    # Logging in to the other keeps this one's session: the mock's token is still there, and still works.
    on_blink.ok("login")
    assert token_calls(log(blink)) == [200]  # the login's code exchange; no refresh with a foreign token
    kept = sessions(on_mock.token_file)
    assert set(kept) == {url(mock), url(blink)} and kept[url(mock)]["refresh_token"] == mock_refresh
    assert "Home (31001)" in on_mock("status", env=quiet).stdout
    assert token_calls(log(mock)) == [200] and token_calls(log(blink)) == []
    assert "Home (31001)" in on_blink("status", env=quiet).stdout
    assert token_calls(log(blink)) == [200] and log(mock) == []


# -- BlinkSession --------------------------------------------------------------------------------------------------
def test_a_library_session_resumes_only_its_own_servers_session(
    mock: httpx.Client, blink: httpx.Client, tmp_path: Path
) -> None:
    token_file = tmp_path / "token.json"
    with BlinkSession(base_url=url(mock), token_file=token_file) as on_mock:
        on_mock.login(DEMO["BLINK_EMAIL"], DEMO["BLINK_PASSWORD"], two_factor=lambda: DEMO["BLINK_2FA_CODE"])
    log(mock)
    with BlinkSession(base_url=url(blink), token_file=token_file) as on_blink:
        assert on_blink.stored.refresh_token is None and on_blink.resume() is False
        on_blink.login(DEMO["BLINK_EMAIL"], DEMO["BLINK_PASSWORD"], two_factor=lambda: DEMO["BLINK_2FA_CODE"])
    assert token_calls(log(blink)) == [200] and log(mock) == []
    with BlinkSession(base_url=url(mock), token_file=token_file) as again:
        assert again.resume() is True  # the mock's session survived the other login
    assert token_calls(log(mock)) == [200] and log(blink) == []
    assert set(sessions(token_file)) == {url(mock), url(blink)}


@pytest.mark.anyio
async def test_an_async_session_of_another_server_has_no_session(
    mock: httpx.Client, blink: httpx.Client, tmp_path: Path
) -> None:
    token_file = tmp_path / "token.json"
    async with AsyncBlinkSession(base_url=url(mock), token_file=token_file) as on_mock:
        await on_mock.login(DEMO["BLINK_EMAIL"], DEMO["BLINK_PASSWORD"], two_factor=lambda: DEMO["BLINK_2FA_CODE"])
    async with AsyncBlinkSession(base_url=url(blink), token_file=token_file) as on_blink:
        assert await on_blink.resume() is False
    assert log(blink) == []


# -- Blink's real host names (the `blink` key), through the in-process mock ----------------------------------------
def test_a_mock_session_is_never_sent_to_blinks_hosts_and_back(
    mock: httpx.Client, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    on_mock = Blink(url(mock), tmp_path)
    on_mock.ok("login")
    log(mock)
    token_file = str(on_mock.token_file)
    for name in DEMO:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "stdin", None)  # no terminal to ask on
    with mock_router() as real_hosts:
        capsys.readouterr()
        assert cli.main(["--token-file", token_file, "status"]) == 3
        err = capsys.readouterr().err
        assert (
            err == f"blink: no session for Blink in {token_file}; log in with: blink --token-file {token_file} login\n"
        )
        with BlinkSession(token_file=on_mock.token_file) as session:
            assert session.resume() is False
        assert list(real_hosts.state.requests) == []
        # A login to Blink's hosts keeps the mock's session beside it.
        for name, value in DEMO.items():
            monkeypatch.setenv(name, value)
        assert cli.main(["--token-file", token_file, "login"]) == 0
    assert set(sessions(on_mock.token_file)) == {"blink", url(mock)}
    assert on_mock("status", env=without_credentials(on_mock.env)).returncode == 0
    assert token_calls(log(mock)) == [200]
    assert sorted(token_store.servers(on_mock.token_file)) == sorted(["blink", url(mock)])
