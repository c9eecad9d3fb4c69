"""The library's pure parts: error mapping, the token file, Blink's `since`, file names and the CSRF parser."""

from __future__ import annotations

import json
import stat
import struct
import uuid
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import httpx
import pytest

from blink_api_client.models.media_item import MediaItem
from blink_mock.media_bytes import clip_mp4, thumbnail_jpeg
from blink_session import errors, json_limits, media, token_store
from blink_session.media import atomic_file, media_name, since_param
from blink_session.oauth import csrf_token, json_object, pkce_pair


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (400, errors.BlinkHTTPError),
        (401, errors.Unauthorized),
        (404, errors.NotFound),
        (406, errors.BlockedClient),
        (409, errors.BlinkHTTPError),
        (426, errors.AppUpdateRequired),
        (429, errors.LockedOut),
        (500, errors.ServerError),
        (503, errors.ServerError),
        (520, errors.ServerError),
        (302, errors.BlinkHTTPError),
    ],
)
def test_every_status_has_a_typed_error(status: int, kind: type[errors.BlinkHTTPError]) -> None:
    body = json.dumps({"message": "Something", "code": 101}).encode()
    error = errors.error_for_response(status, {"X-Test": "1"}, body, url="https://rest-u011.immedia-semi.com/x")
    assert type(error) is kind and isinstance(error, errors.BlinkError)
    assert (error.status, error.body, error.message, error.code) == (status, body, "Something", 101)
    assert error.headers["x-test"] == "1"
    assert str(status) in str(error) and "Something" in str(error)


def test_lockout_time_from_the_body_or_retry_after() -> None:
    body = json.dumps({"message": "Too many login attempts.", "code": 429, "lockout_time_remaining": 120}).encode()
    from_body = errors.error_for_response(429, {}, body)
    assert isinstance(from_body, errors.LockedOut) and from_body.time_remaining == 120
    from_header = errors.error_for_response(429, {"Retry-After": "30"}, b"rate limited")
    assert isinstance(from_header, errors.LockedOut) and from_header.time_remaining == 30
    assert errors.error_for_response(429, {}, b"").time_remaining is None  # type: ignore[attr-defined]


def test_bodies_that_are_not_blinks_envelope() -> None:
    html = errors.error_for_response(520, {}, b"<html>Error 520</html>")
    assert (html.message, html.code, html.body) == (None, None, b"<html>Error 520</html>")
    oauth = errors.error_for_response(400, {}, b'{"error": "invalid_grant", "error_description": "Invalid."}')
    assert oauth.message == "Invalid."
    assert errors.error_for_response(500, {}, b"[1, 2]").message is None


def test_command_failed_carries_blinks_status() -> None:
    failed = errors.CommandFailed(999, "Command failed")
    assert (failed.status_code, failed.message) == (999, "Command failed") and "999" in str(failed)


def test_token_file_is_created_with_a_hardware_id(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "token.json"
    stored = token_store.load(path)
    assert stored.refresh_token is None and stored.hardware_id == stored.hardware_id.upper()
    uuid.UUID(stored.hardware_id)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert token_store.load(path).hardware_id == stored.hardware_id  # kept for this install


def test_token_file_round_trip_and_bad_values(tmp_path: Path) -> None:
    path = tmp_path / "token.json"
    token_store.save(token_store.StoredSession("HW", "refresh", 22001, "u011"), path)
    assert token_store.load(path) == token_store.StoredSession("HW", "refresh", 22001, "u011")
    path.write_text(json.dumps({"hardware_id": "", "refresh_token": 5, "account_id": True, "tier": "evil.com/"}))
    loaded = token_store.load(path)
    assert loaded.hardware_id and loaded.refresh_token is None and loaded.account_id is None and loaded.tier is None
    assert json.loads(path.read_text())["hardware_id"] == loaded.hardware_id  # the new id was saved
    path.write_text("[]")
    with pytest.raises(ValueError):
        token_store.load(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["token.json", "token.json.lock"]  # no temporary files


def test_the_token_file_keeps_each_servers_session_apart(tmp_path: Path) -> None:
    path = tmp_path / "token.json"
    mock = token_store.server_key("http://127.0.0.1:8080")
    token_store.save(token_store.StoredSession("HW", "blink-refresh", 22001, "u011"), path)
    token_store.save(token_store.StoredSession("HW", "mock-refresh", 22002, "u012", mock), path)
    assert token_store.read(path) == token_store.StoredSession("HW", "blink-refresh", 22001, "u011", "blink")
    assert token_store.read(path, mock) == token_store.StoredSession("HW", "mock-refresh", 22002, "u012", mock)
    assert token_store.read(path, "http://127.0.0.1:9090") == token_store.StoredSession(
        "HW", server="http://127.0.0.1:9090"
    )
    assert token_store.servers(path) == ["blink", "http://127.0.0.1:8080"]
    assert json.loads(path.read_text()) == {
        "hardware_id": "HW",
        "sessions": {
            "blink": {"refresh_token": "blink-refresh", "account_id": 22001, "tier": "u011"},
            "http://127.0.0.1:8080": {"refresh_token": "mock-refresh", "account_id": 22002, "tier": "u012"},
        },
    }
    # A server's session forgotten is gone from the file; the other stays.
    token_store.save(token_store.StoredSession("HW", server=mock), path)
    assert token_store.servers(path) == ["blink"] and token_store.read(path, mock) == token_store.StoredSession(
        "HW", server=mock
    )


@pytest.mark.parametrize(
    ("base_url", "key"),
    [
        (None, "blink"),
        ("", "blink"),
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
        ("HTTP://LocalHost:8080/", "http://localhost:8080"),
        ("https://mock.example:443/", "https://mock.example"),
        ("http://user:secret@mock.example:80/blink/", "http://mock.example/blink"),
        ("http://[::1]:8080", "http://[::1]:8080"),
    ],
)
def test_server_keys(base_url: str | None, key: str) -> None:
    assert token_store.server_key(base_url) == key


def test_a_token_file_of_the_old_format_keeps_its_hardware_id_and_no_ones_session(tmp_path: Path) -> None:
    # Written before servers were recorded: the token may be the mock's as well as Blink's, so it is neither's.
    path = tmp_path / "token.json"
    path.write_text(json.dumps({"hardware_id": "HW", "refresh_token": "whose", "account_id": 22001, "tier": "u011"}))
    assert token_store.read(path) == token_store.StoredSession("HW")
    assert token_store.read(path, "http://127.0.0.1:8080") == token_store.StoredSession(
        "HW", server="http://127.0.0.1:8080"
    )
    assert token_store.servers(path) == []
    token_store.save(token_store.StoredSession("HW", "new", server="http://127.0.0.1:8080"), path)
    assert "whose" not in path.read_text()


def test_unusable_sessions_in_the_file_are_nobodys(tmp_path: Path) -> None:
    path = tmp_path / "token.json"
    sessions = {
        "blink": {"refresh_token": 5, "account_id": True, "tier": "evil.com/"},
        "HTTP://127.0.0.1:8080/": {"refresh_token": "another spelling"},  # not server_key's: no one's
        "http://127.0.0.1:8080": ["not", "an", "object"],
    }
    path.write_text(json.dumps({"hardware_id": "HW", "sessions": sessions}))
    assert token_store.read(path) == token_store.StoredSession("HW")
    assert token_store.read(path, "http://127.0.0.1:8080").refresh_token is None  # type: ignore[union-attr]
    path.write_text(json.dumps({"hardware_id": "HW", "sessions": []}))
    assert token_store.servers(path) == []


def test_a_save_does_not_replace_a_file_that_is_not_a_token_file(tmp_path: Path) -> None:
    path = tmp_path / "token.json"
    path.write_text("[1, 2]")
    with pytest.raises(ValueError, match="not a JSON object"):
        token_store.save(token_store.StoredSession("HW", "refresh"), path)
    assert path.read_text() == "[1, 2]"


def test_token_lock_is_one_holder_at_a_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "config" / "token.json"
    first, second = token_store.TokenLock(path), token_store.TokenLock(path)
    assert first.try_acquire() and first.held
    assert not second.try_acquire()  # another open file: excluded, in this process as in another
    with pytest.raises(errors.TokenFileBusy):
        second.acquire(timeout=0.05)
    monkeypatch.setattr(token_store, "LOCK_WAIT_SECONDS", 0.05)
    with pytest.raises(errors.TokenFileBusy):
        token_store.save(token_store.StoredSession("HW"), path)  # save waits for the lock too
    first.release()
    with second:
        token_store.write(token_store.StoredSession("HW", "refresh"), path)
        assert token_store.read(path) == token_store.StoredSession("HW", "refresh")
    assert token_store.read(tmp_path / "missing.json") is None
    assert stat.S_IMODE(token_store.lock_path(path).stat().st_mode) == 0o600


@pytest.mark.parametrize(
    ("text", "deepest"),
    [
        ("{}", 1),
        ('{"a": [1, {"b": [[]]}]}', 5),
        ('["[[[[", "]]", {"k": "{{{"}]', 2),  # brackets inside strings do not count
        ('["\\"", [["\\\\"]]]', 3),  # nor escaped quotes and backslashes
        ("[" * 200 + "]" * 200, 200),
        ("<html>[[[</html>", 3),
        ('"just a string"', 0),
    ],
)
def test_json_depth(text: str, deepest: int) -> None:
    assert json_limits.depth(text) == deepest


def test_json_limits() -> None:
    assert json_limits.problem(b"[" * 65 + b"]" * 65) == "JSON nested deeper than 64 levels"
    assert json_limits.problem(b"[" * 64 + b"]" * 64) is None
    assert json_limits.problem(("[" * 100).encode("utf-16")) == "JSON nested deeper than 64 levels"  # as json reads it
    assert json_limits.problem(b"  \n{" * 100) == "JSON nested deeper than 64 levels"
    assert json_limits.problem(b"<html>" + b"[" * 1000) is None  # not JSON: the parser stops at its first byte
    assert json_limits.problem(b" " * (json_limits.MAX_BYTES + 1)) == "larger than 16 MiB"
    with pytest.raises(json_limits.TooComplex):
        json_limits.loads("[" * 100_000)
    assert json_limits.loads('{"a": [1]}') == {"a": [1]}


def test_deep_json_where_the_library_parses_it(tmp_path: Path) -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    assert errors.error_for_response(500, {}, deep).message is None
    assert json_object(httpx.Response(200, content=deep)) == {}
    page = '<script type="application/json" id="oauth-args">' + "[" * 100_000 + "</script>"
    assert csrf_token(page) is None
    path = tmp_path / "token.json"
    path.write_bytes(deep)
    with pytest.raises(ValueError, match="nested deeper than 64 levels"):
        token_store.load(path)


def test_default_token_path_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert token_store.default_path() == tmp_path / "blink-api-test-kit" / "token.json"


def test_since_is_utc_in_blinks_format() -> None:
    assert since_param(datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)) == "2024-01-02T03:04:05+0000"
    eastern = timezone(timedelta(hours=-5))
    assert since_param(datetime(2024, 1, 2, 3, 4, 5, tzinfo=eastern)) == "2024-01-02T08:04:05+0000"
    assert since_param(datetime(2024, 1, 2, 3, 4, 5)) == "2024-01-02T03:04:05+0000"  # naive means UTC


def test_file_names_are_safe() -> None:
    item = MediaItem(
        id=7,
        created_at=datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC),
        deleted=False,
        media="/api/v2/accounts/1/media/clip/7.mp4",
        device_name="../Front: Door/é",
    )
    name = media_name(item, "mp4")
    assert name == "Front_Door-20240102T030405Z-7.mp4"
    assert "/" not in name and ":" not in name


def test_atomic_file_keeps_the_target_on_failure(tmp_path: Path) -> None:
    target = tmp_path / "clip.mp4"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_file(target) as handle:
        handle.write(b"new, half")
        raise RuntimeError("interrupted")
    assert target.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == ["clip.mp4"]
    with atomic_file(target) as handle:
        handle.write(b"new")
    assert target.read_bytes() == b"new"


def test_atomic_file_keeps_only_what_verifies(tmp_path: Path) -> None:
    target = tmp_path / "clip.mp4"

    def refuse(written: Path) -> None:
        assert written.read_bytes() == b"bad" and written.name.startswith(".clip.mp4.blink-")
        raise errors.UnreadableAnswer(200, "not an MP4")

    with pytest.raises(errors.UnreadableAnswer), atomic_file(target, refuse) as handle:
        handle.write(b"bad")
    assert list(tmp_path.iterdir()) == []


def box(kind: bytes, payload: bytes = b"") -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("a.mp4", clip_mp4(), None),
        ("a.mp4", box(b"ftyp", b"isom") + box(b"mdat", b"x" * 100), None),
        ("a.mp4", box(b"ftyp") + struct.pack(">I", 1) + b"mdat" + struct.pack(">Q", 16 + 4) + b"xxxx", None),
        ("a.mp4", box(b"ftyp") + struct.pack(">I", 0) + b"mdat" + b"to the end", None),
        ("a.mp4", clip_mp4()[:-1], "truncated (its last box ends at byte 1632, the file at 1631)"),
        ("a.mp4", clip_mp4()[:20], "truncated"),
        ("a.mp4", clip_mp4() + b"\x00\x00", "truncated (a box header cut"),
        ("a.mp4", box(b"ftyp") + struct.pack(">I", 3) + b"mdat", "not an MP4 (a box of 3 bytes at byte 8)"),
        ("a.mp4", b"<html><body>Sign in</body></html>", "not an MP4 (no ftyp box at its start)"),
        ("a.mp4", b"", "not an MP4"),
        ("a.jpg", thumbnail_jpeg(), None),
        ("a.jpg", thumbnail_jpeg() + b"\x00" * 10, None),  # padding after the end marker
        ("a.jpg", thumbnail_jpeg()[:-10], "truncated (no FF D9 end-of-image marker at its end)"),
        ("a.jpg", b"GIF89a", "not a JPEG (no FF D8 FF at its start)"),
    ],
)
def test_media_flaws(tmp_path: Path, name: str, data: bytes, reason: str | None) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    found = media.flaw(path)
    assert found == reason if reason is None else (found is not None and found.startswith(reason))


def test_media_flaw_by_size_and_by_absence(tmp_path: Path) -> None:
    path = tmp_path / "a.mp4"
    assert media.flaw(path) == "missing"
    path.write_bytes(clip_mp4())
    assert media.flaw(path, len(clip_mp4())) is None
    assert media.flaw(path, 2000) == "truncated (1632 of the 2000 bytes announced)"
    assert media.flaw(path, 1000) == "longer than announced (1632, not 1000 bytes)"


def test_media_refusal_by_content_type() -> None:
    clip, thumbnail = Path("a.mp4"), Path("a.jpg")
    assert media.refusal(clip, 200, {"Content-Type": "video/mp4"}) is None
    assert media.refusal(clip, 200, {"Content-Type": "Video/MP4; codecs=avc1"}) is None
    assert media.refusal(thumbnail, 200, {"Content-Type": "image/jpeg"}) is None
    html = media.refusal(clip, 200, {"Content-Type": "text/html; charset=utf-8"})
    assert html is not None and html.reason == "a clip must be video/mp4, not text/html"
    assert media.expected_size({"Content-Length": "12"}) == 12
    assert media.expected_size({"Content-Length": "12", "Content-Encoding": "gzip"}) is None  # counts gzip bytes
    assert media.expected_size({}) is None


def test_csrf_token_and_pkce() -> None:
    page = (
        '<html><head><script type="application/json" id="oauth-args">{"csrf-token": "abc", "x": 1}</script>'
        '<script id="other" type="application/json">{"csrf-token": "wrong"}</script></head></html>'
    )
    assert csrf_token(page) == "abc"
    assert csrf_token('<script id="oauth-args">{"csrf-token": "no type"}</script>') is None
    assert csrf_token("<html></html>") is None
    verifier, challenge = pkce_pair()
    assert len(verifier) == 43 and "=" not in challenge and verifier != challenge
