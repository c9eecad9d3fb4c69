"""The drift checks schemathesis does not have, as schemathesis checks: one set for the mock in CI and for Blink.

Importing this module registers them with schemathesis (`@schemathesis.check`), so every schemathesis run in
the process applies them next to its own checks: the CI conformance run against the mock does, and
`blink-contract` runs them on each live or recorded answer (`blink_contract.drift.LIVE_CHECKS`).

- `every_schema_error`: each way the body breaks its JSON Schema. schemathesis' `response_schema_conformance`
  reports one failure per schema location, so an object missing two required fields, or the same wrong type in
  ten array items, counts once there; a drift report lists each one, with its JSON pointer.
- `unknown_fields`: fields that no `properties` of the schema names. The spec's response schemas are open on
  purpose (no `additionalProperties: false`), so validation lets a renamed or new field through.
- `unknown_enum_values`: strings missing from a field's `x-blink-known-values` (the spec lists the values seen
  so far instead of an `enum`, which would make a new value crash the generated client).

Each finding is a `Drift` failure (a schemathesis `Failure`) that carries the report's kind, JSON pointer,
expected and actual value.
"""

from __future__ import annotations

import heapq
import json
from collections.abc import Iterator
from typing import Any, ClassVar

import schemathesis
from jsonschema.exceptions import ValidationError, relevance
from schemathesis.core.failures import Failure, FailureGroup, Severity

from blink_contract import limits
from blink_spec import SpecOperation, escape, router, validator
from blink_spec.names import NameEvent, walk

__all__ = [
    "ACTUAL_LIMIT",
    "Drift",
    "MissingRequired",
    "SchemaViolation",
    "UnknownEnumValue",
    "UnknownField",
    "documented_media",
    "every_schema_error",
    "is_json",
    "media_type",
    "pointer_of",
    "short",
    "unknown_enum_values",
    "unknown_fields",
]

ACTUAL_LIMIT = 80  # findings quote values, they do not copy them
NOT_JSON = "body is not JSON"
Case = schemathesis.Case[Any]


class Drift(Failure):
    """One way an answer differs from the spec, as the drift report names it."""

    kind: ClassVar[str]  # one of blink_contract.drift.KINDS
    __slots__ = ("actual", "expected", "pointer")

    def __init__(self, *, operation: str | None, pointer: str, expected: str, actual: str, message: str) -> None:
        super().__init__(operation=operation, message=message, severity=Severity.HIGH)
        self.pointer = pointer  # JSON pointer into the body
        self.expected = expected  # what the spec says, short
        self.actual = actual  # what came back, short and truncated

    @property
    def _unique_key(self) -> str:
        # schemathesis keeps one failure per key: each field and each value is a finding of its own.
        return f"{self.pointer}\n{self.message}"


class SchemaViolation(Drift):
    kind = "schema_violation"
    kind_title = "Response body violates the schema"
    checks = ("every_schema_error", "unknown_fields")


class MissingRequired(Drift):
    kind = "missing_required"
    kind_title = "Required response field is missing"
    checks = ("every_schema_error",)


class UnknownField(Drift):
    kind = "unknown_field"
    kind_title = "Response field not in the spec"
    checks = ("unknown_fields",)


class UnknownEnumValue(Drift):
    kind = "unknown_enum_value"
    kind_title = "Response value not in x-blink-known-values"
    checks = ("unknown_enum_values",)


# -- small helpers, shared with blink_contract.drift --------------------------------------------------------------
def short(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    text = " ".join(text.split())
    return text if len(text) <= ACTUAL_LIMIT else text[: ACTUAL_LIMIT - 1] + "…"


def media_type(content_type: str) -> str:
    return content_type.split(";")[0].strip().lower()


def is_json(media: str) -> bool:
    return media == "application/json" or media.endswith("+json")


def documented_media(content: dict[str, Any], media: str) -> str | None:
    """The documented content key that covers `media` (exact, then `type/*`, then `*/*`)."""
    for candidate in (media, media.split("/")[0] + "/*", "*/*"):
        for documented in content:
            if media_type(documented) == candidate:
                return str(documented)
    return None


def pointer_of(parts: Any) -> str:
    """The JSON pointer of a validation error's path."""
    return "".join(f"/{escape(str(part))}" for part in parts)


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _raise(failures: list[Drift]) -> None:
    if len(failures) == 1:
        raise failures[0]
    if failures:
        raise FailureGroup(failures)


# -- which schema an answer is checked against ---------------------------------------------------------------------
def _spec_operation(case: Case) -> SpecOperation | None:
    operation_id = case.operation.definition.raw.get("operationId")
    return router().by_id(operation_id) if operation_id in router() else None


def _json_schema(case: Case, response: schemathesis.Response) -> str | None:
    """The pointer of the schema documented for this JSON answer, or None when the spec pins down no JSON body
    (an undocumented status or content type is schemathesis' `status_code_conformance` and
    `content_type_conformance` to report; binary and text bodies have only their content type checked)."""
    op = _spec_operation(case)
    found = op.response(response.status_code) if op is not None else None
    if op is None or found is None:
        return None
    code, documented, _ = found
    content_type = media_type((response.headers.get("content-type") or [""])[0])
    key = documented_media(documented.get("content") or {}, content_type)
    if key is None or not is_json(content_type):
        return None
    return op.response_schema(code, key)


def _body(response: schemathesis.Response) -> tuple[Any, str | None]:
    """(the parsed body, None), or (None, why it cannot be checked): not JSON, or beyond the depth and size
    limits (`blink_contract.limits`), which keep a body nested a thousand levels deep from crashing the checks."""
    if len(response.content) > limits.MAX_BYTES:  # before decoding a live answer cut short at the limit
        return None, f"body larger than {limits.mebibytes(limits.MAX_BYTES)}"
    try:
        return limits.loads(response.text), None
    except limits.TooComplex as error:
        return None, str(error)
    except (ValueError, LookupError):  # JSONDecodeError, UnicodeDecodeError, a charset Python does not know
        return None, NOT_JSON


def _events(case: Case, response: schemathesis.Response) -> Iterator[NameEvent]:
    schema = _json_schema(case, response)
    if schema is None:
        return
    body, unreadable = _body(response)
    if unreadable is None:  # every_schema_error reports a body it cannot read
        yield from walk(schema, body)


# -- the checks ------------------------------------------------------------------------------------------------
def _leaf(error: ValidationError) -> ValidationError:
    """For an anyOf/oneOf failure, the error of the branch that came closest (as jsonschema ranks them)."""
    while error.validator in ("anyOf", "oneOf") and error.context:
        # As jsonschema's best_match: descend only when one branch error ranks strictly best.
        closest = heapq.nsmallest(2, error.context, key=relevance)
        if len(closest) == 2 and relevance(closest[0]) == relevance(closest[1]):
            break
        error = closest[0]
    return error


def _schema_errors(operation: str, schema: str, body: Any) -> Iterator[Drift]:
    for error in validator(schema).iter_errors(body):
        leaf = _leaf(error)
        pointer = pointer_of(leaf.absolute_path)
        if leaf.validator == "required" and isinstance(leaf.instance, dict):
            for name in leaf.validator_value:
                if name not in leaf.instance:
                    where = f"{pointer}/{escape(name)}"
                    yield MissingRequired(
                        operation=operation,
                        pointer=where,
                        expected="present",
                        actual="absent",
                        message=f"required field {where} is missing",
                    )
            continue
        if leaf.validator == "type":
            expected = f"type {short(leaf.validator_value)}"
            actual = f"{_type_name(leaf.instance)} {short(leaf.instance)}"
        else:
            expected, actual = f"{leaf.validator}: {short(leaf.validator_value)}", short(leaf.instance)
        yield SchemaViolation(
            operation=operation,
            pointer=pointer,
            expected=expected,
            actual=actual,
            message=f"{pointer or 'body'}: {short(leaf.message)}",
        )


@schemathesis.check
def every_schema_error(ctx: schemathesis.CheckContext, response: schemathesis.Response, case: Case) -> bool | None:
    """Every JSON Schema error of a JSON answer, each with its pointer (and a body that is not JSON at all)."""
    schema = _json_schema(case, response)
    if schema is None:
        return None
    label = case.operation.label
    body, unreadable = _body(response)
    if unreadable == NOT_JSON:
        text = response.content.decode("utf-8", "replace")
        raise SchemaViolation(
            operation=label, pointer="", expected="a JSON document", actual=short(text), message=NOT_JSON
        )
    if unreadable is not None:
        limit = f"a JSON document of at most {limits.MAX_DEPTH} levels and {limits.mebibytes(limits.MAX_BYTES)}"
        start = response.content[: ACTUAL_LIMIT * 4].decode("utf-8", "replace")
        raise SchemaViolation(operation=label, pointer="", expected=limit, actual=short(start), message=unreadable)
    _raise(list(_schema_errors(label, schema, body)))
    return None


@schemathesis.check
def unknown_fields(ctx: schemathesis.CheckContext, response: schemathesis.Response, case: Case) -> bool | None:
    """Fields of a JSON answer that the schema does not name (nor map, for id-keyed objects)."""
    label = case.operation.label
    failures: list[Drift] = []
    for event in _events(case, response):
        if event.kind == "unnamed":
            failures.append(
                UnknownField(
                    operation=label,
                    pointer=event.pointer,
                    expected="a field the schema names",
                    actual=short(str(event.detail)),
                    message=f"field {event.pointer} is not in the spec",
                )
            )
        elif event.kind == "undecodable":  # a base64 field whose contentSchema says it holds JSON
            where = event.pointer or "body"
            failures.append(
                SchemaViolation(
                    operation=label,
                    pointer=event.pointer,
                    expected=str(event.detail),
                    actual="undecodable",
                    message=f"{where} is not {event.detail}",
                )
            )
        # no_branch: every_schema_error reports why no anyOf/oneOf branch matches
    _raise(failures)
    return None


@schemathesis.check
def unknown_enum_values(ctx: schemathesis.CheckContext, response: schemathesis.Response, case: Case) -> bool | None:
    """Strings of a JSON answer missing from their field's `x-blink-known-values`."""
    label = case.operation.label
    failures: list[Drift] = []
    for event in _events(case, response):
        if event.kind == "unknown_value":
            known, value = event.detail
            failures.append(
                UnknownEnumValue(
                    operation=label,
                    pointer=event.pointer,
                    expected=short(", ".join(known)),
                    actual=short(value),
                    message=f"{event.pointer} has the value {short(value)!s}, which the spec does not list",
                )
            )
    _raise(failures)
    return None
