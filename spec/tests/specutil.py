"""Helpers the spec tests share, over the spec layer (`blink_spec`): operations, schema pointers, validation."""

from __future__ import annotations

from typing import Any

from blink_spec import SpecOperation, escape, load_spec, operations_in_spec_order, resolve, spec_path, validator
from blink_spec.names import unnamed_fields

__all__ = [
    "SPEC_PATH",
    "Operation",
    "errors",
    "load_spec",
    "operation_by_id",
    "operations",
    "request_schema",
    "resolve",
    "response_schema",
    "unnamed_fields",
]

SPEC_PATH = spec_path()
Operation = SpecOperation


def operations() -> list[SpecOperation]:
    return list(operations_in_spec_order())


def operation_by_id() -> dict[str, SpecOperation]:
    return {op.operation_id: op for op in operations_in_spec_order()}


def errors(pointer: str, instance: Any) -> list[str]:
    """Every way `instance` breaks the schema at `pointer`, one line each."""
    return [
        f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
        for e in validator(pointer).iter_errors(instance)
    ]


def json_media_type(content: dict[str, Any]) -> str | None:
    return next((m for m in content if m == "application/json" or m.endswith("+json")), None)


def response_schema(op: SpecOperation, status: str) -> str:
    """The pointer of the JSON schema of this operation's `status` answer."""
    found = op.response(status)
    assert found is not None, f"{op.operation_id} documents no {status}"
    media_type = json_media_type(found[1].get("content", {}))
    assert media_type is not None, f"{op.operation_id} {status} has no JSON content"
    pointer = op.response_schema(status, media_type)
    assert pointer is not None
    return pointer


def request_schema(op: SpecOperation) -> str:
    media_type = json_media_type(op.body_media)
    assert media_type is not None, f"{op.operation_id} has no JSON request body"
    return op.body_media[media_type]


def component_schema(name: str) -> str:
    return f"/components/schemas/{escape(name)}"
