"""Check one recorded or live HTTP exchange against the spec with schemathesis, and list every way it drifted.

The exchange's request is matched to its operation (blink_spec's router) and becomes a schemathesis `Case`
(the live runner passes the very case it sent); the recorded answer then goes through
`case.validate_response` with `LIVE_CHECKS`: schemathesis' response checks that send no request of their own,
and the kit's drift checks (`blink_contract.checks`), the same ones the CI conformance run applies to the mock.
Each schemathesis failure becomes a `Finding` of the report. Nothing is generated and nothing is sent here.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from functools import cache
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import schemathesis
from schemathesis.core import NOT_SET
from schemathesis.core.failures import Failure, FailureGroup, MalformedJson
from schemathesis.openapi.checks import (
    JsonSchemaError,
    MalformedMediaType,
    MissingContentType,
    MissingHeaders,
    UndefinedContentType,
    UndefinedStatusCode,
)
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    status_code_conformance,
)
from schemathesis.specs.openapi.schemas import OpenApiSchema

from blink_contract import limits
from blink_contract.checks import (
    Drift,
    every_schema_error,
    is_json,
    media_type,
    pointer_of,
    short,
    unknown_enum_values,
    unknown_fields,
)
from blink_spec import SpecOperation, escape, router, spec_path

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
# The checks of a live or recorded answer: none of them sends a request (no `ignored_auth`, no replays), so a
# live run makes exactly the calls it plans. `every_schema_error` stands in for schemathesis'
# `response_schema_conformance`, which reports one failure per schema location where a report lists each one.
LIVE_CHECKS = (
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    every_schema_error,
    unknown_fields,
    unknown_enum_values,
)
Case = schemathesis.Case[Any]


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
    # The schemathesis case the live runner sent; recorded traffic has none and gets one built from the request.
    case: Case | None = field(default=None, compare=False, repr=False)


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


@cache
def contract_schema() -> OpenApiSchema:
    """The spec as schemathesis reads it, with default settings (never a `schemathesis.toml` of the cwd)."""
    return schemathesis.openapi.from_path(spec_path(), config=schemathesis.Config())


# -- from exchange to case and response ----------------------------------------------------------------------------
def case_for(op: SpecOperation, exchange: Exchange) -> Case:
    """The schemathesis case of a recorded request: its path values, query, headers and (JSON or form) body."""
    url = urlsplit(exchange.url)
    _, path_values, _ = router().match(op.method, url.path or "/")
    body: Any = NOT_SET
    media: str | None = None
    request_type = media_type(exchange.request_headers.get("content-type", ""))
    if exchange.request_body and is_json(request_type):
        # A body that is not JSON, or beyond the limits, is left out of the case: only answers are checked.
        with contextlib.suppress(ValueError, limits.TooComplex):
            body, media = limits.loads(exchange.request_body), request_type
    elif exchange.request_body and request_type == "application/x-www-form-urlencoded":
        body, media = dict(parse_qsl(exchange.request_body.decode("utf-8", "replace"))), request_type
    return (
        contract_schema()
        .find_operation_by_id(op.operation_id)
        .Case(
            path_parameters=path_values or None,
            query=dict(parse_qsl(url.query)) or None,
            headers=dict(exchange.request_headers) or None,
            body=body,
            media_type=media,
        )
    )


def _raw(headers: dict[str, str]) -> list[tuple[bytes, bytes]]:
    """Headers as bytes again. They arrive decoded (httpx decodes Blink's as Latin-1 or UTF-8, a HAR holds what
    the browser showed), and httpx takes str values only when they are ASCII: `filename="café.jpg"` is not."""
    return [(name.encode("utf-8", "replace"), value.encode("utf-8", "replace")) for name, value in headers.items()]


def recorded_response(exchange: Exchange) -> httpx.Response:
    """The recorded answer as an httpx response that schemathesis can validate."""
    # A JSON-lines recording may give just the path; the host decides nothing, but a request needs one.
    url = exchange.url if urlsplit(exchange.url).scheme else f"https://recording.invalid{exchange.url}"
    request = httpx.Request(exchange.method, url, headers=_raw(exchange.request_headers))
    # The recorded body is already decoded: an encoding header would make httpx decode it a second time.
    headers = {k: v for k, v in exchange.response_headers.items() if k not in ("content-encoding", "transfer-encoding")}
    response = httpx.Response(exchange.status, headers=_raw(headers), content=exchange.response_body, request=request)
    response.read()
    response.elapsed = timedelta(0)
    return response


# -- from schemathesis failures to findings ------------------------------------------------------------------------
def findings_of(failure: Failure, op: SpecOperation, status: int) -> Iterator[Finding]:
    """The report's findings for one schemathesis failure of an answer (with this status) to `op`."""
    if isinstance(failure, Drift):
        yield Finding(failure.kind, failure.pointer, failure.expected, failure.actual, failure.message)
    elif isinstance(failure, UndefinedStatusCode):
        documented = ", ".join(sorted(failure.defined_status_codes))
        yield Finding(
            "undocumented_status",
            "",
            documented,
            str(failure.status_code),
            f"status {failure.status_code} is not documented for {op.operation_id} (documented: {documented})",
        )
    elif isinstance(failure, UndefinedContentType | MissingContentType | MalformedMediaType):
        if isinstance(failure, UndefinedContentType):
            listed, actual = ", ".join(failure.defined_content_types), failure.content_type
        elif isinstance(failure, MissingContentType):
            listed, actual = ", ".join(failure.media_types), "(none)"
        else:
            listed, actual = failure.defined, failure.actual
        yield Finding(
            "content_type",
            "",
            listed,
            short(actual),
            f"content type {short(actual)} is not documented for status {status} (documented: {listed})",
        )
    elif isinstance(failure, MissingHeaders):
        for name in failure.missing_headers:
            yield Finding("missing_header", "", f"header {name}", "absent", f"response header {name} is missing")
    elif isinstance(failure, JsonSchemaError):
        # schemathesis' own schema checks: a documented response header's value, or (where the CI run has
        # `response_schema_conformance` on) the body, one failure per schema location.
        pointer = pointer_of(failure.instance_path)
        keyword = str(failure.schema_path[-1]) if failure.schema_path else "schema"
        if keyword == "required" and isinstance(failure.instance, dict):
            for name in failure.schema.get("required", []):
                if name not in failure.instance:
                    where = f"{pointer}/{escape(name)}"
                    yield Finding("missing_required", where, "present", "absent", f"required field {where} is missing")
            return
        where = pointer or ("a response header" if "header" in failure.title.lower() else "body")
        yield Finding(
            "schema_violation",
            pointer,
            f"{keyword}: {short(failure.schema.get(keyword, failure.schema))}",
            short(failure.instance),
            f"{where}: {short(failure.validation_message)}",
        )
    elif isinstance(failure, MalformedJson):
        yield Finding("schema_violation", "", "a JSON document", short(failure.document), "body is not JSON")
    else:  # a check added to LIVE_CHECKS later: still a finding, never lost
        yield Finding("schema_violation", "", failure.title, "", short(failure.message.splitlines()[0]))


def check_case(case: Case, response: httpx.Response, op: SpecOperation) -> list[Finding]:
    """Every finding of one answer to `case`, by LIVE_CHECKS; none when it conforms."""
    try:
        case.validate_response(response, checks=list(LIVE_CHECKS))
    except FailureGroup as group:
        failures = list(group.exceptions)
    else:
        return []
    findings = [finding for failure in failures for finding in findings_of(failure, op, response.status_code)]
    # schemathesis collects failures in a set: put them in a stable order, by kind and then by place.
    return sorted(findings, key=lambda f: (KINDS.index(f.kind), _place(f.pointer), f.message))


def _place(pointer: str) -> list[tuple[int, str]]:
    """A pointer's sort key, array indexes as numbers (`/cameras/2` before `/cameras/10`)."""
    return [(int(part), "") if part.isdigit() else (-1, part) for part in pointer.split("/")]


def check_exchange(exchange: Exchange) -> OperationResult:
    """Every finding of one exchange; an exchange with no findings conforms to the spec."""
    method = exchange.method.upper()
    path = urlsplit(exchange.url).path or "/"
    content_type = media_type(exchange.response_headers.get("content-type", ""))
    result = OperationResult("", method, path, exchange.status, content_type, [])
    op, _, allowed = router().match(method, path)
    if op is None:
        expected = f"one of {', '.join(allowed)} on this path" if allowed else "a path of the spec"
        result.findings.append(
            Finding(
                "unknown_operation", "", expected, f"{method} {path}", f"{method} {path} is no operation of the spec"
            )
        )
        return result
    result.operation_id = op.operation_id
    case = exchange.case if exchange.case is not None else case_for(op, exchange)
    result.findings = check_case(case, recorded_response(exchange), op)
    return result
