"""The session core driven by hand: no network, no files, no sleeping. Each test plays the driver's part, sending
results and throwing errors into a program where it yielded, as BlinkSession and AsyncBlinkSession do."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from http import HTTPStatus
from pathlib import Path
from typing import Any

import httpx
import pytest

from blink_api_client.api.account import get_homescreen_v3
from blink_api_client.api.auth import get_tier_info
from blink_api_client.api.commands import get_command_status
from blink_api_client.api.media import get_media_changed
from blink_api_client.models.command_status import CommandStatus
from blink_api_client.models.homescreen import Homescreen
from blink_api_client.models.homescreen_account import HomescreenAccount
from blink_api_client.models.media_changed_response import MediaChangedResponse
from blink_api_client.models.media_item import MediaItem
from blink_api_client.models.o_auth_token_response import OAuthTokenResponse
from blink_api_client.models.tier_info import TierInfo
from blink_api_client.types import Response
from blink_session import core
from blink_session.core import (
    Call,
    Effect,
    Fetch,
    Intact,
    Item,
    Lock,
    MakeFolder,
    OAuth,
    Program,
    Read,
    Save,
    SessionCore,
    Sleep,
    Tidy,
    Unlock,
)
from blink_session.errors import (
    BlinkHTTPError,
    CommandFailed,
    CommandTimeout,
    LoginFailed,
    ServerError,
    TokenFileBusy,
    Unauthorized,
)
from blink_session.token_store import LOCK_POLL_SECONDS, LOCK_WAIT_SECONDS, StoredSession

ACCOUNT = 22001
SINCE = datetime(2024, 1, 1, tzinfo=UTC)
MOCK = "http://mock.invalid"
TOKENS = OAuthTokenResponse(access_token="access-2", expires_in=3600, refresh_token="refresh-2")


def logged_in(clock: list[float] | None = None) -> SessionCore:
    """A core as after a login: tier known, an access token and a refresh token."""
    now = clock if clock is not None else [0.0]
    session = SessionCore(StoredSession("HW", "refresh-1", ACCOUNT, "u011"), clock=lambda: now[0])
    session.access_token = "access-1"
    return session


def answer(model: Any) -> Response[Any]:
    return Response(status_code=HTTPStatus.OK, content=b"", headers={}, parsed=model)


def end(program: Program[Any], result: Any = None) -> Any:
    """Send the last result; the program's return value."""
    with pytest.raises(StopIteration) as done:
        program.send(result)
    return done.value.value


def home() -> Homescreen:
    return Homescreen(account=HomescreenAccount(id=ACCOUNT), networks=[])


def clip(clip_id: int, *, deleted: bool = False, thumbnail: str | None = None) -> MediaItem:
    item = MediaItem(
        id=clip_id, created_at=SINCE, deleted=deleted, media=f"/api/v2/accounts/1/media/clip/{clip_id}.mp4"
    )
    if thumbnail is not None:
        item.thumbnail = thumbnail
    return item


def page(*items: MediaItem) -> Response[Any]:
    return answer(MediaChangedResponse(media=list(items)))


def refused(status: int) -> BlinkHTTPError:
    body = b'{"error": "invalid_grant"}'
    return Unauthorized(status, body=body) if status == 401 else BlinkHTTPError(status, body=body)


# -- waiting for a command -------------------------------------------------------------------------------------------
def test_wait_for_command_times_out_on_the_clock() -> None:
    now = [100.0]
    program = logged_in(now).wait_for_command(31001, 7, timeout=2.5, poll_interval=1)
    running = answer(CommandStatus(complete=False))
    polls, sleeps = 0, []
    effect = next(program)
    with pytest.raises(CommandTimeout, match=r"did not complete within 2\.5 s"):
        while True:
            assert effect == Call(get_command_status, (31001, 7))
            polls += 1
            effect = program.send(running)
            assert isinstance(effect, Sleep)
            sleeps.append(effect.seconds)
            now[0] += effect.seconds  # the driver sleeps; here the fake clock moves
            effect = program.send(None)
    assert sleeps == [1, 1, 0.5]  # never past the deadline
    assert polls == 4  # the last poll at the deadline itself


def test_wait_for_command_until_complete() -> None:
    program = logged_in().wait_for_command(31001, 7, poll_interval=0)
    next(program)
    assert program.send(answer(CommandStatus(complete=False))) == Sleep(0)
    program.send(None)
    done = CommandStatus(complete=True, status_code=908, status_msg="Command succeeded")
    result = end(program, answer(done))
    assert (result.network_id, result.command_id, result.status) == (31001, 7, done)


def test_a_command_that_completes_with_another_code_fails() -> None:
    program = logged_in().wait_for_command(31001, 7)
    next(program)
    with pytest.raises(CommandFailed) as caught:
        program.send(answer(CommandStatus(complete=True, status_code=999, status_msg="Command failed")))
    assert (caught.value.status_code, caught.value.message) == (999, "Command failed")


# -- the token file, as the driver keeps it -------------------------------------------------------------------------
class TokenFile:
    """Plays the driver's part for the token file: its lock (one program at a time), its reads and its saves.
    `stored` is what the file holds; `saved` every session written, in order; `waits` the sleeps for the lock."""

    def __init__(self, stored: StoredSession | None = None) -> None:
        self.stored = stored
        self.saved: list[StoredSession] = []
        self.holder: object | None = None  # the program holding the lock, or "other" for another process
        self.waits: list[float] = []
        self.reads: list[str] = []  # the server of each read

    def through(self, program: Program[Any], effect: Effect) -> Effect:
        """Answer every token file effect from `effect` on; the first other effect (StopIteration at the end)."""
        while isinstance(effect, Lock | Unlock | Read | Save | Sleep):
            if isinstance(effect, Sleep):
                self.waits.append(effect.seconds)
                result: Any = None
            elif isinstance(effect, Lock):
                result = self.holder is None
                if result:
                    self.holder = program
            elif isinstance(effect, Unlock):
                assert self.holder is program
                self.holder = result = None
            elif isinstance(effect, Read):  # a whole file is read with or without the lock (saves are atomic)
                self.reads.append(effect.server)
                if self.stored is None or self.stored.server == effect.server:
                    result = replace(self.stored) if self.stored is not None else None
                else:  # the file keeps another server's session only
                    result = StoredSession(self.stored.hardware_id, server=effect.server)
            else:
                assert self.holder is program, f"{effect} without the lock"
                self.stored = replace(effect.stored)
                self.saved.append(self.stored)
                result = None
            effect = program.send(result)
        return effect

    def next(self, program: Program[Any]) -> Effect:
        return self.through(program, next(program))

    def send(self, program: Program[Any], value: Any = None) -> Effect:
        return self.through(program, program.send(value))

    def throw(self, program: Program[Any], error: Exception) -> Effect:
        return self.through(program, program.throw(error))

    def end(self, program: Program[Any], value: Any = None) -> Any:
        """Send the last result; the program's return value."""
        with pytest.raises(StopIteration) as done:
            self.send(program, value)
        return done.value.value


def on_disk(refresh: str | None = "refresh-1") -> TokenFile:
    return TokenFile(StoredSession("HW", refresh, ACCOUNT, "u011"))


def grant_of(effect: Effect) -> dict[str, str]:
    """The form of the refresh-token grant this OAuth effect would send."""
    assert isinstance(effect, OAuth)
    grant = next(effect.flow)
    effect.flow.close()
    assert grant.step == "refresh" and grant.data is not None and grant.data["grant_type"] == "refresh_token"
    return grant.data


# -- refresh and retry -----------------------------------------------------------------------------------------------
def refresh_of(program: Program[Any], call: Effect, disk: TokenFile, token: str = "refresh-1") -> OAuth:
    """Answer `call` with a 401; the refresh the program asks for instead (with the lock held)."""
    assert disk.next(program) == call
    effect = disk.throw(program, Unauthorized(401, message="Unauthorized", code=101))
    assert grant_of(effect)["refresh_token"] == token
    assert disk.holder is program
    assert isinstance(effect, OAuth)
    return effect


def test_a_401_refreshes_the_token_once_and_retries() -> None:
    session, disk = logged_in(), on_disk()
    program = session.homescreen()
    call = Call(get_homescreen_v3, (ACCOUNT,))
    refresh_of(program, call, disk)
    # Blink rotates the refresh token: the new one is saved before anything else happens, and the lock released.
    assert disk.send(program, TOKENS) == call  # the same call, once more ...
    assert disk.saved == [StoredSession("HW", "refresh-2", ACCOUNT, "u011")] and disk.holder is None
    assert session.access_token == "access-2"  # ... with the new access token
    screen = home()
    assert disk.end(program, answer(screen)) is screen


def test_a_second_401_is_unauthorized() -> None:
    session, disk = logged_in(), on_disk()
    program = session.homescreen()
    refresh_of(program, Call(get_homescreen_v3, (ACCOUNT,)), disk)
    disk.send(program, TOKENS)
    again = Unauthorized(401, message="still not")
    with pytest.raises(Unauthorized) as caught:
        disk.throw(program, again)  # no second refresh
    assert caught.value is again


@pytest.mark.parametrize("status", [401, 400])
def test_a_refused_refresh_is_unauthorized_and_forgotten(status: int) -> None:
    session, disk = logged_in(), on_disk()
    program = session.homescreen()
    refresh_of(program, Call(get_homescreen_v3, (ACCOUNT,)), disk)
    with pytest.raises(Unauthorized) as caught:
        disk.throw(program, refused(status))
    assert caught.value.status == status and caught.value.body == b'{"error": "invalid_grant"}'
    assert disk.saved == [StoredSession("HW", None, ACCOUNT, "u011")] and disk.holder is None
    assert session.stored.refresh_token is None


def test_a_refresh_uses_the_token_another_process_saved() -> None:
    # Another process refreshed since this one read the file: refresh-1 is spent, refresh-9 is the newest.
    session, disk = logged_in(), on_disk("refresh-9")
    program = session.homescreen()
    refresh_of(program, Call(get_homescreen_v3, (ACCOUNT,)), disk, token="refresh-9")
    assert disk.send(program, TOKENS) == Call(get_homescreen_v3, (ACCOUNT,))
    assert disk.stored == StoredSession("HW", "refresh-2", ACCOUNT, "u011")


def test_a_refused_refresh_takes_a_token_saved_meanwhile_instead_of_erasing_it() -> None:
    # A writer that takes no lock (an older blink) rotated the token while this refresh was on its way.
    session, disk = logged_in(), on_disk()
    program = session.homescreen()
    refresh_of(program, Call(get_homescreen_v3, (ACCOUNT,)), disk)
    disk.stored = StoredSession("HW", "refresh-9", ACCOUNT, "u011")
    retry = disk.throw(program, refused(401))
    assert grant_of(retry)["refresh_token"] == "refresh-9"
    assert disk.saved == []  # nothing erased
    assert disk.send(program, TOKENS) == Call(get_homescreen_v3, (ACCOUNT,))
    assert disk.stored == StoredSession("HW", "refresh-2", ACCOUNT, "u011")


def test_a_refused_retry_with_the_token_saved_meanwhile_is_not_retried_again() -> None:
    session, disk = logged_in(), on_disk()
    program = session.homescreen()
    refresh_of(program, Call(get_homescreen_v3, (ACCOUNT,)), disk)
    disk.stored = StoredSession("HW", "refresh-9", ACCOUNT, "u011")
    disk.throw(program, refused(401))
    disk.stored = StoredSession("HW", "refresh-10", ACCOUNT, "u011")
    with pytest.raises(Unauthorized):
        disk.throw(program, refused(401))
    assert disk.stored.refresh_token == "refresh-10"  # left as the other process saved it
    assert disk.saved == []


@pytest.mark.parametrize("error", [ServerError(503), ServerError(520), httpx.ConnectError("refused")])
def test_a_server_or_network_error_on_the_refresh_keeps_the_token(error: Exception) -> None:
    session, disk = logged_in(), on_disk()
    program = session.homescreen()
    refresh_of(program, Call(get_homescreen_v3, (ACCOUNT,)), disk)
    with pytest.raises(type(error)) as caught:
        disk.throw(program, error)
    assert caught.value is error
    assert disk.saved == [] and disk.holder is None
    assert session.stored.refresh_token == "refresh-1"


def test_a_401_after_a_refresh_beside_it_is_retried_without_another() -> None:
    session, disk = logged_in(), on_disk()
    first, second = session.homescreen(), session.homescreen()  # two calls at once, as tasks of an async session
    call = Call(get_homescreen_v3, (ACCOUNT,))
    refresh_of(first, call, disk)
    assert disk.next(second) == call  # sent with the old token too
    assert disk.send(first, TOKENS) == call
    assert disk.throw(second, Unauthorized(401)) == call  # the token is new already: retried, not refreshed again
    screen = home()
    assert disk.end(first, answer(screen)) is screen and disk.end(second, answer(screen)) is screen


def test_two_401s_at_once_refresh_once_in_turn() -> None:
    session, disk = logged_in(), on_disk()
    first, second = session.homescreen(), session.homescreen()
    call = Call(get_homescreen_v3, (ACCOUNT,))
    assert disk.next(second) == call
    refresh_of(first, call, disk)
    # The second waits for the lock the first holds ...
    assert second.throw(Unauthorized(401)) == Lock()
    assert second.send(False) == Sleep(LOCK_POLL_SECONDS)
    assert second.send(None) == Lock()
    assert disk.send(first, TOKENS) == call
    # ... and, its turn come, finds the access token renewed: no second refresh.
    assert disk.through(second, Lock()) == call
    assert [saved.refresh_token for saved in disk.saved] == ["refresh-2"]


def test_waiting_for_the_lock_ends_with_token_file_busy() -> None:
    now = [0.0]
    session = logged_in(now)
    program = session.homescreen()
    next(program)
    assert program.throw(Unauthorized(401)) == Lock()
    with pytest.raises(TokenFileBusy):
        while True:
            assert program.send(False) == Sleep(LOCK_POLL_SECONDS)
            now[0] += LOCK_POLL_SECONDS * 1000
            assert program.send(None) == Lock()
    assert now[0] >= LOCK_WAIT_SECONDS


def test_a_401_without_a_refresh_token_is_not_retried() -> None:
    session, disk = logged_in(), on_disk(None)
    session.stored.refresh_token = None
    program = session.homescreen()
    disk.next(program)
    with pytest.raises(Unauthorized):
        disk.throw(program, Unauthorized(401))
    assert disk.holder is None and disk.saved == []


def test_other_errors_are_not_retried() -> None:
    program = logged_in().homescreen()
    next(program)
    with pytest.raises(BlinkHTTPError) as caught:
        program.throw(BlinkHTTPError(503))
    assert caught.value.status == 503


# -- login and resume ------------------------------------------------------------------------------------------------
def test_resume_reads_the_tier_when_it_is_not_stored() -> None:
    stored = StoredSession("HW", "refresh-1", server=MOCK)
    session, disk = SessionCore(stored, "http://mock.invalid/"), TokenFile()
    program = session.resume()
    effect = disk.next(program)
    assert isinstance(effect, OAuth) and next(effect.flow).url == "http://mock.invalid/oauth/token"
    assert disk.send(program, TOKENS) == Call(get_tier_info, token="access-2")
    assert disk.saved == [StoredSession("HW", "refresh-2", server=MOCK)]
    assert not session.logged_in
    assert disk.end(program, answer(TierInfo(tier="u011", account_id=ACCOUNT))) is True
    assert disk.saved[-1] == StoredSession("HW", "refresh-2", ACCOUNT, "u011", MOCK)
    assert set(disk.reads) == {MOCK}
    assert (session.logged_in, session.account_id, session.rest_base(session.tier)) == (
        True,
        ACCOUNT,
        "http://mock.invalid",
    )


def test_a_session_of_another_server_is_never_sent_here() -> None:
    # The file keeps Blink's session; a core for the mock sees no session, and reads and saves the mock's only.
    session, disk = SessionCore(StoredSession("HW", "refresh-blink", ACCOUNT, "u011"), MOCK + "/"), on_disk("r-b")
    assert (session.server, session.stored) == (MOCK, StoredSession("HW", server=MOCK))  # the install's id stays
    with pytest.raises(StopIteration) as nothing:
        disk.next(session.resume())
    assert nothing.value.value is False and disk.reads == [MOCK] and disk.saved == [] and disk.holder is None
    program = session.login("me@example.com", "password")
    assert isinstance(disk.next(program), OAuth)
    disk.send(program, TOKENS)
    assert disk.saved == [StoredSession("HW", "refresh-2", server=MOCK)]
    # And the other way round: Blink's core does not take the mock's token.
    blink = SessionCore(StoredSession("HW", "refresh-mock", server=MOCK))
    assert blink.server == "blink" and blink.stored.refresh_token is None


def test_resume_without_a_refresh_token_or_with_a_refused_one() -> None:
    session, disk = SessionCore(StoredSession("HW")), TokenFile()
    with pytest.raises(StopIteration) as nothing:
        disk.next(session.resume())
    assert nothing.value.value is False and disk.holder is None
    session.stored.refresh_token = "refresh-1"
    program = session.resume()
    disk.next(program)
    with pytest.raises(StopIteration) as refusal:
        disk.throw(program, refused(400))
    assert refusal.value.value is False
    assert disk.saved == [StoredSession("HW")]  # forgotten
    assert not session.logged_in and disk.holder is None


def test_resume_takes_a_token_another_process_saved_after_this_one_started() -> None:
    session, disk = SessionCore(StoredSession("HW")), on_disk("refresh-9")
    program = session.resume()
    assert grant_of(disk.next(program))["refresh_token"] == "refresh-9"
    assert disk.end(program, TOKENS) is True
    assert session.account_id == ACCOUNT and disk.stored == StoredSession("HW", "refresh-2", ACCOUNT, "u011")


def test_login_refuses_a_tier_that_is_not_a_host_name_part() -> None:
    session, disk = SessionCore(StoredSession("HW")), TokenFile()
    program = session.login("me@example.com", "password")
    effect = disk.next(program)
    assert isinstance(effect, OAuth) and next(effect.flow).step == "authorize"
    assert disk.send(program, TOKENS) == Call(get_tier_info, token="access-2")
    with pytest.raises(LoginFailed):
        program.send(answer(TierInfo(tier="evil.example.com/", account_id=ACCOUNT)))
    assert not session.logged_in


def test_a_login_saves_its_token_over_another_and_keeps_one_saved_after_it() -> None:
    session, disk = SessionCore(StoredSession("HW")), on_disk("refresh-old")
    program = session.login("me@example.com", "password")
    disk.next(program)
    assert disk.send(program, TOKENS) == Call(get_tier_info, token="access-2")
    assert disk.stored is not None and disk.stored.refresh_token == "refresh-2"  # the login's token replaced it
    disk.stored = StoredSession("HW", "refresh-3", ACCOUNT, "u011")  # another process refreshed with it meanwhile
    disk.end(program, answer(TierInfo(tier="u011", account_id=ACCOUNT)))
    assert disk.stored == StoredSession("HW", "refresh-3", ACCOUNT, "u011")  # not set back to the spent one


# -- paging clips ----------------------------------------------------------------------------------------------------
def listed(program: Program[None], pages: list[Response[Any]]) -> tuple[list[int], list[int]]:
    """Drive a clip listing with these pages: (ids streamed, pages asked for)."""
    ids: list[int] = []
    asked: list[int] = []
    effect = next(program)
    try:
        while True:
            if isinstance(effect, Item):
                ids.append(effect.value.id)
                effect = next(program)
                continue
            assert isinstance(effect, Call) and effect.operation is get_media_changed
            assert effect.kwargs["since"] == "2024-01-01T00:00:00+0000"
            asked.append(effect.kwargs["page"])
            effect = program.send(pages[len(asked) - 1])
    except StopIteration:
        return ids, asked


def test_clips_page_until_an_empty_page_once_each_without_deleted() -> None:
    pages = [page(clip(1), clip(2, deleted=True), clip(3)), page(clip(3), clip(4), clip(4)), page()]
    assert listed(logged_in().clips_since(SINCE), pages) == ([1, 3, 4], [1, 2, 3])


def test_clips_stop_when_the_server_ignores_page() -> None:
    same = page(clip(1), clip(2))
    assert listed(logged_in().clips_since(SINCE), [same, same, same]) == ([1, 2], [1, 2])


def test_clips_stop_at_max_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(core, "MAX_PAGES", 3)
    endless = [page(clip(n)) for n in range(1, 10)]
    assert listed(logged_in().clips_since(SINCE), endless) == ([1, 2, 3], [1, 2, 3])


# -- downloads -------------------------------------------------------------------------------------------------------
def test_download_plan_skips_present_files_and_refreshes_once(tmp_path: Path) -> None:
    folder = tmp_path / "clips"  # never touched: the program only names it
    seen: list[tuple[int, int, str]] = []
    session, disk = logged_in(), on_disk()
    program = session.download_clips(SINCE, folder, thumbnails=True, progress=lambda *p: seen.append(p))
    assert next(program) == MakeFolder(folder)
    assert program.send(None) == Tidy(folder)  # the leftovers of an interrupted run go first
    # The clip list: a 401 on the first page goes through the refresh as well.
    first_page = program.send([])
    assert isinstance(first_page, Call) and first_page.kwargs["page"] == 1
    assert isinstance(disk.throw(program, Unauthorized(401)), OAuth)
    assert disk.send(program, TOKENS) == first_page
    program.send(page(clip(7, thumbnail="/api/v2/accounts/1/media/thumb/7"), clip(8)))
    effect = program.send(page())
    # Three files: clip 7's MP4 and JPEG, clip 8's MP4. The first is already there, whole.
    assert isinstance(effect, Intact) and effect.path.name.endswith("-7.mp4")
    effect = program.send(True)
    assert isinstance(effect, Intact) and effect.path.name.endswith("-7.jpg")
    fetch = program.send(False)
    assert isinstance(fetch, Fetch) and fetch.download.path == "/api/v2/accounts/1/media/thumb/7"
    assert fetch.download.target == effect.path
    assert isinstance(disk.throw(program, Unauthorized(401)), OAuth)  # an expired token during the downloads
    assert disk.send(program, TOKENS) == fetch  # the same file again
    last = program.send(None)
    assert isinstance(last, Intact) and last.path.name.endswith("-8.mp4")
    assert isinstance(program.send(False), Fetch)
    assert end(program) == [effect.path, last.path]
    assert [(done, total) for done, total, _ in seen] == [(1, 3), (2, 3), (3, 3)]
    assert not folder.exists()
