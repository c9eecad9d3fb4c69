"""The mock's own endpoints under /__mock__/: reset, state dump, request log, faults, clock and tokens.

They refuse by raising BlinkError, like the handlers; the app answers it in Blink's envelope. Their bodies are
JSON objects of at most 64 KiB, nested at most `json_body.MAX_DEPTH` levels; the ones that change the state take
JSON or no body (`changes`), and a served mock answers them on local hosts only (`hosts.py`).
"""

from __future__ import annotations

import math
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from blink_mock.bodies import JSONBodyError, load_json, read_body
from blink_mock.errors import BlinkError, bad_request
from blink_mock.faults import FaultError, parse_faults
from blink_mock.render import json_response
from blink_mock.state import MockState

MAX_ADMIN_BODY_BYTES = 64 * 1024
JSON = "application/json"
Endpoint = Callable[[Request], Awaitable[Response]]


def changes(endpoint: Endpoint) -> Endpoint:
    """An endpoint that changes the state takes a JSON body or none at all. A page in a browser can send another
    site's server a form or `text/plain` without asking first, but never `application/json`; a body of another
    type, or a content type other than JSON, is refused with 415 whatever the body holds."""

    async def checked(request: Request) -> Response:
        content_type = request.headers.get("content-type")
        media_type = content_type.split(";")[0].strip().lower() if content_type is not None else None
        length = request.headers.get("content-length", "0")
        has_body = "transfer-encoding" in request.headers or not length.isdigit() or int(length) > 0
        if media_type != JSON and (media_type is not None or has_body):
            raise BlinkError(415, f"The admin API takes {JSON} bodies: send Content-Type: {JSON}")
        return await endpoint(request)

    return checked


async def _json_object(request: Request) -> dict[str, Any]:
    raw = await read_body(request, MAX_ADMIN_BODY_BYTES)
    try:
        body = load_json(raw or b"{}")
    except JSONBodyError as error:
        raise bad_request(str(error)) from None
    if not isinstance(body, dict):
        raise bad_request("Request body must be a JSON object")
    return body


def routes(state: MockState) -> list[Route]:
    async def reset(request: Request) -> Response:
        state.reset()
        return json_response({"message": "reset"})

    async def dump(request: Request) -> Response:
        return json_response(state.dump())

    async def requests(request: Request) -> Response:
        return json_response([{"method": r.method, "path": r.path, "status": r.status} for r in state.requests])

    async def clear_requests(request: Request) -> Response:
        state.requests.clear()
        return json_response({"message": "cleared"})

    async def get_faults(request: Request) -> Response:
        return json_response(state.faults.as_dict())

    async def set_faults(request: Request) -> Response:
        """PATCH merges the given faults into the current ones; PUT replaces them all (unset ones default).
        Checked exactly as a scenario's `faults:` section is."""
        body = await _json_object(request)
        try:
            state.faults = parse_faults(body, base=None if request.method == "PUT" else state.faults)
        except FaultError as error:
            raise bad_request(str(error)) from None
        return await get_faults(request)

    async def advance_clock(request: Request) -> Response:
        body = await _json_object(request)
        seconds = body.get("seconds")
        if not isinstance(seconds, int | float) or isinstance(seconds, bool) or not 0 <= seconds < math.inf:
            raise bad_request("'seconds' must be a non-negative number")
        state.advance(float(seconds))
        state.settle()
        return json_response({"clock_offset": state.clock_offset})

    async def expire_tokens(request: Request) -> Response:
        body = await _json_object(request)
        account_id = body.get("account_id")
        if account_id is not None and (not isinstance(account_id, int) or isinstance(account_id, bool)):
            raise bad_request("'account_id' must be an integer")
        return json_response({"expired": state.expire_tokens(account_id)})

    return [
        Route("/reset", changes(reset), methods=["POST"]),
        Route("/state", dump, methods=["GET"]),
        Route("/requests", requests, methods=["GET"]),
        Route("/requests", changes(clear_requests), methods=["DELETE"]),
        Route("/faults", get_faults, methods=["GET"]),
        Route("/faults", changes(set_faults), methods=["PUT", "PATCH"]),
        Route("/clock", changes(advance_clock), methods=["POST"]),
        Route("/tokens/expire", changes(expire_tokens), methods=["POST"]),
    ]
