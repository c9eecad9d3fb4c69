"""The httpx plumbing under every client this package builds: typed errors for error statuses, and the Bearer token.

`ErrorMappingTransport` sits between httpx and the network (or respx, or a client a test injects). It reads the
body of every response whose status the caller did not expect and raises the matching `BlinkHTTPError`, so the
generated client never parses it. That is what makes a Cloudflare 520 a `ServerError` instead of the generated
client's `ValueError: 520 is not a valid HTTPStatus`.

It also reads every answer the caller accepts, except a media file's (a request marked with `MEDIA`, streamed by
the downloads), and refuses one over the limits of `json_limits` (larger than 16 MiB, JSON nested deeper than 64
levels) with `UnreadableAnswer`, before the generated client's `response.json()` could recurse into it. Every
body is read at most 16 MiB far: the rest of an error's body is not kept.

One instance serves `httpx.Client` and `httpx.AsyncClient` alike (it is both kinds of transport), which suits the
generated `AuthenticatedClient`: its sync and async clients are built from the same `httpx_args`.

`CurrentBearer` sets the session's current access token on every request, so the generated client, built once,
keeps working after the session refreshes the token.
"""

from __future__ import annotations

from collections.abc import Callable, Generator

import httpx

from blink_session import json_limits
from blink_session.errors import UnreadableAnswer, error_for_response

__all__ = [
    "MEDIA",
    "AsyncClientForwarder",
    "ClientForwarder",
    "CurrentBearer",
    "ErrorMappingTransport",
    "oauth_ok",
    "rest_ok",
]

# The request extension that marks a media download: its body is streamed to a file, not read here.
MEDIA = "blink_session.media"
# Headers that described the body as it came over the wire, not as it is handed on (decoded, in memory).
_WIRE_HEADERS = ("content-encoding", "content-length", "transfer-encoding")

# Decides whether a status is an answer the caller handles itself (True) or an error to raise (False).
StatusFilter = Callable[[httpx.Request, int], bool]


def rest_ok(request: httpx.Request, status: int) -> bool:
    """REST calls: only 2xx. A redirect is unexpected (clients never follow Blink's) and raised as well."""
    return 200 <= status < 300


def oauth_ok(request: httpx.Request, status: int) -> bool:
    """The OAuth dance: 2xx and 3xx are steps of the flow; a 412 from the sign-in POST means "2FA needed"."""
    if 200 <= status < 400:
        return True
    return status == 412 and request.method == "POST" and request.url.path.endswith("/oauth/v2/signin")


class ErrorMappingTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Raise a typed `BlinkHTTPError` for every status `ok` refuses, after reading the body for it."""

    def __init__(
        self,
        ok: StatusFilter = rest_ok,
        *,
        sync: httpx.BaseTransport | None = None,
        asynchronous: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.ok = ok
        self._sync = sync
        self._async = asynchronous

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._sync is None:
            self._sync = httpx.HTTPTransport()
        response = self._sync.handle_request(request)
        accepted = self.ok(request, response.status_code)
        if accepted and request.extensions.get(MEDIA):
            return response
        reader = _Reader()
        try:
            for chunk in response.iter_bytes():
                if not reader.add(chunk):
                    break
        finally:
            response.close()
        return reader.finish(request, response, accepted=accepted)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._async is None:
            self._async = httpx.AsyncHTTPTransport()
        response = await self._async.handle_async_request(request)
        accepted = self.ok(request, response.status_code)
        if accepted and request.extensions.get(MEDIA):
            return response
        reader = _Reader()
        try:
            async for chunk in response.aiter_bytes():
                if not reader.add(chunk):
                    break
        finally:
            await response.aclose()
        return reader.finish(request, response, accepted=accepted)

    def close(self) -> None:
        if self._sync is not None:
            self._sync.close()

    async def aclose(self) -> None:
        if self._async is not None:
            await self._async.aclose()


class _Reader:
    """A body read up to `json_limits.MAX_BYTES`, and what becomes of the response then (shared by both kinds of
    transport): a typed error for a status the caller did not accept, `UnreadableAnswer` for an accepted body over
    the limits, else the response again with its body in memory."""

    def __init__(self) -> None:
        self.chunks: list[bytes] = []
        self.size = 0
        self.over = False

    def add(self, chunk: bytes) -> bool:
        """Keep a chunk; False once the body is over the size limit (stop reading)."""
        room = json_limits.MAX_BYTES - self.size
        self.chunks.append(chunk[: max(room, 0)])
        self.size += len(chunk)
        self.over = self.size > json_limits.MAX_BYTES
        return not self.over

    def finish(self, request: httpx.Request, response: httpx.Response, *, accepted: bool) -> httpx.Response:
        body = b"".join(self.chunks)
        url = str(request.url)
        if not accepted:  # a too large error page is cut short: its start says enough
            raise error_for_response(response.status_code, response.headers, body, url=url)
        reason = f"larger than {json_limits.MAX_BYTES // (1024 * 1024)} MiB" if self.over else json_limits.problem(body)
        if reason is not None:
            raise UnreadableAnswer(response.status_code, reason, headers=response.headers, body=body, url=url)
        headers = [(name, value) for name, value in response.headers.multi_items() if name not in _WIRE_HEADERS]
        return httpx.Response(response.status_code, headers=headers, content=body, extensions=response.extensions)


class CurrentBearer(httpx.Auth):
    """`Authorization: Bearer <token>` with the token `current()` gives at the time of each request (it replaces
    the header the generated client set from the token it was built with)."""

    def __init__(self, current: Callable[[], str]) -> None:
        self.current = current

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self.current()}"
        yield request


class ClientForwarder(httpx.BaseTransport):
    """A transport that sends through an existing `httpx.Client` (one a test or an application injects, with its
    own transport, proxies or certificates). Closing it leaves that client open: its owner closes it."""

    def __init__(self, client: httpx.Client) -> None:
        self.client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.client.send(request, stream=True)
        return httpx.Response(
            response.status_code, headers=response.headers, stream=response.stream, extensions=response.extensions
        )


class AsyncClientForwarder(httpx.AsyncBaseTransport):
    """`ClientForwarder` for an injected `httpx.AsyncClient`."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.client.send(request, stream=True)
        return httpx.Response(
            response.status_code, headers=response.headers, stream=response.stream, extensions=response.extensions
        )
