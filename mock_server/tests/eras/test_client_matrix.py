"""Real clients of each of Blink's eras, unmodified and pinned, against the mock playing that era, and the era after.

Each client runs in its own environment (`environments.py`, built by `scripts/install-era-clients`; homebridge's by
`scripts/install-node-clients`), driven by a script of this folder in a subprocess, against the mock served over
TLS in this process with a certificate for Blink's hosts (see README.md). The drivers report six steps: login (with
the era's PIN or 2FA code), start, arm, disarm, snapshot and clip download.

- In its own era a client completes every step, and every request it reports is in the mock's own request log
  with the same status.
- In the era after Blink retired its login, it fails at login, with the answer Blink gave then: the status is in
  the mock's log, the status and body are what the client received, and the client shows its own failure.

Eras come from the spec (`blink_spec.eras`): the month after retirement is the month in which the client's flow
(an operation's `x-blink-live`, or a behaviour's variant) ended; a client's own era is the month its release was
written for, checked to lie within that flow.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import trustme
import uvicorn
from eras import environments
from generated_section import read_section, write_section

from blink_mock import MockState, create_app
from blink_spec import Answer, behaviours, is_valid, named_eras, parse_era, router, window

HERE = Path(__file__).parent
TESTS = HERE.parent
HOMEBRIDGE = TESTS / "homebridge"
HOMEBRIDGE_PACKAGE = HOMEBRIDGE / "node_modules" / "homebridge-blink-for-home" / "package.json"
HOMEBRIDGE_VERSION = "3.9.2"
STEPS = ("login", "start", "arm", "disarm", "snapshot", "clips")
ACCOUNT = {"ERA_EMAIL": "demo@example.com", "ERA_PASSWORD": "demo-password", "ERA_CODE": "123456"}
BLINK_HOSTS = ("*.immedia-semi.com", "api.oauth.blink.com", "127.0.0.1")
# Far above a run (a second or two); a client that waits on a refused command retries for a minute.
RUN_TIMEOUT = 120


@dataclass(frozen=True)
class Flow:
    """What a client's login depends on: an operation Blink served for a while (`operation`), or one value of a
    behaviour (`behaviour`, `value`) that shows on `operation`."""

    operation: str
    behaviour: str | None = None
    value: str | None = None

    def window(self) -> tuple[date | None, date | None]:
        if self.behaviour is None:
            served = window(self.operation)
            return served.start, served.end
        variant = next(v for v in behaviours()[self.behaviour].variants if v.value == self.value)
        return variant.start, variant.end

    def retired_month(self) -> str | None:
        """The first `--era` month after the flow ended (its last day falls after the end), or None."""
        end = self.window()[1]
        return None if end is None else f"{end:%Y-%m}"

    def retired_answer(self) -> Answer | None:
        """The answer Blink gave once the flow was over, where the spec records one."""
        if self.behaviour is None:
            return window(self.operation).retired
        variants = behaviours()[self.behaviour].variants
        later = [v for v in variants if v.start is not None and v.start >= (self.window()[1] or date.max)]
        return later[0].answer if later else None

    def path(self) -> str:
        op = router().by_id(self.operation)
        assert op is not None, self.operation
        return op.path


@dataclass(frozen=True)
class Client:
    name: str
    era: str | None  # the month its release was written for; None: today's Blink (the mock's default)
    flow: Flow | None  # None: nothing of it retired yet
    visible: str  # a regular expression: how the client shows the retired login (its result, exception or log)
    environment: str | None = None  # the blinkpy release of environments.py; None: homebridge (Node)
    driver: str = ""
    status_after: int | None = None  # the status of `flow.operation` after it, where no refusal is recorded

    @property
    def label(self) -> str:
        return self.name.replace(" ", "-")


# Release dates and each client's flow: mock_server/tests/eras/README.md; the eras themselves: the spec.
CLIENTS = (
    Client(
        "blinkpy 0.14.3",
        "2019-12",
        Flow("login_v2"),
        r"get_auth_token\(\) returned False[\s\S]*Login API endpoint failed with response False",
        "0.14.3",
        "drive_blinkpy_0_14",
    ),
    Client(
        "blinkpy 0.16.4",
        "2020-11",
        Flow("login_v4"),
        r"start\(\) returned False[\s\S]*Login endpoint failed[\s\S]*Cannot setup Blink platform",
        "0.16.4",
        "drive_blinkpy_0_16",
    ),
    Client(
        "blinkpy 0.22.7",
        "2024-02",
        Flow("login_v5"),
        r"start\(\) returned False[\s\S]*Login endpoint failed[\s\S]*Cannot setup Blink platform",
        "0.22.7",
        "drive_blinkpy_0_22",
    ),
    Client(
        "blinkpy 0.24.1",
        "2025-11",
        Flow("oauth_token", "password_grant", "accepted"),
        r"blinkpy\.auth\.UnauthorizedError",
        "0.24.1",
        "drive_blinkpy_oauth",
    ),
    # 0.25.0 takes only a 412 at sign-in for "2FA required"; Blink's 202 with `tsv_state` has no refusal of record.
    Client(
        "blinkpy 0.25.0",
        "2026-01",
        Flow("oauth_signin", "two_factor", "signin_412"),
        r"start\(\) returned False[\s\S]*Login failed",
        "0.25.0",
        "drive_blinkpy_oauth",
        status_after=202,
    ),
    Client("blinkpy 0.25.9", None, None, "", "0.25.9", "drive_blinkpy_oauth"),
    # In its own era (2022-11) homebridge runs its 14 steps in mock_server/tests/test_homebridge.py.
    Client(
        f"homebridge-blink-for-home {HOMEBRIDGE_VERSION}",
        "2022-11",
        Flow("login_v5"),
        r"authenticate\(\) resolved with \{\"message\":\"An app update is required\"\}[\s\S]*"
        r"POST /api/v5/account/login \(426 Upgrade Required\)",
    ),
)
PYTHON_CLIENTS = [c for c in CLIENTS if c.environment is not None]
RETIRED = [c for c in CLIENTS if c.flow is not None and c.flow.retired_month() is not None]


# -- the mock, over TLS, in this process ------------------------------------------------------------------------
@dataclass
class Mock:
    state: MockState
    port: int
    ca: Path

    def logged(self) -> list[tuple[str, str, int]]:
        return [(r.method, r.path, r.status) for r in self.state.requests]

    def log(self) -> str:
        return "\n".join(f"    {m} {p} -> {s}" for m, p, s in self.logged())


@pytest.fixture(scope="module")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """A test CA, and the certificate it signed for Blink's hosts: (CA, certificate, key) as PEM files."""
    folder = tmp_path_factory.mktemp("tls")
    ca = trustme.CA()
    leaf = ca.issue_cert(*BLINK_HOSTS)
    files = folder / "ca.pem", folder / "cert.pem", folder / "key.pem"
    ca.cert_pem.write_to_path(str(files[0]))
    leaf.cert_chain_pems[0].write_to_path(str(files[1]))
    leaf.private_key_pem.write_to_path(str(files[2]))
    return files


@pytest.fixture
def serve(certificates: tuple[Path, Path, Path]) -> Iterator[Any]:
    """Starts the mock in `era` (None: today's) on a free port; stopped after the test."""
    ca, cert, key = certificates
    servers: list[tuple[uvicorn.Server, threading.Thread, socket.socket]] = []

    def start(era: str | None) -> Mock:
        state = MockState(era=era)
        # Every answer is checked against the spec: a non-conforming one becomes a 500 in the log.
        app = create_app(state, validate_responses=True)
        config = uvicorn.Config(
            app, ssl_certfile=str(cert), ssl_keyfile=str(key), lifespan="off", log_level="warning", access_log=False
        )
        server = uvicorn.Server(config)
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind(("127.0.0.1", 0))
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
        thread.start()
        servers.append((server, thread, sock))
        deadline = time.monotonic() + 10
        while not server.started:
            assert thread.is_alive() and time.monotonic() < deadline, "the mock did not start"
            time.sleep(0.01)
        return Mock(state, sock.getsockname()[1], ca)

    yield start
    for server, thread, sock in servers:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


# -- running a driver ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Step:
    name: str
    offered: bool
    ok: bool
    detail: str
    exchanges: list[dict[str, Any]]
    said: list[str]

    def shown(self) -> str:
        return f"{self.detail}\n" + "\n".join(f"      said: {line}" for line in self.said)


def run_client(client: Client, mock: Mock, workdir: Path) -> tuple[dict[str, Step], str]:
    """The client's steps, by name, and everything it printed (for failure messages)."""
    env = {"PATH": os.environ.get("PATH", ""), "HOME": str(workdir), **ACCOUNT}
    env |= {"ERA_MOCK_PORT": str(mock.port), "ERA_MOCK_CA": str(mock.ca), "ERA_WORKDIR": str(workdir)}
    if client.environment is not None:
        command = [str(environments.python_of(client.environment)), "-m", f"eras.{client.driver}"]
        env["PYTHONPATH"] = str(TESTS)
    else:
        command = ["node", "--require", str(HOMEBRIDGE / "redirect-blink.js"), str(HERE / "drive_homebridge.js")]
        env |= {"NODE_PATH": str(HOMEBRIDGE / "node_modules"), "BLINK_MOCK_PORT": str(mock.port)}
        env |= {"BLINK_MOCK_CA": str(mock.ca)}
    done = subprocess.run(
        command, cwd=workdir, env=env, capture_output=True, text=True, timeout=RUN_TIMEOUT, check=False
    )
    said = f"{client.name} exited with {done.returncode}\nstdout:\n{done.stdout}\nstderr:\n{done.stderr[-3000:]}"
    steps = {}
    for line in done.stdout.splitlines():
        if line.startswith("{"):
            data = json.loads(line)
            steps[data["step"]] = Step(
                data["step"], data["offered"], data["ok"], data["detail"], data["exchanges"], data["said"]
            )
    assert tuple(steps) == STEPS, f"the driver did not report the six steps in order\n{said}"
    return steps, said


def installed(client: Client) -> None:
    """Skips (a failure with CI=true) when the client's environment is not there."""
    if client.environment is not None:
        reason = environments.missing_reason(client.environment)
        if reason:
            pytest.skip(reason)
        return
    if shutil.which("node") is None:
        pytest.skip("Node is not on PATH: install Node 20 and npm, then run scripts/install-node-clients")
    if not HOMEBRIDGE_PACKAGE.is_file():
        pytest.skip(f"homebridge-blink-for-home is not installed in {HOMEBRIDGE}: run scripts/install-node-clients")
    version = json.loads(HOMEBRIDGE_PACKAGE.read_text())["version"]
    assert version == HOMEBRIDGE_VERSION, f"{HOMEBRIDGE_PACKAGE} is {version}: run scripts/install-node-clients"


def bare(path: str) -> str:
    return path.split("?", 1)[0]


# -- the matrix -------------------------------------------------------------------------------------------------
def test_each_client_era_is_within_its_flow_and_the_eras_after_come_from_the_spec() -> None:
    """A client's own era lies within the window of its flow; the era after comes from the end of that window."""
    for client in CLIENTS:
        if client.flow is None:
            continue
        start, end = client.flow.window()
        assert client.era is not None
        day = parse_era(client.era).day
        assert (start is None or start <= day) and (end is None or day < end), f"{client.name} @ {client.era}"
        retired = client.flow.retired_month()
        assert retired is not None and end is not None
        assert parse_era(retired).day >= end > parse_era(client.era).day


@pytest.mark.parametrize("client", PYTHON_CLIENTS, ids=lambda c: f"{c.label}@{c.era or 'today'}")
def test_client_completes_every_step_in_its_era(client: Client, serve: Any, tmp_path: Path) -> None:
    installed(client)
    mock = serve(client.era)
    steps, said = run_client(client, mock, tmp_path)

    failed = {name: step for name, step in steps.items() if step.offered and not step.ok}
    summary = ", ".join(
        f"{s.name} {'ok' if s.ok else 'FAILED' if s.offered else 'not offered'}" for s in steps.values()
    )
    assert not failed, (
        f"{client.name} against the mock of {client.era or 'today'}: {summary}\n"
        + "\n".join(f"  {name}: {step.shown()}" for name, step in failed.items())
        + f"\n  the mock answered:\n{mock.log()}"
    )
    assert all(step.offered for step in steps.values()), summary
    # The report can claim no request the mock did not answer so.
    logged = set(mock.logged())
    for step in steps.values():
        for exchange in step.exchanges:
            entry = (exchange["method"], bare(exchange["path"]), exchange["status"])
            assert entry in logged, f"{step.name}: {client.name} reports {entry}, the mock logged no such answer"
    server_errors = [entry for entry in mock.logged() if entry[2] >= 500]
    assert not server_errors, f"the mock answered 5xx: {server_errors}\n{said}"


@pytest.mark.parametrize("client", RETIRED, ids=lambda c: f"{c.label}@{c.flow and c.flow.retired_month()}")
def test_client_fails_at_login_in_the_era_after_its_flow(client: Client, serve: Any, tmp_path: Path) -> None:
    installed(client)
    assert client.flow is not None
    era = client.flow.retired_month()
    mock = serve(era)
    steps, said = run_client(client, mock, tmp_path)

    login = steps["login"]
    context = f"\n  login: {login.shown()}\n  the mock answered:\n{mock.log()}\n{said}"
    assert not login.ok, f"{client.name} logged in against the mock of {era}" + context
    assert all(not s.ok and s.detail.startswith("not run: login failed") for s in list(steps.values())[1:]), said

    # Blink's answer, as the spec records it (else the status the client met), in the mock's log ...
    path = client.flow.path()
    recorded = client.flow.retired_answer()
    status = recorded.status if recorded is not None else client.status_after
    assert status is not None, f"no answer of record for {client.flow} and no status_after"
    answered = [s for m, p, s in mock.logged() if (m, p) == ("POST", path)]
    assert answered and set(answered) == {status}, f"POST {path} answered {answered}, not {status}" + context
    # ... and as the client received it (the Node driver leaves that to the plugin's own log, matched below).
    received = [e for e in login.exchanges if e["method"] == "POST" and bare(e["path"]) == path]
    if client.environment is not None:
        assert received and {e["status"] for e in received} == {status}, context
        for exchange in received:
            body = json.loads(exchange["body"])
            if recorded is not None:
                assert body == recorded.body, context
            else:
                op = router().by_id(client.flow.operation)
                assert op is not None
                schema = op.response_schema(status, "application/json")
                assert schema is not None and is_valid(schema, body), context
    # The client shows the failure as its users saw it.
    shown = "\n".join([login.detail, *login.said])
    assert re.search(client.visible, shown), f"{client.name} did not show /{client.visible}/" + context
    server_errors = [entry for entry in mock.logged() if entry[2] >= 500]
    assert not server_errors, f"the mock answered 5xx: {server_errors}\n{said}"


def test_the_requests_clients_trust_only_the_test_ca(serve: Any, tmp_path: Path, certificates: Any) -> None:
    """The redirect keeps TLS checks on: the same client against a mock whose CA it was not given cannot connect."""
    client = PYTHON_CLIENTS[0]
    installed(client)
    mock = serve(client.era)
    other = tmp_path / "other-ca.pem"
    trustme.CA().cert_pem.write_to_path(str(other))
    steps, said = run_client(client, Mock(mock.state, mock.port, other), tmp_path)
    assert not steps["login"].ok, said
    assert "CERTIFICATE_VERIFY_FAILED" in json.dumps(steps["login"].exchanges) + said, said
    assert mock.logged() == [], mock.log()


# -- the era table of the top README -----------------------------------------------------------------------------
README = HERE.parents[2] / "README.md"
REGENERATE = "PYTHONPATH=mock_server/tests:spec/tests .venv/bin/python -m eras.test_client_matrix"
TABLE_START = "<!-- client-eras:start (generated by mock_server/tests/eras/test_client_matrix.py) -->"
TABLE_END = "<!-- client-eras:end -->"


def client_era_table() -> str:
    """The spec's eras with the login of each (method and path), what ended it, and the clients of this matrix
    proven against it."""
    rows = [
        "| `--era` | from | until | login | second factor | ended by | clients proven against it here |",
        "|---|---|---|---|---|---|---|",
    ]
    eras = named_eras()
    for era, following in zip(eras, (*eras[1:], None), strict=True):
        op = router().by_id(era.login)
        assert op is not None, era.login
        day = era.end - timedelta(days=1) if era.end is not None else parse_era("today").day
        proven = [c for c in CLIENTS if era.start is None or era.start <= parse_era(c.era or "today").day]
        proven = [c for c in proven if parse_era(c.era or "today").day <= day]
        clients = ", ".join(f"{c.name} (`{c.era or 'today'}`)" for c in proven) or "—"
        rows.append(
            f"| {era.selector} | {era.start or '—'} | {era.end or '—'} | `{op.method.upper()} {op.path}` "
            f"| `{era.two_factor}` | {era.ended_by(following)} | {clients} |"
        )
    return "\n".join(rows) + "\n"


def test_the_readme_era_table_is_fresh() -> None:
    assert read_section(README, TABLE_START, TABLE_END) == client_era_table(), (
        f"README.md's era table is stale: {REGENERATE}"
    )


if __name__ == "__main__":
    write_section(README, TABLE_START, TABLE_END, client_era_table())
