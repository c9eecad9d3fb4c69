"""An unmodified homebridge-blink-for-home 3.9.2, a Node client nobody here wrote, works against the mock over HTTPS.

`homebridge/flow.js` drives the plugin's own `Blink` class through a user's first day (14 steps, one JSON line each)
and `homebridge/redirect-blink.js`, preloaded with `node --require`, sends its TLS connections for
`*.immedia-semi.com` to `blink-mock --ssl-certfile` on a free port, trusting only a test CA. Nothing in the plugin is
patched. Each step must be ok in the runner's report, and the requests it reports must be in the mock's own request
log (`GET /__mock__/requests`) with the same answers, so the report cannot claim a request the mock never answered.

The plugin's code is of 2022-10 (its app build `2210101952`), so the mock plays Blink as of that time
(`--era 2022-11`): the v5 password login with a PIN for a new client. Today's Blink answers that login 426.

The plugin comes pinned from npm: `scripts/install-node-clients` (run by `scripts/test`) installs it from the committed
package-lock.json.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import ssl
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
import trustme
from running_mock import running_mock

HOMEBRIDGE = Path(__file__).with_name("homebridge")
PACKAGE = HOMEBRIDGE / "node_modules" / "homebridge-blink-for-home" / "package.json"
VERSION = "3.9.2"
INSTALL = "run scripts/install-node-clients"
# Far above a normal run (about 2 s); the runner gives up on a step after STEP_TIMEOUT seconds itself.
STEP_TIMEOUT = 20
RUN_TIMEOUT = 14 * STEP_TIMEOUT + 30

ERA = "2022-11"
ACCOUNT = {"HB_RUN_EMAIL": "demo@example.com", "HB_RUN_PASSWORD": "demo-password", "HB_RUN_PIN": "123456"}

A = r"\d+"  # an id in a path
# The request each step is about, as (method, path pattern): it must be answered 2xx, in the runner's report and in
# the mock's log. Other requests of a step (the login before a PIN verify, the command polls) are checked like any.
STEPS: dict[int, tuple[str, str, str]] = {
    1: ("v5 login from a new unique_id", "POST", r"/api/v5/account/login"),
    2: ("PIN resend", "POST", rf"/api/v4/account/{A}/client/{A}/pin/resend/"),
    3: ("PIN verify", "POST", rf"/api/v4/account/{A}/client/{A}/pin/verify/"),
    4: ("homescreen", "GET", rf"/api/v3/accounts/{A}/homescreen"),
    5: ("networks", "GET", r"/networks"),
    6: ("arm", "POST", rf"/api/v1/accounts/{A}/networks/{A}/state/arm"),
    7: ("command polled until complete", "GET", rf"/network/{A}/command/{A}"),
    8: ("armed in homescreen", "GET", rf"/api/v3/accounts/{A}/homescreen"),
    9: ("disarm", "POST", rf"/api/v1/accounts/{A}/networks/{A}/state/disarm"),
    10: ("thumbnail request and poll", "POST", rf"/network/{A}/camera/{A}/thumbnail"),
    11: ("media changed", "GET", rf"/api/v1/accounts/{A}/media/changed"),
    12: ("thumbnail bytes", "GET", r"/.*\.jpg"),
    13: ("clip bytes", "GET", r"/.*\.mp4"),
    14: ("logout", "POST", rf"/api/v4/account/{A}/client/{A}/logout/"),
}


@dataclass(frozen=True)
class Exchange:
    method: str
    path: str  # as homebridge requested it, query included
    status: int | None
    body: str | None

    @property
    def bare_path(self) -> str:
        """The path the mock logs: no scheme, host or query (homebridge fetches media URLs as the API gives them)."""
        return urlsplit(self.path).path

    def __str__(self) -> str:
        answer = "no answer" if self.status is None else f"{self.status} {self.body or '(binary body)'}"
        return f"{self.method} {self.path} -> {answer}"


@dataclass(frozen=True)
class Step:
    number: int
    name: str
    ok: bool
    error: str | None
    exchanges: list[Exchange]


def installed_homebridge() -> str:
    """The path of `node`, once Node and the pinned plugin are both present; skips (fails under CI=true) otherwise."""
    node = shutil.which("node")
    if node is None:
        pytest.skip("Node is not on PATH: install Node 20 and npm, then " + INSTALL)
    if not PACKAGE.is_file():
        pytest.skip(f"homebridge-blink-for-home is not installed in {HOMEBRIDGE}: {INSTALL}")
    version = json.loads(PACKAGE.read_text())["version"]
    assert version == VERSION, f"{PACKAGE} is version {version}, not {VERSION}: {INSTALL}"
    return node


@pytest.fixture
def tls_files(tmp_path: Path) -> tuple[Path, Path, Path, ssl.SSLContext]:
    """A test CA, and a certificate it signed for Blink's REST hosts (one label: rest-<tier>) and the loopback."""
    ca = trustme.CA()
    leaf = ca.issue_cert("*.immedia-semi.com", "localhost", "127.0.0.1")
    ca_file, cert_file, key_file = tmp_path / "ca.pem", tmp_path / "cert.pem", tmp_path / "key.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    leaf.cert_chain_pems[0].write_to_path(str(cert_file))
    leaf.private_key_pem.write_to_path(str(key_file))
    trust = ssl.create_default_context()
    ca.configure_trust(trust)
    return ca_file, cert_file, key_file, trust


def run_homebridge(node: str, port: int, ca_file: Path, home: Path) -> tuple[list[Step], str]:
    # A clean environment: the plugin reads BLINK_EMAIL, BLINK_PIN, ~/.blink and more when they exist.
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(home),
        "BLINK_MOCK_HOST": "127.0.0.1",
        "BLINK_MOCK_PORT": str(port),
        "BLINK_MOCK_CA": str(ca_file),
        "HB_RUN_STEP_TIMEOUT": str(STEP_TIMEOUT),
        **ACCOUNT,
    }
    command = [node, "--require", "./redirect-blink.js", "flow.js"]
    done = subprocess.run(
        command, cwd=HOMEBRIDGE, env=env, capture_output=True, text=True, timeout=RUN_TIMEOUT, check=False
    )
    steps = [parse_step(line) for line in done.stdout.splitlines() if line.startswith("{")]
    said = f"flow.js exited with {done.returncode}\nstdout:\n{done.stdout}\nstderr:\n{done.stderr}"
    return steps, said


def parse_step(line: str) -> Step:
    data: dict[str, Any] = json.loads(line)
    exchanges = [Exchange(e["method"], e["path"], e["status"], e["body"]) for e in data["exchanges"]]
    return Step(data["step"], data["name"], data["ok"], data["error"], exchanges)


def mock_log(base_url: str, trust: ssl.SSLContext) -> list[tuple[str, str, int]]:
    with httpx.Client(base_url=base_url, verify=trust) as http:
        answer = http.get("/__mock__/requests")
        answer.raise_for_status()
        return [(r["method"], r["path"], r["status"]) for r in answer.json()]


def judge(step: Step, logged: list[tuple[str, str, int]]) -> str | None:
    """Why the step failed, naming the request and the answer; None when it passed."""
    name, method, pattern = STEPS[step.number]
    heading = f"step {step.number} {name}"
    lines = [f"      {exchange}" for exchange in step.exchanges] or ["      nothing"]
    sent = "\n    homebridge sent:\n" + "\n".join(lines)
    if not step.ok:
        return f"{heading}: {step.error}{sent}"
    key = [e for e in step.exchanges if e.method == method and re.fullmatch(pattern, e.bare_path)]
    if not key:
        return f"{heading}: the runner says ok, but homebridge sent no {method} {pattern}{sent}"
    if not any(e.status is not None and 200 <= e.status < 300 for e in key):
        return f"{heading}: the runner says ok, but no {method} {pattern} was answered 2xx{sent}"
    for exchange in step.exchanges:
        if (exchange.method, exchange.bare_path, exchange.status) not in logged:
            same = [f"{m} {p} -> {s}" for m, p, s in logged if (m, p) == (exchange.method, exchange.bare_path)]
            return (
                f"{heading}: homebridge reports {exchange.method} {exchange.bare_path} -> {exchange.status}, "
                f"the mock logged {same or 'no such request'}"
            )
    return None


def test_homebridge_logs_in_with_a_pin_arms_snaps_downloads_and_logs_out(
    tmp_path: Path, tls_files: tuple[Path, Path, Path, ssl.SSLContext]
) -> None:
    node = installed_homebridge()
    ca_file, cert_file, key_file, trust = tls_files
    tls = ("--ssl-certfile", str(cert_file), "--ssl-keyfile", str(key_file), "--era", ERA)
    with running_mock(*tls, scheme="https", verify=trust) as base_url:
        steps, said = run_homebridge(node, int(base_url.rsplit(":", 1)[1]), ca_file, tmp_path)
        logged = mock_log(base_url, trust)

    assert [s.number for s in steps] == list(STEPS), f"the runner did not report the 14 steps in order\n{said}"
    assert [s.name for s in steps] == [name for name, _, _ in STEPS.values()], said
    failures = [failure for step in steps if (failure := judge(step, logged))]
    summary = ", ".join(f"{s.number} {'ok' if s.ok and not judge(s, logged) else 'FAILED'}" for s in steps)
    assert not failures, f"homebridge-blink-for-home {VERSION} against the mock: {summary}\n" + "\n".join(failures)
    server_errors = [entry for entry in logged if entry[2] >= 500]
    assert not server_errors, f"the mock answered 5xx: {server_errors}"
