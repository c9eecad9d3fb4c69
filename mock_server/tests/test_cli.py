"""blink-mock as a process: it serves over HTTP and HTTPS, documents its accounts, and refuses bad set-ups."""

from __future__ import annotations

import re
import socket
import ssl
from importlib.metadata import version
from pathlib import Path

import httpx
import pytest
import trustme
from running_mock import free_port, run_blink_mock, running_mock

import blink_contract
import blink_mock

README = Path(__file__).parents[1] / "README.md"


def test_cli_serves_the_api_and_the_spec() -> None:
    with running_mock() as base_url, httpx.Client(base_url=base_url) as http:
        version = http.get("/api/v1/version")
        assert version.status_code == 200
        assert version.json()["code"] == 103
        spec = http.get("/openapi.yaml")
        assert spec.status_code == 200
        assert spec.headers["content-type"].startswith("application/yaml")
        assert spec.text.startswith("openapi: 3.1.0")


def test_cli_serves_a_scenario_file(tmp_path: Path) -> None:
    scenario = tmp_path / "solo.yaml"
    scenario.write_text(
        "accounts:\n  - {id: 900, email: solo@example.com, password: pw, networks: [{id: 901, name: Shed}]}\n"
    )
    with running_mock("--scenario", str(scenario)) as base_url, httpx.Client(base_url=base_url) as http:
        accounts = http.get("/__mock__/state").json()["accounts"]
        assert [a["email"] for a in accounts] == ["solo@example.com"]


def test_cli_bad_scenario_exits_2_with_one_line(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("accounts: [\n")
    not_a_scenario = tmp_path / "list.yaml"
    not_a_scenario.write_text("- 1\n- 2\n")
    for path in (broken, not_a_scenario, tmp_path / "missing.yaml"):
        result = run_blink_mock("--scenario", str(path))
        assert result.returncode == 2, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert result.stderr.startswith("blink-mock: ")
        assert "Traceback" not in result.stderr


def test_cli_certificate_without_key_exits_2(tmp_path: Path) -> None:
    cert = tmp_path / "cert.pem"
    cert.write_text("not used")
    result = run_blink_mock("--ssl-certfile", str(cert))
    assert result.returncode == 2
    assert result.stderr.strip() == "blink-mock: --ssl-certfile and --ssl-keyfile must be given together"


def test_cli_help_documents_accounts_and_admin_endpoints() -> None:
    result = run_blink_mock("--help")
    assert result.returncode == 0
    for text in ("demo@example.com", "demo-password", "123456", "other@example.com", "other-password"):
        assert text in result.stdout
    for text in ("/__mock__/reset", "/__mock__/requests", "/__mock__/faults", "/docs", "--ssl-certfile"):
        assert text in result.stdout


def test_cli_serves_https_with_the_given_certificate(tmp_path: Path) -> None:
    ca = trustme.CA()
    server_cert = ca.issue_cert("api.oauth.blink.com", "rest-u011.immedia-semi.com", "127.0.0.1")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    server_cert.private_key_pem.write_to_path(str(key))
    server_cert.cert_chain_pems[0].write_to_path(str(cert))
    trusted = ssl.create_default_context()
    ca.configure_trust(trusted)

    args = ("--ssl-certfile", str(cert), "--ssl-keyfile", str(key))
    with running_mock(*args, scheme="https", verify=trusted) as base_url:
        assert base_url.startswith("https://")
        with httpx.Client(base_url=base_url, verify=trusted) as http:
            assert http.get("/api/v1/version").json()["code"] == 103
        # A client that does not trust the mock's CA is refused: the server really speaks TLS with that certificate.
        with httpx.Client(base_url=base_url) as untrusting, pytest.raises(httpx.ConnectError, match="CERTIFICATE"):
            untrusting.get("/api/v1/version")


def test_cli_version_is_the_kits_one_version() -> None:
    result = run_blink_mock("--version")
    assert result.returncode == 0
    assert result.stdout == f"blink-mock {version('blink-api-test-kit')}\n"
    assert blink_mock.__version__ == blink_contract.__version__ == version("blink-api-test-kit")


@pytest.mark.parametrize("args", [["--port", "x"], ["--bogus"], ["--log-level", "loud"], ["--scenario"]])
def test_cli_usage_errors_exit_2_with_one_line(args: list[str]) -> None:
    result = run_blink_mock(*args)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("blink-mock: ") and result.stderr.endswith("(see blink-mock --help)\n")
    assert result.stdout == ""


def test_cli_port_in_use_exits_3() -> None:
    with socket.socket() as taken:
        port = free_port()
        taken.bind(("127.0.0.1", port))
        taken.listen()
        result = run_blink_mock("--port", str(port), "--log-level", "warning")
    assert result.returncode == 3, result.stderr
    assert "address already in use" in result.stderr


def test_cli_exit_codes_are_documented_in_help_and_readme() -> None:
    help_text = run_blink_mock("--help").stdout
    in_help = dict(re.findall(r"^  (\d)  (.+)$", help_text.partition("exit codes:")[2], re.MULTILINE))
    readme = README.read_text()
    in_readme = dict(re.findall(r"^\| (\d) \| (.+) \|$", readme, re.MULTILINE))
    assert set(in_help) == set(in_readme) == {"0", "2", "3"}
