"""`BlinkSession` (sync) and `AsyncBlinkSession`: log in, keep the token fresh, and do the common jobs.

    session = BlinkSession()                       # the real hosts; BlinkSession(base_url=...) for the mock
    session.resume() or session.login(email, password, two_factor=lambda: input("2FA code: "))
    session.arm("Home")                            # waits for Blink to confirm; CommandResult

Every REST call goes through the generated client (`session.client`, an `AuthenticatedClient` on the account's
tier with the Bearer token) and returns its models. The transport under it raises a typed error for every
non-2xx status before the generated code parses the response. A 401 triggers one refresh of the access token
(grant_type=refresh_token) and one retry of the call; a second 401, or a refresh Blink refuses, raises
`Unauthorized`.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any, TypeVar, cast

import anyio
import httpx

from blink_api_client import AuthenticatedClient
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
from blink_session import token_store
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
from blink_session.errors import BlinkError, BlinkHTTPError, CommandTimeout, LoginFailed, Unauthorized
from blink_session.media import MAX_PAGES, Download, atomic_file, downloads_for, since_param
from blink_session.oauth import (
    OAUTH_HOST,
    PROD_HOST,
    REST_HOST_TEMPLATE,
    REST_UA,
    Flow,
    HTTPCall,
    login_flow,
    refresh_flow,
)
from blink_session.token_store import DEFAULT_PATH, StoredSession
from blink_session.transport import (
    AsyncClientForwarder,
    ClientForwarder,
    ErrorMappingTransport,
    StatusFilter,
    oauth_ok,
    rest_ok,
)

__all__ = ["AsyncBlinkSession", "BlinkSession", "CommandResult", "Progress"]

T = TypeVar("T")
R = TypeVar("R")
TIMEOUT = httpx.Timeout(30.0)
# Called after each file of download_clips: (files done, files in total, file name). Skipped files count as done.
Progress = Callable[[int, int, str], None]


def _parsed(response: Response[Any], model: type[T]) -> T:
    """The parsed 2xx model, or a BlinkHTTPError when Blink answered a success the spec does not describe."""
    if isinstance(response.parsed, model):
        return response.parsed
    raise BlinkHTTPError(
        int(response.status_code),
        response.headers,
        response.content,
        message=f"unexpected answer from Blink (expected {model.__name__})",
    )


def _command_ids(response: Response[Any]) -> tuple[int, int]:
    """(network_id, command_id) of a command Blink accepted."""
    command = response.parsed
    if isinstance(command, Command | CommandShort):
        return command.network_id, command.id
    raise BlinkHTTPError(
        int(response.status_code), response.headers, response.content, message="unexpected answer to a command"
    )


def _timeout_error(network_id: int, command_id: int, timeout: float) -> CommandTimeout:
    return CommandTimeout(f"command {command_id} on network {network_id} did not complete within {timeout:g} s")


def _is_refused_refresh(error: BlinkHTTPError) -> bool:
    # Blink's answer to a spent or revoked refresh token: 401 (as the mock does) or RFC 6749's 400 invalid_grant.
    return isinstance(error, Unauthorized) or error.status == 400


class _SessionState:
    """What both sessions keep: hosts, the token file, the tokens, and the generated client."""

    def __init__(self, base_url: str | None, token_file: Path | None) -> None:
        self._base_url = base_url.rstrip("/") if base_url else None
        self._token_file = token_file
        self._stored = (
            token_store.load(token_file) if token_file is not None else StoredSession(token_store.new_hardware_id())
        )
        self._rest: AuthenticatedClient | None = None

    # -- hosts ---------------------------------------------------------------------------------------------------
    @property
    def oauth_base(self) -> str:
        return self._base_url or OAUTH_HOST

    @property
    def prod_base(self) -> str:
        return self._base_url or PROD_HOST

    def rest_base(self, tier: str) -> str:
        return self._base_url or REST_HOST_TEMPLATE.format(tier=tier)

    # -- what the session knows ----------------------------------------------------------------------------------
    @property
    def hardware_id(self) -> str:
        """This install's id, sent to the login host (stored in the token file)."""
        return self._stored.hardware_id

    @property
    def stored(self) -> StoredSession:
        return self._stored

    @property
    def logged_in(self) -> bool:
        return self._rest is not None

    @property
    def client(self) -> AuthenticatedClient:
        """The generated client on the account's tier with the current Bearer token. It stays valid across token
        refreshes (the session updates its header in place)."""
        if self._rest is None:
            raise BlinkError("not logged in: call login() or resume() first")
        return self._rest

    @property
    def account_id(self) -> int:
        if self._stored.account_id is None or self._rest is None:
            raise BlinkError("not logged in: call login() or resume() first")
        return self._stored.account_id

    @property
    def tier(self) -> str:
        if self._stored.tier is None or self._rest is None:
            raise BlinkError("not logged in: call login() or resume() first")
        return self._stored.tier

    # -- tokens --------------------------------------------------------------------------------------------------
    def _save(self) -> None:
        if self._token_file is not None:
            token_store.save(self._stored, self._token_file)

    def _accept(self, tokens: OAuthTokenResponse) -> str:
        """Keep the (rotated) refresh token at once, and return the access token."""
        if isinstance(tokens.refresh_token, str) and tokens.refresh_token:
            self._stored.refresh_token = tokens.refresh_token
            self._save()
        return tokens.access_token

    def _forget_refresh_token(self) -> None:
        self._stored.refresh_token = None
        self._save()

    def _accept_tier(self, info: TierInfo) -> None:
        tier = info.tier
        if not tier or not all(c.isalnum() or c == "-" for c in tier) or len(tier) > 32:
            raise LoginFailed(f"tier_info gave a tier that is not a host name part: {tier!r}")
        self._stored.account_id = info.account_id
        self._stored.tier = tier
        self._save()

    def _rest_transport(self) -> ErrorMappingTransport:
        raise NotImplementedError

    def _new_client(self, base_url: str, token: str, transport: ErrorMappingTransport) -> AuthenticatedClient:
        return AuthenticatedClient(
            base_url=base_url,
            token=token,
            headers={"User-Agent": REST_UA},
            timeout=TIMEOUT,
            httpx_args={"transport": transport},
        )

    def _use_token(self, token: str) -> None:
        """Point the generated client at the tier with this access token (updating it in place after a refresh)."""
        base = self.rest_base(self.tier_or_fail())
        rest = self._rest
        if rest is not None and rest._base_url == base:
            rest.token = token  # used by httpx clients built from now on ...
            rest.with_headers({rest.auth_header_name: f"{rest.prefix} {token}"})  # ... and set on those already built
            return
        self._rest = self._new_client(base, token, self._rest_transport())

    def tier_or_fail(self) -> str:
        if self._stored.tier is None:
            raise LoginFailed("no tier known for this account")
        return self._stored.tier


class BlinkSession(_SessionState):
    """A logged-in Blink account, synchronously. Use it as a context manager, or call close().

    `base_url` None means Blink's real hosts (api.oauth.blink.com, rest-prod, rest-{tier}); a base_url such as
    the mock's `http://127.0.0.1:8080` replaces all of them. `token_file` keeps hardware_id and refresh token
    (None: keep nothing). `http` sends every request through that httpx.Client (its transport, proxies or
    certificates); the respx mock router works without it.
    """

    def __init__(
        self, *, base_url: str | None = None, token_file: Path | None = DEFAULT_PATH, http: httpx.Client | None = None
    ) -> None:
        super().__init__(base_url, token_file)
        self._http = http

    def _transport(self, ok: StatusFilter) -> ErrorMappingTransport:
        return ErrorMappingTransport(ok, sync=ClientForwarder(self._http) if self._http is not None else None)

    def _rest_transport(self) -> ErrorMappingTransport:
        return self._transport(rest_ok)

    def __enter__(self) -> BlinkSession:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the generated client's connections (not an injected `http` client)."""
        rest, self._rest = self._rest, None
        if rest is not None and rest._client is not None:
            rest._client.close()

    # -- login -----------------------------------------------------------------------------------------------
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

    def login(self, email: str, password: str, two_factor: Callable[[], str] | None = None) -> None:
        """Log in with OAuth 2 + PKCE (one attempt), asking `two_factor()` for the code if Blink wants one, then
        read the tier. The refresh token and hardware_id go to the token file; the password goes nowhere.

        Raises Unauthorized (wrong password or code), LockedOut, BlockedClient, AppUpdateRequired, ServerError,
        TwoFactorRequired (2FA needed, no code), LoginFailed (the flow broke)."""
        tokens = self._run(login_flow(self.oauth_base, email, password, self.hardware_id, two_factor))
        access = self._accept(tokens)
        self._read_tier(access)
        self._use_token(access)

    def _read_tier(self, access: str) -> None:
        client = self._new_client(self.prod_base, access, self._transport(rest_ok))
        with client:
            response = get_tier_info.sync_detailed(client=client)
        self._accept_tier(_parsed(response, TierInfo))

    def resume(self) -> bool:
        """Continue the stored session: one refresh-token grant, no password. False when there is no stored
        refresh token or Blink no longer takes it (it is then forgotten); other errors propagate."""
        if not self._stored.refresh_token:
            return False
        try:
            access = self._refresh_access_token()
        except BlinkHTTPError as error:
            if _is_refused_refresh(error):
                return False
            raise
        if self._stored.account_id is None or self._stored.tier is None:
            self._read_tier(access)
        self._use_token(access)
        return True

    def _refresh_access_token(self) -> str:
        refresh = self._stored.refresh_token
        if not refresh:
            raise BlinkError("no refresh token stored")
        try:
            tokens = self._run(refresh_flow(self.oauth_base, refresh, self.hardware_id))
        except BlinkHTTPError as error:
            if _is_refused_refresh(error):
                self._forget_refresh_token()
            raise
        return self._accept(tokens)

    def _call(self, call: Callable[[AuthenticatedClient], R]) -> R:
        """Make a call; on a 401, refresh the access token once and make it again."""
        try:
            return call(self.client)
        except Unauthorized:
            if not self._stored.refresh_token:
                raise
        self._use_token(self._refresh_access_token())
        return call(self.client)

    # -- reading ---------------------------------------------------------------------------------------------
    def homescreen(self) -> Homescreen:
        return _parsed(self._call(lambda c: get_homescreen_v3.sync_detailed(self.account_id, client=c)), Homescreen)

    def networks(self) -> list[HomescreenNetwork]:
        return list(self.homescreen().networks)

    def network(self, name_or_id: str | int) -> HomescreenNetwork:
        """The network with this name (case-insensitive) or id; NotFound if the account has none."""
        return find_network(self.homescreen(), name_or_id)

    def cameras(self) -> list[HomescreenCamera | HomescreenOwl]:
        """Sync-module cameras, Minis (owls) and doorbells."""
        return all_cameras(self.homescreen())

    def camera(self, name_or_id: str | int) -> HomescreenCamera | HomescreenOwl:
        return find_camera(self.homescreen(), name_or_id).model

    # -- commands --------------------------------------------------------------------------------------------
    def _network_id(self, network: NetworkRef) -> int:
        if isinstance(network, HomescreenNetwork):
            return network.id
        if isinstance(network, int):
            return network
        return find_network(self.homescreen(), network).id

    def _network_command(
        self,
        operation: Callable[..., Response[Any]],
        network: NetworkRef,
        wait: bool,
        timeout: float,
        poll_interval: float,
    ) -> CommandResult:
        network_id = self._network_id(network)
        response = self._call(lambda c: operation(self.account_id, network_id, client=c))
        return self._finish(*_command_ids(response), wait, timeout, poll_interval)

    def arm(
        self, network: NetworkRef, *, wait: bool = True, timeout: float = 60, poll_interval: float = 1
    ) -> CommandResult:
        """Arm a network (name, id or model) and, unless wait=False, wait until Blink has done it."""
        return self._network_command(arm_network.sync_detailed, network, wait, timeout, poll_interval)

    def disarm(
        self, network: NetworkRef, *, wait: bool = True, timeout: float = 60, poll_interval: float = 1
    ) -> CommandResult:
        return self._network_command(disarm_network.sync_detailed, network, wait, timeout, poll_interval)

    def _device_command(
        self, camera: CameraRef, action: Action, wait: bool, timeout: float, poll_interval: float
    ) -> CommandResult:
        device = find_camera(self.homescreen(), camera)
        module, args, kwargs = device_operation(device, action, self.account_id)
        response = self._call(lambda c: module.sync_detailed(*args, client=c, **kwargs))
        return self._finish(*_command_ids(response), wait, timeout, poll_interval)

    def snap(
        self, camera: CameraRef, *, wait: bool = True, timeout: float = 60, poll_interval: float = 1
    ) -> CommandResult:
        """Take a new thumbnail."""
        return self._device_command(camera, "thumbnail", wait, timeout, poll_interval)

    def record_clip(
        self, camera: CameraRef, *, wait: bool = True, timeout: float = 60, poll_interval: float = 1
    ) -> CommandResult:
        return self._device_command(camera, "clip", wait, timeout, poll_interval)

    def enable_motion(
        self, camera: CameraRef, *, wait: bool = True, timeout: float = 60, poll_interval: float = 1
    ) -> CommandResult:
        return self._device_command(camera, "enable_motion", wait, timeout, poll_interval)

    def disable_motion(
        self, camera: CameraRef, *, wait: bool = True, timeout: float = 60, poll_interval: float = 1
    ) -> CommandResult:
        return self._device_command(camera, "disable_motion", wait, timeout, poll_interval)

    def _finish(
        self, network_id: int, command_id: int, wait: bool, timeout: float, poll_interval: float
    ) -> CommandResult:
        if not wait:
            return CommandResult(network_id, command_id, None)
        return self.wait_for_command(network_id, command_id, timeout, poll_interval)

    def wait_for_command(
        self, network_id: int, command_id: int, timeout: float = 60, poll_interval: float = 1
    ) -> CommandResult:
        """Poll the command every `poll_interval` seconds until it completes. CommandFailed if Blink's
        status_code is not 908, CommandTimeout if it is not complete after `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while True:
            response = self._call(lambda c: get_command_status.sync_detailed(network_id, command_id, client=c))
            status = _parsed(response, CommandStatus)
            if status.complete is True:
                failure = failure_of(status)
                if failure is not None:
                    raise failure
                return CommandResult(network_id, command_id, status)
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise _timeout_error(network_id, command_id, timeout)
            time.sleep(min(poll_interval, remaining))

    # -- media -----------------------------------------------------------------------------------------------
    def _media_page(self, since: str, page: int) -> list[MediaItem]:
        response = self._call(
            lambda c: get_media_changed.sync_detailed(self.account_id, since=since, page=page, client=c)
        )
        return list(_parsed(response, MediaChangedResponse).media)

    def clips_since(self, since: datetime) -> Iterator[MediaItem]:
        """Every clip changed since `since` (a naive datetime is UTC), across all pages, without deleted ones."""
        since_text = since_param(since)
        seen: set[int] = set()
        for page in range(1, MAX_PAGES + 1):
            fresh = [item for item in self._media_page(since_text, page) if item.id not in seen]
            if not fresh:  # an empty page ends the list (so does a server that ignores `page`)
                return
            for item in fresh:
                seen.add(item.id)
                if not item.deleted:
                    yield item

    def _fetch(self, client: AuthenticatedClient, download: Download) -> None:
        with (
            client.get_httpx_client().stream("GET", download.path) as response,
            atomic_file(download.target) as handle,
        ):
            for chunk in response.iter_bytes():
                handle.write(chunk)

    def download_clips(
        self, since: datetime, folder: Path, *, thumbnails: bool = False, progress: Progress | None = None
    ) -> list[Path]:
        """Download the clips changed since `since` into `folder` as `<camera>-<created_at>-<id>.mp4` (and `.jpg`
        thumbnails if asked). Each file is written to a temporary file in the folder and renamed when complete,
        so an interrupted download leaves nothing behind. Files already present are skipped; nothing is ever
        deleted. Returns the files written by this call."""
        folder.mkdir(parents=True, exist_ok=True)
        planned = downloads_for(list(self.clips_since(since)), folder, thumbnails=thumbnails)
        written: list[Path] = []
        for done, download in enumerate(planned, start=1):
            if not download.target.exists():
                self._call(partial(self._fetch, download=download))
                written.append(download.target)
            if progress is not None:
                progress(done, len(planned), download.target.name)
        return written

    def delete_clip(self, media_id: int) -> None:
        """Delete one clip from Blink's cloud (this is the only call that deletes anything)."""
        body = MediaDeleteRequest(media_list=[media_id])
        _parsed(self._call(lambda c: delete_media.sync_detailed(self.account_id, body=body, client=c)), Message)


class AsyncBlinkSession(_SessionState):
    """`BlinkSession` for asyncio (or trio through anyio): the same methods, awaited. `clips_since` is an async
    iterator. The `two_factor` callback of `login` is a plain function in both."""

    def __init__(
        self,
        *,
        base_url: str | None = None,
        token_file: Path | None = DEFAULT_PATH,
        http: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(base_url, token_file)
        self._http = http

    def _transport(self, ok: StatusFilter) -> ErrorMappingTransport:
        forwarder = AsyncClientForwarder(self._http) if self._http is not None else None
        return ErrorMappingTransport(ok, asynchronous=forwarder)

    def _rest_transport(self) -> ErrorMappingTransport:
        return self._transport(rest_ok)

    async def __aenter__(self) -> AsyncBlinkSession:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        rest, self._rest = self._rest, None
        if rest is not None:
            if rest._async_client is not None:
                await rest._async_client.aclose()
            if rest._client is not None:
                rest._client.close()

    # -- login -----------------------------------------------------------------------------------------------
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

    async def login(self, email: str, password: str, two_factor: Callable[[], str] | None = None) -> None:
        """See BlinkSession.login."""
        tokens = await self._run(login_flow(self.oauth_base, email, password, self.hardware_id, two_factor))
        access = self._accept(tokens)
        await self._read_tier(access)
        self._use_token(access)

    async def _read_tier(self, access: str) -> None:
        client = self._new_client(self.prod_base, access, self._transport(rest_ok))
        async with client:
            response = await get_tier_info.asyncio_detailed(client=client)
        self._accept_tier(_parsed(response, TierInfo))

    async def resume(self) -> bool:
        """See BlinkSession.resume."""
        if not self._stored.refresh_token:
            return False
        try:
            access = await self._refresh_access_token()
        except BlinkHTTPError as error:
            if _is_refused_refresh(error):
                return False
            raise
        if self._stored.account_id is None or self._stored.tier is None:
            await self._read_tier(access)
        self._use_token(access)
        return True

    async def _refresh_access_token(self) -> str:
        refresh = self._stored.refresh_token
        if not refresh:
            raise BlinkError("no refresh token stored")
        try:
            tokens = await self._run(refresh_flow(self.oauth_base, refresh, self.hardware_id))
        except BlinkHTTPError as error:
            if _is_refused_refresh(error):
                self._forget_refresh_token()
            raise
        return self._accept(tokens)

    async def _call(self, call: Callable[[AuthenticatedClient], Awaitable[R]]) -> R:
        try:
            return await call(self.client)
        except Unauthorized:
            if not self._stored.refresh_token:
                raise
        self._use_token(await self._refresh_access_token())
        return await call(self.client)

    # -- reading ---------------------------------------------------------------------------------------------
    async def homescreen(self) -> Homescreen:
        response = await self._call(lambda c: get_homescreen_v3.asyncio_detailed(self.account_id, client=c))
        return _parsed(response, Homescreen)

    async def networks(self) -> list[HomescreenNetwork]:
        return list((await self.homescreen()).networks)

    async def network(self, name_or_id: str | int) -> HomescreenNetwork:
        return find_network(await self.homescreen(), name_or_id)

    async def cameras(self) -> list[HomescreenCamera | HomescreenOwl]:
        return all_cameras(await self.homescreen())

    async def camera(self, name_or_id: str | int) -> HomescreenCamera | HomescreenOwl:
        return find_camera(await self.homescreen(), name_or_id).model

    # -- commands --------------------------------------------------------------------------------------------
    async def _network_id(self, network: NetworkRef) -> int:
        if isinstance(network, HomescreenNetwork):
            return network.id
        if isinstance(network, int):
            return network
        return find_network(await self.homescreen(), network).id

    async def _network_command(
        self,
        operation: Callable[..., Awaitable[Response[Any]]],
        network: NetworkRef,
        wait: bool,
        timeout: float,
        poll_interval: float,
    ) -> CommandResult:
        network_id = await self._network_id(network)
        response = await self._call(lambda c: operation(self.account_id, network_id, client=c))
        return await self._finish(*_command_ids(response), wait, timeout, poll_interval)

    async def arm(
        self, network: NetworkRef, *, wait: bool = True, timeout: float = 60, poll_interval: float = 1
    ) -> CommandResult:
        return await self._network_command(arm_network.asyncio_detailed, network, wait, timeout, poll_interval)

    async def disarm(
        self, network: NetworkRef, *, wait: bool = True, timeout: float = 60, poll_interval: float = 1
    ) -> CommandResult:
        return await self._network_command(disarm_network.asyncio_detailed, network, wait, timeout, poll_interval)

    async def _device_command(
        self, camera: CameraRef, action: Action, wait: bool, timeout: float, poll_interval: float
    ) -> CommandResult:
        device = find_camera(await self.homescreen(), camera)
        module, args, kwargs = device_operation(device, action, self.account_id)
        response = await self._call(lambda c: module.asyncio_detailed(*args, client=c, **kwargs))
        return await self._finish(*_command_ids(response), wait, timeout, poll_interval)

    async def snap(
        self, camera: CameraRef, *, wait: bool = True, timeout: float = 60, poll_interval: float = 1
    ) -> CommandResult:
        return await self._device_command(camera, "thumbnail", wait, timeout, poll_interval)

    async def record_clip(
        self, camera: CameraRef, *, wait: bool = True, timeout: float = 60, poll_interval: float = 1
    ) -> CommandResult:
        return await self._device_command(camera, "clip", wait, timeout, poll_interval)

    async def enable_motion(
        self, camera: CameraRef, *, wait: bool = True, timeout: float = 60, poll_interval: float = 1
    ) -> CommandResult:
        return await self._device_command(camera, "enable_motion", wait, timeout, poll_interval)

    async def disable_motion(
        self, camera: CameraRef, *, wait: bool = True, timeout: float = 60, poll_interval: float = 1
    ) -> CommandResult:
        return await self._device_command(camera, "disable_motion", wait, timeout, poll_interval)

    async def _finish(
        self, network_id: int, command_id: int, wait: bool, timeout: float, poll_interval: float
    ) -> CommandResult:
        if not wait:
            return CommandResult(network_id, command_id, None)
        return await self.wait_for_command(network_id, command_id, timeout, poll_interval)

    async def wait_for_command(
        self, network_id: int, command_id: int, timeout: float = 60, poll_interval: float = 1
    ) -> CommandResult:
        """See BlinkSession.wait_for_command."""
        deadline = time.monotonic() + timeout
        while True:
            response = await self._call(lambda c: get_command_status.asyncio_detailed(network_id, command_id, client=c))
            status = _parsed(response, CommandStatus)
            if status.complete is True:
                failure = failure_of(status)
                if failure is not None:
                    raise failure
                return CommandResult(network_id, command_id, status)
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise _timeout_error(network_id, command_id, timeout)
            await anyio.sleep(min(poll_interval, remaining))

    # -- media -----------------------------------------------------------------------------------------------
    async def _media_page(self, since: str, page: int) -> list[MediaItem]:
        response = await self._call(
            lambda c: get_media_changed.asyncio_detailed(self.account_id, since=since, page=page, client=c)
        )
        return list(_parsed(response, MediaChangedResponse).media)

    async def clips_since(self, since: datetime) -> AsyncIterator[MediaItem]:
        """See BlinkSession.clips_since (an async iterator here)."""
        since_text = since_param(since)
        seen: set[int] = set()
        for page in range(1, MAX_PAGES + 1):
            fresh = [item for item in await self._media_page(since_text, page) if item.id not in seen]
            if not fresh:
                return
            for item in fresh:
                seen.add(item.id)
                if not item.deleted:
                    yield item

    async def _fetch(self, client: AuthenticatedClient, download: Download) -> None:
        async with client.get_async_httpx_client().stream("GET", download.path) as response:
            with atomic_file(download.target) as handle:
                async for chunk in response.aiter_bytes():
                    handle.write(chunk)

    async def download_clips(
        self, since: datetime, folder: Path, *, thumbnails: bool = False, progress: Progress | None = None
    ) -> list[Path]:
        """See BlinkSession.download_clips."""
        folder.mkdir(parents=True, exist_ok=True)
        items = [item async for item in self.clips_since(since)]
        planned = downloads_for(items, folder, thumbnails=thumbnails)
        written: list[Path] = []
        for done, download in enumerate(planned, start=1):
            if not download.target.exists():
                await self._call(partial(self._fetch, download=download))
                written.append(download.target)
            if progress is not None:
                progress(done, len(planned), download.target.name)
        return written

    async def delete_clip(self, media_id: int) -> None:
        """See BlinkSession.delete_clip."""
        body = MediaDeleteRequest(media_list=[media_id])
        response = await self._call(lambda c: delete_media.asyncio_detailed(self.account_id, body=body, client=c))
        _parsed(response, Message)
