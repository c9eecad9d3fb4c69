"""Compare one recorded or live HTTP exchange with the spec and list every way the answer drifted from it.

The spec's response schemas are open on purpose (no `additionalProperties: false`, no `enum`), so plain JSON
Schema validation cannot see new fields or new values. Two walks of the body fill that gap: fields that no
`properties` names (`unknown_field`) and strings missing from a field's `x-blink-known-values`
(`unknown_enum_value`). `unnamed_fields` is the spec tests' view of the first walk and is shared with them.
"""

from __future__ import annotations

import heapq
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from jsonschema.exceptions import ValidationError, relevance

from blink_spec import escape, resolve, router, validator
from blink_spec.names import walk

KINDS = (
    "undocumented_status",
    "content_type",
    "schema_violation",
    "missing_required",
    "unknown_field",
    "unknown_enum_value",
    "missing_header",
    "unknown_operation",
)
ACTUAL_LIMIT = 80  # findings quote values, they do not copy them


@dataclass(frozen=True)
class Finding:
    kind: str  # one of KINDS
    pointer: str  # JSON pointer into the response body ("" for status, content type and headers)
    expected: str  # what the spec says, short
    actual: str  # what came back, short and truncated
    message: str  # one line for people


@dataclass(frozen=True)
class Exchange:
    method: str
    url: str  # full URL; operations are matched by path, the host decides nothing
    status: int
    response_headers: dict[str, str]  # lower-case names
    response_body: bytes
    request_headers: dict[str, str] = field(default_factory=dict)
    request_body: bytes = b""


@dataclass
class OperationResult:
    operation_id: str  # "" when the path matches no operation
    method: str
    path: str  # the URL path as requested (the report redacts it)
    status: int
    content_type: str
    findings: list[Finding]

    @property
    def drifted(self) -> bool:
        return bool(self.findings)


# --- one exchange -----------------------------------------------------------------------------------------


def _short(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    text = " ".join(text.split())
    return text if len(text) <= ACTUAL_LIMIT else text[: ACTUAL_LIMIT - 1] + "…"


def _pointer(parts: Any) -> str:
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


def _leaf(error: ValidationError) -> ValidationError:
    """For an anyOf/oneOf failure, the error of the branch that came closest (as jsonschema ranks them)."""
    while error.validator in ("anyOf", "oneOf") and error.context:
        # As jsonschema's best_match: descend only when one branch error ranks strictly best.
        closest = heapq.nsmallest(2, error.context, key=relevance)
        if len(closest) == 2 and relevance(closest[0]) == relevance(closest[1]):
            break
        error = closest[0]
    return error


def _schema_findings(schema: str, body: Any) -> Iterator[Finding]:
    for error in validator(schema).iter_errors(body):
        leaf = _leaf(error)
        pointer = _pointer(leaf.absolute_path)
        if leaf.validator == "required" and isinstance(leaf.instance, dict):
            for name in leaf.validator_value:
                if name not in leaf.instance:
                    where = f"{pointer}/{escape(name)}"
                    yield Finding(
                        "missing_required",
                        where,
                        "present",
                        "absent",
                        f"required field {where} is missing",
                    )
            continue
        if leaf.validator == "type":
            expected, actual = (
                f"type {_short(leaf.validator_value)}",
                f"{_type_name(leaf.instance)} {_short(leaf.instance)}",
            )
        else:
            expected, actual = f"{leaf.validator}: {_short(leaf.validator_value)}", _short(leaf.instance)
        yield Finding("schema_violation", pointer, expected, actual, f"{pointer or 'body'}: {_short(leaf.message)}")


def _media_type(content_type: str) -> str:
    return content_type.split(";")[0].strip().lower()


def _is_json(media_type: str) -> bool:
    return media_type == "application/json" or media_type.endswith("+json")


def _documented_media(content: dict[str, Any], media_type: str) -> str | None:
    """The documented content key that covers `media_type` (exact, then `type/*`, then `*/*`)."""
    for candidate in (media_type, media_type.split("/")[0] + "/*", "*/*"):
        for documented in content:
            if _media_type(documented) == candidate:
                return str(documented)
    return None


def _header_findings(response: dict[str, Any], headers: dict[str, str]) -> Iterator[Finding]:
    present = {name.lower() for name in headers}
    for name, header in response.get("headers", {}).items():
        header = resolve(header)
        # OpenAPI's own rule: a declared header is optional unless it says `required: true` (as `Location` on
        # Blink's redirects does); optional ones, such as `Retry-After`, may be absent.
        if not header.get("required", False):
            continue
        if name.lower() not in present:
            yield Finding("missing_header", "", f"header {name}", "absent", f"response header {name} is missing")


def check_exchange(exchange: Exchange) -> OperationResult:
    """Every finding of one exchange; an exchange with no findings conforms to the spec."""
    method = exchange.method.upper()
    path = urlsplit(exchange.url).path or "/"
    headers = {name.lower(): value for name, value in exchange.response_headers.items()}
    content_type = _media_type(headers.get("content-type", ""))
    result = OperationResult("", method, path, exchange.status, content_type, [])
    findings = result.findings
    op, _, allowed = router().match(method, path)
    if op is None:
        expected = f"one of {', '.join(allowed)} on this path" if allowed else "a path of the spec"
        findings.append(
            Finding(
                "unknown_operation", "", expected, f"{method} {path}", f"{method} {path} is no operation of the spec"
            )
        )
        return result
    result.operation_id = op.operation_id
    documented = op.response(exchange.status)
    if documented is None:
        statuses = ", ".join(sorted(op.responses))
        findings.append(
            Finding(
                "undocumented_status",
                "",
                statuses,
                str(exchange.status),
                f"status {exchange.status} is not documented for {op.operation_id} (documented: {statuses})",
            )
        )
        return result
    code, response, _ = documented
    findings.extend(_header_findings(response, headers))
    content = response.get("content") or {}
    if not content:
        return result  # the spec says nothing about this answer's body
    media_type_key = _documented_media(content, content_type)
    if media_type_key is None:
        listed = ", ".join(content)
        findings.append(
            Finding(
                "content_type",
                "",
                listed,
                content_type or "(none)",
                f"content type {content_type or '(none)'} is not documented for status {code} (documented: {listed})",
            )
        )
        return result
    if not _is_json(content_type):
        return result  # binary and text bodies: the content type is all the spec pins down
    try:
        body = json.loads(exchange.response_body)
    except ValueError as error:
        findings.append(
            Finding(
                "schema_violation",
                "",
                "a JSON document",
                _short(exchange.response_body.decode("utf-8", "replace")),
                f"body is not JSON: {error}"[:200],
            )
        )
        return result
    schema = op.response_schema(code, media_type_key)
    if schema is None:
        return result
    findings.extend(_schema_findings(schema, body))
    for event in walk(schema, body):
        kind, pointer, detail = event.kind, event.pointer, event.detail
        if kind == "unnamed":
            findings.append(
                Finding(
                    "unknown_field",
                    pointer,
                    "a field the schema names",
                    _short(str(detail)),
                    f"field {pointer} is not in the spec",
                )
            )
        elif kind == "unknown_value":
            known, value = detail
            findings.append(
                Finding(
                    "unknown_enum_value",
                    pointer,
                    _short(", ".join(known)),
                    _short(value),
                    f"{pointer} has the value {_short(value)!s}, which the spec does not list",
                )
            )
        elif kind == "undecodable":
            findings.append(
                Finding("schema_violation", pointer, detail, "undecodable", f"{pointer or 'body'} is not {detail}")
            )
        # no_branch: the schema validation above already reported why no branch matches
    return result
