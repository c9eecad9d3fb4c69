"""`blink` under the conditions a scheduled job meets: many processes on one token file, answers the spec does not
describe, and downloads cut short or answered with the wrong thing. Each runs the real script against a real
`blink-mock` process."""

from __future__ import annotations

import json
import subprocess
from typing import Any

import httpx
import pytest
from cli_support import Blink, assert_one_line_error

pytest_plugins = ["cli_fixtures"]

PROCESSES = 8
ROUNDS = 5


def oauth_sign_ins(admin: httpx.Client) -> int:
    requests = admin.get("/__mock__/requests").json()
    return sum(1 for r in requests if r["method"] == "POST" and r["path"] == "/oauth/v2/signin")


# -- many processes on one token file ----------------------------------------------------------------------------
def test_processes_at_once_on_one_token_file_lose_no_session(logged_in: Blink, admin: httpx.Client) -> None:
    # As a scheduled job runs: no password in the environment, so a lost session cannot be papered over by a login.
    env = {key: value for key, value in logged_in.env.items() if not key.startswith("BLINK_")}
    failures: list[str] = []
    lost: list[int] = []  # rounds after which the token file held no refresh token
    for round_ in range(ROUNDS):
        running = [
            subprocess.Popen(
                logged_in.command("status"),
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(PROCESSES)
        ]
        for process in running:
            out, err = process.communicate(timeout=120)
            if process.returncode != 0 or "Home (31001)" not in out:
                failures.append(f"round {round_}: exit {process.returncode}: {err.strip()}")
        if not json.loads(logged_in.token_file.read_text())["refresh_token"]:
            lost.append(round_)

    assert (failures, lost) == ([], []), f"{len(failures)} of {PROCESSES * ROUNDS} runs failed: {failures[:3]}"
    assert oauth_sign_ins(admin) == 0
    # Each run refreshed once, in its turn, with the token the run before it saved: none was refused.
    grants = [r for r in admin.get("/__mock__/requests").json() if r["path"] == "/oauth/token"]
    assert len(grants) == PROCESSES * ROUNDS
    assert all(r["status"] == 200 for r in grants), [r["status"] for r in grants]


def test_a_server_error_on_the_refresh_is_not_taken_for_a_dead_session(logged_in: Blink, admin: httpx.Client) -> None:
    kept = json.loads(logged_in.token_file.read_text())["refresh_token"]
    admin.patch("/__mock__/faults", json={"errors": {"oauth_token": 503}}).raise_for_status()

    result = logged_in("status")  # the password is in the environment: a login would be possible, and wrong

    assert_one_line_error(result, 5, "server error (503)")
    assert oauth_sign_ins(admin) == 0
    assert json.loads(logged_in.token_file.read_text())["refresh_token"] == kept


# -- answers the spec does not describe: exit code 6 -------------------------------------------------------------
NESTED: Any = []
for _ in range(70):  # deeper than the 64 levels a client reads, far from what breaks a parser
    NESTED = [NESTED]


@pytest.mark.parametrize(
    ("drift", "reason"),
    [
        ({"kind": "remove_field", "path": "/networks"}, "the field 'networks' that the spec requires is missing"),
        ({"kind": "change_type", "path": "/networks", "value": "none"}, "not the shape the spec describes"),
        ({"kind": "change_type", "path": "/account", "value": NESTED}, "JSON nested deeper than 64 levels"),
    ],
)
def test_an_answer_the_spec_does_not_describe_exits_6(
    logged_in: Blink, admin: httpx.Client, drift: dict[str, Any], reason: str
) -> None:
    faults = {"drift": [{"operation": "get_homescreen_v3", **drift}]}
    admin.patch("/__mock__/faults", json=faults).raise_for_status()
    line = assert_one_line_error(logged_in("status"), 6, "Blink's answer did not match the spec", reason)
    assert "blink-contract" in line


def test_help_documents_exit_code_6(blink: Blink) -> None:
    assert "6  Blink's answer did not match the spec" in blink.ok("--help")
