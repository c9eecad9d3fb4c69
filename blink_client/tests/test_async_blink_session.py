"""AsyncBlinkSession against the in-process mock: the same behaviour as BlinkSession, awaited."""

from __future__ import annotations

import stat
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import anyio
import httpx
import pytest
from running_mock import running_mock
from session_support import (
    CLIP_PATH,
    DEEP,
    DEMO_ACCOUNT,
    DEMO_EMAIL,
    DEMO_PASSWORD,
    HOME,
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

from blink_api_client.models.command_status import CommandStatus
from blink_api_client.models.homescreen import Homescreen
from blink_api_client.models.homescreen_owl import HomescreenOwl
from blink_mock.respx_router import BlinkMockRouter, mock_router
from blink_mock.scenario import default_scenario
from blink_mock.state import MockState
from blink_session import (
    AppUpdateRequired,
    AsyncBlinkSession,
    BlinkError,
    BlockedClient,
    CommandFailed,
    CommandTimeout,
    LockedOut,
    ServerError,
    TwoFactorRequired,
    Unauthorized,
    UnreadableAnswer,
    token_store,
)

pytest_plugins = ["blink_mock.pytest_plugin", "session_fixtures"]
pytestmark = pytest.mark.anyio

LONG_AGO = datetime(2000, 1, 1, tzinfo=UTC)
# Blink completes commands by time, often before the first poll; two polls show that the session keeps polling.
TWO_POLL_COMMANDS = replace(default_scenario(), command_polls=2)


async def test_login_with_two_factor(
    async_session: AsyncBlinkSession, blink_mock_state: MockState, token_file: Path
) -> None:
    await async_session.login(DEMO_EMAIL, DEMO_PASSWORD, two_factor=demo_code)
    assert (async_session.account_id, async_session.tier) == (DEMO_ACCOUNT, "u011")
    assert requests_to(blink_mock_state, "POST", "/oauth/v2/2fa/verify") == 1
    assert isinstance(await async_session.homescreen(), Homescreen)
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    assert DEMO_PASSWORD not in token_file.read_text()


async def test_login_without_two_factor(async_session: AsyncBlinkSession, blink_mock_state: MockState) -> None:
    await async_session.login(OTHER_EMAIL, OTHER_PASSWORD)
    assert requests_to(blink_mock_state, "POST", "/oauth/v2/2fa/verify") == 0
    assert [network.name for network in await async_session.networks()] == ["Cabin"]


async def test_two_factor_without_a_callback(async_session: AsyncBlinkSession) -> None:
    with pytest.raises(TwoFactorRequired):
        await async_session.login(DEMO_EMAIL, DEMO_PASSWORD)


async def test_resume_from_the_token_file(
    async_demo: AsyncBlinkSession, blink_mock_state: MockState, token_file: Path
) -> None:
    async with AsyncBlinkSession(token_file=token_file) as later:
        assert await later.resume() is True
        assert (await later.network("Home")).id == HOME
    assert requests_to(blink_mock_state, "POST", "/oauth/v2/signin") == 1


async def test_refresh_once_on_expiry(
    async_demo: AsyncBlinkSession, blink_mock_state: MockState, token_file: Path
) -> None:
    before = refreshes(blink_mock_state)
    blink_mock_state.expire_tokens()
    assert (await async_demo.network(HOME)).name == "Home"
    assert refreshes(blink_mock_state) == before + 1
    assert saved(token_file)["refresh_token"] in blink_mock_state.tokens


async def test_calls_at_once_after_expiry_refresh_once(tmp_path: Path) -> None:
    # A real mock process, slow enough that the five calls are all on their way before any answer comes back.
    with running_mock() as base_url, httpx.Client(base_url=base_url) as admin:
        async with AsyncBlinkSession(base_url=base_url, token_file=tmp_path / "token.json") as session:
            await session.login(DEMO_EMAIL, DEMO_PASSWORD, two_factor=demo_code)
            admin.post("/__mock__/tokens/expire", json={}).raise_for_status()
            admin.patch("/__mock__/faults", json={"latency_ms": 200}).raise_for_status()
            admin.delete("/__mock__/requests").raise_for_status()
            names: list[str] = []

            async def look() -> None:
                names.append((await session.network(HOME)).name)

            async with anyio.create_task_group() as group:
                for _ in range(5):
                    group.start_soon(look)
        log = [(r["method"], r["path"], r["status"]) for r in admin.get("/__mock__/requests").json()]
    assert names == ["Home"] * 5
    assert log.count(("GET", f"/api/v3/accounts/{DEMO_ACCOUNT}/homescreen", 401)) == 5  # all sent with the old token
    assert log.count(("POST", "/oauth/token", 200)) == 1  # and refreshed once, in turn


async def test_unauthorized_after_a_failed_refresh(async_demo: AsyncBlinkSession, blink_mock_state: MockState) -> None:
    before = refreshes(blink_mock_state)
    blink_mock_state.expire_tokens()
    spend_refresh_tokens(blink_mock_state)
    with pytest.raises(Unauthorized):
        await async_demo.cameras()
    assert refreshes(blink_mock_state) == before + 1


async def test_close_logs_out_and_keeps_the_stored_session(async_demo: AsyncBlinkSession, token_file: Path) -> None:
    client = async_demo.client
    await async_demo.aclose()
    assert client.get_async_httpx_client().is_closed
    assert not async_demo.logged_in
    with pytest.raises(BlinkError, match="not logged in"):
        await async_demo.homescreen()
    assert saved(token_file)["refresh_token"]


@pytest.mark.blink_mock(scenario=TWO_POLL_COMMANDS)
async def test_arm_waits_for_the_command(async_demo: AsyncBlinkSession, blink_mock_state: MockState) -> None:
    result = await async_demo.arm("Home", poll_interval=0)
    assert isinstance(result.status, CommandStatus) and result.status.status_code == 908
    polls = requests_to(blink_mock_state, "GET", f"/network/{HOME}/command/{result.command_id}")
    assert polls == blink_mock_state.scenario.command_polls == 2
    assert (await async_demo.network("Home")).armed is True
    assert (await async_demo.disarm(HOME, poll_interval=0)).status is not None
    assert (await async_demo.network("Home")).armed is False


async def test_camera_commands(async_demo: AsyncBlinkSession, blink_mock_state: MockState) -> None:
    mini = await async_demo.camera("Living Room")
    assert isinstance(mini, HomescreenOwl)
    assert (await async_demo.disable_motion(mini, poll_interval=0)).status is not None
    assert blink_mock_state.cameras[mini.id].enabled is False
    assert (await async_demo.enable_motion(mini, poll_interval=0)).status is not None
    assert (await async_demo.snap("Front Door", poll_interval=0)).status is not None
    assert (await async_demo.record_clip("Back Yard", wait=False)).status is None


async def test_failed_command(async_demo: AsyncBlinkSession, blink_mock_state: MockState) -> None:
    blink_mock_state.faults.failing_commands = ["arm"]
    with pytest.raises(CommandFailed) as caught:
        await async_demo.arm("Home", poll_interval=0)
    assert (caught.value.status_code, caught.value.message) == (999, "Command failed")


async def test_command_timeout(token_file: Path) -> None:
    slow = MockState(replace(default_scenario(), command_polls=1_000_000))
    async with mock_router(slow), AsyncBlinkSession(token_file=token_file) as session:
        await session.login(DEMO_EMAIL, DEMO_PASSWORD, two_factor=demo_code)
        with pytest.raises(CommandTimeout):
            await session.arm("Home", timeout=0.05, poll_interval=0.01)


async def test_clips_since_reads_every_page(async_demo: AsyncBlinkSession, blink_mock_state: MockState) -> None:
    camera = blink_mock_state.cameras[51002]
    for _ in range(26):
        blink_mock_state.add_media(camera, "pir")
    clips = [clip async for clip in async_demo.clips_since(LONG_AGO)]
    assert len(clips) == 29
    await async_demo.delete_clip(clips[0].id)
    assert len([clip async for clip in async_demo.clips_since(LONG_AGO)]) == 28


async def test_download_clips(async_demo: AsyncBlinkSession, tmp_path: Path) -> None:
    folder = tmp_path / "clips"
    written = await async_demo.download_clips(LONG_AGO, folder)
    assert len(written) == 3 and all(path.suffix == ".mp4" and path.stat().st_size for path in written)
    assert await async_demo.download_clips(LONG_AGO, folder, thumbnails=True) != []  # only the thumbnails are new
    assert await async_demo.download_clips(LONG_AGO, folder, thumbnails=True) == []
    assert len(list(folder.iterdir())) == 6


async def test_interrupted_download_leaves_no_partial_file(
    async_demo: AsyncBlinkSession, blink_mock: BlinkMockRouter, tmp_path: Path
) -> None:
    folder = tmp_path / "clips"
    folder.mkdir()
    broken = BrokenClip(folder)
    clip = httpx.Response(200, headers=MP4, stream=broken)
    blink_mock.get(url__regex=CLIP_PATH).mock(side_effect=lambda request: clip)
    with pytest.raises(httpx.ReadError):
        await async_demo.download_clips(LONG_AGO, folder)
    assert broken.partial_seen
    assert list(folder.iterdir()) == []


async def test_lockout_with_time_remaining(async_session: AsyncBlinkSession, blink_mock_state: MockState) -> None:
    blink_mock_state.faults.lockout_after_failed_logins = 1
    with pytest.raises(Unauthorized):
        await async_session.login(DEMO_EMAIL, "wrong", two_factor=demo_code)
    with pytest.raises(LockedOut) as caught:
        await async_session.login(DEMO_EMAIL, DEMO_PASSWORD, two_factor=demo_code)
    assert caught.value.status == 429 and caught.value.time_remaining is not None and caught.value.time_remaining > 0


async def test_blocked_hardware_id(blink_mock: BlinkMockRouter, token_file: Path) -> None:
    token_store.save(token_store.StoredSession(hardware_id="Home Assistant"), token_file)
    async with AsyncBlinkSession(token_file=token_file) as session:
        with pytest.raises(BlockedClient) as caught:
            await session.login(DEMO_EMAIL, DEMO_PASSWORD, two_factor=demo_code)
    assert caught.value.status == 406


async def test_app_update_required(async_demo: AsyncBlinkSession, blink_mock: BlinkMockRouter) -> None:
    blink_mock.get(url__regex=r".*/homescreen$").respond(
        426, json={"message": "An app update is required", "code": 105}
    )
    with pytest.raises(AppUpdateRequired) as caught:
        await async_demo.homescreen()
    assert caught.value.code == 105


async def test_cloudflare_520_is_a_server_error(async_demo: AsyncBlinkSession, blink_mock: BlinkMockRouter) -> None:
    blink_mock.post(url__regex=r".*/state/arm$").respond(520, content=b"<html>Error 520</html>")
    with pytest.raises(ServerError) as caught:
        await async_demo.arm("Home")
    assert caught.value.status == 520 and caught.value.body == b"<html>Error 520</html>"


async def test_a_deep_answer_is_unreadable(async_demo: AsyncBlinkSession, blink_mock: BlinkMockRouter) -> None:
    blink_mock.get(url__regex=r".*/homescreen$").respond(200, content=DEEP)
    with pytest.raises(UnreadableAnswer, match="deeper than 64 levels"):
        await async_demo.homescreen()
    blink_mock.get(url__regex=r".*/homescreen$").respond(200, content=b"<html></html>")
    with pytest.raises(UnreadableAnswer, match="not JSON"):
        await async_demo.homescreen()


async def test_a_download_of_the_wrong_thing_is_refused(
    async_demo: AsyncBlinkSession, blink_mock: BlinkMockRouter, tmp_path: Path
) -> None:
    folder = tmp_path / "clips"
    blink_mock.get(url__regex=CLIP_PATH).respond(200, headers={"Content-Type": "text/html"}, content=b"<html></html>")
    with pytest.raises(UnreadableAnswer, match="video/mp4"):
        await async_demo.download_clips(LONG_AGO, folder)
    assert list(folder.iterdir()) == []


async def test_an_async_session_writes_nothing_until_it_has_a_session_and_takes_str_paths(
    blink_mock: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    async with AsyncBlinkSession() as session:
        assert await session.resume() is False
        assert not (tmp_path / "xdg").exists()
    monkeypatch.chdir(tmp_path)
    async with AsyncBlinkSession(token_file="token.json") as session:
        await session.login(DEMO_EMAIL, DEMO_PASSWORD, two_factor=demo_code)
        received: list[tuple[int, int | None, str]] = []
        written = await session.download_clips(LONG_AGO, "dl", received=lambda *r: received.append(r))
    assert saved(tmp_path / "token.json")["account_id"] == DEMO_ACCOUNT and not (tmp_path / "xdg").exists()
    assert len(written) == 3 and all(path.parent == Path("dl") for path in written)
    assert {(done, name) for done, total, name in received if done == total} == {
        (path.stat().st_size, path.name) for path in written
    }
