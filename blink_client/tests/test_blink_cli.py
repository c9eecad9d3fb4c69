"""The `blink` command line, run as a real process against a real `blink-mock` (and in-process through respx)."""

from __future__ import annotations

import importlib.metadata
import io
import json
import os
import pty
import re
import stat
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from cli_support import DEMO, Blink, assert_one_line_error, sign_ins

import blink_session
from blink_mock.respx_router import mock_router
from blink_session import cli
from blink_session.progress import DownloadBar, ProgressBar, size

pytest_plugins = ["cli_fixtures"]


# -- login and the kept session ----------------------------------------------------------------------------------
def test_login_with_2fa_then_status_does_not_sign_in_again(blink: Blink, admin: httpx.Client) -> None:
    out = blink.ok("login")
    assert "account 22001" in out
    assert sign_ins(admin), "login did not go through the sign-in"
    admin.delete("/__mock__/requests").raise_for_status()

    status = blink.ok("status")

    assert "Home (31001): disarmed" in status
    assert "Front Door (51001)" in status
    assert sign_ins(admin) == []


def test_token_file_is_private_and_has_no_password(logged_in: Blink) -> None:
    mode = stat.S_IMODE(logged_in.token_file.stat().st_mode)
    assert mode == 0o600
    text = logged_in.token_file.read_text()
    assert DEMO["BLINK_PASSWORD"] not in text
    assert "hardware_id" in text


def test_commands_sign_in_by_themselves_when_there_is_no_session(blink: Blink, admin: httpx.Client) -> None:
    assert "Home (31001)" in blink.ok("status")
    assert sign_ins(admin)
    assert blink.token_file.exists()


def test_no_credentials_and_no_terminal_is_an_auth_error(blink: Blink) -> None:
    env = {key: value for key, value in blink.env.items() if not key.startswith("BLINK_")}
    assert_one_line_error(blink("login", env=env), 3, "no credentials", "BLINK_EMAIL")
    # A command that wanted the kept session says which server has none, and how to log in to it.
    login = f"log in with: blink --base-url {blink.mock_url} --token-file {blink.token_file} login"
    assert_one_line_error(blink("status", env=env), 3, f"no session for {blink.mock_url}", login)


def test_a_session_the_server_refused_is_named_expired(logged_in: Blink, admin: httpx.Client) -> None:
    env = {key: value for key, value in logged_in.env.items() if not key.startswith("BLINK_")}
    admin.post("/__mock__/reset").raise_for_status()  # the mock forgets every token it issued
    line = assert_one_line_error(logged_in("status", env=env), 3, f"the session for {logged_in.mock_url}")
    assert "has expired" in line and line.endswith(f"--token-file {logged_in.token_file} login")


def test_wrong_2fa_code_is_an_auth_error(blink: Blink) -> None:
    result = blink("login", env={**blink.env, "BLINK_2FA_CODE": "000000"})
    assert_one_line_error(result, 3, "login refused (401)")


def test_missing_2fa_code_is_an_auth_error(blink: Blink) -> None:
    env = {key: value for key, value in blink.env.items() if key != "BLINK_2FA_CODE"}
    result = blink("login", env=env)
    assert_one_line_error(result, 3, "2FA")


def test_lockout_exits_4_with_the_time_remaining(blink: Blink, admin: httpx.Client) -> None:
    admin.patch("/__mock__/faults", json={"lockout_after_failed_logins": 3}).raise_for_status()
    env = {**blink.env, "BLINK_PASSWORD": "wrong-password"}
    codes = []
    for _ in range(6):
        result = blink("login", env=env)
        codes.append(result.returncode)
        if result.returncode == 4:
            break
        assert_one_line_error(result, 3, "login refused (401)")
        assert "wrong-password" not in result.stderr
    assert codes[-1] == 4, codes
    line = assert_one_line_error(result, 4, "locked out by Blink; try again in ")
    assert line.endswith(" s")
    assert "wrong-password" not in result.stderr
    # Locked out even with the right password now.
    assert_one_line_error(blink("login"), 4, "locked out")


def test_expired_access_token_is_refreshed_without_signing_in(logged_in: Blink, admin: httpx.Client) -> None:
    admin.post("/__mock__/tokens/expire", json={}).raise_for_status()
    assert "Home (31001): disarmed" in logged_in.ok("status")
    assert sign_ins(admin) == []


def test_blocked_client_exits_4(blink: Blink, admin: httpx.Client) -> None:
    blink.token_file.parent.mkdir(parents=True)
    blink.token_file.write_text(json.dumps({"hardware_id": "Home Assistant"}))
    admin.patch("/__mock__/faults", json={"blocked_hardware_ids": ["Home Assistant"]}).raise_for_status()
    assert_one_line_error(blink("login"), 4, "blocked", "406")


def test_unreadable_token_file_is_an_auth_error(blink: Blink) -> None:
    blink.token_file.parent.mkdir(parents=True)
    blink.token_file.write_text("[1, 2]")
    assert_one_line_error(blink("status"), 3, "token file")


# -- arm, disarm, status (the "Done when") ---------------------------------------------------------------
def test_arm_wait_prints_armed_and_status_then_shows_it(logged_in: Blink, admin: httpx.Client) -> None:
    out = logged_in.ok("arm", "Home", "--wait")

    assert out.strip() == "Home (31001): armed"
    assert "Home (31001): armed" in logged_in.ok("status")
    networks = admin.get("/__mock__/state").json()["networks"]
    assert [network["armed"] for network in networks if network["id"] == 31001] == [True]
    assert sign_ins(admin) == []

    assert logged_in.ok("disarm", "Home", "--wait").strip() == "Home (31001): disarmed"
    assert "Home (31001): disarmed" in logged_in.ok("status")


def test_arm_by_id_without_wait_only_sends_the_command(logged_in: Blink) -> None:
    out = logged_in.ok("arm", "31001")
    assert out.startswith("Home (31001): arm command ")
    assert "not waited for" in out


def test_unknown_network_exits_1(logged_in: Blink) -> None:
    assert_one_line_error(logged_in("arm", "Garage", "--wait"), 1, "no network named 'Garage'", "'Home'")


def test_failed_command_exits_1(logged_in: Blink, admin: httpx.Client) -> None:
    admin.patch("/__mock__/faults", json={"failing_commands": ["arm"]}).raise_for_status()
    assert_one_line_error(logged_in("arm", "Home", "--wait"), 1, "command failed")


def test_server_error_exits_5(logged_in: Blink, admin: httpx.Client) -> None:
    admin.patch("/__mock__/faults", json={"errors": {"get_homescreen_v3": 503}}).raise_for_status()
    assert_one_line_error(logged_in("status"), 5, "503")


def test_unreachable_server_exits_5(blink: Blink) -> None:
    blink.mock_url = "http://127.0.0.1:9"  # discard port: nothing listens
    assert_one_line_error(blink("status"), 5, "network error")


# -- cameras and snap --------------------------------------------------------------------------------------------
def test_cameras(logged_in: Blink) -> None:
    out = logged_in.ok("cameras")
    assert "Front Door (51001): camera" in out
    assert "Back Yard (51002): camera" in out
    assert "Living Room (51003): owl" in out


def test_snap_waits_and_prints_the_result(logged_in: Blink, admin: httpx.Client) -> None:
    out = logged_in.ok("snap", "Front Door")
    assert out.startswith("Front Door (51001): thumbnail command ")
    assert " complete" in out
    polls = [r for r in admin.get("/__mock__/requests").json() if "/command/" in r["path"] and r["method"] == "GET"]
    assert polls, "snap did not poll the command"


# -- clips ---------------------------------------------------------------------------------------------------------
def test_clips_list_json(logged_in: Blink) -> None:
    data = json.loads(logged_in.ok("clips", "list", "--since", "7d", "--json"))
    assert {clip["camera"] for clip in data["clips"]} == {"Front Door", "Back Yard", "Living Room"}
    assert all(clip["media"].endswith(".mp4") for clip in data["clips"])
    datetime.fromisoformat(data["since"])


def test_clips_list_since_excludes_older_clips(logged_in: Blink) -> None:
    data = logged_in.json("clips", "list", "--since", "1h")
    assert [clip["camera"] for clip in data["clips"]] == ["Front Door"]  # 45 minutes old; the others are older


def test_clips_download_writes_mp4s_and_skips_them_the_second_time(logged_in: Blink, tmp_path: Path) -> None:
    folder = tmp_path / "clips"
    first = logged_in.json("clips", "download", "--since", "7d", str(folder))

    files = sorted(folder.iterdir())
    assert len(files) == 3
    assert sorted(first["downloaded"]) == [str(path) for path in files]
    assert first["skipped"] == []
    for path in files:
        assert path.suffix == ".mp4"
        assert path.read_bytes()[4:8] == b"ftyp"
    before = {path: path.stat().st_mtime_ns for path in files}

    second = logged_in("clips", "download", "--since", "7d", str(folder))

    assert second.returncode == 0, second.stderr
    assert second.stderr == ""  # no progress bar when the output is not a terminal
    assert "0 downloaded, 3 already present" in second.stdout
    assert {path: path.stat().st_mtime_ns for path in folder.iterdir()} == before


# -- usage -------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "args",
    [
        [],
        ["fly"],
        ["arm"],
        ["snap"],
        ["clips"],
        ["clips", "list"],
        ["clips", "list", "--since", "yesterday"],
        ["clips", "download", "--since", "7d"],
        ["arm", "Home", "--timeout", "0"],
        ["--base-url", "127.0.0.1:8080", "status"],
        ["status", "--base-url", "ftp://127.0.0.1"],
    ],
)
def test_usage_errors_exit_2(blink: Blink, admin: httpx.Client, args: list[str]) -> None:
    line = assert_one_line_error(blink(*args), 2)
    assert re.fullmatch(r"blink: .+ \(see blink( [a-z]+)* --help\)", line), line
    assert admin.get("/__mock__/requests").json() == []


def test_a_usage_error_names_the_command_it_is_about(blink: Blink) -> None:
    line = assert_one_line_error(blink("clips", "download", "--since", "yesterday", "dir"), 2)
    assert line.startswith("blink: clips download: argument --since: 'yesterday' is neither")
    assert line.endswith("(see blink clips download --help)")


def test_version_is_the_installed_distributions(blink: Blink) -> None:
    installed = importlib.metadata.version("blink-api-test-kit")
    result = blink("--version")
    assert (result.returncode, result.stdout, result.stderr) == (0, f"blink {installed}\n", "")
    assert blink_session.__version__ == installed


def exit_codes_in(text: str) -> set[int]:
    return {int(code) for code in re.findall(r"\d+", text)}


def test_every_exit_code_is_documented_in_the_help_and_the_readme(blink: Blink) -> None:
    result = blink("--help")
    assert result.returncode == 0
    in_help = result.stdout.split("exit codes:\n")[1].split("\n\n")[0]
    help_codes = {int(code) for code in re.findall(r"^  (\d+)", in_help, re.MULTILINE)} | exit_codes_in(
        re.findall(r"^  (\d+, \d+)", in_help, re.MULTILINE)[0]
    )
    readme = (Path(cli.__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    table = readme.split("| code | meaning |")[1].split("\n\n")[0]
    readme_codes = set().union(*(exit_codes_in(row.split("|")[1]) for row in table.splitlines()[2:]))
    constants = {value for name, value in vars(cli).items() if name.startswith("EXIT_") and isinstance(value, int)}
    assert help_codes == readme_codes == constants == {0, 1, 2, 3, 4, 5, 6, 130, 143}
    assert "BLINK_2FA_CODE" in result.stdout
    # The installed command points at the installed mock, not at a script of the repository.
    assert "scripts/" not in result.stdout and "blink-mock &" in result.stdout


# -- the --json shapes (documented in blink_client/README.md) -----------------------------------------------------
NETWORK_KEYS = {"id", "name", "armed"}
CAMERA_KEYS = {"id", "name", "network_id", "kind", "enabled", "battery", "status"}
COMMAND_KEYS = {"network_id", "id", "complete", "status_code", "status_msg"}
CLIP_KEYS = {
    "id", "created_at", "camera", "camera_id", "network", "network_id", "type", "source", "watched", "media",
    "thumbnail",
}  # fmt: skip


def test_json_shapes(logged_in: Blink, tmp_path: Path) -> None:
    login = logged_in.json("login")
    assert login == {"account_id": 22001, "tier": "u011", "token_file": str(logged_in.token_file)}

    status = logged_in.json("status")
    assert set(status) == {"account_id", "networks", "cameras"}
    assert status["networks"] == [{"id": 31001, "name": "Home", "armed": False}]
    assert [set(camera) for camera in status["cameras"]] == [CAMERA_KEYS] * 3
    assert {camera["kind"] for camera in status["cameras"]} == {"camera", "owl"}
    assert all(isinstance(camera["enabled"], bool) for camera in status["cameras"])

    assert logged_in.json("cameras") == {"cameras": status["cameras"]}

    arm = logged_in.json("arm", "Home", "--wait")
    assert set(arm) == {"network", "command"}
    assert arm["network"] == {"id": 31001, "name": "Home", "armed": True}
    assert set(arm["command"]) == COMMAND_KEYS
    assert arm["command"]["network_id"] == 31001
    assert arm["command"]["complete"] is True
    assert arm["command"]["status_code"] == 908

    sent = logged_in.json("disarm", "Home")
    assert sent["network"]["armed"] is None
    assert sent["command"]["complete"] is None

    snap = logged_in.json("snap", "51002")
    assert set(snap) == {"camera", "command"}
    assert snap["camera"]["name"] == "Back Yard"
    assert set(snap["command"]) == COMMAND_KEYS

    clips = logged_in.json("clips", "list", "--since", "7d")
    assert set(clips) == {"since", "clips"}
    assert len(clips["clips"]) >= 3  # the scenario's three, and whatever the snap added
    assert all(set(clip) == CLIP_KEYS for clip in clips["clips"])

    download = logged_in.json("clips", "download", "--since", "7d", str(tmp_path / "d"))
    assert set(download) == {"since", "folder", "downloaded", "skipped"}
    assert download["folder"] == str(tmp_path / "d")


# -- in process: main() through the respx router (real hosts, intercepted) ---------------------------------------
@pytest.fixture
def in_process(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Any]:
    for key in [key for key in os.environ if key.startswith("BLINK_")]:
        monkeypatch.delenv(key)
    for key, value in DEMO.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    with mock_router() as router:
        yield router


def test_main_in_process_against_the_real_hosts(
    in_process: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    token_file = str(tmp_path / "token.json")
    assert cli.main(["--token-file", token_file, "login"]) == 0
    assert cli.main(["--token-file", token_file, "arm", "Home", "--wait"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "Home (31001): armed"
    assert in_process.state.networks[31001].armed is True
    assert cli.main(["status", "--token-file", token_file, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["networks"][0]["armed"] is True


def test_main_in_process_usage_error_returns_2(in_process: Any, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["arm"]) == 2
    assert (
        capsys.readouterr().err == "blink: arm: the following arguments are required: NETWORK (see blink arm --help)\n"
    )
    assert cli.main(["--version"]) == 0
    assert capsys.readouterr().out == f"blink {blink_session.__version__}\n"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_download_draws_a_byte_progress_bar_only_on_a_terminal(
    in_process: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    token_file = str(tmp_path / "token.json")

    def download(folder: str, *options: str, stdout: io.StringIO, stderr: io.StringIO) -> str:
        monkeypatch.setattr(sys, "stdout", stdout)
        monkeypatch.setattr(sys, "stderr", stderr)
        argv = ["--token-file", token_file, "clips", "download", "--since", "7d", *options, str(tmp_path / folder)]
        assert cli.main(argv) == 0
        assert len(list((tmp_path / folder).iterdir())) == 3
        return stderr.getvalue()

    drawn = download("a", stdout=_Terminal(), stderr=_Terminal())
    assert "\r[" in drawn and drawn.endswith("\n")
    assert re.search(r"\] \d+(\.\d)? k?B / \d+(\.\d)? k?B \(file 1\) ", drawn), drawn  # bytes, not files
    assert "(file 3 of 3)" in drawn
    # Not when either stream is not a terminal (a log, a pipe), nor when turned off.
    assert download("b", stdout=io.StringIO(), stderr=_Terminal()) == ""
    assert download("c", stdout=_Terminal(), stderr=io.StringIO()) == ""
    assert download("d", "--no-progress", stdout=_Terminal(), stderr=_Terminal()) == ""


def test_the_progress_bar_on_a_real_terminal(logged_in: Blink, tmp_path: Path) -> None:
    # `blink` in a pseudo-terminal, as a person runs it: the bar is drawn; with --no-progress it is not.
    for options, expect_bar in (((), True), (("--no-progress",), False)):
        controller, terminal = pty.openpty()
        folder = tmp_path / f"clips{len(options)}"
        command = logged_in.command("clips", "download", "--since", "7d", *options, str(folder))
        process = subprocess.Popen(
            command, env=logged_in.env, stdin=subprocess.DEVNULL, stdout=terminal, stderr=terminal
        )
        os.close(terminal)
        output = b""
        while True:
            try:
                chunk = os.read(controller, 4096)
            except OSError:  # the terminal closed: blink exited
                break
            if not chunk:
                break
            output += chunk
        os.close(controller)
        assert process.wait(timeout=60) == 0, output
        text = output.decode()
        assert ("\r[" in text and "(file 1" in text) is expect_bar, text
        assert "3 downloaded, 0 already present" in text


def test_download_bar_draws_bytes_at_most_every_interval() -> None:
    stream, now = io.StringIO(), [0.0]
    bar = DownloadBar(stream, width=10, interval=0.1, clock=lambda: now[0])
    bar.received(0, 4000, "a.mp4")
    bar.received(1000, 4000, "a.mp4")  # too soon: not drawn
    now[0] = 0.2
    bar.received(2000, 4000, "a.mp4")
    bar.received(4000, 4000, "a.mp4")  # complete: always drawn
    bar.file_done(1, 2, "a.mp4")
    bar.received(1500, None, "b.jpg")  # no Content-Length: an empty bar and the bytes so far
    bar.finish()
    lines = stream.getvalue().split("\r")[1:]
    assert [line.rstrip() for line in lines] == [
        "[..........] 0 B / 4.0 kB (file 1) a.mp4",
        "[#####.....] 2.0 kB / 4.0 kB (file 1) a.mp4",
        "[##########] 4.0 kB / 4.0 kB (file 1) a.mp4",
        "[..........] 1.5 kB (file 2 of 2) b.jpg",
    ]
    assert stream.getvalue().endswith("\n")


@pytest.mark.parametrize(
    ("count", "text"), [(0, "0 B"), (999, "999 B"), (1000, "1.0 kB"), (1_234_567, "1.2 MB"), (5 * 10**12, "5000.0 GB")]
)
def test_sizes(count: int, text: str) -> None:
    assert size(count) == text


# -- units -------------------------------------------------------------------------------------------------------
NOW = datetime(2026, 1, 10, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("24h", NOW - timedelta(hours=24)),
        ("7d", NOW - timedelta(days=7)),
        ("90m", NOW - timedelta(minutes=90)),
        ("2w", NOW - timedelta(weeks=2)),
        ("30s", NOW - timedelta(seconds=30)),
        ("2026-01-05T07:30:00+01:00", datetime(2026, 1, 5, 6, 30, tzinfo=UTC)),
        ("2026-01-05T07:30Z", datetime(2026, 1, 5, 7, 30, tzinfo=UTC)),
    ],
)
def test_parse_when(text: str, expected: datetime) -> None:
    assert cli.parse_when(text, now=NOW) == expected


def test_parse_when_naive_is_local_time() -> None:
    parsed = cli.parse_when("2026-01-05")
    assert parsed.tzinfo is not None
    assert parsed.replace(tzinfo=None) == datetime(2026, 1, 5)


@pytest.mark.parametrize("text", ["yesterday", "7", "d7", "-1d", ""])
def test_parse_when_rejects(text: str) -> None:
    with pytest.raises(Exception, match="neither an ISO date"):
        cli.parse_when(text, now=NOW)


def test_progress_bar_redraws_one_line() -> None:
    stream = io.StringIO()
    bar = ProgressBar(stream, width=10)
    bar(1, 4, "a.mp4")
    bar(4, 4, "b.mp4")
    bar.finish()
    assert stream.getvalue() == "\r[##........] 1/4 a.mp4\r[##########] 4/4 b.mp4\n"


def test_secrets_are_redacted() -> None:
    secrets = cli.Secrets()
    secrets.add("demo-password")
    assert secrets.redact("bad password demo-password") == "bad password ***"


def test_main_in_process_with_an_answer_too_deep_to_read(
    in_process: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    token_file = str(tmp_path / "token.json")
    in_process.get(url__regex=r".*/homescreen$").respond(200, content=b"[" * 100_000 + b"]" * 100_000)
    assert cli.main(["--token-file", token_file, "status"]) == 6
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines() == [
        "blink: Blink's answer did not match the spec (200: JSON nested deeper than 64 levels); "
        "run blink-contract to see what drifted"
    ]
