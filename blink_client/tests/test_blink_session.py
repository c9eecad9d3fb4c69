"""BlinkSession against the in-process mock: login, resume, refresh, commands, media and typed errors."""

from __future__ import annotations

import fcntl
import json
import stat
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from session_support import (
    CLIP_PATH,
    DEEP,
    DEMO_ACCOUNT,
    DEMO_CODE,
    DEMO_EMAIL,
    DEMO_PASSWORD,
    HOME,
    HUGE,
    MP4,
    OTHER_EMAIL,
    OTHER_PASSWORD,
    BrokenClip,
    demo_code,
    refreshes,
    requests_to,
    saved,
    spend_refresh_tokens,
)

from blink_api_client import AuthenticatedClient
from blink_api_client.models.command_status import CommandStatus
from blink_api_client.models.homescreen import Homescreen
from blink_api_client.models.homescreen_network import HomescreenNetwork
from blink_api_client.models.homescreen_owl import HomescreenOwl
from blink_api_client.models.media_item import MediaItem
from blink_mock import create_app
from blink_mock.media_bytes import clip_mp4
from blink_mock.respx_router import BlinkMockRouter, mock_router
from blink_mock.scenario import default_scenario
from blink_mock.state import MockState
from blink_mock.transport import SyncASGITransport
from blink_session import (
    AppUpdateRequired,
    BlinkError,
    BlinkHTTPError,
    BlinkSession,
    BlockedClient,
    CommandFailed,
    CommandTimeout,
    LockedOut,
    NotFound,
    ServerError,
    TwoFactorRequired,
    Unauthorized,
    UnreadableAnswer,
    token_store,
)

pytest_plugins = ["blink_mock.pytest_plugin", "session_fixtures"]

LONG_AGO = datetime(2000, 1, 1, tzinfo=UTC)
SLOW_COMMANDS = replace(default_scenario(), command_polls=1_000_000)


# -- login ---------------------------------------------------------------------------------------------------------
def test_login_with_two_factor(session: BlinkSession, blink_mock_state: MockState, token_file: Path) -> None:
    asked: list[bool] = []

    def code() -> str:
        asked.append(True)
        return DEMO_CODE

    session.login(DEMO_EMAIL, DEMO_PASSWORD, two_factor=code)
    assert asked == [True]
    assert (session.account_id, session.tier) == (DEMO_ACCOUNT, "u011")
    assert requests_to(blink_mock_state, "POST", "/oauth/v2/2fa/verify") == 1
    assert isinstance(session.client, AuthenticatedClient)
    assert isinstance(session.homescreen(), Homescreen)
    # The token file: owner-only, the refresh token and this install's hardware_id, never the password.
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    text = token_file.read_text()
    assert DEMO_PASSWORD not in text and DEMO_CODE not in text
    kept = json.loads(text)
    assert list(kept["sessions"]) == ["blink"]  # Blink's own hosts (through the mock router here)
    blink = kept["sessions"]["blink"]
    assert blink["refresh_token"] and blink["account_id"] == DEMO_ACCOUNT and blink["tier"] == "u011"
    assert kept["hardware_id"] == session.hardware_id == kept["hardware_id"].upper()


def test_login_with_a_412_two_factor_challenge(session: BlinkSession, blink_mock_state: MockState) -> None:
    blink_mock_state.accounts[DEMO_ACCOUNT].two_factor_status = 412  # how Blink asked before 2026-06
    session.login(DEMO_EMAIL, DEMO_PASSWORD, two_factor=demo_code)
    assert session.network("Home").id == HOME


def test_login_without_two_factor(session: BlinkSession, blink_mock_state: MockState) -> None:
    session.login(OTHER_EMAIL, OTHER_PASSWORD, two_factor=lambda: pytest.fail("no 2FA on this account"))
    assert requests_to(blink_mock_state, "POST", "/oauth/v2/2fa/verify") == 0
    assert [network.name for network in session.networks()] == ["Cabin"]


def test_two_factor_without_a_callback(session: BlinkSession) -> None:
    with pytest.raises(TwoFactorRequired):
        session.login(DEMO_EMAIL, DEMO_PASSWORD)
    assert not session.logged_in


def test_wrong_password_and_wrong_code_are_unauthorized(session: BlinkSession) -> None:
    with pytest.raises(Unauthorized) as wrong_password:
        session.login(DEMO_EMAIL, "not-the-password", two_factor=demo_code)
    assert wrong_password.value.status == 401 and wrong_password.value.message == "Invalid user credentials."
    with pytest.raises(Unauthorized):
        session.login(DEMO_EMAIL, DEMO_PASSWORD, two_factor=lambda: "000000")


# -- resume and refresh ----------------------------------------------------------------------------------------------
def test_resume_from_the_token_file(demo: BlinkSession, blink_mock_state: MockState, token_file: Path) -> None:
    first_refresh_token = saved(token_file)["refresh_token"]
    sign_ins = requests_to(blink_mock_state, "POST", "/oauth/v2/signin")
    with BlinkSession(token_file=token_file) as later:
        assert later.resume() is True
        assert later.hardware_id == demo.hardware_id
        assert later.network(HOME).name == "Home"
    assert requests_to(blink_mock_state, "POST", "/oauth/v2/signin") == sign_ins == 1
    assert requests_to(blink_mock_state, "GET", "/oauth/v2/authorize") == 2  # only the first login's
    # Refresh tokens rotate: the new one is saved at once.
    assert saved(token_file)["refresh_token"] != first_refresh_token


def test_resume_without_or_with_a_dead_refresh_token(
    blink_mock: BlinkMockRouter, blink_mock_state: MockState, token_file: Path
) -> None:
    with BlinkSession(token_file=token_file) as fresh:
        assert fresh.resume() is False
    with BlinkSession(token_file=token_file) as demo:
        demo.login(DEMO_EMAIL, DEMO_PASSWORD, two_factor=demo_code)
    spend_refresh_tokens(blink_mock_state)
    with BlinkSession(token_file=token_file) as later:
        assert later.resume() is False
        assert not later.logged_in
    assert saved(token_file)["refresh_token"] is None  # a refused token is forgotten


def test_refresh_once_on_expiry(demo: BlinkSession, blink_mock_state: MockState, token_file: Path) -> None:
    client = demo.client
    before = refreshes(blink_mock_state)
    blink_mock_state.expire_tokens()
    assert demo.network("Home").id == HOME
    assert refreshes(blink_mock_state) == before + 1
    assert demo.client is client  # refreshed in place: callers holding the client keep working
    assert saved(token_file)["refresh_token"] in blink_mock_state.tokens


def test_unauthorized_after_a_failed_refresh(demo: BlinkSession, blink_mock_state: MockState) -> None:
    before = refreshes(blink_mock_state)
    blink_mock_state.expire_tokens()
    spend_refresh_tokens(blink_mock_state)
    with pytest.raises(Unauthorized) as caught:
        demo.homescreen()
    assert caught.value.status == 401
    assert refreshes(blink_mock_state) == before + 1


def test_a_refresh_stopped_midway_leaves_the_token_file_unlocked(
    demo: BlinkSession, blink_mock_state: MockState, token_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blink_mock_state.expire_tokens()

    def interrupted(flow: object) -> None:
        raise KeyboardInterrupt  # not an Exception: it goes past the program, which never releases the lock itself

    monkeypatch.setattr(demo, "_run", interrupted)
    with pytest.raises(KeyboardInterrupt):
        demo.homescreen()
    other = token_store.TokenLock(token_file)
    assert other.try_acquire()
    other.release()


def test_a_session_refreshes_with_the_token_another_saved(
    demo: BlinkSession, blink_mock_state: MockState, token_file: Path
) -> None:
    with BlinkSession(token_file=token_file) as other:
        assert other.resume() is True  # spends the token `demo` read from the file, and saves the new one
    blink_mock_state.expire_tokens()
    assert demo.network("Home").id == HOME  # refreshed with the other session's token, not its spent one
    assert saved(token_file)["refresh_token"] in blink_mock_state.tokens


def test_close_logs_out_and_keeps_the_stored_session(demo: BlinkSession, token_file: Path) -> None:
    client = demo.client
    demo.close()
    assert client.get_httpx_client().is_closed
    assert not demo.logged_in
    with pytest.raises(BlinkError, match="not logged in"):
        demo.homescreen()
    assert saved(token_file)["refresh_token"]  # a later session resumes it


# -- commands --------------------------------------------------------------------------------------------------------
def test_arm_waits_for_the_command(demo: BlinkSession, blink_mock_state: MockState) -> None:
    result = demo.arm("Home", poll_interval=0)
    assert (result.network_id, result.status is not None) == (HOME, True)
    assert isinstance(result.status, CommandStatus)
    assert result.status.complete is True and result.status.status_code == 908
    polls = requests_to(blink_mock_state, "GET", f"/network/{HOME}/command/{result.command_id}")
    assert polls == blink_mock_state.scenario.command_polls == 2
    assert demo.network("Home").armed is True
    disarmed = demo.disarm(demo.network("Home"), poll_interval=0)
    assert disarmed.status is not None and demo.network(HOME).armed is False


def test_arm_without_waiting(demo: BlinkSession) -> None:
    result = demo.arm(HOME, wait=False)
    assert result.status is None
    assert demo.wait_for_command(result.network_id, result.command_id, poll_interval=0).status is not None
    assert demo.network(HOME).armed is True


def test_camera_commands_for_every_kind_of_device(demo: BlinkSession, blink_mock_state: MockState) -> None:
    mini = demo.camera("Living Room")
    assert isinstance(mini, HomescreenOwl)
    assert demo.disable_motion(mini, poll_interval=0).status is not None
    assert blink_mock_state.cameras[mini.id].enabled is False
    assert demo.enable_motion("living room", poll_interval=0).status is not None
    assert blink_mock_state.cameras[mini.id].enabled is True
    front = demo.camera("Front Door")
    assert demo.disable_motion(front.id, poll_interval=0).status is not None
    assert blink_mock_state.cameras[front.id].enabled is False
    clips = len(blink_mock_state.media)
    assert demo.record_clip("Back Yard", poll_interval=0).status is not None
    assert demo.snap("Front Door", poll_interval=0).status is not None
    assert len(blink_mock_state.media) > clips  # the clip (and the snapshot) show up as media
    assert {camera.name for camera in demo.cameras()} == {"Front Door", "Back Yard", "Living Room"}


def test_failed_command(demo: BlinkSession, blink_mock_state: MockState) -> None:
    blink_mock_state.faults.failing_commands = ["arm"]
    with pytest.raises(CommandFailed) as caught:
        demo.arm("Home", poll_interval=0)
    assert (caught.value.status_code, caught.value.message) == (999, "Command failed")
    assert demo.network("Home").armed is False


def test_command_timeout(token_file: Path) -> None:
    # A world whose commands never finish. (The plugin's `blink_mock` marker is not registered when the plugin
    # is loaded through `pytest_plugins`, so this test builds its router itself.)
    with mock_router(MockState(SLOW_COMMANDS)), BlinkSession(token_file=token_file) as session:
        session.login(DEMO_EMAIL, DEMO_PASSWORD, two_factor=demo_code)
        with pytest.raises(CommandTimeout):
            session.arm("Home", timeout=0.05, poll_interval=0.01)


def test_unknown_network_and_camera(demo: BlinkSession) -> None:
    with pytest.raises(NotFound):
        demo.network("Nowhere")
    with pytest.raises(NotFound):
        demo.snap("Nobody")
    with pytest.raises(NotFound) as from_blink:
        demo.arm(999_999, poll_interval=0)  # an id is sent as it is; Blink answers 404
    assert from_blink.value.status == 404 and from_blink.value.body


# -- media -----------------------------------------------------------------------------------------------------------
def test_clips_since_reads_every_page_and_skips_deleted(demo: BlinkSession, blink_mock_state: MockState) -> None:
    camera = blink_mock_state.cameras[51001]
    for _ in range(30):  # the mock pages by 25
        blink_mock_state.add_media(camera, "pir")
    live = [m for m in blink_mock_state.media_of(DEMO_ACCOUNT) if not m.deleted]
    gone = live[0]
    demo.delete_clip(gone.id)
    clips = list(demo.clips_since(LONG_AGO))
    assert all(isinstance(clip, MediaItem) for clip in clips)
    assert sorted(clip.id for clip in clips) == sorted(m.id for m in live if m.id != gone.id)
    assert requests_to(blink_mock_state, "GET", f"/api/v1/accounts/{DEMO_ACCOUNT}/media/changed") == 3
    assert list(demo.clips_since(datetime.now(UTC) + timedelta(hours=1))) == []


def test_download_clips_tells_the_bytes_as_they_arrive_and_takes_a_str_folder(
    demo: BlinkSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    received: list[tuple[int, int | None, str]] = []
    written = demo.download_clips(LONG_AGO, "dl", received=lambda *r: received.append(r))
    assert sorted(written) == sorted(Path("dl") / path.name for path in (tmp_path / "dl").iterdir())
    assert len(written) == 3
    for path in written:
        calls = [(done, total) for done, total, name in received if name == path.name]
        size = path.stat().st_size
        assert calls[0] == (0, size) and calls[-1] == (size, size)  # from nothing to the whole Content-Length
        assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_a_session_writes_nothing_until_it_has_a_session_to_save(
    blink_mock: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The config folder is looked up when a session is made: an XDG_CONFIG_HOME set after the import counts.
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    with BlinkSession() as session:
        assert session.resume() is False
    assert not (tmp_path / "home").exists()  # neither ~/.config nor a lock file
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    with BlinkSession() as session:
        assert session.resume() is False
        assert not (tmp_path / "xdg").exists()
        session.login(DEMO_EMAIL, DEMO_PASSWORD, two_factor=demo_code)
    assert saved(tmp_path / "xdg" / "blink-api-test-kit" / "token.json")["account_id"] == DEMO_ACCOUNT
    assert not (tmp_path / "home").exists()


def test_a_token_file_may_be_a_str(blink_mock: object, tmp_path: Path) -> None:
    with BlinkSession(token_file=str(tmp_path / "token.json")) as session:
        session.login(DEMO_EMAIL, DEMO_PASSWORD, two_factor=demo_code)
    with BlinkSession(token_file=str(tmp_path / "token.json")) as later:
        assert later.resume() is True


def test_download_clips(demo: BlinkSession, tmp_path: Path) -> None:
    folder = tmp_path / "clips"
    seen: list[tuple[int, int, str]] = []
    written = demo.download_clips(LONG_AGO, folder, thumbnails=True, progress=lambda *p: seen.append(p))
    names = sorted(path.name for path in folder.iterdir())
    assert len(written) == 6 and sorted(path.name for path in written) == names
    assert sum(name.endswith(".mp4") for name in names) == 3 and sum(name.endswith(".jpg") for name in names) == 3
    assert all(path.read_bytes() for path in written)
    assert [done for done, _, _ in seen] == [1, 2, 3, 4, 5, 6] and {total for _, total, _ in seen} == {6}
    assert any(name.startswith("Front_Door-") for name in names)
    # Files that are there and verify are skipped; one that does not verify is downloaded again.
    good = sorted(written)[0]
    untouched = good.stat().st_mtime_ns
    assert demo.download_clips(LONG_AGO, folder, thumbnails=True) == []
    bad = sorted(written)[1]
    bad.write_bytes(b"mine")
    assert demo.download_clips(LONG_AGO, folder, thumbnails=True) == [bad]
    assert bad.read_bytes() != b"mine" and good.stat().st_mtime_ns == untouched
    assert sorted(path.name for path in folder.iterdir()) == names


def test_interrupted_download_leaves_no_partial_file(
    demo: BlinkSession, blink_mock: BlinkMockRouter, tmp_path: Path
) -> None:
    folder = tmp_path / "clips"
    folder.mkdir()
    broken = BrokenClip(folder)
    clip = httpx.Response(200, headers=MP4, stream=broken)
    blink_mock.get(url__regex=CLIP_PATH).mock(side_effect=lambda request: clip)
    with pytest.raises(httpx.ReadError):
        demo.download_clips(LONG_AGO, folder)
    assert broken.partial_seen  # bytes had been written to a temporary file ...
    assert list(folder.iterdir()) == []  # ... which is gone, and no clip file was created


@pytest.mark.parametrize(
    ("headers", "body", "reason"),
    [
        ({"Content-Type": "text/html"}, b"<html>Sign in</html>", "a clip must be video/mp4, not text/html"),
        ({}, clip_mp4(), "a clip must be video/mp4, not no content type"),
        (MP4, b"<html>Sign in</html>", "not an MP4"),
        (MP4, clip_mp4()[:-100], "truncated"),
        ({**MP4, "Content-Length": "1642"}, clip_mp4(), "truncated (1632 of the 1642 bytes announced)"),
    ],
)
def test_a_download_of_the_wrong_thing_is_refused_and_leaves_no_file(
    demo: BlinkSession, blink_mock: BlinkMockRouter, tmp_path: Path, headers: dict[str, str], body: bytes, reason: str
) -> None:
    folder = tmp_path / "clips"
    blink_mock.get(url__regex=CLIP_PATH).respond(200, headers=headers, content=body)
    with pytest.raises(UnreadableAnswer) as caught:
        demo.download_clips(LONG_AGO, folder)
    assert reason in caught.value.reason and caught.value.status == 200
    assert list(folder.iterdir()) == []


def test_a_thumbnail_must_be_a_jpeg(demo: BlinkSession, blink_mock: BlinkMockRouter, tmp_path: Path) -> None:
    folder = tmp_path / "clips"
    thumbnails = blink_mock.get(url__regex=r".*/pir/\d+\.jpg.*")
    thumbnails.respond(200, headers={"Content-Type": "image/jpeg"}, content=b"GIF89a")
    with pytest.raises(UnreadableAnswer, match="not a JPEG"):
        demo.download_clips(LONG_AGO, folder, thumbnails=True)
    assert not any(path.suffix == ".jpg" or path.name.startswith(".") for path in folder.iterdir())


def test_leftovers_of_an_earlier_run_are_removed_first(demo: BlinkSession, tmp_path: Path) -> None:
    folder = tmp_path / "clips"
    folder.mkdir()
    leftover = folder / ".Front_Door-20240102T030405Z-7000003.mp4.blink-k3j5x_9a.part"
    being_written = folder / ".Back_Yard-20240102T030405Z-7000004.mp4.blink-abcdefgh.part"
    theirs = [folder / ".something.part", folder / "notes.blink-abcdefgh.part", folder / "clip.mp4.part"]
    for path in [leftover, being_written, *theirs]:
        path.write_bytes(b"half")
    with being_written.open("rb") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)  # another run downloading into the same folder right now
        demo.download_clips(LONG_AGO, folder)
    assert not leftover.exists()
    assert being_written.exists() and all(path.exists() for path in theirs)


def test_injected_http_client(blink_mock_state: MockState, tmp_path: Path) -> None:
    """Without respx: every request goes through the given httpx.Client (here straight to the mock's app)."""
    transport = SyncASGITransport(create_app(blink_mock_state))
    with (
        httpx.Client(transport=transport) as http,
        BlinkSession(base_url="http://mock.invalid", token_file=None, http=http) as session,
    ):
        session.login(OTHER_EMAIL, OTHER_PASSWORD)
        assert session.arm("Cabin", poll_interval=0).status is not None
    transport.close()


# -- typed errors, driven by the mock's faults -------------------------------------------------------------------------
def test_lockout_with_time_remaining(session: BlinkSession, blink_mock_state: MockState) -> None:
    blink_mock_state.faults.lockout_after_failed_logins = 2
    for _ in range(2):
        with pytest.raises(Unauthorized):
            session.login(DEMO_EMAIL, "wrong", two_factor=demo_code)
    with pytest.raises(LockedOut) as caught:
        session.login(DEMO_EMAIL, DEMO_PASSWORD, two_factor=demo_code)  # even the right password, while locked
    error = caught.value
    assert error.status == 429 and error.time_remaining is not None and 3500 < error.time_remaining <= 3600
    assert error.headers["retry-after"] == str(error.time_remaining)


def test_blocked_hardware_id(blink_mock: BlinkMockRouter, token_file: Path) -> None:
    token_store.save(token_store.StoredSession(hardware_id="Home Assistant"), token_file)
    with BlinkSession(token_file=token_file) as session, pytest.raises(BlockedClient) as caught:
        session.login(DEMO_EMAIL, DEMO_PASSWORD, two_factor=demo_code)
    assert caught.value.status == 406 and caught.value.body == b"Not Acceptable"


def test_app_update_required(demo: BlinkSession, blink_mock: BlinkMockRouter) -> None:
    envelope = {"message": "An app update is required", "code": 105}
    blink_mock.get(url__regex=r".*/homescreen$").respond(426, json=envelope)
    with pytest.raises(AppUpdateRequired) as caught:
        demo.homescreen()
    assert (caught.value.status, caught.value.code, caught.value.message) == (426, 105, envelope["message"])


def test_cloudflare_520_is_a_server_error(demo: BlinkSession, blink_mock: BlinkMockRouter) -> None:
    page = b"<html><body>Error 520: Web server is returning an unknown error</body></html>"
    blink_mock.post(url__regex=r".*/state/arm$").respond(520, content=page, headers={"CF-RAY": "8c1d-LHR"})
    with pytest.raises(ServerError) as caught:
        demo.arm("Home")
    assert caught.value.status == 520 and caught.value.body == page
    assert caught.value.headers["cf-ray"] == "8c1d-LHR"


def test_injected_server_error_and_unexpected_redirect(
    demo: BlinkSession, blink_mock: BlinkMockRouter, blink_mock_state: MockState
) -> None:
    blink_mock_state.faults.errors = {"get_homescreen_v3": 503}
    with pytest.raises(ServerError) as caught:
        demo.homescreen()
    assert caught.value.status == 503 and b"could not be satisfied" in caught.value.body
    blink_mock_state.faults.errors = {}
    blink_mock.get(url__regex=r".*/homescreen$").respond(302, headers={"Location": "https://example.com/"})
    with pytest.raises(BlinkHTTPError) as redirected:
        demo.homescreen()
    assert redirected.value.status == 302 and type(redirected.value) is BlinkHTTPError


def test_status_code_drift_is_a_typed_error(demo: BlinkSession, blink_mock_state: MockState) -> None:
    blink_mock_state.faults.drift = [{"operation": "get_homescreen_v3", "kind": "status_code", "status": 426}]
    with pytest.raises(AppUpdateRequired) as caught:
        demo.homescreen()
    assert caught.value.status == 426


def test_models_are_returned(demo: BlinkSession) -> None:
    assert all(isinstance(network, HomescreenNetwork) for network in demo.networks())


# -- answers the client cannot read ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (DEEP, "JSON nested deeper than 64 levels"),
        (HUGE, "larger than 16 MiB"),
        (b"<html><body>Please enable cookies</body></html>", "not JSON"),
        (b"[1, 2]", "not the shape the spec describes"),
        (b'{"account": {"id": 22001}}', "the field 'networks' that the spec requires is missing"),
    ],
)
def test_a_success_that_cannot_be_read_is_unreadable_answer(
    demo: BlinkSession, blink_mock: BlinkMockRouter, body: bytes, reason: str
) -> None:
    blink_mock.get(url__regex=r".*/homescreen$").respond(200, content=body, headers={"Content-Type": "text/html"})
    with pytest.raises(UnreadableAnswer) as caught:
        demo.homescreen()
    assert reason in caught.value.reason and isinstance(caught.value, BlinkError)
    assert len(caught.value.body) <= UnreadableAnswer.BODY_KEPT


def test_a_deep_error_body_is_still_a_typed_error(demo: BlinkSession, blink_mock: BlinkMockRouter) -> None:
    blink_mock.get(url__regex=r".*/homescreen$").respond(503, content=DEEP)
    with pytest.raises(ServerError) as caught:
        demo.homescreen()
    assert caught.value.status == 503 and caught.value.message is None


def test_a_deep_token_answer_is_unreadable(demo: BlinkSession, blink_mock: BlinkMockRouter, token_file: Path) -> None:
    kept = saved(token_file)["refresh_token"]
    blink_mock.post(url__regex=r".*/oauth/token$").respond(200, content=DEEP)
    with BlinkSession(token_file=token_file) as later, pytest.raises(UnreadableAnswer) as caught:
        later.resume()
    assert caught.value.status == 200
    assert saved(token_file)["refresh_token"] == kept  # not taken for a refused token
