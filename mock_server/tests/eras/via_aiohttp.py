"""An aiohttp session that sends Blink's hosts to the mock, for the aiohttp-based blinkpy releases (0.22 on).

These releases take the session from their user (`Blink(session=...)`, `Auth(..., session=...)`), so nothing in
them changes: the session's resolver answers Blink's hosts with the mock's address and port (aiohttp connects to the
port a resolver returns) and refuses every other host; its TLS context trusts only the test CA, checking the real
host name. A trace records every request for the report, with the body of JSON and text answers (read once there;
aiohttp keeps it for the client's own `json()` or `text()`).
"""

from __future__ import annotations

import socket
import ssl
from types import SimpleNamespace
from typing import Any

import aiohttp
from aiohttp.abc import AbstractResolver
from eras.driving import MOCK_CA, MOCK_PORT, Report, is_blink_host


class ToTheMock(AbstractResolver):
    async def resolve(self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET) -> list[Any]:
        if not is_blink_host(host):
            raise OSError(f"the era driver resolves only Blink's hosts (to the mock), not {host}")
        answer = {"hostname": host, "host": "127.0.0.1", "port": MOCK_PORT, "family": socket.AF_INET}
        return [{**answer, "proto": 0, "flags": socket.AI_NUMERICHOST}]

    async def close(self) -> None:
        return None


def session(report: Report) -> aiohttp.ClientSession:
    async def ended(_: aiohttp.ClientSession, __: SimpleNamespace, params: aiohttp.TraceRequestEndParams) -> None:
        response = params.response
        body = None
        if "json" in response.content_type or "text" in response.content_type:
            body = (await response.read()).decode(errors="replace")
        report.exchange(params.method, str(params.url), response.status, body)

    async def failed(
        _: aiohttp.ClientSession, __: SimpleNamespace, params: aiohttp.TraceRequestExceptionParams
    ) -> None:
        error = params.exception
        report.exchange(params.method, str(params.url), None, f"{type(error).__name__}: {error}")

    trace = aiohttp.TraceConfig()
    trace.on_request_end.append(ended)
    trace.on_request_exception.append(failed)
    trust = ssl.create_default_context(cafile=MOCK_CA)
    connector = aiohttp.TCPConnector(resolver=ToTheMock(), ssl=trust)
    return aiohttp.ClientSession(connector=connector, trace_configs=[trace])
