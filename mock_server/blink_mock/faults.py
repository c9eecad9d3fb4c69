"""The faults a mock Blink can be told to show, and the one check of them.

Faults come from two places, a scenario's `faults:` section and `PATCH`/`PUT /__mock__/faults`, and both go
through `parse_faults`, so whatever one accepts the other accepts too. The dispatcher applies them (latency and
server errors before an operation runs, drift to its answer, see `drift.py`); the login handlers read the
lockout and hardware-id faults, and the state reads `failing_commands` when it starts a command.

What Blink changed over the years (retired logins, refused agents and hardware ids) is not a fault: it is the
era's (`blink_mock.era`, read from the spec's dated history).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import Any

MAX_LATENCY_MS = 60_000
MAX_LOCKOUT_ATTEMPTS = 10_000
MAX_LOCKOUT_SECONDS = 7 * 86_400
SERVER_ERRORS = {500: "Internal Server Error", 503: "Service Unavailable"}


class FaultError(ValueError):
    """A fault value the mock cannot apply. The message is one line and starts with the path of the value, as a
    scenario spells it: `faults.latency_ms: ...`, `faults.drift[0]: ...`, `faults: ...` for the whole mapping."""


@dataclass
class Faults:
    """The faults in force. Mutable on purpose: tests switch one on with `state.faults.errors = {...}`."""

    latency_ms: int = 0
    # operationId (or "*") -> status (500 or 503) answered instead of the real response
    errors: dict[str, int] = field(default_factory=dict)
    lockout_after_failed_logins: int = 5  # 0: never lock an account out
    lockout_seconds: int = 3600
    # hardware ids refused with 406 besides those the era refuses (Blink's own list is the spec's `hardware_id`)
    blocked_hardware_ids: list[str] = field(default_factory=list)
    failing_commands: list[str] = field(default_factory=list)  # command names ("arm", "thumbnail") or "*"
    drift: list[dict[str, Any]] = field(default_factory=list)  # see drift.py

    def copy(self) -> Faults:
        """A copy that shares nothing with this one, so that changing it never changes a scenario."""
        return copy.deepcopy(self)

    def as_dict(self) -> dict[str, Any]:
        return {name: copy.deepcopy(getattr(self, name)) for name in FAULT_FIELDS}


FAULT_FIELDS = tuple(sorted(f.name for f in fields(Faults)))


def parse_faults(document: Any, base: Faults | None = None) -> Faults:
    """Faults from a JSON/YAML mapping, laid over `base` (default: no faults). Raises FaultError."""
    if not isinstance(document, dict):
        raise FaultError(f"faults: must be a mapping, not {_show(document)}")
    if unknown := sorted(str(name) for name in set(document) - set(FAULT_FIELDS)):
        raise FaultError(f"faults: unknown faults {unknown}; known: {list(FAULT_FIELDS)}")
    values = (base or Faults()).as_dict()
    for name, value in document.items():
        values[name] = _CHECKS[name](f"faults.{name}", value)
    return Faults(**values)


def _bounded_int(name: str, value: Any, maximum: int) -> int:
    # bool is an int in Python and 1e20 a float in JSON: neither is a count or a duration here.
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= maximum:
        raise FaultError(f"{name}: must be a whole number from 0 to {maximum}, not {_show(value)}")
    return value


def _latency(name: str, value: Any) -> int:
    return _bounded_int(name, value, MAX_LATENCY_MS)


def _attempts(name: str, value: Any) -> int:
    return _bounded_int(name, value, MAX_LOCKOUT_ATTEMPTS)


def _seconds(name: str, value: Any) -> int:
    return _bounded_int(name, value, MAX_LOCKOUT_SECONDS)


def _names(name: str, value: Any) -> list[str]:
    if not isinstance(value, list):
        raise FaultError(f"{name}: must be a list of names, not {_show(value)}")
    for index, item in enumerate(value):
        if not isinstance(item, str) or not item.strip():
            raise FaultError(f"{name}[{index}]: must be a non-empty string, not {_show(item)}")
    return list(value)


def _errors(name: str, value: Any) -> dict[str, int]:
    if not isinstance(value, dict):
        raise FaultError(f"{name}: must map operationIds (or '*') to 500 or 503, not {_show(value)}")
    known = _operation_ids() if value else frozenset()
    for operation, status in value.items():
        if operation != "*" and operation not in known:
            raise FaultError(f"{name}.{operation}: {_show(operation)} is not an operationId of the spec (or '*')")
        if not isinstance(status, int) or isinstance(status, bool) or status not in SERVER_ERRORS:
            raise FaultError(f"{name}.{operation}: must be 500 or 503, not {_show(status)}")
    return dict(value)


def _drift(name: str, value: Any) -> list[dict[str, Any]]:
    from blink_mock.drift import check_drift

    try:
        check_drift(value)
    except ValueError as error:  # check_drift names the entry: `drift[2]: ...`
        raise FaultError(f"faults.{error}") from None
    return copy.deepcopy(list(value))


def _operation_ids() -> frozenset[str]:
    from blink_spec import router

    return frozenset(op.operation_id for op in router().operations)


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


_CHECKS: dict[str, Callable[[str, Any], Any]] = {
    "latency_ms": _latency,
    "errors": _errors,
    "lockout_after_failed_logins": _attempts,
    "lockout_seconds": _seconds,
    "blocked_hardware_ids": _names,
    "failing_commands": _names,
    "drift": _drift,
}
