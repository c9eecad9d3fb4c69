"""Helpers of the tests that run the `blink` script as a real process against a real `blink-mock` (the fixtures
are in `cli_fixtures.py`)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx

BLINK = Path(sys.executable).with_name("blink")
DEMO = {"BLINK_EMAIL": "demo@example.com", "BLINK_PASSWORD": "demo-password", "BLINK_2FA_CODE": "123456"}
SIGN_IN_PATHS = ("/oauth/v2/", "/login", "/account/login", "/pin/")  # the refresh grant (/oauth/token) is not one


class Blink:
    """Runs the `blink` script against the mock with a temp token file and the given credentials."""

    def __init__(self, mock_url: str, tmp_path: Path) -> None:
        self.mock_url = mock_url
        self.token_file = tmp_path / "config" / "token.json"
        self.env = {key: value for key, value in os.environ.items() if not key.startswith("BLINK_")}
        self.env["XDG_CONFIG_HOME"] = str(tmp_path / "xdg")  # the default token path, should anything use it
        self.env.update(DEMO)

    def saved(self) -> dict[str, Any]:
        """The session the token file keeps for this mock (its server key is its base URL)."""
        session: dict[str, Any] = json.loads(self.token_file.read_text())["sessions"][self.mock_url]
        return session

    def command(self, *args: str) -> list[str]:
        return [str(BLINK), "--base-url", self.mock_url, "--token-file", str(self.token_file), *args]

    def __call__(self, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self.command(*args),
            env=env if env is not None else self.env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    def ok(self, *args: str) -> str:
        result = self(*args)
        assert result.returncode == 0, f"blink {' '.join(args)} exited {result.returncode}: {result.stderr}"
        assert result.stderr == ""
        return result.stdout

    def json(self, *args: str) -> Any:
        return json.loads(self.ok("--json", *args))


def sign_ins(admin: httpx.Client) -> list[dict[str, Any]]:
    requests: list[dict[str, Any]] = admin.get("/__mock__/requests").json()
    return [r for r in requests if any(part in r["path"] for part in SIGN_IN_PATHS)]


def assert_one_line_error(result: subprocess.CompletedProcess[str], code: int, *fragments: str) -> str:
    assert result.returncode == code, (result.returncode, result.stdout, result.stderr)
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("blink: ")
    assert "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in lines[0]
    for secret in DEMO.values():
        assert secret not in result.stderr or secret == DEMO["BLINK_EMAIL"]
    return lines[0]
