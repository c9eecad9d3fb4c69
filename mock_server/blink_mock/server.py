"""How `blink-mock` serves: uvicorn with bounds on what one connection may cost.

uvicorn's httptools protocol (the one `uvicorn[standard]` selects) sets no limit on the size of a request's head:
a 50 MB header is read whole, answered, and leaves the process about 100 MB larger. It closes an idle connection
only after a response, so a connection that never finishes its headers, or never sends any, stays open forever.
`LimitedHttpTools` keeps uvicorn's fast parser and adds the limits, all far above what a client sends (blinkpy,
homebridge-blink-for-home and the app send heads of about 1 KiB at once):

- a request line (its URL) of at most MAX_URL_BYTES: 414;
- a head (request line and headers) of at most MAX_HEAD_BYTES: 431;
- `header_timeout` seconds from a connection's start, or from the first byte of a later request on it, to the
  end of the head: 408 when part of a head came, else the connection is closed;
- uvicorn's own keep-alive timeout once a response is sent.

Each refusal closes the connection; nothing of the refused head is kept. Bodies are bounded by the app (1 MiB for
Blink's operations, 64 KiB for the admin API).
"""

from __future__ import annotations

import asyncio
import json
from http import HTTPStatus
from typing import Any

import httptools
from uvicorn.protocols.http.httptools_impl import STATUS_LINE, HttpToolsProtocol

MAX_URL_BYTES = 16 * 1024
MAX_HEAD_BYTES = 64 * 1024
HEADER_TIMEOUT_SECONDS = 10.0
KEEP_ALIVE_SECONDS = 5


class _HeadRefused(Exception):
    """Raised from a parser callback to stop parsing a head over a limit."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


class LimitedHttpTools(HttpToolsProtocol):
    """uvicorn's httptools protocol with the limits above. `header_timeout` is set by `protocol()`.

    The checks cost little per request, as a mock under load needs: sizes are counted per chunk received, and a
    head is measured header by header only when its chunks could hold more than the limit; the header timeout is
    a deadline, and one timer per connection is armed at a time rather than one per request."""

    header_timeout = HEADER_TIMEOUT_SECONDS

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._in_head = False
        self._head_bytes = 0  # bytes of the head's earlier chunks
        self._chunk_bytes = 0  # bytes of the chunk being parsed that are no body
        self._head_deadline: float | None = None
        self._head_timer: asyncio.TimerHandle | None = None

    # -- the connection ------------------------------------------------------------------------------------------
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        # The first request must start in time, not only finish in time: a silent connection is closed too.
        self._set_head_deadline()

    def connection_lost(self, exc: Exception | None) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        # uvicorn's own data_received, except that a head over a limit gets its own status, not a 400.
        self._unset_keepalive_if_required()
        self._chunk_bytes = len(data)
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserUpgrade:
            if self._should_upgrade():
                self.handle_websocket_upgrade()
            else:
                self._unsupported_upgrade_warning()
            return
        except httptools.HttpParserError as error:
            refused = error.__context__
            if isinstance(refused, _HeadRefused):
                self._refuse(refused.status)
            else:
                message = "Invalid HTTP request received."
                self.logger.warning(message)
                self.send_400_response(message)
            return
        if self._in_head:
            # A head still incomplete: the whole chunk counts for it (when the chunk also ended an earlier request,
            # this only makes the limit stricter for a pipelined one), and nothing more of it is kept past the limit.
            self._head_bytes += self._chunk_bytes
            if self._head_bytes > MAX_HEAD_BYTES:
                self._refuse(414 if len(self.url) > MAX_URL_BYTES else 431)

    # -- parser callbacks ----------------------------------------------------------------------------------------
    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._in_head = True
        self._head_bytes = 0
        if self._head_deadline is None:  # a later request on the connection: its time starts at its first byte
            self._set_head_deadline()

    def on_headers_complete(self) -> None:
        self._in_head = False
        self._head_deadline = None
        if len(self.url) > MAX_URL_BYTES:
            raise _HeadRefused(414)
        if self._head_bytes + self._chunk_bytes > MAX_HEAD_BYTES:  # could be over: measure it
            size = len(self.url) + sum(len(name) + len(value) + 4 for name, value in self.headers)
            if size > MAX_HEAD_BYTES:
                raise _HeadRefused(431)
        super().on_headers_complete()

    def on_body(self, body: bytes) -> None:
        self._chunk_bytes -= len(body)
        super().on_body(body)

    # -- the header timeout --------------------------------------------------------------------------------------
    def _set_head_deadline(self) -> None:
        self._head_deadline = self.loop.time() + self.header_timeout
        if self._head_timer is None:
            self._head_timer = self.loop.call_at(self._head_deadline, self._head_timed_out)

    def _head_timed_out(self) -> None:
        self._head_timer = None
        deadline = self._head_deadline
        if deadline is None or self.transport.is_closing():
            return  # the head came in time; the next request sets its own deadline
        if self.loop.time() < deadline:  # the timer was set for an earlier request's deadline
            self._head_timer = self.loop.call_at(deadline, self._head_timed_out)
        elif self.cycle is not None and not self.cycle.response_complete:
            # An answer is still on its way (a latency fault) with the next head behind it: the head can wait.
            self._set_head_deadline()
        elif self._in_head:
            self._refuse(408)
        else:
            self.transport.close()

    def _refuse(self, status: int) -> None:
        self._in_head = False
        self._head_deadline = None
        if self.transport.is_closing():
            return
        phrase = HTTPStatus(status).phrase
        # Blink's envelope, as for the mock's other limits (a body over 1 MiB).
        body = json.dumps({"message": phrase, "code": status}, separators=(",", ":")).encode("ascii")
        head = [STATUS_LINE[status]]
        for name, value in self.server_state.default_headers:
            head += [name, b": ", value, b"\r\n"]
        head += [
            b"content-type: application/json\r\n",
            b"content-length: " + str(len(body)).encode("ascii") + b"\r\n",
            b"connection: close\r\n\r\n",
        ]
        self.transport.write(b"".join(head) + body)
        self.transport.close()


def protocol(header_timeout: float) -> type[LimitedHttpTools]:
    """The protocol class with this header timeout (uvicorn builds protocols from a class)."""
    return type("LimitedHttpTools", (LimitedHttpTools,), {"header_timeout": header_timeout})


def uvicorn_settings(
    header_timeout: float = HEADER_TIMEOUT_SECONDS, keep_alive: int = KEEP_ALIVE_SECONDS
) -> dict[str, Any]:
    """The keyword arguments of `uvicorn.run` that blink-mock serves with (the benchmark's bare app uses them
    too, so that both are measured on the same server)."""
    return {
        "http": protocol(header_timeout),
        "timeout_keep_alive": keep_alive,
        "workers": 1,
        "access_log": False,
    }
