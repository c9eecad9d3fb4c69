"""Answers nested too deep or too large, in every place the contract tools read JSON, and the tool's last guard.

Python's JSON parser, the schema validation and the report's quoting all recurse once per level of nesting: a
body a thousand levels deep used to end `blink-contract` with a RecursionError traceback and exit 1 (the code
for drift). Each test here feeds such an input where the tool reads it: a recorded body (HAR and JSON lines),
the recording file itself, a live answer, a login answer and the token file.
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from blink_contract import cli, limits
from blink_contract.session import load_token_file
from blink_contract.throttle import Throttle
from blink_mock.respx_router import BlinkMockRouter, mock_router
from blink_session import token_store
from blink_session.errors import BlinkError

DEPTHS = (65, 1_000, 100_000)  # just over the limit, past Python's recursion limit, far past it
TOO_DEEP = "body nested deeper than 64 levels"
TOO_LARGE = "body larger than 16 MiB"
NETWORKS_URL = "https://rest-u011.immedia-semi.com/networks"
OTHER = {"BLINK_EMAIL": "other@example.com", "BLINK_PASSWORD": "other-password"}


def nested(depth: int) -> str:
    """A list_networks answer whose containers nest `depth` levels deep (the outer object is level 1)."""
    inner = depth - 1
    return '{"networks": ' + "[" * inner + "]" * inner + "}"


def large() -> str:
    """A list_networks answer just over 16 MiB, shallow and otherwise valid."""
    return json.dumps({"networks": [], "summary": {}, "padding": "x" * limits.MAX_BYTES})


def record(body: str, url: str = NETWORKS_URL) -> dict[str, Any]:
    return {
        "method": "GET",
        "url": url,
        "status": 200,
        "response_headers": {"Content-Type": "application/json"},
        "response_body": body,
    }


def har(*bodies: str) -> str:
    entries = [
        {
            "request": {"method": "GET", "url": NETWORKS_URL, "headers": []},
            "response": {
                "status": 200,
                "headers": [{"name": "Content-Type", "value": "application/json"}],
                "content": {"mimeType": "application/json", "text": body},
            },
        }
        for body in bodies
    ]
    return json.dumps({"log": {"version": "1.2", "entries": entries}})


def findings(report_dir: Path) -> list[tuple[str, str]]:
    document = json.loads((report_dir / "report.json").read_text(encoding="utf-8"))
    return [(f["kind"], f["message"]) for entry in document["operations"] for f in entry["findings"]]


def one_line(err: str) -> bool:
    return err.count("\n") == 1 and err.startswith("blink-contract: ") and "Traceback" not in err


# -- the limits themselves
def test_the_limit_is_64_levels() -> None:
    assert limits.loads(nested(64)) == json.loads(nested(64))
    for depth in DEPTHS:
        with pytest.raises(limits.TooComplex, match=f"^{TOO_DEEP}$"):
            limits.loads(nested(depth))
    assert limits.problem(nested(64)) is None and limits.problem(nested(65)) == TOO_DEEP
    # Depth counts containers on one path, not containers in all: a wide answer is fine.
    assert limits.problem(json.dumps({"a": [[[1]]] * 10_000, "b": {"c": {}}})) is None


def test_the_limit_is_16_mib_and_not_json_is_no_limit() -> None:
    assert limits.problem(large()) == TOO_LARGE
    assert limits.problem(large().encode()) == TOO_LARGE
    assert limits.problem(b"x" * (limits.MAX_BYTES + 1)) == TOO_LARGE  # what a live answer cut short looks like
    assert limits.problem(b"<html>[[[[</html>") is None  # not JSON: that is the checks' business
    with pytest.raises(ValueError):
        limits.loads("<html>")
    assert limits.problem("[" * 100_000, what="recording") == "recording nested deeper than 64 levels"


# -- recordings: a deep or large body is a finding of its exchange
@pytest.mark.parametrize("depth", DEPTHS)
def test_a_deep_recorded_body_is_a_finding(tmp_path: Path, capsys: Any, depth: int) -> None:
    path = tmp_path / "deep.jsonl"
    good = record(json.dumps({"networks": [], "summary": {}}))
    path.write_text(json.dumps(good) + "\n" + json.dumps(record(nested(depth))) + "\n", encoding="utf-8")
    report_dir = tmp_path / "report"
    assert cli.main(["validate-recording", str(path), "--report-dir", str(report_dir)]) == 1
    assert findings(report_dir) == [("schema_violation", TOO_DEEP)]
    assert "2 exchanges checked, 1 drifted (1 findings)" in capsys.readouterr().out


def test_a_recorded_body_64_levels_deep_is_checked_as_usual(tmp_path: Path, capsys: Any) -> None:
    path = tmp_path / "deep.jsonl"
    path.write_text(json.dumps(record(nested(64))) + "\n", encoding="utf-8")
    report_dir = tmp_path / "report"
    assert cli.main(["validate-recording", str(path), "--report-dir", str(report_dir)]) == 1
    seen = findings(report_dir)
    # A network that is a list of lists is wrong, and said so where it is; the summary is missing.
    assert [kind for kind, _message in seen] == ["schema_violation", "missing_required"], seen
    assert seen[0][1].startswith("/networks/0: ") and "nested deeper" not in seen[0][1]
    capsys.readouterr()


def test_deep_and_large_bodies_in_a_har_are_findings_of_their_entries(tmp_path: Path, capsys: Any) -> None:
    path = tmp_path / "traffic.har"
    fine = json.dumps({"networks": [], "summary": {}})
    path.write_text(har(fine, nested(100_000), large(), fine), encoding="utf-8")
    report_dir = tmp_path / "report"
    assert cli.main(["validate-recording", str(path), "--report-dir", str(report_dir)]) == 1
    document = json.loads((report_dir / "report.json").read_text(encoding="utf-8"))
    per_entry = [[f["message"] for f in entry["findings"]] for entry in document["operations"]]
    assert per_entry == [[], [TOO_DEEP], [TOO_LARGE], []]
    capsys.readouterr()


def test_a_deep_recorded_request_body_is_left_out_of_the_case(tmp_path: Path, capsys: Any) -> None:
    line = {**record(json.dumps({"networks": [], "summary": {}})), "request_body": "[" * 100_000}
    line["request_headers"] = {"Content-Type": "application/json"}
    path = tmp_path / "request.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    assert cli.main(["validate-recording", str(path), "--report-dir", str(tmp_path / "report")]) == 0
    capsys.readouterr()


# -- recordings: a file that is itself absurd stops with one line
@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('{"log": ' + "[" * 100_000 + "]" * 100_000 + "}", "rec: nested deeper than 64 levels"),
        ('{"log": {"entries": [' + "[" * 70 + "]" * 70 + "]}}", "rec: nested deeper than 64 levels"),
        ("[" * 100_000, "rec: nested deeper than 64 levels"),
        (
            json.dumps(record("{}")) + "\n" + json.dumps({**record("{}"), "response_headers": json.loads(nested(70))}),
            "rec:2: nested deeper than 64 levels",
        ),
    ],
    ids=["har-far", "har-just", "garbage", "json-lines"],
)
def test_a_recording_nested_too_deep_exits_2(tmp_path: Path, capsys: Any, content: str, reason: str) -> None:
    path = tmp_path / "rec"
    path.write_text(content, encoding="utf-8")
    assert cli.main(["validate-recording", str(path), "--report-dir", str(tmp_path / "report")]) == 2
    err = capsys.readouterr().err
    assert one_line(err) and reason in err, err
    assert not (tmp_path / "report").exists()


def test_a_recording_too_large_exits_2_before_reading_it(tmp_path: Path, capsys: Any) -> None:
    path = tmp_path / "huge.har"
    with path.open("wb") as handle:
        handle.truncate(limits.MAX_RECORDING_BYTES + 1)  # sparse: nothing is written, nothing may be read
    assert cli.main(["validate-recording", str(path), "--report-dir", str(tmp_path / "report")]) == 2
    err = capsys.readouterr().err
    assert one_line(err) and "larger than 256 MiB" in err, err


def test_an_endless_recording_is_read_no_further_than_the_limit(
    tmp_path: Path, capsys: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # /dev/zero says it is empty and never ends; a named pipe or a growing file would do the same.
    monkeypatch.setattr(limits, "MAX_RECORDING_BYTES", 1 << 20)
    assert cli.main(["validate-recording", "/dev/zero", "--report-dir", str(tmp_path / "report")]) == 2
    err = capsys.readouterr().err
    assert one_line(err) and "larger than 1 MiB" in err, err


# -- live runs, through the in-process mock on Blink's host names
@pytest.fixture
def blink(monkeypatch: pytest.MonkeyPatch) -> Iterator[BlinkMockRouter]:
    # Blink's real host names only take 1 request/s; these runs make a few dozen requests to the in-process mock.
    monkeypatch.setattr(cli, "Throttle", lambda rate: Throttle(1000))
    with mock_router() as router:
        yield router


def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any, *args: str) -> tuple[int, str, str]:
    for name in ("BLINK_EMAIL", "BLINK_PASSWORD", "BLINK_2FA_CODE"):
        monkeypatch.delenv(name, raising=False)
    for name, value in OTHER.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    argv = ["run", "--token-file", str(tmp_path / "token.json"), "--report-dir", str(tmp_path / "report"), *args]
    capsys.readouterr()
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def report_of(tmp_path: Path) -> dict[str, Any]:
    document: dict[str, Any] = json.loads((tmp_path / "report" / "report.json").read_text(encoding="utf-8"))
    return document


@pytest.mark.parametrize(
    ("body", "message"), [(nested(100_000), TOO_DEEP), (large(), TOO_LARGE)], ids=["deep", "large"]
)
def test_a_deep_or_large_live_answer_is_drift(
    blink: BlinkMockRouter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any, body: str, message: str
) -> None:
    blink.get(NETWORKS_URL).respond(200, content=body.encode(), headers={"Content-Type": "application/json"})
    code, out, err = run(tmp_path, monkeypatch, capsys, "--operation", "list_networks", "--operation", "get_user")
    assert code == 1, err
    assert "Traceback" not in err and "1 drifted (1 findings)" in out
    drifted = [entry for entry in report_of(tmp_path)["operations"] if entry["drifted"]]
    assert [(entry["operation_id"], [f["message"] for f in entry["findings"]]) for entry in drifted] == [
        ("list_networks", [message])
    ]


def test_a_live_answer_is_read_no_further_than_the_limit(blink: BlinkMockRouter, tmp_path: Path) -> None:
    endless = httpx.Response(200, headers={"Content-Type": "application/json"}, stream=Endless())
    blink.get(NETWORKS_URL).mock(return_value=endless)
    from blink_contract.live import LiveClient
    from blink_contract.redact import Redactor

    client = LiveClient(Throttle(1000), Redactor())
    try:
        response = client.send("GET", NETWORKS_URL)
    finally:
        client.close()
    assert len(response.content) == limits.MAX_BYTES + 1
    assert len(client.exchanges[0].response_body) == limits.MAX_BYTES + 1


class Endless(httpx.SyncByteStream):
    """An answer that never ends, 1 MiB at a time."""

    def __iter__(self) -> Iterator[bytes]:
        chunk = b"[" * (1 << 20)
        while True:
            yield chunk


@pytest.mark.parametrize(
    ("method", "url", "body", "reason"),
    [
        ("POST", "https://api.oauth.blink.com/oauth/token", nested(100_000), TOO_DEEP),
        ("POST", "https://api.oauth.blink.com/oauth/token", large(), TOO_LARGE),
        ("GET", "https://rest-prod.immedia-semi.com/api/v1/users/tier_info", nested(1_000), TOO_DEEP),
        (
            "GET",
            "https://api.oauth.blink.com/oauth/v2/signin",
            '<script id="oauth-args" type="application/json">' + "[" * 100_000 + "</script>",
            "OAuth sign-in page",  # "nested too deep to read", or no CSRF token where the parser has limits
        ),
    ],
    ids=["token-deep", "token-large", "tier-info-deep", "signin-page-deep"],
)
def test_a_deep_or_large_login_answer_stops_the_run_in_one_line(
    blink: BlinkMockRouter,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: Any,
    method: str,
    url: str,
    body: str,
    reason: str,
) -> None:
    media = "text/html" if "signin" in url else "application/json"
    route = blink.route(method=method, url=url).respond(200, content=body.encode(), headers={"Content-Type": media})
    code, _out, err = run(tmp_path, monkeypatch, capsys, "--operation", "list_networks")
    assert code == 2 and one_line(err) and reason in err, err
    assert route.call_count == 1
    posts = [call.request.url.path for call in blink.calls if call.request.method == "POST"]
    assert posts.count("/oauth/v2/signin") <= 1


# -- the token file
@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("[" * 10_000, "nested"),  # 10 kB, a RecursionError in json.loads
        ('{"x": "' + "y" * (1 << 20) + '"}', "larger than"),
    ],
    ids=["deep", "large"],
)
def test_an_absurd_token_file_is_one_line(
    blink: BlinkMockRouter,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: Any,
    content: str,
    reason: str,
) -> None:
    (tmp_path / "token.json").write_text(content, encoding="utf-8")
    code, _out, err = run(tmp_path, monkeypatch, capsys, "--operation", "list_networks")
    assert code == 2 and one_line(err) and reason in err, err
    assert blink.calls.call_count == 0


# -- the last guard
@pytest.mark.parametrize("command", ["run", "validate-recording"])
def test_an_unexpected_exception_is_one_line_and_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any, command: str
) -> None:
    def explode(*_args: Any, **_kwargs: Any) -> None:
        raise RuntimeError("token-abc123 leaked through an exception message")

    monkeypatch.setattr(cli, "write_reports", explode)
    monkeypatch.setattr(cli, "read_recording", explode)
    monkeypatch.setattr(cli, "load_token_file", explode)
    argv = ["validate-recording", str(tmp_path / "x.har")] if command == "validate-recording" else ["run"]
    assert cli.main([*argv, "--report-dir", str(tmp_path / "report")]) == 2
    err = capsys.readouterr().err
    assert one_line(err), err
    assert "RuntimeError" in err and "bug" in err and "token-abc123" not in err


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (OSError(28, "No space left on device"), "cannot write token file"),
        (BlinkError("the token file stayed locked by another process for 90 s"), "stayed locked"),
    ],
    ids=["disk-full", "store-error"],
)
def test_a_token_file_that_cannot_be_saved_is_one_line_not_a_bug(
    blink: BlinkMockRouter,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: Any,
    error: Exception,
    reason: str,
) -> None:
    load_token_file(tmp_path / "token.json")  # the file exists; the save after the login fails

    def refuse(*_args: Any) -> None:
        raise error

    monkeypatch.setattr(token_store, "save", refuse)
    code, _out, err = run(tmp_path, monkeypatch, capsys, "--operation", "list_networks")
    assert code == 2 and one_line(err) and reason in err and "internal error" not in err, err
