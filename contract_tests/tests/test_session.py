"""The token file and the one login of a run, against the in-process mock on Blink's real host names."""

from __future__ import annotations

import json
import os
import stat
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from blink_contract.live import LiveClient
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
    assert json.loads(path.read_text())["refresh_token"] == "r"
    assert [p.name for p in tmp_path.iterdir()] == ["token.json"]  # no temporary file left behind


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
        "refresh_token": login.refresh_token,
        "account_id": 22001,
        "tier": "u011",
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
    assert json.loads(path.read_text())["refresh_token"] == second.refresh_token


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
