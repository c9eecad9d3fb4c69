"""The base install (no [mock] extra): the pytest plugin still loads, and what needs the mock says how to get it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from running_mock import BLINK_MOCK
from without_modules import environment_without, extra_modules

from blink_mock.extra import MODULES

ADVICE = "the [mock] extra is not installed"
INSTALL = "install it with: pip install 'blink-api-test-kit[mock]'"

USES_THE_MOCK = """
def test_uses_the_mock(blink_client):
    pass


def test_uses_nothing_of_it():
    pass
"""


def test_the_refused_modules_are_those_of_the_mock_extra() -> None:
    assert extra_modules("mock") <= MODULES


def test_plugin_without_the_extra_fails_the_tests_that_use_it_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "test_user.py").write_text(USES_THE_MOCK)
    environment = environment_without(MODULES, tmp_path / "site")
    # Only pytest and this plugin, as in a project that installed the kit without extras.
    environment["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "blink_mock", "-q", "-rE", "test_user.py"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=tmp_path,
        env=environment,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "1 passed, 1 error" in done.stdout
    reasons = [line for line in done.stdout.splitlines() if ADVICE in line]
    assert reasons and reasons[0] == f"blink_mock fixtures: {ADVICE} (no module 'starlette'); {INSTALL}"
    assert "Traceback" not in done.stdout and "ModuleNotFoundError" not in done.stdout


@pytest.mark.parametrize("module", sorted(MODULES - {"respx"}))  # blink-mock serves without respx
def test_blink_mock_without_the_extra_exits_2_in_one_line(module: str, tmp_path: Path) -> None:
    done = subprocess.run(
        [str(BLINK_MOCK), "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=environment_without({module}, tmp_path / "site"),
    )
    assert done.returncode == 2, done.stdout + done.stderr
    assert done.stdout == ""
    assert done.stderr == f"blink-mock: {ADVICE} (no module {module!r}); {INSTALL}\n"
