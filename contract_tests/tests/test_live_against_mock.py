"""The live mode, end to end, against `blink-mock` served over HTTP as if it were Blink (issue 4, item 6).

Each test drives `blink-contract run` in-process (so stdout and stderr are captured) against one mock
subprocess, reset between tests. The fast rate is the hidden `--unsafe-rate`, which only 127.0.0.1 accepts.
"""

from __future__ import annotations

import io
import json
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from running_mock import running_mock

from blink_contract import cli, session
from blink_contract.drift import Exchange
from blink_contract.live import LiveClient
from blink_contract.redact import Redactor
from blink_contract.session import Credentials, Hosts, StoredLogin, log_in
from blink_contract.throttle import Throttle
from blink_session import oauth
from blink_spec import router

DEMO = {"BLINK_EMAIL": "demo@example.com", "BLINK_PASSWORD": "demo-password", "BLINK_2FA_CODE": "123456"}
OTHER = {"BLINK_EMAIL": "other@example.com", "BLINK_PASSWORD": "other-password"}
FAST = "1000"


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    with running_mock() as base_url:
        yield base_url


@pytest.fixture
def mock(mock_url: str) -> Iterator[httpx.Client]:
    """An admin client of a freshly reset mock, with an empty request log and no faults."""
    with httpx.Client(base_url=mock_url, timeout=10) as admin:
        admin.post("/__mock__/reset").raise_for_status()
        admin.put("/__mock__/faults", json={}).raise_for_status()
        admin.delete("/__mock__/requests").raise_for_status()
        yield admin


class Contract:
    """Runs `blink-contract` in-process with a given environment; keeps the token file and report per test."""

    def __init__(self, base_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
        self.base_url = base_url
        self.token_file = tmp_path / "config" / "token.json"
        self.report_dir = tmp_path / "report"
        self.monkeypatch = monkeypatch
        self.capsys = capsys

    def __call__(self, *args: str, env: dict[str, str] | None = None, fast: bool = True) -> tuple[int, str, str]:
        for name in ("BLINK_EMAIL", "BLINK_PASSWORD", "BLINK_2FA_CODE"):
            self.monkeypatch.delenv(name, raising=False)
        for name, value in (env or {}).items():
            self.monkeypatch.setenv(name, value)
        self.monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # no terminal: 2FA only from the environment
        argv = ["run", "--base-url", self.base_url, "--token-file", str(self.token_file)]
        argv += ["--report-dir", str(self.report_dir), *(["--unsafe-rate", FAST] if fast else []), *args]
        self.capsys.readouterr()
        code = cli.main(argv)
        out, err = self.capsys.readouterr()
        return code, out, err

    def report(self) -> dict[str, Any]:
        document: dict[str, Any] = json.loads((self.report_dir / "report.json").read_text(encoding="utf-8"))
        return document


@pytest.fixture
def contract(mock_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any) -> Contract:
    return Contract(mock_url, tmp_path, monkeypatch, capsys)


def requests_log(mock: httpx.Client) -> list[dict[str, Any]]:
    log: list[dict[str, Any]] = mock.get("/__mock__/requests").json()
    return log


def count(log: list[dict[str, Any]], method: str, path: str) -> int:
    return sum(1 for entry in log if entry["method"] == method and entry["path"] == path)


# (a) and (f): the clean mock, logged in with 2FA from the environment
def test_default_run_against_the_clean_mock_reports_no_drift(contract: Contract, mock: httpx.Client) -> None:
    code, _out, err = contract(env=DEMO)
    assert code == 0, err
    report = contract.report()
    assert report["totals"]["drifted"] == 0
    assert report["totals"]["operations"] >= 20
    called = {entry["operation_id"] for entry in report["operations"]}
    assert {"get_homescreen_v3", "get_tier_info", "get_media_changed", "get_camera_config"} <= called
    skipped = dict((entry["operation_id"], entry["reason"]) for entry in report["skipped"])
    assert skipped["get_doorbell_config"] == "skipped: no doorbell_id"  # demo has no doorbell
    assert (contract.report_dir / "junit.xml").is_file() and (contract.report_dir / "report.md").is_file()
    log = requests_log(mock)
    assert count(log, "POST", "/oauth/v2/2fa/verify") == 1


DRIFTS: list[tuple[dict[str, Any], str]] = [
    (
        {"operation": "get_homescreen_v3", "kind": "rename_field", "path": "/networks/0/armed", "to": "is_armed"},
        "unknown_field",
    ),
    ({"operation": "get_homescreen_v3", "kind": "remove_field", "path": "/account/id"}, "missing_required"),
    ({"operation": "list_networks", "kind": "change_type", "path": "/networks/0/name", "value": 5}, "schema_violation"),
    (
        {
            "operation": "get_homescreen_v3",
            "kind": "new_enum_value",
            "path": "/cameras/0/status",
            "value": "teleported",
        },
        "unknown_enum_value",
    ),
    ({"operation": "list_networks", "kind": "status_code", "status": 207}, "undocumented_status"),
    ({"operation": "list_networks", "kind": "content_type", "content_type": "text/plain"}, "content_type"),
]


# (b): every drift fault of the mock is reported as its kind, with exit code 1
@pytest.mark.parametrize(("drift", "kind"), DRIFTS, ids=[drift["kind"] for drift, _ in DRIFTS])
def test_each_drift_fault_is_reported(contract: Contract, mock: httpx.Client, drift: dict[str, Any], kind: str) -> None:
    mock.patch("/__mock__/faults", json={"drift": [drift]}).raise_for_status()
    code, _out, err = contract(env=OTHER)
    assert code == 1, err
    report = contract.report()
    drifted = [entry for entry in report["operations"] if entry["drifted"]]
    assert [entry["operation_id"] for entry in drifted] == [drift["operation"]]
    assert {finding["kind"] for finding in drifted[0]["findings"]} == {kind}


# (c): read-only by default, one login at most
def test_default_run_calls_nothing_mutating_and_logs_in_once(contract: Contract, mock: httpx.Client) -> None:
    assert contract(env=DEMO)[0] == 0
    log = requests_log(mock)
    assert log, "the mock saw no request"
    for entry in log:
        op, _params, _allowed = router().match(entry["method"], entry["path"])
        assert op is not None, entry
        assert op.safety == "read-only", f"{op.operation_id} is {op.safety}"
    assert count(log, "POST", "/oauth/token") == 1
    assert count(log, "POST", "/oauth/v2/signin") == 1


# (d): a sentinel password, the email and every token never reach an output
SENTINEL_SCENARIO = """\
accounts:
  - id: 23001
    email: sentinel.owner@example.org
    password: "SENTINEL-pw-4f9c2e71"
    two_factor: true
    two_factor_code: "918273"
    tier: u011
    networks:
      - id: 33001
        name: Sentinel Home
        sync_module: {id: 43001, name: Sentinel Sync}
        cameras: [{id: 53001, name: Sentinel Cam, kind: camera}]
        clips: [{camera: Sentinel Cam, minutes_ago: 5}]
"""


def test_no_secret_reaches_any_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    scenario = tmp_path / "sentinel.yaml"
    scenario.write_text(SENTINEL_SCENARIO, encoding="utf-8")
    seen: list[str] = []
    real_tokens, real_csrf = session._tokens, session.csrf_token

    def spy_tokens(sender: Any, response: httpx.Response) -> tuple[str, str] | None:
        pair = real_tokens(sender, response)
        seen.extend(pair or ())
        return pair

    def spy_csrf(page: str) -> str | None:
        token = real_csrf(page)
        seen.append(token or "")
        return token

    monkeypatch.setattr(session, "_tokens", spy_tokens)
    monkeypatch.setattr(oauth, "csrf_token", spy_csrf)  # the parser of blink_client's flow, which session drives
    env = {
        "BLINK_EMAIL": "sentinel.owner@example.org",
        "BLINK_PASSWORD": "SENTINEL-pw-4f9c2e71",
        "BLINK_2FA_CODE": "918273",
    }
    with running_mock("--scenario", str(scenario)) as base_url:
        contract = Contract(base_url, tmp_path, monkeypatch, capsys)
        first = contract("-v", env=env)
        second = contract("-v", env=env)  # the refresh-token path too
    assert first[0] == 0 and second[0] == 0, first[2] + second[2]
    stored = json.loads(contract.token_file.read_text(encoding="utf-8"))
    assert stat.S_IMODE(os.stat(contract.token_file).st_mode) == 0o600
    assert "SENTINEL-pw-4f9c2e71" not in contract.token_file.read_text(encoding="utf-8")
    assert "sentinel.owner" not in contract.token_file.read_text(encoding="utf-8")
    secrets = [
        "SENTINEL-pw-4f9c2e71",
        "sentinel.owner@example.org",
        "sentinel.owner",
        "918273",
        stored["hardware_id"],
        stored["refresh_token"],
        "23001",
        "33001",
        "53001",
        "43001",
        *(value for value in seen if value),
    ]
    assert len(seen) >= 5  # two token pairs and a CSRF token were captured
    outputs = {"stdout/stderr": first[1] + first[2] + second[1] + second[2]}
    outputs.update({path.name: path.read_text(encoding="utf-8") for path in contract.report_dir.iterdir()})
    assert set(outputs) >= {"report.md", "report.json", "junit.xml"}
    for name, text in outputs.items():
        for secret in secrets:
            assert secret not in text, f"a secret ({secret[:3]}...) leaked into {name}"


# (e): the second run reuses the stored refresh token and does not sign in
def test_second_run_reuses_the_refresh_token(contract: Contract, mock: httpx.Client) -> None:
    assert contract(env=DEMO)[0] == 0
    mock.delete("/__mock__/requests").raise_for_status()
    code, _out, err = contract(env={})  # no password at all: the refresh token must do
    assert code == 0, err
    log = requests_log(mock)
    assert count(log, "POST", "/oauth/v2/signin") == 0
    assert count(log, "GET", "/oauth/v2/authorize") == 0
    assert count(log, "POST", "/oauth/token") == 1
    assert "login: refresh" in err


def test_2fa_without_a_code_or_terminal_stops_with_a_reason(contract: Contract, mock: httpx.Client) -> None:
    code, _out, err = contract(env={key: DEMO[key] for key in ("BLINK_EMAIL", "BLINK_PASSWORD")})
    assert code == 2
    assert err.strip().count("\n") == 0 and "BLINK_2FA_CODE" in err
    assert count(requests_log(mock), "POST", "/oauth/v2/2fa/verify") == 0


# (g): a 429 on login stops at once, after exactly one sign-in attempt
def test_lockout_on_login_stops_after_one_attempt(contract: Contract, mock: httpx.Client) -> None:
    mock.patch("/__mock__/faults", json={"lockout_after_failed_logins": 1, "lockout_seconds": 3600})
    code, _out, err = contract(env={**OTHER, "BLINK_PASSWORD": "wrong-password"})
    assert code == 2 and "sign-in refused (HTTP 401)" in err
    mock.delete("/__mock__/requests").raise_for_status()
    code, _out, err = contract(env=OTHER)
    assert code == 2
    assert err.count("\n") == 1 and "locked out; retry after 3600 s" in err
    assert "Traceback" not in err
    log = requests_log(mock)
    assert count(log, "POST", "/oauth/v2/signin") == 1
    assert count(log, "POST", "/oauth/token") == 0


# (h): what the runner must never do is a usage error, before any request
@pytest.mark.parametrize(
    ("args", "reason"),
    [
        (["--operation", "delete_media"], "destructive operations are never called"),
        (["--operation", "logout"], "destructive operations are never called"),
        (["--allow-mutating"], "--allow-mutating needs an allow-list"),
        (["--network", "31001"], "allow-lists for --allow-mutating"),
        (["--operation", "arm_network"], "needs --allow-mutating"),
        (["--operation", "update_network", "--allow-mutating", "--network", "31001"], "can only undo"),
        (["--operation", "oauth_signin"], "single login"),
        (["--rate", "5"], "at most 1"),
    ],
)
def test_usage_errors(contract: Contract, mock: httpx.Client, args: list[str], reason: str) -> None:
    code, out, err = contract(*args, env=DEMO, fast=False)
    assert code == 2
    assert reason in err and err.count("\n") == 1 and out == ""
    assert requests_log(mock) == []


def test_unsafe_rate_is_refused_for_a_real_host(contract: Contract, mock: httpx.Client) -> None:
    contract.base_url = "https://rest-prod.immedia-semi.com"
    code, _out, err = contract(env=DEMO)
    assert code == 2 and "only allowed with a --base-url on 127.0.0.1" in err


# (i): allowed mutations are undone
def test_allow_mutating_arms_and_restores(contract: Contract, mock: httpx.Client) -> None:
    def state() -> tuple[bool, bool]:
        dump = mock.get("/__mock__/state").json()
        network = next(n for n in dump["networks"] if n["id"] == 31001)
        camera = next(c for c in dump["cameras"] if c["id"] == 51001)
        return network["armed"], camera["enabled"]

    before = state()
    code, _out, err = contract("--allow-mutating", "--network", "31001", "--camera", "51001", env=DEMO)
    assert code == 0, err
    assert state() == before
    log = requests_log(mock)
    for path in (
        "/api/v1/accounts/22001/networks/31001/state/arm",
        "/api/v1/accounts/22001/networks/31001/state/disarm",
        "/network/31001/camera/51001/enable",
        "/network/31001/camera/51001/disable",
    ):
        assert count(log, "POST", path) == 1, path
    # Only the allow-listed ids were touched.
    touched = [entry for entry in log if entry["method"] == "POST" and "oauth" not in entry["path"]]
    assert all("/31001/" in entry["path"] for entry in touched)


def test_allow_mutating_restores_an_armed_network(contract: Contract, mock: httpx.Client) -> None:
    code, _out, err = contract("--allow-mutating", "--network", "31002", env=OTHER)
    assert code == 0, err
    assert next(n for n in mock.get("/__mock__/state").json()["networks"] if n["id"] == 31002)["armed"] is True


# (j): offline checks of a HAR built from mock traffic
def _har(exchanges: list[Exchange]) -> dict[str, Any]:
    entries = [
        {
            "request": {"method": e.method, "url": e.url, "headers": []},
            "response": {
                "status": e.status,
                "headers": [{"name": name, "value": value} for name, value in e.response_headers.items()],
                "content": {
                    "text": e.response_body.decode("utf-8"),
                    "mimeType": e.response_headers.get("content-type"),
                },
            },
        }
        for e in exchanges
        if e.response_headers.get("content-type", "").startswith("application/json")
    ]
    return {"log": {"version": "1.2", "creator": {"name": "test", "version": "1"}, "entries": entries}}


def test_validate_recording_of_mock_traffic(tmp_path: Path, mock_url: str, mock: httpx.Client, capsys: Any) -> None:
    client = LiveClient(Throttle(1000), Redactor())
    stored = StoredLogin(hardware_id=session.new_hardware_id())
    credentials = Credentials(email=OTHER["BLINK_EMAIL"], password=OTHER["BLINK_PASSWORD"])
    try:
        login = log_in(client, Hosts.single(mock_url), stored, credentials, tmp_path / "token.json")
        bearer = {"Authorization": f"Bearer {login.access_token}"}
        client.send("GET", f"{mock_url}/api/v3/accounts/{login.account_id}/homescreen", headers=bearer)
        client.send("GET", f"{mock_url}/networks", headers=bearer)
    finally:
        client.close()
    har = tmp_path / "traffic.har"
    har.write_text(json.dumps(_har(client.exchanges)), encoding="utf-8")
    report_dir = tmp_path / "offline"
    assert cli.main(["validate-recording", str(har), "--report-dir", str(report_dir)]) == 0
    assert json.loads((report_dir / "report.json").read_text())["totals"]["drifted"] == 0

    document = _har(client.exchanges)
    for entry in document["log"]["entries"]:
        if entry["request"]["url"].endswith("/networks"):
            body = json.loads(entry["response"]["content"]["text"])
            body["networks"][0]["armed"] = "yes"  # a boolean turned into a string
            entry["response"]["content"]["text"] = json.dumps(body)
    har.write_text(json.dumps(document), encoding="utf-8")
    assert cli.main(["validate-recording", str(har), "--report-dir", str(report_dir)]) == 1
    kinds = json.loads((report_dir / "report.json").read_text())["totals"]["by_kind"]
    assert kinds["schema_violation"] == 1
    capsys.readouterr()
