"""What a session does, written once and free of I/O: `BlinkSession` and `AsyncBlinkSession` only drive it.

Each job of a session is a *program*: a generator, like `oauth.login_flow`, that yields what to do next (an
effect: a REST call, a file download, an OAuth flow, a sleep, saving the token file ...) and is sent the result,
or has the error it raised thrown in where it yielded. A program never touches the network, the disk or a real
sleep itself, so the sync session drives it with blocking calls, the async session with awaited ones, and a test
by hand:

    program = core.homescreen()
    next(program)                    # Call(get_homescreen_v3, (22001,))
    program.throw(Unauthorized(401)) # OAuth(refresh_flow(...)): the expired token is refreshed ...
    program.send(tokens)             # Save(...) of the rotated refresh token, then the same Call again
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Generator
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import Any, TypeAlias, TypeVar

from blink_api_client.api.account import get_homescreen_v3
from blink_api_client.api.auth import get_tier_info
from blink_api_client.api.commands import get_command_status
from blink_api_client.api.media import delete_media, get_media_changed
from blink_api_client.api.networks import arm_network, disarm_network
from blink_api_client.models.command import Command
from blink_api_client.models.command_short import CommandShort
from blink_api_client.models.command_status import CommandStatus
from blink_api_client.models.homescreen import Homescreen
from blink_api_client.models.homescreen_camera import HomescreenCamera
from blink_api_client.models.homescreen_network import HomescreenNetwork
from blink_api_client.models.homescreen_owl import HomescreenOwl
from blink_api_client.models.media_changed_response import MediaChangedResponse
from blink_api_client.models.media_delete_request import MediaDeleteRequest
from blink_api_client.models.media_item import MediaItem
from blink_api_client.models.message import Message
from blink_api_client.models.o_auth_token_response import OAuthTokenResponse
from blink_api_client.models.tier_info import TierInfo
from blink_api_client.types import Response
from blink_session.commands import (
    Action,
    CameraRef,
    CommandResult,
    NetworkRef,
    all_cameras,
    device_operation,
    failure_of,
    find_camera,
    find_network,
)
from blink_session.errors import (
    BlinkError,
    BlinkHTTPError,
    CommandTimeout,
    LoginFailed,
    TokenFileBusy,
    Unauthorized,
    UnreadableAnswer,
)
from blink_session.media import MAX_PAGES, Download, downloads_for, since_param
from blink_session.oauth import OAUTH_HOST, PROD_HOST, REST_HOST_TEMPLATE, Flow, login_flow, refresh_flow
from blink_session.token_store import LOCK_POLL_SECONDS, LOCK_WAIT_SECONDS, TIER_PATTERN, StoredSession, server_key

__all__ = [
    "PARSE_ERRORS",
    "Call",
    "Effect",
    "Fetch",
    "Intact",
    "Item",
    "Lock",
    "MakeFolder",
    "OAuth",
    "Program",
    "Progress",
    "Read",
    "Received",
    "Save",
    "SessionCore",
    "Sleep",
    "Tidy",
    "Unlock",
    "advance",
    "collect",
    "unreadable",
]

T = TypeVar("T")
# Called after each file of download_clips: (files done, files in total, file name). Skipped files count as done.
Progress = Callable[[int, int, str], None]
# Called as a file's bytes arrive: (bytes so far, bytes in all from Content-Length or None, file name).
Received = Callable[[int, int | None, str], None]


# -- effects: what a program asks its driver to do -------------------------------------------------------------------
@dataclass(frozen=True)
class Call:
    """Make a generated operation: the driver calls `operation.sync_detailed` or `operation.asyncio_detailed` with
    these arguments and the session's client, and sends back the `Response`. With `token`, the call goes to Blink's
    rest-prod host with that token instead (tier_info: the account's tier is not known yet)."""

    operation: ModuleType
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    token: str | None = None


@dataclass(frozen=True)
class Fetch:
    """Stream `download.path` from the REST host, with the session's client, into `download.target` through
    `media.atomic_file`, kept only if it passes `media`'s checks (else UnreadableAnswer, and no file). `received`
    is told the bytes as they arrive."""

    download: Download
    received: Received | None = None


@dataclass(frozen=True)
class OAuth:
    """Drive this OAuth flow with a fresh cookie jar that never follows redirects; send back its token response."""

    flow: Flow


@dataclass(frozen=True)
class Sleep:
    seconds: float


@dataclass(frozen=True)
class Save:
    """Write this stored session to the token file (when the session has one). The program holds its lock."""

    stored: StoredSession


@dataclass(frozen=True)
class Lock:
    """Take the token file's lock if it is free; send back whether it was taken. It is one program's at a time, in
    this process (the tasks of an async session) and across processes. The core does the waiting itself, with
    `Sleep`, so that both sessions wait alike."""


@dataclass(frozen=True)
class Unlock:
    """Release the token file's lock."""


@dataclass(frozen=True)
class Read:
    """Send back this server's session as the token file holds it now (`token_store.read(path, server)`): None when
    there is no file (or the session keeps none). Saves are atomic, so the file may be read with or without its
    lock; a program that acts on what it read (refreshes with it) holds the lock."""

    server: str


@dataclass(frozen=True)
class MakeFolder:
    path: Path


@dataclass(frozen=True)
class Intact:
    """Send back whether this file exists and is a whole clip or thumbnail (`media.flaw`)."""

    path: Path


@dataclass(frozen=True)
class Tidy:
    """Remove the temporary files an interrupted download left in this folder (`media.remove_leftovers`)."""

    folder: Path


@dataclass(frozen=True)
class Item:
    """Not something to do: the next result of a program that streams its results (clips_since)."""

    value: Any


Effect: TypeAlias = Call | Fetch | OAuth | Sleep | Save | Lock | Unlock | Read | MakeFolder | Tidy | Intact | Item
Program: TypeAlias = Generator[Effect, Any, T]


def advance(program: Program[Any], result: Any = None, error: Exception | None = None) -> Effect:
    """Hand a program the result of the effect it asked for, or the error that effect raised (thrown in where the
    program yielded). Its next effect; StopIteration when it ends."""
    if error is not None:
        return program.throw(error)
    return program.send(result)


def collect(program: Program[None]) -> Program[list[Any]]:
    """Run a program that streams `Item`s, gathering them into a list and passing every other effect on."""
    items: list[Any] = []
    try:
        effect = next(program)
        while True:
            if isinstance(effect, Item):
                items.append(effect.value)
                effect = next(program)
                continue
            try:
                result = yield effect
            except Exception as error:  # the driver's error belongs to the program that asked
                effect = advance(program, error=error)
            else:
                effect = advance(program, result)
    except StopIteration:
        return items
    finally:
        program.close()


# -- reading Blink's answers -----------------------------------------------------------------------------------------
# What the generated client raises when it cannot read a 2xx: `response.json()` on a body that is not JSON, or
# `from_dict` on JSON of another shape (a missing field, a list for an object, a date that is not one).
PARSE_ERRORS = (ValueError, KeyError, TypeError, AttributeError)


def unreadable(error: Exception) -> UnreadableAnswer:
    """The UnreadableAnswer for an error the generated client raised while parsing a success."""
    if isinstance(error, json.JSONDecodeError):
        reason = "not JSON"
    elif isinstance(error, KeyError):
        reason = f"the field {error} that the spec requires is missing"
    else:
        reason = f"not the shape the spec describes ({type(error).__name__}: {error})"
    return UnreadableAnswer(None, reason)


def parsed(response: Response[Any], model: type[T]) -> T:
    """The parsed 2xx model, or UnreadableAnswer when Blink answered a success the spec does not describe."""
    if isinstance(response.parsed, model):
        return response.parsed
    raise UnreadableAnswer(
        int(response.status_code),
        f"expected {model.__name__}",
        headers=response.headers,
        body=response.content,
    )


def command_ids(response: Response[Any]) -> tuple[int, int]:
    """(network_id, command_id) of a command Blink accepted."""
    command = response.parsed
    if isinstance(command, Command | CommandShort):
        return command.network_id, command.id
    raise UnreadableAnswer(
        int(response.status_code), "expected a command", headers=response.headers, body=response.content
    )


def is_refused_refresh(error: BlinkHTTPError) -> bool:
    # Blink's answer to a spent or revoked refresh token: 401 (as the mock does) or RFC 6749's 400 invalid_grant.
    return isinstance(error, Unauthorized) or error.status == 400


# -- the session -----------------------------------------------------------------------------------------------------
class SessionCore:
    """What a session knows (its hosts, the stored session, the access token) and every job it does, as programs.

    `stored` is changed in memory only; each change is followed by a `Save` effect. A stored session of another
    server than `base_url`'s is not this session's: only its hardware_id (the install's) is kept, so its refresh
    token is never sent here. `clock` tells the time for command deadlines (the driver does the sleeping)."""

    def __init__(
        self, stored: StoredSession, base_url: str | None = None, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.base_url = base_url.rstrip("/") if base_url else None
        self.server = server_key(self.base_url)
        if stored.server != self.server:
            stored = StoredSession(hardware_id=stored.hardware_id, server=self.server)
        self.stored = stored
        self.clock = clock
        self.access_token: str | None = None  # in memory only, never saved
        self._known = stored.refresh_token  # the refresh token this session last read in the file or wrote there

    # -- hosts -------------------------------------------------------------------------------------------------------
    @property
    def oauth_base(self) -> str:
        return self.base_url or OAUTH_HOST

    @property
    def prod_base(self) -> str:
        return self.base_url or PROD_HOST

    def rest_base(self, tier: str) -> str:
        return self.base_url or REST_HOST_TEMPLATE.format(tier=tier)

    # -- what the session knows --------------------------------------------------------------------------------------
    @property
    def logged_in(self) -> bool:
        return self.access_token is not None

    @property
    def account_id(self) -> int:
        if self.stored.account_id is None or not self.logged_in:
            raise BlinkError("not logged in: call login() or resume() first")
        return self.stored.account_id

    @property
    def tier(self) -> str:
        if self.stored.tier is None or not self.logged_in:
            raise BlinkError("not logged in: call login() or resume() first")
        return self.stored.tier

    @property
    def bearer(self) -> str:
        """The current access token."""
        if self.access_token is None:
            raise BlinkError("not logged in: call login() or resume() first")
        return self.access_token

    # -- tokens ------------------------------------------------------------------------------------------------------
    # Blink spends a refresh token on its first use, and the token file may be shared by several processes (a
    # scheduled `blink` beside another, `blink-contract`). So every read-refresh-write of the file is done holding
    # its lock, starting from what the file holds then, and a token is forgotten only when the file still holds
    # that very token after Blink refused it: never one another process saved.
    def _lock(self) -> Program[None]:
        deadline = self.clock() + LOCK_WAIT_SECONDS
        while not (yield Lock()):
            if self.clock() >= deadline:
                raise TokenFileBusy(f"the token file stayed locked by another process for {LOCK_WAIT_SECONDS:g} s")
            yield Sleep(LOCK_POLL_SECONDS)

    def _locked(self, job: Program[T]) -> Program[T]:
        """Run `job` holding the token file's lock, released however the job ends."""
        yield from self._lock()
        try:
            result = yield from job
        except Exception:
            yield Unlock()
            raise
        yield Unlock()
        return result

    def _write(self) -> Save:
        self._known = self.stored.refresh_token
        return Save(replace(self.stored))  # as it is now: the effect is a value, like every other

    def _catch_up(self) -> Program[bool]:
        """(Lock held.) Take the session another process saved since this one last read or wrote the file: a
        refresh token this session has not seen there is newer than its own, which Blink may have spent already.
        A file without a token takes nothing away. True if a token was taken."""
        on_disk = yield Read(self.server)
        if on_disk is None or not on_disk.refresh_token or on_disk.refresh_token == self._known:
            return False
        # A refresh token belongs to the hardware_id it was issued to, and to its account.
        self.stored.hardware_id = on_disk.hardware_id or self.stored.hardware_id
        self.stored.refresh_token = on_disk.refresh_token
        if on_disk.account_id is not None and on_disk.tier is not None:
            self.stored.account_id, self.stored.tier = on_disk.account_id, on_disk.tier
        self._known = on_disk.refresh_token
        return True

    def login(self, email: str, password: str, two_factor: Callable[[], str] | None = None) -> Program[None]:
        """The OAuth login (one attempt), then the account's tier from rest-prod."""
        # The install's hardware_id is the file's, if another process wrote the first one since this session began:
        # the file keeps one for every server, and the new refresh token is issued to the one sent now.
        on_disk = yield Read(self.server)
        if on_disk is not None and on_disk.hardware_id:
            self.stored.hardware_id = on_disk.hardware_id
        tokens: OAuthTokenResponse = yield OAuth(
            login_flow(self.oauth_base, email, password, self.stored.hardware_id, two_factor)
        )
        yield from self._locked(self._keep(tokens))  # a login's token is the newest: it replaces what is stored
        yield from self._read_tier(tokens.access_token)
        self.access_token = tokens.access_token

    def resume(self) -> Program[bool]:
        """One refresh-token grant with the newest stored refresh token. False when there is none or Blink refuses
        it (it is then forgotten); a server or network error is raised, never taken for a dead session."""
        if not self.stored.refresh_token and self.access_token is None:
            on_disk = yield Read(self.server)  # without the lock: nothing to refresh with is no reason to make one
            if on_disk is None or not on_disk.refresh_token:
                return False
        try:
            access = yield from self._locked(self._renew(self.access_token))
        except BlinkHTTPError as error:
            if is_refused_refresh(error):
                return False
            raise
        if access is None:
            return False
        if self.stored.account_id is None or self.stored.tier is None:
            yield from self._read_tier(access)
        self.access_token = access
        return True

    def _keep(self, tokens: OAuthTokenResponse) -> Program[None]:
        """(Lock held.) Save the (rotated) refresh token at once: the one it replaces is spent."""
        if isinstance(tokens.refresh_token, str) and tokens.refresh_token:
            self.stored.refresh_token = tokens.refresh_token
            yield self._write()

    def _renew(self, sent_with: str | None) -> Program[str | None]:
        """(Lock held.) A new access token from the newest refresh token: None when there is none.

        A refresh Blink refuses is retried once if the file meanwhile got a token this session has not seen (a
        process that does not take the lock rotated it); otherwise the refused token is forgotten and the
        refusal raised."""
        if self.access_token is not None and self.access_token != sent_with:
            return self.access_token  # a call beside this one (async) refreshed while this one waited for its turn
        yield from self._catch_up()
        retried = False
        while True:
            refresh = self.stored.refresh_token
            if not refresh:
                return None
            try:
                tokens: OAuthTokenResponse = yield OAuth(
                    refresh_flow(self.oauth_base, refresh, self.stored.hardware_id)
                )
            except BlinkHTTPError as error:
                if not is_refused_refresh(error):
                    raise  # a 5xx is Blink's trouble, not a dead session: the token stays
                if (yield from self._catch_up()):
                    if retried:
                        raise  # refused twice: the token another process saved stays for it
                    retried = True
                    continue
                self.stored.refresh_token = None  # the file holds this refused token, or none
                yield self._write()
                raise
            yield from self._keep(tokens)
            return tokens.access_token

    def _read_tier(self, access: str) -> Program[None]:
        info = parsed((yield Call(get_tier_info, token=access)), TierInfo)
        if not TIER_PATTERN.match(info.tier):  # it becomes part of a host name, rest-{tier}.immedia-semi.com
            raise LoginFailed(f"tier_info gave a tier that is not a host name part: {info.tier!r}")
        yield from self._locked(self._keep_tier(info))

    def _keep_tier(self, info: TierInfo) -> Program[None]:
        yield from self._catch_up()  # a token another process saved since this one's is newer: keep it
        self.stored.account_id = info.account_id
        self.stored.tier = info.tier
        yield self._write()

    def authorized(self, effect: Call | Fetch) -> Program[Any]:
        """Do an effect that carries the access token; on a 401, refresh the token once and do it once more. A
        second 401, or a refresh Blink refuses, is Unauthorized."""
        sent_with = self.access_token
        try:
            return (yield effect)
        except Unauthorized as unauthorized:
            if self.access_token != sent_with:  # refreshed meanwhile, by a call running beside this one (async)
                return (yield effect)
            refused = unauthorized
        try:
            access = yield from self._locked(self._renew(sent_with))
        except BlinkHTTPError as error:
            if isinstance(error, Unauthorized) or not is_refused_refresh(error):
                raise
            # Blink's 400 invalid_grant: to the caller, the same dead session as its 401.
            raise Unauthorized(
                error.status, error.headers, error.body, message=error.message, code=error.code, url=error.url
            ) from error
        if access is None:  # no refresh token, here or in the file
            raise refused
        self.access_token = access
        return (yield effect)

    def _get(self, operation: ModuleType, *args: Any, **kwargs: Any) -> Program[Any]:
        return (yield from self.authorized(Call(operation, args, kwargs)))

    # -- reading -----------------------------------------------------------------------------------------------------
    def homescreen(self) -> Program[Homescreen]:
        return parsed((yield from self._get(get_homescreen_v3, self.account_id)), Homescreen)

    def networks(self) -> Program[list[HomescreenNetwork]]:
        return list((yield from self.homescreen()).networks)

    def network(self, name_or_id: str | int) -> Program[HomescreenNetwork]:
        return find_network((yield from self.homescreen()), name_or_id)

    def cameras(self) -> Program[list[HomescreenCamera | HomescreenOwl]]:
        return all_cameras((yield from self.homescreen()))

    def camera(self, name_or_id: str | int) -> Program[HomescreenCamera | HomescreenOwl]:
        return find_camera((yield from self.homescreen()), name_or_id).model

    # -- commands ----------------------------------------------------------------------------------------------------
    def arm(self, network: NetworkRef, wait: bool, timeout: float, poll_interval: float) -> Program[CommandResult]:
        return self._network_command(arm_network, network, wait, timeout, poll_interval)

    def disarm(self, network: NetworkRef, wait: bool, timeout: float, poll_interval: float) -> Program[CommandResult]:
        return self._network_command(disarm_network, network, wait, timeout, poll_interval)

    def _network_command(
        self, operation: ModuleType, network: NetworkRef, wait: bool, timeout: float, poll_interval: float
    ) -> Program[CommandResult]:
        if isinstance(network, HomescreenNetwork | int):
            network_id = network if isinstance(network, int) else network.id  # an id is sent as it is
        else:
            network_id = find_network((yield from self.homescreen()), network).id
        response = yield from self._get(operation, self.account_id, network_id)
        return (yield from self._finish(response, wait, timeout, poll_interval))

    def device_command(
        self, camera: CameraRef, action: Action, wait: bool, timeout: float, poll_interval: float
    ) -> Program[CommandResult]:
        device = find_camera((yield from self.homescreen()), camera)
        operation, args, kwargs = device_operation(device, action, self.account_id)
        response = yield from self._get(operation, *args, **kwargs)
        return (yield from self._finish(response, wait, timeout, poll_interval))

    def _finish(
        self, response: Response[Any], wait: bool, timeout: float, poll_interval: float
    ) -> Program[CommandResult]:
        network_id, command_id = command_ids(response)
        if not wait:
            return CommandResult(network_id, command_id, None)
        return (yield from self.wait_for_command(network_id, command_id, timeout, poll_interval))

    def wait_for_command(
        self, network_id: int, command_id: int, timeout: float = 60, poll_interval: float = 1
    ) -> Program[CommandResult]:
        """Poll until the command completes: CommandFailed if Blink's status_code is not 908, CommandTimeout if it is
        still running after `timeout` seconds."""
        deadline = self.clock() + timeout
        while True:
            status = parsed((yield from self._get(get_command_status, network_id, command_id)), CommandStatus)
            if status.complete is True:
                failure = failure_of(status)
                if failure is not None:
                    raise failure
                return CommandResult(network_id, command_id, status)
            remaining = deadline - self.clock()
            if remaining <= 0:
                raise CommandTimeout(
                    f"command {command_id} on network {network_id} did not complete within {timeout:g} s"
                )
            yield Sleep(min(poll_interval, remaining))

    # -- media -------------------------------------------------------------------------------------------------------
    def clips_since(self, since: datetime) -> Program[None]:
        """Streams (`Item`) every clip changed since `since`, page after page, each once, without deleted ones."""
        since_text = since_param(since)
        seen: set[int] = set()
        for page in range(1, MAX_PAGES + 1):
            answer = yield from self._get(get_media_changed, self.account_id, since=since_text, page=page)
            fresh = [item for item in parsed(answer, MediaChangedResponse).media if item.id not in seen]
            if not fresh:  # an empty page ends the list (so does a server that ignores `page`)
                return
            for item in fresh:
                if item.id in seen:  # twice on one page
                    continue
                seen.add(item.id)
                if not item.deleted:
                    yield Item(item)

    def download_clips(
        self,
        since: datetime,
        folder: Path,
        thumbnails: bool = False,
        progress: Progress | None = None,
        received: Received | None = None,
    ) -> Program[list[Path]]:
        """Fetch each file of the clips changed since `since` that is not in `folder` whole yet; the files written.
        A file there that is not a whole clip or thumbnail (cut short, a saved error page) is fetched again."""
        yield MakeFolder(folder)
        yield Tidy(folder)
        items: list[MediaItem] = yield from collect(self.clips_since(since))
        planned = downloads_for(items, folder, thumbnails=thumbnails)
        written: list[Path] = []
        for done, download in enumerate(planned, start=1):
            if not (yield Intact(download.target)):
                yield from self.authorized(Fetch(download, received))
                written.append(download.target)
            if progress is not None:
                progress(done, len(planned), download.target.name)
        return written

    def delete_clip(self, media_id: int) -> Program[None]:
        body = MediaDeleteRequest(media_list=[media_id])
        parsed((yield from self._get(delete_media, self.account_id, body=body)), Message)
