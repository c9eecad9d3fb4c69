"""Sync and async httpx transports that send requests straight into the mock's ASGI app, no sockets.

httpx.ASGITransport (and respx's ASGIHandler, built on it) is async-only. `SyncASGITransport` runs the app on an
event loop in a daemon thread and hands back a fully read response, so sync clients, including the generated
client's `sync()` functions, can use the in-process mock too. The thread is a daemon so that a client that is
never closed cannot keep the interpreter alive.
"""

from __future__ import annotations

import asyncio
import threading

import httpx
from starlette.types import ASGIApp


class SyncASGITransport(httpx.BaseTransport):
    def __init__(self, app: ASGIApp) -> None:
        self._async = httpx.ASGITransport(app=app)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._lock = threading.Lock()

    def _event_loop(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                self._thread = threading.Thread(target=loop.run_forever, name="blink-mock-asgi", daemon=True)
                self._thread.start()
                self._loop = loop
            return self._loop

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        content = request.read()

        async def send() -> httpx.Response:
            forwarded = httpx.Request(request.method, request.url, headers=request.headers, content=content)
            response = await self._async.handle_async_request(forwarded)
            body = await response.aread()
            return httpx.Response(response.status_code, headers=response.headers, content=body, request=request)

        return asyncio.run_coroutine_threadsafe(send(), self._event_loop()).result()

    def close(self) -> None:
        with self._lock:
            loop, self._loop = self._loop, None
        if loop is not None:
            loop.call_soon_threadsafe(loop.stop)
            self._thread.join()
            loop.close()  # an event loop that is only stopped leaks its selector's sockets (ResourceWarning)
