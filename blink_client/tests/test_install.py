"""The kit as a user installs it: the wheel, in fresh environments, without the development tools.

- The base install (no extras) is the clients and `blink`: no starlette, uvicorn, respx or schemathesis, and it
  logs in to a mock and reads the account. pytest works in it, with the kit's plugin auto-loaded.
- The runtime install (`[mock,contract]`, no `[dev]`) checks what the development environment checks: a
  timestamp in another spelling is drift there too, whatever else happens to be installed.
- A project with its own `mock_server` package runs pytest with the full kit installed.

The environments are cached in `.venv-tests/` by the hash of pyproject.toml (their dependencies); the kit's own
wheel is built and reinstalled into them on every run.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import subprocess
import sys
import venv
import zipfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from running_mock import running_mock

from blink_mock import MockState, create_app
from blink_mock.transport import SyncASGITransport

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".venv-tests"


def run(*args: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600, check=False
    )
    assert done.returncode == 0, f"{' '.join(map(str, args))} failed:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
    return done.stdout


@pytest.fixture(scope="session")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--disable-pip-version-check", "-w", out, ROOT)
    (built,) = out.glob("blink_api_test_kit-*.whl")
    return built


def environment(wheel: Path, extras: str, *more: str) -> Path:
    """A venv with the kit's wheel (and `extras`), its dependencies cached by the hash of pyproject.toml."""
    key = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + " ".join(more).encode()).hexdigest()[:12]
    home = CACHE / f"{extras or 'base'}-{key}"
    python = home / "bin" / "python"
    pip: list[str | Path] = [python, "-m", "pip", "--disable-pip-version-check", "--quiet"]
    CACHE.mkdir(exist_ok=True)
    # pytest-xdist's workers each ask for the same environments: one builds it while the others wait.
    with (CACHE / f"{home.name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (home / ".ready").exists():
            venv.EnvBuilder(with_pip=True, clear=True).create(home)
            run(*pip, "install", f"{wheel}[{extras}]" if extras else wheel, *more)
            (home / ".ready").touch()
        # Reinstalled only when the kit changed: each xdist worker builds its own wheel, and a reinstall while the
        # other worker runs `blink` from the environment would take the script away under it.
        contents = wheel_contents(wheel)
        if not (home / ".wheel").exists() or (home / ".wheel").read_text() != contents:
            run(*pip, "install", "--no-deps", "--force-reinstall", wheel)
            (home / ".wheel").write_text(contents)
    return home


def wheel_contents(wheel: Path) -> str:
    """A hash of the files in the wheel, not of the zip (whose timestamps differ from build to build)."""
    digest = hashlib.sha256()
    with zipfile.ZipFile(wheel) as archive:
        for name in sorted(archive.namelist()):
            digest.update(name.encode() + b"\0" + archive.read(name))
    return digest.hexdigest()


@pytest.fixture(scope="session")
def base(wheel: Path) -> Path:
    return environment(wheel, "", "pytest")


@pytest.fixture(scope="session")
def runtime(wheel: Path) -> Path:
    return environment(wheel, "mock,contract", "pytest")


@pytest.fixture
def mock_url() -> Iterator[str]:
    with running_mock() as url:
        yield url


def test_the_base_install_has_no_server_or_contract_dependencies(base: Path) -> None:
    script = (
        "import importlib.util, json\n"
        "names = ['starlette', 'uvicorn', 'respx', 'schemathesis', 'yaml', 'jsonschema']\n"
        "print(json.dumps({n: importlib.util.find_spec(n) is not None for n in names}))\n"
    )
    found = json.loads(run(base / "bin" / "python", "-c", script))
    assert not any(found.values()), found


def test_the_base_install_logs_in_and_reads_the_account(base: Path, mock_url: str, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "XDG_CONFIG_HOME": str(tmp_path),
        "BLINK_EMAIL": "other@example.com",
        "BLINK_PASSWORD": "other-password",
    }
    shown = run(base / "bin" / "blink", "--base-url", mock_url, "status", env=env)
    assert "Cabin" in shown
    version = run(
        base / "bin" / "python", "-c", "import importlib.metadata as m; print(m.version('blink-api-test-kit'))"
    )
    assert run(base / "bin" / "blink", "--version") == f"blink {version}"
    assert "scripts/" not in run(base / "bin" / "blink", "--help")  # the repository's scripts are not installed


def test_pytest_works_in_the_base_install(base: Path, tmp_path: Path) -> None:
    (tmp_path / "test_user.py").write_text("def test_nothing_special():\n    assert True\n", encoding="utf-8")
    output = run(base / "bin" / "python", "-m", "pytest", "-q", "-p", "no:cacheprovider", cwd=tmp_path)
    assert "1 passed" in output


def test_a_plain_install_reports_a_timestamp_in_another_spelling(runtime: Path, tmp_path: Path) -> None:
    script = (
        "from blink_spec import first_error\n"
        "print(first_error('/components/schemas/Timestamp', '11/26/2026 10:00 AM'))\n"
        "print(first_error('/components/schemas/Timestamp', '2026-11-26T10:00:00+00:00'))\n"
    )
    refused, accepted = run(runtime / "bin" / "python", "-c", script).splitlines()
    assert "date-time" in refused and accepted == "None"


def test_a_plain_install_reports_timestamp_drift_in_a_recording_with_exit_1(runtime: Path, tmp_path: Path) -> None:
    # The drift of the formats issue: a homescreen whose network `created_at` reads like a US clock. The answer is
    # the mock's own, so that nothing but the timestamp differs from the spec.
    state = MockState()
    account = state.account_by_email("demo@example.com")
    assert account is not None
    token = state.issue_token(account.id, "access").value
    rest = "https://rest-u011.immedia-semi.com"
    with httpx.Client(transport=SyncASGITransport(create_app(state)), base_url=rest) as client:
        path = f"/api/v3/accounts/{account.id}/homescreen"
        body = client.get(path, headers={"Authorization": f"Bearer {token}"}).raise_for_status().json()
    body["networks"][0]["created_at"] = "11/26/2026 10:00 AM"
    exchange = {
        "method": "GET",
        "url": rest + path,
        "status": 200,
        "response_headers": {"Content-Type": "application/json"},
        "response_body": json.dumps(body),
    }
    recording = tmp_path / "homescreen.jsonl"
    recording.write_text(json.dumps(exchange) + "\n", encoding="utf-8")
    report = tmp_path / "report"
    done = subprocess.run(
        [runtime / "bin" / "blink-contract", "validate-recording", recording, "--report-dir", report],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    found = (report / "report.json").read_text(encoding="utf-8")
    assert "schema_violation" in found and "/networks/0/created_at" in found, found[-2000:]


def test_a_project_with_its_own_mock_server_package_runs_pytest(runtime: Path, tmp_path: Path) -> None:
    (tmp_path / "mock_server").mkdir()
    (tmp_path / "mock_server" / "__init__.py").write_text("ANSWER = 42\n", encoding="utf-8")
    (tmp_path / "test_mine.py").write_text(
        "from mock_server import ANSWER\n\ndef test_mine():\n    assert ANSWER == 42\n", encoding="utf-8"
    )
    output = run(runtime / "bin" / "python", "-m", "pytest", "-q", "-p", "no:cacheprovider", cwd=tmp_path)
    assert "1 passed" in output
