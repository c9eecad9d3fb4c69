"""The token file and the one login of a run, against the in-process mock on Blink's real host names."""

from __future__ import annotations

import io
import json
import os
import stat
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from running_mock import running_mock

from blink_contract import cli
from blink_contract.live import LiveClient, RunError
from blink_contract.redact import Redactor
from blink_contract.session import (
    Credentials,
    Hosts,
    LoginError,
    StoredLogin,
    csrf_token,
    default_token_path,
    load_token_file,
    log_in,
    save_token_file,
)
from blink_contract.throttle import Throttle
from blink_mock.respx_router import BlinkMockRouter, mock_router

DEMO = Credentials(email="demo@example.com", password="demo-password", two_factor_code="123456")
OTHER = Credentials(email="other@example.com", password="other-password")
TOKEN_URL = "https://api.oauth.blink.com/oauth/token"
TIER_INFO_URL = "https://rest-prod.immedia-semi.com/api/v1/users/tier_info"


@pytest.fixture
def blink() -> Iterator[BlinkMockRouter]:
    with mock_router() as router:
        yield router


@pytest.fixture
def client() -> Iterator[LiveClient]:
    live = LiveClient(Throttle(1000), Redactor())
    yield live
    live.close()


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def kept(path: Path, server: str = "blink") -> dict[str, Any]:
    """The session the token file keeps for this server (default: Blink's hosts), as the file spells it."""
    session: dict[str, Any] = json.loads(path.read_text())["sessions"][server]
    return session


# -- token file
def test_default_token_path_follows_xdg(tmp_path: Path) -> None:
    assert default_token_path({"XDG_CONFIG_HOME": str(tmp_path)}) == tmp_path / "blink-api-test-kit" / "token.json"
    assert default_token_path({}) == Path.home() / ".config" / "blink-api-test-kit" / "token.json"


def test_a_new_install_gets_one_uppercase_uuid_kept_in_an_owner_only_file(tmp_path: Path) -> None:
    path = tmp_path / "cfg" / "token.json"
    first = load_token_file(path)
    assert first.hardware_id == first.hardware_id.upper()
    assert uuid.UUID(first.hardware_id).version == 4
    assert mode(path) == 0o600
    assert load_token_file(path).hardware_id == first.hardware_id


def test_saving_keeps_owner_only_permissions(tmp_path: Path) -> None:
    path = tmp_path / "token.json"
    path.write_text("{}")
    os.chmod(path, 0o644)
    save_token_file(
        path, StoredLogin(hardware_id=str(uuid.uuid4()).upper(), refresh_token="r", account_id=1, tier="u011")
    )
    assert mode(path) == 0o600
    assert kept(path)["refresh_token"] == "r"
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]  # no temporary file left behind


def test_unusable_fields_are_dropped(tmp_path: Path) -> None:
    path = tmp_path / "token.json"
    path.write_text(json.dumps({"hardware_id": "Home Assistant", "tier": "evil.example.com/", "account_id": "x"}))
    stored = load_token_file(path)
    assert uuid.UUID(stored.hardware_id)  # a shared literal id is replaced by this install's own
    assert stored.tier is None and stored.account_id is None and stored.refresh_token is None


def test_a_corrupt_token_file_is_a_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "token.json"
    path.write_text("{not json")
    with pytest.raises(LoginError, match="cannot read token file"):
        load_token_file(path)


# -- CSRF token of the sign-in page
@pytest.mark.parametrize(
    ("page", "token"),
    [
        ('<script id="oauth-args" type="application/json">{"csrf-token": "abc"}</script>', "abc"),
        ('<script type="application/json" id="oauth-args">{"csrf-token": "abc"}</script>', "abc"),
        ('<script id="oauth-args">{"csrf-token": "abc"}</script>', None),
        ('<script id="oauth-args" type="application/json">{"csrf_token": "abc"}</script>', None),
        ('<script id="oauth-args" type="application/json">not json</script>', None),
        ('<input name="csrf-token" value="abc">', None),
    ],
)
def test_csrf_token(page: str, token: str | None) -> None:
    assert csrf_token(page) == token


# -- logging in
def test_oauth_login_with_2fa_and_tier_discovery(blink: BlinkMockRouter, client: LiveClient, tmp_path: Path) -> None:
    path = tmp_path / "token.json"
    stored = load_token_file(path)
    login = log_in(client, Hosts.discovered(), stored, DEMO, path)
    assert login.method == "oauth"
    assert (login.account_id, login.tier) == (22001, "u011")
    assert login.hosts.rest == "https://rest-u011.immedia-semi.com"
    hosts = [exchange.url.split("/")[2] for exchange in client.exchanges]
    assert hosts[:6] == ["api.oauth.blink.com"] * 6 and hosts[6] == "rest-prod.immedia-semi.com"
    saved = json.loads(path.read_text())
    assert saved == {
        "hardware_id": stored.hardware_id,
        "sessions": {"blink": {"refresh_token": login.refresh_token, "account_id": 22001, "tier": "u011"}},
    }
    assert mode(path) == 0o600
    # Every secret of the login is known to the redactor.
    for secret in ("demo-password", "123456", "demo@example.com", login.access_token, login.refresh_token):
        assert client.redactor.text(f"x {secret} y") != f"x {secret} y"


def test_the_older_412_answer_also_leads_to_2fa(blink: BlinkMockRouter, client: LiveClient, tmp_path: Path) -> None:
    blink.state.accounts[22001].two_factor_status = 412
    asked: list[str] = []

    def ask() -> str:
        asked.append("asked")
        return " 123456 "

    credentials = Credentials(DEMO.email, DEMO.password, None, ask=ask)
    login = log_in(client, Hosts.discovered(), load_token_file(tmp_path / "t.json"), credentials, tmp_path / "t.json")
    assert login.method == "oauth" and asked == ["asked"]


def test_refresh_token_is_used_first_and_rotated(blink: BlinkMockRouter, client: LiveClient, tmp_path: Path) -> None:
    path = tmp_path / "token.json"
    first = log_in(client, Hosts.discovered(), load_token_file(path), OTHER, path)
    client.exchanges.clear()
    second = log_in(client, Hosts.discovered(), load_token_file(path), Credentials(), path)
    assert second.method == "refresh"
    first_call = client.exchanges[0]
    assert (first_call.method, first_call.url) == (
        "POST",
        "https://api.oauth.blink.com/oauth/token",
    )
    assert second.refresh_token != first.refresh_token
    assert kept(path)["refresh_token"] == second.refresh_token


def test_a_dead_refresh_token_falls_back_to_one_login(
    blink: BlinkMockRouter, client: LiveClient, tmp_path: Path
) -> None:
    path = tmp_path / "token.json"
    stored = StoredLogin(hardware_id=str(uuid.uuid4()).upper(), refresh_token="revoked")
    login = log_in(client, Hosts.discovered(), stored, OTHER, path)
    assert login.method == "oauth"
    token_calls = [e for e in client.exchanges if e.url.endswith("/oauth/token")]
    assert [e.status for e in token_calls] == [401, 200]


@pytest.mark.parametrize(
    ("credentials", "reason"),
    [
        (Credentials(), "BLINK_EMAIL / BLINK_PASSWORD are not set"),
        (Credentials("demo@example.com", "demo-password"), "set BLINK_2FA_CODE or run in a terminal"),
        (Credentials("demo@example.com", "demo-password", "000000"), "2FA code refused"),
        (Credentials("demo@example.com", "wrong"), "sign-in refused (HTTP 401)"),
    ],
)
def test_login_failures(
    blink: BlinkMockRouter, client: LiveClient, tmp_path: Path, credentials: Credentials, reason: str
) -> None:
    path = tmp_path / "token.json"
    with pytest.raises(LoginError) as failure:
        log_in(client, Hosts.discovered(), load_token_file(path), credentials, path)
    assert reason in str(failure.value)
    assert "demo-password" not in str(failure.value)
    assert sum(1 for e in client.exchanges if e.method == "POST" and e.url.endswith("/signin")) <= 1


def test_credentials_from_the_environment() -> None:
    env = {"BLINK_EMAIL": "a@example.com", "BLINK_PASSWORD": "pw", "BLINK_2FA_CODE": " 42 "}
    quiet = Credentials.from_environment(env, interactive=False)
    assert (quiet.email, quiet.password, quiet.two_factor_code, quiet.ask) == ("a@example.com", "pw", "42", None)
    assert Credentials.from_environment({}, interactive=True).ask is not None
    assert sorted(quiet.secrets()) == ["42", "a@example.com", "pw"]


# -- a refresh that fails: only a refused refresh token leads to the password login
def is_refresh(request: httpx.Request) -> bool:
    return b"grant_type=refresh_token" in request.content


def answer_refreshes(blink: BlinkMockRouter, *answers: httpx.Response | Exception) -> None:
    """The next refresh calls get these answers (an exception: the connection fails); the rest go to the mock."""
    pending = list(answers)

    def refresh(request: httpx.Request) -> httpx.Response | None:
        if not is_refresh(request) or not pending:
            return None
        answer = pending.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    blink.post(TOKEN_URL).mock(side_effect=refresh)


def signins(client: LiveClient) -> int:
    return sum(1 for e in client.exchanges if e.method == "POST" and e.url.endswith("/oauth/v2/signin"))


def token_statuses(client: LiveClient) -> list[int]:
    return [e.status for e in client.exchanges if e.url.endswith("/oauth/token")]


def stale_login(path: Path) -> StoredLogin:
    stored = StoredLogin(hardware_id=str(uuid.uuid4()).upper(), refresh_token="rt.stale")
    save_token_file(path, stored)
    return stored


@pytest.mark.parametrize(
    "answer",
    [
        httpx.Response(401, json={"error": "invalid_grant", "error_description": "Invalid refresh token."}),
        httpx.Response(401, text="Unauthorized"),
        httpx.Response(400, json={"error": "invalid_grant", "error_description": "The refresh token is expired."}),
    ],
    ids=["401-invalid-grant", "401-no-body", "400-invalid-grant"],
)
def test_a_refused_refresh_token_falls_back_to_one_login(
    blink: BlinkMockRouter, client: LiveClient, tmp_path: Path, answer: httpx.Response
) -> None:
    path = tmp_path / "token.json"
    answer_refreshes(blink, answer)
    login = log_in(client, Hosts.discovered(), stale_login(path), OTHER, path)
    assert login.method == "oauth" and signins(client) == 1
    assert token_statuses(client) == [answer.status_code, 200]


@pytest.mark.parametrize(
    ("answer", "reason"),
    [
        (httpx.Response(503, text="Service Unavailable"), "server error (HTTP 503 Service Unavailable)"),
        (httpx.Response(500, json={"message": "oops"}), "server error (HTTP 500 Internal Server Error)"),
        (httpx.Response(502, html="<html>bad gateway</html>"), "server error (HTTP 502 Bad Gateway)"),
        (httpx.Response(400, json={"error": "invalid_request"}), "HTTP 400 Bad Request"),
        (httpx.Response(403, text="Forbidden"), "HTTP 403 Forbidden"),
        (httpx.Response(302, headers={"Location": "https://example.com/"}), "HTTP 302 Found"),
        (httpx.Response(200, json={"token_type": "Bearer"}), "carries no access_token"),
    ],
    ids=["503", "500", "502", "400-invalid-request", "403", "302", "200-no-token"],
)
def test_a_refresh_that_fails_otherwise_stops_without_a_password_login(
    blink: BlinkMockRouter, client: LiveClient, tmp_path: Path, answer: httpx.Response, reason: str
) -> None:
    path = tmp_path / "token.json"
    answer_refreshes(blink, answer)
    with pytest.raises(LoginError) as failure:
        log_in(client, Hosts.discovered(), stale_login(path), OTHER, path)
    assert reason in str(failure.value) and "\n" not in str(failure.value)
    assert "password login" in str(failure.value) or answer.status_code == 200
    assert signins(client) == 0 and token_statuses(client) == [answer.status_code]
    assert kept(path)["refresh_token"] == "rt.stale"  # kept for the next run


def test_a_dropped_connection_on_the_refresh_stops_the_run(
    blink: BlinkMockRouter, client: LiveClient, tmp_path: Path
) -> None:
    path = tmp_path / "token.json"
    answer_refreshes(blink, httpx.RemoteProtocolError("Server disconnected without sending a response."))
    with pytest.raises(RunError, match=r"network error on POST api\.oauth\.blink\.com/oauth/token"):
        log_in(client, Hosts.discovered(), stale_login(path), OTHER, path)
    assert signins(client) == 0
    assert kept(path)["refresh_token"] == "rt.stale"


def test_a_refresh_without_a_new_refresh_token_keeps_the_old_one(
    blink: BlinkMockRouter, client: LiveClient, tmp_path: Path
) -> None:
    # OAuth lets a server keep the refresh token it has; the access token is all a run needs.
    path = tmp_path / "token.json"
    first = log_in(client, Hosts.discovered(), load_token_file(path), OTHER, path)
    access = blink.state.issue_token(first.account_id, "access")
    answer_refreshes(blink, httpx.Response(200, json={"access_token": access.value, "expires_in": 3600}))
    client.exchanges.clear()
    second = log_in(client, Hosts.discovered(), load_token_file(path), Credentials(), path)
    assert (second.method, second.access_token, second.refresh_token) == ("refresh", access.value, first.refresh_token)
    assert kept(path)["refresh_token"] == first.refresh_token


# -- the token file is shared with `blink` and other runs: what another process saved is not lost
def test_a_refresh_token_another_process_rotated_since_the_run_read_the_file_is_used(
    blink: BlinkMockRouter, client: LiveClient, tmp_path: Path
) -> None:
    path = tmp_path / "token.json"
    log_in(client, Hosts.discovered(), load_token_file(path), OTHER, path)
    this_run = load_token_file(path)
    other_process = log_in(client, Hosts.discovered(), load_token_file(path), Credentials(), path)  # rotates it
    client.exchanges.clear()
    login = log_in(client, Hosts.discovered(), this_run, Credentials(), path)
    assert login.method == "refresh" and token_statuses(client) == [200]
    assert login.refresh_token != other_process.refresh_token
    assert kept(path)["refresh_token"] == login.refresh_token


def test_a_refresh_refused_because_another_process_rotated_the_token_meanwhile_uses_the_newer_one(
    blink: BlinkMockRouter, client: LiveClient, tmp_path: Path
) -> None:
    path = tmp_path / "token.json"
    log_in(client, Hosts.discovered(), load_token_file(path), OTHER, path)
    stored = load_token_file(path)
    newer = blink.state.issue_token(22002, "refresh", stored.hardware_id).value

    def rotated_meanwhile(request: httpx.Request) -> httpx.Response | None:
        if not is_refresh(request) or newer.encode() in request.content:
            return None
        # Another process refreshed with the same token a moment earlier and saved the one it got.
        save_token_file(path, StoredLogin(stored.hardware_id, newer, stored.account_id, stored.tier))
        return httpx.Response(401, json={"error": "invalid_grant", "error_description": "Invalid refresh token."})

    blink.post(TOKEN_URL).mock(side_effect=rotated_meanwhile)
    client.exchanges.clear()
    login = log_in(client, Hosts.discovered(), stored, Credentials(), path)
    assert login.method == "refresh" and token_statuses(client) == [401, 200] and signins(client) == 0
    assert kept(path)["refresh_token"] == login.refresh_token


def test_a_refresh_token_refused_twice_leads_to_one_login_and_no_loop(
    blink: BlinkMockRouter, client: LiveClient, tmp_path: Path
) -> None:
    path = tmp_path / "token.json"
    stored = stale_login(path)
    calls: list[int] = []

    def refused_and_rotated(request: httpx.Request) -> httpx.Response | None:
        if not is_refresh(request):
            return None
        calls.append(1)
        # Each time, another process has saved yet another token, which is refused too.
        save_token_file(path, StoredLogin(stored.hardware_id, f"rt.other-{len(calls)}"))
        return httpx.Response(401, json={"error": "invalid_grant"})

    blink.post(TOKEN_URL).mock(side_effect=refused_and_rotated)
    login = log_in(client, Hosts.discovered(), stored, OTHER, path)
    assert login.method == "oauth" and len(calls) == 2 and signins(client) == 1


def test_saving_the_tier_keeps_a_refresh_token_another_process_saved_meanwhile(
    blink: BlinkMockRouter, client: LiveClient, tmp_path: Path
) -> None:
    path = tmp_path / "token.json"
    stored = load_token_file(path)

    def another_process_refreshes(request: httpx.Request) -> None:
        # `blink`, started a moment later, refreshed the token this run had just saved, and saved its own.
        on_file = load_token_file(path)
        save_token_file(path, StoredLogin(on_file.hardware_id, "rt.from-another-process"))

    blink.get(TIER_INFO_URL).mock(side_effect=another_process_refreshes)
    login = log_in(client, Hosts.discovered(), stored, OTHER, path)
    saved = kept(path)
    assert saved["refresh_token"] == "rt.from-another-process"
    assert (saved["account_id"], saved["tier"]) == (login.account_id, "u011")
    assert json.loads(path.read_text())["hardware_id"] == stored.hardware_id


# -- a session belongs to the server that issued it ------------------------------------------------------------------
# Two `blink-mock` processes stand in for the mock and for Blink; one token file is shared with `blink`. A refresh
# token one of them did not issue would show in its request log as a refused `POST /oauth/token`; where nothing may
# reach a mock at all, its log stays empty.
BLINK_SCRIPT = Path(sys.executable).with_name("blink")
DEMO_ENV = {"BLINK_EMAIL": "demo@example.com", "BLINK_PASSWORD": "demo-password", "BLINK_2FA_CODE": "123456"}


@pytest.fixture(scope="module")
def two_mocks() -> Iterator[tuple[str, str]]:
    with running_mock() as first, running_mock() as second:
        yield first, second


def drain(base_url: str) -> list[dict[str, Any]]:
    """The mock's request log since the last drain."""
    with httpx.Client(base_url=base_url, timeout=10) as admin:
        entries: list[dict[str, Any]] = admin.get("/__mock__/requests").json()
        admin.delete("/__mock__/requests").raise_for_status()
    return entries


def token_calls(entries: list[dict[str, Any]]) -> list[int]:
    return [entry["status"] for entry in entries if entry["method"] == "POST" and entry["path"] == "/oauth/token"]


def blink_login(base_url: str, token_file: Path) -> None:
    """`blink --base-url URL login`, the session that `blink-contract` finds in the token file."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("BLINK_")} | DEMO_ENV
    command = [str(BLINK_SCRIPT), "--base-url", base_url, "--token-file", str(token_file), "login"]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr


def contract_run(
    monkeypatch: pytest.MonkeyPatch, capsys: Any, tmp_path: Path, *args: str, env: dict[str, str] | None = None
) -> tuple[int, str]:
    for name in DEMO_ENV:
        monkeypatch.delenv(name, raising=False)
    for name, value in (env or {}).items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    token_file = tmp_path / "config" / "token.json"
    argv = ["run", "--token-file", str(token_file), "--report-dir", str(tmp_path / "report"), *args]
    capsys.readouterr()
    code = cli.main([*argv, "--operation", "list_networks"])
    return code, capsys.readouterr().err


def test_blink_contract_uses_only_its_servers_session(
    two_mocks: tuple[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    mock, blink = two_mocks
    for url in two_mocks:
        with httpx.Client(base_url=url, timeout=10) as admin:
            admin.post("/__mock__/reset").raise_for_status()
        drain(url)
    token_file = tmp_path / "config" / "token.json"
    blink_login(mock, token_file)
    drain(mock)

    def run(base_url: str, env: dict[str, str] | None = None) -> tuple[int, str]:
        return contract_run(monkeypatch, capsys, tmp_path, "--base-url", base_url, "--unsafe-rate", "1000", env=env)

    # The mock's session is not the other server's: no refresh there, and (no password) no login either.
    code, err = run(blink)
    assert code == 2 and "no usable refresh token" in err, err
    assert drain(blink) == [] and drain(mock) == []
    # The session `blink` made with the mock is the mock's for `blink-contract` too.
    code, err = run(mock)
    assert code == 0 and "login: refresh" in err, err
    assert token_calls(drain(mock)) == [200]
    mock_session = kept(token_file, mock)
    # A login to the other server keeps the mock's session as it was.
    code, err = run(blink, DEMO_ENV)
    assert code == 0 and "login: oauth" in err, err
    assert token_calls(drain(blink)) == [200] and drain(mock) == []
    assert kept(token_file, mock) == mock_session and kept(token_file, blink)["refresh_token"]


def test_blink_contract_on_blinks_hosts_never_sends_a_mock_session(
    two_mocks: tuple[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    mock = two_mocks[0]
    token_file = tmp_path / "config" / "token.json"
    blink_login(mock, token_file)
    mock_session = kept(token_file, mock)
    monkeypatch.setattr(cli, "Throttle", lambda rate: Throttle(1000))  # Blink's host names take 1 request/s
    with mock_router() as real_hosts:
        code, err = contract_run(monkeypatch, capsys, tmp_path)
        assert code == 2 and "no usable refresh token" in err, err
        assert list(real_hosts.state.requests) == []
        code, err = contract_run(monkeypatch, capsys, tmp_path, env=DEMO_ENV)
        assert code == 0 and "login: oauth" in err, err
        statuses = [r.status for r in real_hosts.state.requests if r.path == "/oauth/token"]
        assert statuses == [200]
    assert kept(token_file, mock) == mock_session and kept(token_file)["refresh_token"]


def test_hosts_name_their_server() -> None:
    assert Hosts.discovered().server == "blink"
    assert Hosts.single("http://127.0.0.1:8080/").server == "http://127.0.0.1:8080"
    assert Hosts.single("https://rest-prod.immedia-semi.com").server == "https://rest-prod.immedia-semi.com"


def test_a_login_never_sends_another_servers_refresh_token(
    blink: BlinkMockRouter, client: LiveClient, tmp_path: Path
) -> None:
    path = tmp_path / "token.json"
    stored = StoredLogin(str(uuid.uuid4()).upper(), "rt.of-the-mock", 22001, "u011", server="http://127.0.0.1:8080")
    login = log_in(client, Hosts.discovered(), stored, OTHER, path)
    assert login.method == "oauth" and token_statuses(client) == [200]  # no refresh with the mock's token
    assert stored.server == "blink" and json.loads(path.read_text())["hardware_id"] == stored.hardware_id


def test_load_token_file_reads_one_servers_session(tmp_path: Path) -> None:
    path = tmp_path / "token.json"
    hardware_id = str(uuid.uuid4()).upper()
    save_token_file(path, StoredLogin(hardware_id, "rt.mock", 1, "u011", "http://127.0.0.1:8080"))
    assert load_token_file(path) == StoredLogin(hardware_id)  # the install's id; the session is log_in's to read
    assert load_token_file(path, server="blink") == StoredLogin(hardware_id)
    mock = load_token_file(path, server="http://127.0.0.1:8080")
    assert (mock.refresh_token, mock.server) == ("rt.mock", "http://127.0.0.1:8080")
