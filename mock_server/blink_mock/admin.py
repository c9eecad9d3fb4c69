"""The mock's own endpoints under /__mock__/: reset, state dump, request log, faults, clock and tokens."""

from __future__ import annotations

import json
from dataclasses import fields
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from blink_mock.errors import error_response
from blink_mock.render import json_response
from blink_mock.state import Faults, MockState

FAULT_FIELDS = {f.name for f in fields(Faults)}


async def _json_object(request: Request) -> dict[str, Any] | Response:
    raw = await request.body()
    if len(raw) > 64 * 1024:
        return error_response(413, "Request body too large")
    try:
        body = json.loads(raw or b"{}")
    except ValueError:
        return error_response(400, "Request body is not valid JSON")
    if not isinstance(body, dict):
        return error_response(400, "Request body must be a JSON object")
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
        return json_response({name: getattr(state.faults, name) for name in sorted(FAULT_FIELDS)})

    async def set_faults(request: Request) -> Response:
        """PATCH merges the given faults into the current ones; PUT replaces them all (unset ones default)."""
        body = await _json_object(request)
        if isinstance(body, Response):
            return body
        if unknown := set(body) - FAULT_FIELDS:
            return error_response(400, f"Unknown faults {sorted(unknown)}; known: {sorted(FAULT_FIELDS)}")
        current = {} if request.method == "PUT" else {n: getattr(state.faults, n) for n in FAULT_FIELDS}
        try:
            candidate = Faults(**{**current, **body})
            _check_faults(candidate)
        except (TypeError, ValueError) as exc:
            return error_response(400, f"Invalid faults: {exc}")
        state.faults = candidate
        return await get_faults(request)

    async def advance_clock(request: Request) -> Response:
        body = await _json_object(request)
        if isinstance(body, Response):
            return body
        seconds = body.get("seconds")
        if not isinstance(seconds, int | float) or isinstance(seconds, bool) or seconds < 0:
            return error_response(400, "'seconds' must be a non-negative number")
        state.advance(float(seconds))
        state.settle()
        return json_response({"clock_offset": state.clock_offset})

    async def expire_tokens(request: Request) -> Response:
        body = await _json_object(request)
        if isinstance(body, Response):
            return body
        account_id = body.get("account_id")
        if account_id is not None and not isinstance(account_id, int):
            return error_response(400, "'account_id' must be an integer")
        return json_response({"expired": state.expire_tokens(account_id)})

    return [
        Route("/reset", reset, methods=["POST"]),
        Route("/state", dump, methods=["GET"]),
        Route("/requests", requests, methods=["GET"]),
        Route("/requests", clear_requests, methods=["DELETE"]),
        Route("/faults", get_faults, methods=["GET"]),
        Route("/faults", set_faults, methods=["PUT", "PATCH"]),
        Route("/clock", advance_clock, methods=["POST"]),
        Route("/tokens/expire", expire_tokens, methods=["POST"]),
    ]


def _check_faults(faults: Faults) -> None:
    if not isinstance(faults.latency_ms, int) or faults.latency_ms < 0:
        raise ValueError("latency_ms must be a non-negative integer")
    if not isinstance(faults.errors, dict) or any(int(v) not in (500, 503) for v in faults.errors.values()):
        raise ValueError("errors must map operationIds (or '*') to 500 or 503")
    if not isinstance(faults.failing_commands, list) or not isinstance(faults.blocked_hardware_ids, list):
        raise ValueError("failing_commands and blocked_hardware_ids must be lists")
    if not isinstance(faults.drift, list):
        raise ValueError("drift must be a list")
    from blink_mock.drift import check_drift

    check_drift(faults.drift)
