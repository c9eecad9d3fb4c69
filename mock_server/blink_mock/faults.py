"""Faults on demand: latency, server errors, and protocol drift applied to the mock's own answers.

The drift faults let the contract tests prove that they notice when Blink changes a response: a renamed,
removed or retyped field, a new enum value, a changed status code or a changed content type.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from starlette.responses import Response

from blink_mock.errors import error_response

if TYPE_CHECKING:
    from blink_mock.state import MockState
    from blink_spec import SpecOperation

SERVER_ERRORS = {500: "Internal Server Error", 503: "Service Unavailable"}


async def before(state: MockState, op: SpecOperation) -> Response | None:
    """Latency and injected server errors, applied before the operation runs."""
    faults = state.faults
    if faults.latency_ms:
        await asyncio.sleep(faults.latency_ms / 1000)
    status = faults.errors.get(op.operation_id, faults.errors.get("*"))
    if status is not None:
        return error_response(int(status), SERVER_ERRORS.get(int(status), "Server error"))
    return None


def after(state: MockState, op: SpecOperation, response: Response) -> Response:
    """Protocol drift applied to the response the operation produced (see `drift.py`)."""
    if not state.faults.drift:
        return response
    from blink_mock.drift import apply_drift

    return apply_drift(state.faults.drift, op, response)
