"""The session core driven by hand: no network, no files, no sleeping. Each test plays the driver's part, sending
results and throwing errors into a program where it yielded, as BlinkSession and AsyncBlinkSession do."""

from __future__ import annotations

from datetime import UTC, datetime
from http import HTTPStatus
from pathlib import Path
from typing import Any

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
    Exists,
    Fetch,
    Item,
    MakeFolder,
    OAuth,
    Program,
    Save,
    SessionCore,
    Sleep,
)
from blink_session.errors import BlinkHTTPError, CommandFailed, CommandTimeout, LoginFailed, Unauthorized
from blink_session.token_store import StoredSession

ACCOUNT = 22001
SINCE = datetime(2024, 1, 1, tzinfo=UTC)
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


# -- refresh and retry -----------------------------------------------------------------------------------------------
def refresh_of(program: Program[Any], call: Effect) -> OAuth:
    """Answer `call` with a 401; the refresh the program asks for instead."""
    assert next(program) == call
    effect = program.throw(Unauthorized(401, message="Unauthorized", code=101))
    assert isinstance(effect, OAuth)
    grant = next(effect.flow)
    effect.flow.close()
    assert grant.step == "refresh" and grant.data is not None
    assert (grant.data["grant_type"], grant.data["refresh_token"]) == ("refresh_token", "refresh-1")
    return effect


def test_a_401_refreshes_the_token_once_and_retries() -> None:
    session = logged_in()
    program = session.homescreen()
    call = Call(get_homescreen_v3, (ACCOUNT,))
    refresh_of(program, call)
    # Blink rotates the refresh token: the new one is saved before anything else happens.
    assert program.send(TOKENS) == Save(StoredSession("HW", "refresh-2", ACCOUNT, "u011"))
    assert program.send(None) == call  # the same call, once more ...
    assert session.access_token == "access-2"  # ... with the new access token
    screen = home()
    assert end(program, answer(screen)) is screen


def test_a_second_401_is_unauthorized() -> None:
    session = logged_in()
    program = session.homescreen()
    refresh_of(program, Call(get_homescreen_v3, (ACCOUNT,)))
    program.send(TOKENS)
    program.send(None)
    again = Unauthorized(401, message="still not")
    with pytest.raises(Unauthorized) as caught:
        program.throw(again)  # no second refresh
    assert caught.value is again


@pytest.mark.parametrize("status", [401, 400])
def test_a_refused_refresh_is_unauthorized_and_forgotten(status: int) -> None:
    session = logged_in()
    program = session.homescreen()
    refresh_of(program, Call(get_homescreen_v3, (ACCOUNT,)))
    assert program.throw(refused(status)) == Save(StoredSession("HW", None, ACCOUNT, "u011"))
    with pytest.raises(Unauthorized) as caught:
        program.send(None)
    assert caught.value.status == status and caught.value.body == b'{"error": "invalid_grant"}'
    assert session.stored.refresh_token is None


def test_a_401_after_a_refresh_beside_it_is_retried_without_another() -> None:
    session = logged_in()
    first, second = session.homescreen(), session.homescreen()  # two calls at once, as tasks of an async session
    call = Call(get_homescreen_v3, (ACCOUNT,))
    refresh_of(first, call)
    assert next(second) == call  # sent with the old token too
    assert isinstance(first.send(TOKENS), Save)
    assert first.send(None) == call
    assert second.throw(Unauthorized(401)) == call  # the token is new already: retried, not refreshed again
    screen = home()
    assert end(first, answer(screen)) is screen and end(second, answer(screen)) is screen


def test_a_refusal_of_a_refresh_token_already_rotated_keeps_the_new_one() -> None:
    session = logged_in()
    first, second = session.homescreen(), session.homescreen()
    call = Call(get_homescreen_v3, (ACCOUNT,))
    refresh_of(first, call)
    refresh_of(second, call)  # both refresh with refresh-1; Blink takes it once
    first.send(TOKENS)
    with pytest.raises(Unauthorized):
        second.throw(refused(401))
    assert session.stored.refresh_token == "refresh-2"


def test_a_401_without_a_refresh_token_is_not_retried() -> None:
    session = logged_in()
    session.stored.refresh_token = None
    program = session.homescreen()
    next(program)
    with pytest.raises(Unauthorized):
        program.throw(Unauthorized(401))


def test_other_errors_are_not_retried() -> None:
    program = logged_in().homescreen()
    next(program)
    with pytest.raises(BlinkHTTPError) as caught:
        program.throw(BlinkHTTPError(503))
    assert caught.value.status == 503


# -- login and resume ------------------------------------------------------------------------------------------------
def test_resume_reads_the_tier_when_it_is_not_stored() -> None:
    session = SessionCore(StoredSession("HW", "refresh-1"), "http://mock.invalid/")
    program = session.resume()
    effect = next(program)
    assert isinstance(effect, OAuth) and next(effect.flow).url == "http://mock.invalid/oauth/token"
    assert program.send(TOKENS) == Save(StoredSession("HW", "refresh-2"))
    assert program.send(None) == Call(get_tier_info, token="access-2")
    assert not session.logged_in
    assert program.send(answer(TierInfo(tier="u011", account_id=ACCOUNT))) == Save(
        StoredSession("HW", "refresh-2", ACCOUNT, "u011")
    )
    assert end(program) is True
    assert (session.logged_in, session.account_id, session.rest_base(session.tier)) == (
        True,
        ACCOUNT,
        "http://mock.invalid",
    )


def test_resume_without_a_refresh_token_or_with_a_refused_one() -> None:
    session = SessionCore(StoredSession("HW"))
    with pytest.raises(StopIteration) as nothing:
        next(session.resume())
    assert nothing.value.value is False
    session.stored.refresh_token = "refresh-1"
    program = session.resume()
    next(program)
    assert program.throw(refused(400)) == Save(StoredSession("HW"))  # forgotten
    assert end(program) is False and not session.logged_in


def test_login_refuses_a_tier_that_is_not_a_host_name_part() -> None:
    session = SessionCore(StoredSession("HW"))
    program = session.login("me@example.com", "password")
    effect = next(program)
    assert isinstance(effect, OAuth) and next(effect.flow).step == "authorize"
    program.send(TOKENS)
    assert program.send(None) == Call(get_tier_info, token="access-2")
    with pytest.raises(LoginFailed):
        program.send(answer(TierInfo(tier="evil.example.com/", account_id=ACCOUNT)))
    assert not session.logged_in


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
    session = logged_in()
    program = session.download_clips(SINCE, folder, thumbnails=True, progress=lambda *p: seen.append(p))
    assert next(program) == MakeFolder(folder)
    # The clip list: a 401 on the first page goes through the refresh as well.
    first_page = program.send(None)
    assert isinstance(first_page, Call) and first_page.kwargs["page"] == 1
    assert isinstance(program.throw(Unauthorized(401)), OAuth)
    program.send(TOKENS)  # Save
    assert program.send(None) == first_page
    program.send(page(clip(7, thumbnail="/api/v2/accounts/1/media/thumb/7"), clip(8)))
    effect = program.send(page())
    # Three files: clip 7's MP4 and JPEG, clip 8's MP4. The first is already there.
    assert isinstance(effect, Exists) and effect.path.name.endswith("-7.mp4")
    effect = program.send(True)
    assert isinstance(effect, Exists) and effect.path.name.endswith("-7.jpg")
    fetch = program.send(False)
    assert isinstance(fetch, Fetch) and fetch.download.path == "/api/v2/accounts/1/media/thumb/7"
    assert fetch.download.target == effect.path
    assert isinstance(program.throw(Unauthorized(401)), OAuth)  # an expired token during the downloads
    program.send(TOKENS)
    assert program.send(None) == fetch  # the same file again
    last = program.send(None)
    assert isinstance(last, Exists) and last.path.name.endswith("-8.mp4")
    assert isinstance(program.send(False), Fetch)
    assert end(program) == [effect.path, last.path]
    assert [(done, total) for done, total, _ in seen] == [(1, 3), (2, 3), (3, 3)]
    assert not folder.exists()
