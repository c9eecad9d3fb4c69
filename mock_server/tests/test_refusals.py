"""One way to say no: a BlinkError answered in the shape the spec documents for that operation and status."""

from __future__ import annotations

import json

import pytest

from blink_mock.app import conformance_problem
from blink_mock.errors import BlinkError, refuse
from blink_spec import SpecOperation, resolve, router


def documented_refusals() -> list[tuple[SpecOperation, int]]:
    return [(op, int(status)) for op in router().operations for status in op.responses if status.startswith("4")]


def schema_name(op: SpecOperation, status: int) -> str:
    content = resolve(op.responses[str(status)]).get("content", {})
    return str(content.get("application/json", {}).get("schema", {}).get("$ref", "")).rsplit("/", 1)[-1]


@pytest.mark.parametrize(
    ("op", "status"), documented_refusals(), ids=lambda value: getattr(value, "operation_id", str(value))
)
def test_every_documented_refusal_conforms_to_the_spec(op: SpecOperation, status: int) -> None:
    # A refused PIN carries the verdict fields its schema requires; the PIN handler raises them (auth.py).
    error = BlinkError(status, "No", 1621)
    if schema_name(op, status) == "PinVerifyResult":
        error.extra = {"valid": False, "require_new_pin": False}
    response = refuse(op, error)
    assert response.status_code == status
    assert conformance_problem(op, response) is None


def test_a_status_documented_without_content_has_no_body() -> None:
    response = refuse(router().by_id("oauth_signin"), BlinkError(412, "Two-factor verification required"))
    assert (response.status_code, response.body) == (412, b"")


def test_the_oauth_token_endpoint_answers_in_rfc_6749s_shape() -> None:
    error = BlinkError(400, "The authorization code is invalid or has expired.", error="invalid_grant")
    body = json.loads(bytes(refuse(router().by_id("oauth_token"), error).body))
    assert body == {"error": "invalid_grant", "error_description": "The authorization code is invalid or has expired."}


def test_blinks_envelope_carries_code_extra_fields_and_headers() -> None:
    error = BlinkError(429, "Too many", headers={"Retry-After": "60"}, lockout_time_remaining=60)
    response = refuse(router().by_id("login_v5"), error)
    assert json.loads(bytes(response.body)) == {"message": "Too many", "code": 429, "lockout_time_remaining": 60}
    assert response.headers["retry-after"] == "60"
    # A refusal outside any operation is Blink's envelope too; a 5xx of an operation is the gateway's HTML page.
    assert json.loads(bytes(refuse(None, BlinkError(503, "Service Unavailable")).body))["code"] == 503
    page = refuse(router().by_id("oauth_token"), BlinkError(503, "Service Unavailable"))
    assert page.media_type == "text/html" and b"could not be satisfied" in bytes(page.body)
