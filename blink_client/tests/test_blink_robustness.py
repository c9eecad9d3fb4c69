"""`blink` under the conditions a scheduled job meets: many processes on one token file, answers the spec does not
describe, and downloads cut short or answered with the wrong thing. Each runs the real script against a real
`blink-mock` process."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from cli_support import DEMO, Blink, assert_one_line_error

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
        if not logged_in.saved()["refresh_token"]:
            lost.append(round_)

    assert (failures, lost) == ([], []), f"{len(failures)} of {PROCESSES * ROUNDS} runs failed: {failures[:3]}"
    assert oauth_sign_ins(admin) == 0
    # Each run refreshed once, in its turn, with the token the run before it saved: none was refused.
    grants = [r for r in admin.get("/__mock__/requests").json() if r["path"] == "/oauth/token"]
    assert len(grants) == PROCESSES * ROUNDS
    assert all(r["status"] == 200 for r in grants), [r["status"] for r in grants]


def test_a_server_error_on_the_refresh_is_not_taken_for_a_dead_session(logged_in: Blink, admin: httpx.Client) -> None:
    kept = logged_in.saved()["refresh_token"]
    admin.patch("/__mock__/faults", json={"errors": {"oauth_token": 503}}).raise_for_status()

    result = logged_in("status")  # the password is in the environment: a login would be possible, and wrong

    assert_one_line_error(result, 5, "server error (503)")
    assert oauth_sign_ins(admin) == 0
    assert logged_in.saved()["refresh_token"] == kept


# -- answers the spec does not describe: exit code 6 -------------------------------------------------------------
# 61 levels is as deep as the mock takes a drift value (its admin body stops at 64); put four levels down in the
# homescreen it makes an answer 65 deep: deeper than the 64 levels a client reads, far from what breaks a parser.
NESTED: Any = "deep"
for _ in range(61):
    NESTED = [NESTED]


@pytest.mark.parametrize(
    ("drift", "reason"),
    [
        ({"kind": "remove_field", "path": "/networks"}, "the field 'networks' that the spec requires is missing"),
        ({"kind": "change_type", "path": "/networks", "value": "none"}, "not the shape the spec describes"),
        (
            {"kind": "change_type", "path": "/cameras/0/signals/lfr", "value": NESTED},
            "JSON nested deeper than 64 levels",
        ),
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
    assert re.search(r"^  6 +Blink's answer did not match the spec", blink.ok("--help"), re.MULTILINE)


# -- downloads: verified before they are kept --------------------------------------------------------------------
STALLED_DOWNLOAD = Path(__file__).with_name("stalled_download.py")
TESTS = str(Path(__file__).parent)


def temporary_files(folder: Path) -> list[Path]:
    return [path for path in folder.iterdir() if path.name.startswith(".")]


def in_process_blink(tmp_path: Path, *args: str, stall: bool) -> subprocess.Popen[str]:
    """`blink --token-file ... ARGS` in a process of its own, against the in-process mock (stalled_download.py)."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("BLINK_")}
    env.update(DEMO)
    env["PYTHONPATH"] = os.pathsep.join([TESTS, env.get("PYTHONPATH", "")])
    if stall:
        env["STALL"] = "1"
    command = [sys.executable, str(STALLED_DOWNLOAD), "--token-file", str(tmp_path / "token.json"), *args]
    pipe = subprocess.PIPE
    return subprocess.Popen(command, env=env, stdin=subprocess.DEVNULL, stdout=pipe, stderr=pipe, text=True)


def wait_for_temporary_file(process: subprocess.Popen[str], folder: Path) -> None:
    deadline = time.monotonic() + 60
    while not (folder.is_dir() and temporary_files(folder)):
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "no temporary file appeared"
        time.sleep(0.05)


def assert_every_file_verifies(folder: Path) -> None:
    for path in folder.iterdir():
        data = path.read_bytes()
        assert data[4:8] == b"ftyp" if path.suffix == ".mp4" else data[:3] == b"\xff\xd8\xff", path


@pytest.mark.parametrize("stop", [signal.SIGKILL, signal.SIGTERM])
def test_a_download_killed_mid_file_leaves_nothing_a_later_run_keeps(tmp_path: Path, stop: signal.Signals) -> None:
    folder = tmp_path / "clips"
    stalled = in_process_blink(tmp_path, "clips", "download", "--since", "7d", str(folder), stall=True)
    wait_for_temporary_file(stalled, folder)
    stalled.send_signal(stop)
    _, err = stalled.communicate(timeout=60)
    if stop == signal.SIGTERM:  # a catchable stop cleans up at once, in one line
        assert stalled.returncode == 143 and err == "blink: terminated\n"
        assert list(folder.iterdir()) == []
    else:
        assert [path.name.endswith(".part") for path in folder.iterdir()] == [True]  # what a SIGKILL leaves

    later = in_process_blink(tmp_path, "--json", "clips", "download", "--since", "7d", str(folder), stall=False)
    out, err = later.communicate(timeout=120)

    assert later.returncode == 0, err
    assert len(json.loads(out)["downloaded"]) == 3
    assert temporary_files(folder) == []
    assert sorted(path.suffix for path in folder.iterdir()) == [".mp4"] * 3
    assert_every_file_verifies(folder)


def test_a_clip_answered_with_another_content_type_is_refused(
    logged_in: Blink, admin: httpx.Client, tmp_path: Path
) -> None:
    drift = [{"operation": "download_media_clip_v3", "kind": "content_type", "content_type": "text/html"}]
    admin.patch("/__mock__/faults", json={"drift": drift}).raise_for_status()
    folder = tmp_path / "clips"
    result = logged_in("clips", "download", "--since", "7d", str(folder))
    line = assert_one_line_error(result, 6, "video/mp4", "text/html")
    assert "did not match the spec" in line
    assert list(folder.iterdir()) == []


def test_files_that_do_not_verify_are_downloaded_again(logged_in: Blink, tmp_path: Path) -> None:
    folder = tmp_path / "clips"
    first = logged_in.json("clips", "download", "--since", "7d", "--thumbnails", str(folder))
    clips = sorted(Path(path) for path in first["downloaded"] if path.endswith(".mp4"))
    thumbnail = next(Path(path) for path in first["downloaded"] if path.endswith(".jpg"))
    truncated, html, good = clips
    truncated.write_bytes(truncated.read_bytes()[:-100])  # the start of a real clip: its signature is right
    html.write_bytes(b"<html><body>Access denied</body></html>")
    thumbnail.write_bytes(thumbnail.read_bytes()[:200])
    untouched = good.stat().st_mtime_ns

    second = logged_in.json("clips", "download", "--since", "7d", "--thumbnails", str(folder))

    assert sorted(second["downloaded"]) == sorted(str(path) for path in (truncated, html, thumbnail))
    assert len(second["skipped"]) == 3 and str(good) in second["skipped"]
    assert good.stat().st_mtime_ns == untouched
    assert_every_file_verifies(folder)
