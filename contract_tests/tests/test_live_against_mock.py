"""The live mode, end to end, against `blink-mock` served over HTTP as if it were Blink (issue 4, item 6).

Each test drives `blink-contract run` in-process (so stdout and stderr are captured) against one mock
subprocess, reset between tests. The fast rate is the hidden `--unsafe-rate`, which only 127.0.0.1 accepts.
"""

from __future__ import annotations

import io
import itertools
import json
import os
import socket
import stat
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
from drift_faults import KIND_FAULTS, LOGIN_FAULT
from running_mock import running_mock
from schemathesis.config import SchemathesisConfig
from schemathesis.core.failures import FailureGroup

from blink_contract import cli, session
from blink_contract.checks import UnknownField
from blink_contract.drift import KINDS, Exchange
from blink_contract.live import LiveClient, RunConfig, Runner, plan_operations
from blink_contract.redact import Redactor
from blink_contract.session import Credentials, Hosts, StoredLogin, log_in
from blink_contract.throttle import Throttle
from blink_session import oauth
from blink_spec import operations_in_spec_order, router, spec_path

DEMO = {"BLINK_EMAIL": "demo@example.com", "BLINK_PASSWORD": "demo-password", "BLINK_2FA_CODE": "123456"}
OTHER = {"BLINK_EMAIL": "other@example.com", "BLINK_PASSWORD": "other-password"}
FAST = "1000"
CONFORMANCE_SETTINGS = Path(__file__).parent / "conformance.schemathesis.toml"


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


# (b): every drift fault of the mock is reported as its kind, with exit code 1
@pytest.mark.parametrize(("kind", "drift"), KIND_FAULTS.items(), ids=[drift["kind"] for drift in KIND_FAULTS.values()])
def test_each_drift_fault_is_reported(contract: Contract, mock: httpx.Client, kind: str, drift: dict[str, Any]) -> None:
    mock.patch("/__mock__/faults", json={"drift": [drift]}).raise_for_status()
    code, _out, err = contract(env=OTHER)
    assert code == 1, err
    report = contract.report()
    drifted = [entry for entry in report["operations"] if entry["drifted"]]
    assert [entry["operation_id"] for entry in drifted] == [drift["operation"]]
    assert {finding["kind"] for finding in drifted[0]["findings"]} == {kind}


def report_kinds(report_dir: Path) -> set[str]:
    document = json.loads((report_dir / "report.json").read_text(encoding="utf-8"))
    return {finding["kind"] for entry in document["operations"] for finding in entry["findings"]}


def test_every_kind_is_produced_from_a_real_exchange(
    contract: Contract, mock: httpx.Client, mock_url: str, tmp_path: Path, capsys: Any
) -> None:
    # Every fault at once: one run, exit 1.
    mock.patch("/__mock__/faults", json={"drift": list(KIND_FAULTS.values())}).raise_for_status()
    code, _out, err = contract(env=OTHER)
    assert code == 1, err
    seen = report_kinds(contract.report_dir)
    assert seen == set(KIND_FAULTS)
    # A sign-in redirect without its Location: the login stops (exit 2), and the partial report says why.
    kind, fault = LOGIN_FAULT
    mock.put("/__mock__/faults", json={"drift": [fault]}).raise_for_status()
    contract.token_file.unlink()  # a full login, with the 2FA sign-in that answers 202 (here: 303)
    code, _out, err = contract(env=DEMO)
    assert code == 2 and err.count("\n") == 1, err
    assert kind in report_kinds(contract.report_dir)
    seen |= report_kinds(contract.report_dir)
    # Recorded traffic to a path the spec does not have.
    client = LiveClient(Throttle(1000), Redactor())
    try:
        client.send("GET", f"{mock_url}/api/v9/brand_new")
    finally:
        client.close()
    (exchange,) = client.exchanges
    record = {"method": exchange.method, "url": exchange.url, "status": exchange.status}
    recording = tmp_path / "unknown.jsonl"
    recording.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert cli.main(["validate-recording", str(recording), "--report-dir", str(tmp_path / "offline")]) == 1
    seen |= report_kinds(tmp_path / "offline")
    capsys.readouterr()
    assert seen == set(KINDS)


def test_a_drifted_answer_fails_the_ci_check_path_as_it_fails_a_live_run(
    contract: Contract, mock: httpx.Client, mock_url: str, tmp_path: Path
) -> None:
    rename = {"operation": "get_homescreen_v3", "kind": "rename_field", "path": "/networks/0/name", "to": "title"}
    mock.patch("/__mock__/faults", json={"drift": [rename]}).raise_for_status()
    # The CI check path: a schemathesis case with the conformance run's settings and every check on (the kit's
    # drift checks among them), sent to this mock.
    client = LiveClient(Throttle(1000), Redactor())
    stored = StoredLogin(hardware_id=session.new_hardware_id())
    credentials = Credentials(email=OTHER["BLINK_EMAIL"], password=OTHER["BLINK_PASSWORD"])
    try:
        login = log_in(client, Hosts.single(mock_url), stored, credentials, tmp_path / "token.json")
    finally:
        client.close()
    schema = schemathesis.openapi.from_path(spec_path(), config=SchemathesisConfig.from_path(CONFORMANCE_SETTINGS))
    case = schema.find_operation_by_id("get_homescreen_v3").Case(path_parameters={"account_id": login.account_id})
    with pytest.raises(FailureGroup) as failed:
        case.call_and_validate(base_url=mock_url, headers={"Authorization": f"Bearer {login.access_token}"})
    assert [f.pointer for f in failed.value.exceptions if isinstance(f, UnknownField)] == ["/networks/0/title"]
    # The live run against the same mock, with the same fault.
    code, _out, err = contract(env=OTHER)
    assert code == 1, err
    (homescreen,) = [entry for entry in contract.report()["operations"] if entry["drifted"]]
    assert homescreen["operation_id"] == "get_homescreen_v3"
    assert ("unknown_field", "/networks/0/title") in {(f["kind"], f["pointer"]) for f in homescreen["findings"]}


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

    def spy_tokens(sender: Any, response: httpx.Response, keep: str | None = None) -> tuple[str, str] | None:
        pair = real_tokens(sender, response, keep)
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
        *(session["refresh_token"] for session in stored["sessions"].values()),
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


@pytest.mark.parametrize(("status", "phrase"), [(503, "Service Unavailable"), (500, "Internal Server Error")])
def test_a_server_error_on_the_refresh_stops_without_a_password_login(
    contract: Contract, mock: httpx.Client, status: int, phrase: str
) -> None:
    assert contract(env=DEMO)[0] == 0  # a refresh token is stored
    stored = json.loads(contract.token_file.read_text(encoding="utf-8"))
    fault = json.dumps({"errors": {"oauth_token": status}})
    mock.patch("/__mock__/faults", content=fault, headers={"Content-Type": "application/json"}).raise_for_status()
    mock.delete("/__mock__/requests").raise_for_status()
    code, _out, err = contract(env=DEMO)  # the password and the 2FA code are at hand, and must not be used
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err, err
    assert f"server error (HTTP {status} {phrase})" in err
    log = requests_log(mock)
    assert count(log, "POST", "/oauth/v2/signin") == 0 and count(log, "POST", "/oauth/v2/2fa/verify") == 0
    assert count(log, "POST", "/oauth/token") == 1 and len(log) == 1
    assert json.loads(contract.token_file.read_text(encoding="utf-8")) == stored
    # Once the server is back, the next run goes on with the refresh token it kept.
    mock.put("/__mock__/faults", json={}).raise_for_status()
    code, _out, err = contract(env={})
    assert code == 0 and "login: refresh" in err, err


def test_a_deeply_nested_live_answer_is_a_schema_violation(contract: Contract, mock: httpx.Client) -> None:
    # 61 levels is as deep as the mock takes a drift value (its admin body stops at 64); four levels down in the
    # homescreen that makes an answer 65 deep.
    value: Any = "deep"
    for _ in range(61):
        value = [value]
    path = "/cameras/0/signals/lfr"
    drift = {"operation": "get_homescreen_v3", "kind": "change_type", "path": path, "value": value}
    mock.patch("/__mock__/faults", json={"drift": [drift]}).raise_for_status()
    code, out, err = contract(env=OTHER)
    assert code == 1 and "Traceback" not in err, err
    assert "1 drifted (1 findings)" in out
    (drifted,) = [entry for entry in contract.report()["operations"] if entry["drifted"]]
    assert drifted["operation_id"] == "get_homescreen_v3"
    assert [(f["kind"], f["message"]) for f in drifted["findings"]] == [
        ("schema_violation", "body nested deeper than 64 levels")
    ]


@pytest.mark.parametrize(
    ("operation", "path", "value"),
    [
        ("list_networks", "/networks", 5),
        ("list_networks", "/networks", {"31001": {"name": "Home"}}),
        ("get_homescreen_v3", "/cameras", True),
        ("get_media_changed", "/media", 7),
        ("get_homescreen_v3", "/networks", {"id": 1}),
    ],
)
def test_a_list_of_ids_turned_into_another_type_is_drift(
    contract: Contract, mock: httpx.Client, operation: str, path: str, value: Any
) -> None:
    """The answers the runner takes ids from: drifted to another type, they are findings, not a crash."""
    drift = {"operation": operation, "kind": "change_type", "path": path, "value": value}
    mock.patch("/__mock__/faults", json={"drift": [drift]}).raise_for_status()
    code, _out, err = contract(env=OTHER)
    assert code == 1 and "Traceback" not in err and "internal error" not in err, err
    drifted = {entry["operation_id"] for entry in contract.report()["operations"] if entry["drifted"]}
    assert operation in drifted


def test_2fa_without_a_code_or_terminal_stops_with_a_reason(contract: Contract, mock: httpx.Client) -> None:
    code, _out, err = contract(env={key: DEMO[key] for key in ("BLINK_EMAIL", "BLINK_PASSWORD")})
    assert code == 2
    # The advice is whole: redaction hides values, not the words that follow "code:".
    assert err == "blink-contract: Blink asks for a 2FA code: set BLINK_2FA_CODE or run in a terminal\n"
    assert count(requests_log(mock), "POST", "/oauth/v2/2fa/verify") == 0


def test_a_refused_connection_names_the_port_and_the_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    with socket.socket() as probe:  # a port nothing listens on: bound, never listening
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
        code, _out, err = Contract(f"http://127.0.0.1:{port}", tmp_path, monkeypatch, capsys)(env=DEMO)
    assert code == 2
    assert err == (
        f"blink-contract: network error on GET 127.0.0.1/oauth/v2/authorize (port {port}): "
        "ConnectError: [Errno 111] Connection refused\n"
    )


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
def changes(log: list[dict[str, Any]]) -> dict[tuple[str, str], list[str]]:
    """The mutating calls of a request log, by the object they change: their operation ids in call order."""
    found: dict[tuple[str, str], list[str]] = {}
    for entry in log:
        op, path_values, _ = router().match(entry["method"], entry["path"])
        if op is not None and op.safety == "mutating":
            target = op.owned_parameters()[-1].name
            found.setdefault((target, path_values[target]), []).append(op.operation_id)
    return found


def assert_each_change_undone(calls: list[str], undo: dict[str, str]) -> None:
    """Every change is followed by its undo (so the object ends where it started, as the state checks confirm)."""
    assert len(calls) >= 2, calls
    for previous, following in itertools.pairwise(calls):
        assert following == undo[previous], calls


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
    by_object = changes(requests_log(mock))
    # Only the allow-listed ids were touched, and each change was undone.
    assert set(by_object) == {("network_id", "31001"), ("camera_id", "51001")}
    undo = {op.operation_id: op.undone_by for op in router().operations if op.undone_by}
    for calls in by_object.values():
        assert_each_change_undone(calls, undo)
    assert {*by_object[("network_id", "31001")]} == {"arm_network", "disarm_network"}
    assert {*by_object[("camera_id", "51001")]} == {"enable_camera_motion", "disable_camera_motion"}
    assert contract.report()["totals"]["drifted"] == 0


def test_a_new_undo_in_the_spec_is_made_after_its_change(mock_url: str, mock: httpx.Client, tmp_path: Path) -> None:
    """Were the spec to name undos for doorbell motion, the runner would switch it and switch it back."""
    undo = {"enable_doorbell_motion": "disable_doorbell_motion", "disable_doorbell_motion": "enable_doorbell_motion"}
    operations = [
        replace(op, raw={**op.raw, "x-blink-undone-by": undo[op.operation_id]}) if op.operation_id in undo else op
        for op in operations_in_spec_order()
    ]
    plan = plan_operations(only=["disable_doorbell_motion"], allow_mutating=True, operations=operations)

    def enabled() -> bool:
        return bool(next(c for c in mock.get("/__mock__/state").json()["cameras"] if c["id"] == 52002)["enabled"])

    before = enabled()
    stored = StoredLogin(hardware_id=session.new_hardware_id())
    credentials = Credentials(email=OTHER["BLINK_EMAIL"], password=OTHER["BLINK_PASSWORD"])
    config = RunConfig(Hosts.single(mock_url), tmp_path / "token.json", credentials, stored, plan, cameras=[52002])
    client = LiveClient(Throttle(1000), Redactor())
    try:
        outcome = Runner(client, config).run()
    finally:
        client.close()
    assert enabled() == before
    by_object = changes(requests_log(mock))
    assert list(by_object) == [("doorbell_id", "52002")]
    assert_each_change_undone(by_object[("doorbell_id", "52002")], undo)
    assert not [result for result in outcome.results if result.drifted]


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
