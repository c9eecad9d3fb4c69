"""`BlinkSession` (sync) and `AsyncBlinkSession`: log in, keep the token fresh, and do the common jobs.

    session = BlinkSession()                       # the real hosts; BlinkSession(base_url=...) for the mock
    session.resume() or session.login(email, password, two_factor=lambda: input("2FA code: "))
    session.arm("Home")                            # waits for Blink to confirm; CommandResult

What a session does is written once, free of I/O, in `blink_session.core`; the two classes here only drive its
programs, one with blocking calls and one with awaited ones. Every REST call goes through the generated client
(`session.client`, an `AuthenticatedClient` on the account's tier) and returns its models. Under that client, the
transport raises a typed error for every non-2xx status before the generated code parses the response, and the
auth sets the session's current access token on each request. A 401 triggers one refresh of the access token
(grant_type=refresh_token) and one retry of the call; a second 401, or a refresh Blink refuses, raises
`Unauthorized`.
"""

from __future__ import annotations

import os
import time
from collections.abc import AsyncIterator, Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, TypeAlias, TypeVar, cast

import anyio
import httpx

from blink_api_client import AuthenticatedClient
from blink_api_client.models.homescreen import Homescreen
from blink_api_client.models.homescreen_camera import HomescreenCamera
from blink_api_client.models.homescreen_network import HomescreenNetwork
from blink_api_client.models.homescreen_owl import HomescreenOwl
from blink_api_client.models.media_item import MediaItem
from blink_api_client.models.o_auth_token_response import OAuthTokenResponse
from blink_session import media, token_store
from blink_session.commands import CameraRef, CommandResult, NetworkRef
from blink_session.core import (
    PARSE_ERRORS,
    Call,
    Effect,
    Fetch,
    Intact,
    Item,
    Lock,
    MakeFolder,
    OAuth,
    Program,
    Progress,
    Read,
    Received,
    Save,
    SessionCore,
    Sleep,
    Tidy,
    Unlock,
    advance,
    unreadable,
)
from blink_session.oauth import REST_UA, Flow, HTTPCall
from blink_session.token_store import DEFAULT, Default, StoredSession
from blink_session.transport import (
    MEDIA,
    AsyncClientForwarder,
    ClientForwarder,
    CurrentBearer,
    ErrorMappingTransport,
    StatusFilter,
    oauth_ok,
    rest_ok,
)

__all__ = ["AsyncBlinkSession", "BlinkSession", "CommandResult", "Progress", "Received", "TokenFile"]

T = TypeVar("T")
TIMEOUT = httpx.Timeout(30.0)
# Where a session keeps its token file: a path (str or PathLike), DEFAULT (the default place, looked up when the
# session is made) or None (nowhere: nothing is kept on disk).
TokenFile: TypeAlias = str | os.PathLike[str] | Default | None


class _Counter:
    """Tells a download's `received` callback how far the file has come."""

    def __init__(self, fetch: Fetch, headers: httpx.Headers) -> None:
        self.report = fetch.received
        self.name = fetch.download.target.name
        length = headers.get("content-length", "")
        self.total = int(length) if length.isdigit() else None
        self.done = 0
        if self.report is not None:
            self.report(0, self.total, self.name)

    def add(self, size: int) -> None:
        self.done += size
        if self.report is not None:
            self.report(self.done, self.total, self.name)


class _Shell:
    """What both sessions share around the core: the token file, the generated clients, and the local effects."""

    def __init__(self, base_url: str | None, token_file: TokenFile) -> None:
        self._token_file = path = token_store.resolve(token_file)
        server = token_store.server_key(base_url)
        # Only this server's session is read: another server's refresh token is never this session's to send. Nothing
        # is written here: a library that is only imported, or a session only made, leaves no file behind. A new
        # install's hardware_id is kept with its first session (a login or a refresh saves it).
        stored = token_store.read(path, server) if path is not None else None
        if stored is None or not stored.hardware_id:
            stored = StoredSession(token_store.new_hardware_id(), server=server)
        # The token file's lock, and the program (driven by this session) that holds it: one at a time.
        self._token_lock = token_store.TokenLock(path) if path is not None else None
        self._lock_owner: Program[Any] | None = None
        self._core = SessionCore(stored, base_url)
        self._rest: AuthenticatedClient | None = None
        self._rest_base: str | None = None
        # Every REST client built, with the transport given to it: the session closes them all.
        self._opened: list[tuple[AuthenticatedClient, ErrorMappingTransport]] = []

    # -- hosts ---------------------------------------------------------------------------------------------------
    @property
    def oauth_base(self) -> str:
        return self._core.oauth_base

    @property
    def prod_base(self) -> str:
        return self._core.prod_base

    def rest_base(self, tier: str) -> str:
        return self._core.rest_base(tier)

    # -- what the session knows ----------------------------------------------------------------------------------
    @property
    def hardware_id(self) -> str:
        """This install's id, sent to the login host (stored in the token file)."""
        return self._core.stored.hardware_id

    @property
    def stored(self) -> StoredSession:
        return self._core.stored

    @property
    def server(self) -> str:
        """The key of this session's server in the token file: `blink` for Blink's hosts, else the base URL."""
        return self._core.server

    @property
    def logged_in(self) -> bool:
        return self._core.logged_in

    @property
    def account_id(self) -> int:
        return self._core.account_id

    @property
    def tier(self) -> str:
        return self._core.tier

    @property
    def client(self) -> AuthenticatedClient:
        """The generated client on the account's tier. It stays valid across token refreshes: each request carries
        the session's current access token."""
        token = self._core.bearer
        base = self._core.rest_base(self._core.tier)
        if self._rest is None or self._rest_base != base:  # a first login, or a login to an account elsewhere
            transport = self._transport(rest_ok)
            auth = CurrentBearer(lambda: self._core.bearer)
            self._rest = self._new_client(base, token, transport, auth)
            self._rest_base = base
            self._opened.append((self._rest, transport))
        self._rest.token = token  # for readers of `client.token`; requests take the token from the auth
        return self._rest

    # -- building blocks of the drivers --------------------------------------------------------------------------
    def _transport(self, ok: StatusFilter) -> ErrorMappingTransport:
        raise NotImplementedError

    def _new_client(
        self, base_url: str, token: str, transport: ErrorMappingTransport, auth: httpx.Auth | None = None
    ) -> AuthenticatedClient:
        httpx_args: dict[str, Any] = {"transport": transport}
        if auth is not None:
            httpx_args["auth"] = auth
        return AuthenticatedClient(
            base_url=base_url, token=token, headers={"User-Agent": REST_UA}, timeout=TIMEOUT, httpx_args=httpx_args
        )

    def _one_off(self, token: str) -> AuthenticatedClient:
        """A client on rest-prod for a call that brings its own token (closed after the call)."""
        return self._new_client(self._core.prod_base, token, self._transport(rest_ok))

    def _do_locally(self, effect: Effect, owner: Program[Any]) -> Any:
        """The effects on local files, the same for both sessions. `owner` is the program being driven."""
        if isinstance(effect, Lock):
            return self._take_lock(owner)
        if isinstance(effect, Unlock):
            self._release_lock(owner)
            return None
        if isinstance(effect, Read):
            return token_store.read(self._token_file, effect.server) if self._token_file is not None else None
        if isinstance(effect, Save):
            if self._token_file is not None:
                if self._lock_owner is owner:
                    token_store.write(effect.stored, self._token_file)
                else:
                    token_store.save(effect.stored, self._token_file)
            return None
        if isinstance(effect, MakeFolder):
            effect.path.mkdir(parents=True, exist_ok=True)
            return None
        if isinstance(effect, Tidy):
            return media.remove_leftovers(effect.folder)
        if isinstance(effect, Intact):
            return media.flaw(effect.path) is None
        raise TypeError(f"not an effect this session does: {effect!r}")

    def _take_lock(self, owner: Program[Any]) -> bool:
        if self._lock_owner is owner:
            raise RuntimeError("a program took the token file's lock twice")
        if self._lock_owner is not None:
            return False  # another task of this (async) session holds it
        if self._token_lock is not None and not self._token_lock.try_acquire():
            return False  # another process (or another session of this one) holds it
        self._lock_owner = owner
        return True

    def _release_lock(self, owner: Program[Any]) -> None:
        """Release the lock if `owner` holds it. Also called when a program ends, so that a program stopped
        where it held the lock (a KeyboardInterrupt, a cancelled task) does not keep it."""
        if self._lock_owner is owner:
            self._lock_owner = None
            if self._token_lock is not None:
                self._token_lock.release()

    def _forget_clients(self) -> list[tuple[AuthenticatedClient, ErrorMappingTransport]]:
        """The clients to close; the session is logged out (its stored session stays)."""
        opened, self._opened = self._opened, []
        self._rest = self._rest_base = None
        self._core.access_token = None
        return opened


class BlinkSession(_Shell):
    """A logged-in Blink account, synchronously. Use it as a context manager, or call close().

    `base_url` None means Blink's real hosts (api.oauth.blink.com, rest-prod, rest-{tier}); a base_url such as
    the mock's `http://127.0.0.1:8080` replaces all of them. `token_file` (a str or Path) keeps hardware_id and
    the refresh token of each server; DEFAULT is `token_store.default_path()` when the session is made, None keeps
    nothing. Nothing is written before there is a session to save (a login or a refresh). `http` sends every
    request through that httpx.Client (its transport, proxies or certificates); the respx mock router works
    without it.
    """

    def __init__(
        self, *, base_url: str | None = None, token_file: TokenFile = DEFAULT, http: httpx.Client | None = None
    ) -> None:
        super().__init__(base_url, token_file)
        self._http = http

    def __enter__(self) -> BlinkSession:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the generated client's connections (not an injected `http` client)."""
        for client, _ in self._forget_clients():
            client.get_httpx_client().close()

    # -- the driver ----------------------------------------------------------------------------------------------
    def _transport(self, ok: StatusFilter) -> ErrorMappingTransport:
        return ErrorMappingTransport(ok, sync=ClientForwarder(self._http) if self._http is not None else None)

    def _drive(self, program: Program[T]) -> T:
        """Run a program of the core to its end, doing each effect it asks for."""
        try:
            effect = next(program)
            while True:
                result, error = self._outcome(effect, program)
                effect = advance(program, result, error)
        except StopIteration as done:
            return cast(T, done.value)
        finally:
            program.close()
            self._release_lock(program)

    def _stream(self, program: Program[None]) -> Iterator[Any]:
        """Run a program that streams `Item`s, handing each on as it comes."""
        try:
            effect = next(program)
            while True:
                if isinstance(effect, Item):
                    yield effect.value
                    effect = next(program)
                else:
                    result, error = self._outcome(effect, program)
                    effect = advance(program, result, error)
        except StopIteration:
            return
        finally:
            program.close()
            self._release_lock(program)

    def _outcome(self, effect: Effect, owner: Program[Any]) -> tuple[Any, Exception | None]:
        """Do one effect: (result, None), or (None, error). Either goes to the program, which may retry after an
        error (a 401), or let it rise."""
        try:
            return self._do(effect, owner), None
        except Exception as error:
            return None, error

    def _do(self, effect: Effect, owner: Program[Any]) -> Any:
        if isinstance(effect, Call):
            try:
                if effect.token is None:
                    return effect.operation.sync_detailed(*effect.args, client=self.client, **effect.kwargs)
                with self._one_off(effect.token) as client:
                    return effect.operation.sync_detailed(*effect.args, client=client, **effect.kwargs)
            except PARSE_ERRORS as error:
                raise unreadable(error) from error
        if isinstance(effect, Fetch):
            target = effect.download.target
            http = self.client.get_httpx_client()
            with http.stream("GET", effect.download.path, extensions={MEDIA: True}) as response:
                status, headers, url = response.status_code, response.headers, str(response.url)
                refused = media.refusal(target, status, headers, url)
                if refused is not None:
                    raise refused
                counter = _Counter(effect, headers)
                with media.atomic_file(target, media.written_flaw(target, status, headers, url)) as handle:
                    for chunk in response.iter_bytes():
                        handle.write(chunk)
                        counter.add(len(chunk))
            return None
        if isinstance(effect, OAuth):
            return self._run(effect.flow)
        if isinstance(effect, Sleep):
            time.sleep(effect.seconds)
            return None
        return self._do_locally(effect, owner)

    def _run(self, flow: Flow) -> OAuthTokenResponse:
        """Drive an OAuth flow with a fresh cookie jar that never follows redirects."""
        with httpx.Client(transport=self._transport(oauth_ok), follow_redirects=False, timeout=TIMEOUT) as http:
            try:
                call: HTTPCall = next(flow)
                while True:
                    response = http.request(
                        call.method, call.url, params=call.params, data=call.data, headers=call.headers
                    )
                    call = flow.send(response)
            except StopIteration as done:
                return cast(OAuthTokenResponse, done.value)
            finally:
                flow.close()

    # -- login -----------------------------------------------------------------------------------------------
    def login(self, email: str, password: str, two_factor: Callable[[], str] | None = None) -> None:
        """Log in with OAuth 2 + PKCE (one attempt), asking `two_factor()` for the code if Blink wants one, then
        read the tier. The refresh token and hardware_id go to the token file; the password goes nowhere.

        Raises Unauthorized (wrong password or code), LockedOut, BlockedClient, AppUpdateRequired, ServerError,
        TwoFactorRequired (2FA needed, no code), LoginFailed (the flow broke)."""
        self._drive(self._core.login(email, password, two_factor))

    def resume(self) -> bool:
        """Continue the stored session: one refresh-token grant, no password. False when there is no stored
        refresh token or Blink no longer takes it (it is then forgotten); other errors propagate."""
        return self._drive(self._core.resume())

    # -- reading ---------------------------------------------------------------------------------------------
    def homescreen(self) -> Homescreen:
        return self._drive(self._core.homescreen())

    def networks(self) -> list[HomescreenNetwork]:
        return self._drive(self._core.networks())

    def network(self, name_or_id: str | int) -> HomescreenNetwork:
        return self._drive(self._core.network(name_or_id))

    def cameras(self) -> list[HomescreenCamera | HomescreenOwl]:
        return self._drive(self._core.cameras())

    def camera(self, name_or_id: str | int) -> HomescreenCamera | HomescreenOwl:
        return self._drive(self._core.camera(name_or_id))

    # -- commands --------------------------------------------------------------------------------------------
    def arm(
        self, network: NetworkRef, *, wait: bool = True, timeout: float = 60, poll_interval: float = 1
    ) -> CommandResult:
        """Arm a network (name, id or model) and, unless wait=False, wait until Blink has done it."""
        return self._drive(self._core.arm(network, wait, timeout, poll_interval))

    def disarm(
        self, network: NetworkRef, *, wait: bool = True, timeout: float = 60, poll_interval: float = 1
    ) -> CommandResult:
        return self._drive(self._core.disarm(network, wait, timeout, poll_interval))

    def snap(
        self, camera: CameraRef, *, wait: bool = True, timeout: float = 60, poll_interval: float = 1
    ) -> CommandResult:
        """Take a new thumbnail."""
        return self._drive(self._core.device_command(camera, "thumbnail", wait, timeout, poll_interval))

    def record_clip(
        self, camera: CameraRef, *, wait: bool = True, timeout: float = 60, poll_interval: float = 1
    ) -> CommandResult:
        return self._drive(self._core.device_command(camera, "clip", wait, timeout, poll_interval))

    def enable_motion(
        self, camera: CameraRef, *, wait: bool = True, timeout: float = 60, poll_interval: float = 1
    ) -> CommandResult:
        return self._drive(self._core.device_command(camera, "enable_motion", wait, timeout, poll_interval))

    def disable_motion(
        self, camera: CameraRef, *, wait: bool = True, timeout: float = 60, poll_interval: float = 1
    ) -> CommandResult:
        return self._drive(self._core.device_command(camera, "disable_motion", wait, timeout, poll_interval))

    def wait_for_command(
        self, network_id: int, command_id: int, timeout: float = 60, poll_interval: float = 1
    ) -> CommandResult:
        """Poll the command every `poll_interval` seconds until it completes. CommandFailed if Blink's
        status_code is not 908, CommandTimeout if it is not complete after `timeout` seconds."""
        return self._drive(self._core.wait_for_command(network_id, command_id, timeout, poll_interval))

    # -- media -----------------------------------------------------------------------------------------------
    def clips_since(self, since: datetime) -> Iterator[MediaItem]:
        """Every clip changed since `since` (a naive datetime is UTC), across all pages, without deleted ones."""
        return self._stream(self._core.clips_since(since))

    def download_clips(
        self,
        since: datetime,
        folder: str | os.PathLike[str],
        *,
        thumbnails: bool = False,
        progress: Progress | None = None,
        received: Received | None = None,
    ) -> list[Path]:
        """Download the clips changed since `since` into `folder` as `<camera>-<created_at>-<id>.mp4` (and `.jpg`
        thumbnails if asked). Each file is written to a temporary file in the folder and renamed when complete,
        so an interrupted download leaves nothing behind. Files already present are skipped; nothing is ever
        deleted. Returns the files written by this call.

        `progress(done, total, file_name)` is called after each file (skipped ones too); `received(bytes_so_far,
        bytes_in_all, file_name)` as each file's bytes arrive (bytes_in_all is None when the server does not say)."""
        return self._drive(self._core.download_clips(since, Path(folder), thumbnails, progress, received))

    def delete_clip(self, media_id: int) -> None:
        """Delete one clip from Blink's cloud (this is the only call that deletes anything)."""
        self._drive(self._core.delete_clip(media_id))


class AsyncBlinkSession(_Shell):
    """`BlinkSession` for asyncio (or trio through anyio): the same methods, awaited. `clips_since` is an async
    iterator. The `two_factor` callback of `login` is a plain function in both."""

    def __init__(
        self,
        *,
        base_url: str | None = None,
        token_file: TokenFile = DEFAULT,
        http: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(base_url, token_file)
        self._http = http

    async def __aenter__(self) -> AsyncBlinkSession:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the generated client's connections (not an injected `http` client)."""
        for client, transport in self._forget_clients():
            await client.get_async_httpx_client().aclose()
            transport.close()  # the connections of the sync API, if the caller used it on `client`

    # -- the driver ----------------------------------------------------------------------------------------------
    def _transport(self, ok: StatusFilter) -> ErrorMappingTransport:
        forwarder = AsyncClientForwarder(self._http) if self._http is not None else None
        return ErrorMappingTransport(ok, asynchronous=forwarder)

    async def _drive(self, program: Program[T]) -> T:
        """See BlinkSession._drive."""
        try:
            effect = next(program)
            while True:
                result, error = await self._outcome(effect, program)
                effect = advance(program, result, error)
        except StopIteration as done:
            return cast(T, done.value)
        finally:
            program.close()
            self._release_lock(program)

    async def _stream(self, program: Program[None]) -> AsyncIterator[Any]:
        """See BlinkSession._stream."""
        try:
            effect = next(program)
            while True:
                if isinstance(effect, Item):
                    yield effect.value
                    effect = next(program)
                else:
                    result, error = await self._outcome(effect, program)
                    effect = advance(program, result, error)
        except StopIteration:
            return
        finally:
            program.close()
            self._release_lock(program)

    async def _outcome(self, effect: Effect, owner: Program[Any]) -> tuple[Any, Exception | None]:
        """See BlinkSession._outcome. (The program is advanced by the caller: a StopIteration must not leave a
        coroutine.)"""
        try:
            return await self._do(effect, owner), None
        except Exception as error:
            return None, error

    async def _do(self, effect: Effect, owner: Program[Any]) -> Any:
        if isinstance(effect, Call):
            try:
                if effect.token is None:
                    return await effect.operation.asyncio_detailed(*effect.args, client=self.client, **effect.kwargs)
                async with self._one_off(effect.token) as client:
                    return await effect.operation.asyncio_detailed(*effect.args, client=client, **effect.kwargs)
            except PARSE_ERRORS as error:
                raise unreadable(error) from error
        if isinstance(effect, Fetch):
            target = effect.download.target
            http = self.client.get_async_httpx_client()
            async with http.stream("GET", effect.download.path, extensions={MEDIA: True}) as response:
                status, headers, url = response.status_code, response.headers, str(response.url)
                refused = media.refusal(target, status, headers, url)
                if refused is not None:
                    raise refused
                counter = _Counter(effect, headers)
                with media.atomic_file(target, media.written_flaw(target, status, headers, url)) as handle:
                    async for chunk in response.aiter_bytes():
                        handle.write(chunk)
                        counter.add(len(chunk))
            return None
        if isinstance(effect, OAuth):
            return await self._run(effect.flow)
        if isinstance(effect, Sleep):
            await anyio.sleep(effect.seconds)
            return None
        return self._do_locally(effect, owner)

    async def _run(self, flow: Flow) -> OAuthTokenResponse:
        async with httpx.AsyncClient(
            transport=self._transport(oauth_ok), follow_redirects=False, timeout=TIMEOUT
        ) as http:
            try:
                call: HTTPCall = next(flow)
                while True:
                    response = await http.request(
                        call.method, call.url, params=call.params, data=call.data, headers=call.headers
                    )
                    call = flow.send(response)
            except StopIteration as done:
                return cast(OAuthTokenResponse, done.value)
            finally:
                flow.close()

    # -- login -----------------------------------------------------------------------------------------------
    async def login(self, email: str, password: str, two_factor: Callable[[], str] | None = None) -> None:
        """See BlinkSession.login."""
        await self._drive(self._core.login(email, password, two_factor))

    async def resume(self) -> bool:
        """See BlinkSession.resume."""
        return await self._drive(self._core.resume())

    # -- reading ---------------------------------------------------------------------------------------------
    async def homescreen(self) -> Homescreen:
        return await self._drive(self._core.homescreen())

    async def networks(self) -> list[HomescreenNetwork]:
        return await self._drive(self._core.networks())

    async def network(self, name_or_id: str | int) -> HomescreenNetwork:
        return await self._drive(self._core.network(name_or_id))

    async def cameras(self) -> list[HomescreenCamera | HomescreenOwl]:
        return await self._drive(self._core.cameras())

    async def camera(self, name_or_id: str | int) -> HomescreenCamera | HomescreenOwl:
        return await self._drive(self._core.camera(name_or_id))

    # -- commands --------------------------------------------------------------------------------------------
    async def arm(
        self, network: NetworkRef, *, wait: bool = True, timeout: float = 60, poll_interval: float = 1
    ) -> CommandResult:
        return await self._drive(self._core.arm(network, wait, timeout, poll_interval))

    async def disarm(
        self, network: NetworkRef, *, wait: bool = True, timeout: float = 60, poll_interval: float = 1
    ) -> CommandResult:
        return await self._drive(self._core.disarm(network, wait, timeout, poll_interval))

    async def snap(
        self, camera: CameraRef, *, wait: bool = True, timeout: float = 60, poll_interval: float = 1
    ) -> CommandResult:
        return await self._drive(self._core.device_command(camera, "thumbnail", wait, timeout, poll_interval))

    async def record_clip(
        self, camera: CameraRef, *, wait: bool = True, timeout: float = 60, poll_interval: float = 1
    ) -> CommandResult:
        return await self._drive(self._core.device_command(camera, "clip", wait, timeout, poll_interval))

    async def enable_motion(
        self, camera: CameraRef, *, wait: bool = True, timeout: float = 60, poll_interval: float = 1
    ) -> CommandResult:
        return await self._drive(self._core.device_command(camera, "enable_motion", wait, timeout, poll_interval))

    async def disable_motion(
        self, camera: CameraRef, *, wait: bool = True, timeout: float = 60, poll_interval: float = 1
    ) -> CommandResult:
        return await self._drive(self._core.device_command(camera, "disable_motion", wait, timeout, poll_interval))

    async def wait_for_command(
        self, network_id: int, command_id: int, timeout: float = 60, poll_interval: float = 1
    ) -> CommandResult:
        """See BlinkSession.wait_for_command."""
        return await self._drive(self._core.wait_for_command(network_id, command_id, timeout, poll_interval))

    # -- media -----------------------------------------------------------------------------------------------
    def clips_since(self, since: datetime) -> AsyncIterator[MediaItem]:
        """See BlinkSession.clips_since (an async iterator here)."""
        return self._stream(self._core.clips_since(since))

    async def download_clips(
        self,
        since: datetime,
        folder: str | os.PathLike[str],
        *,
        thumbnails: bool = False,
        progress: Progress | None = None,
        received: Received | None = None,
    ) -> list[Path]:
        """See BlinkSession.download_clips."""
        return await self._drive(self._core.download_clips(since, Path(folder), thumbnails, progress, received))

    async def delete_clip(self, media_id: int) -> None:
        """See BlinkSession.delete_clip."""
        await self._drive(self._core.delete_clip(media_id))
