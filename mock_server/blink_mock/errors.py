"""The one way the mock says no: handlers raise `BlinkError`, and `refuse` answers it in the shape the spec
documents for that operation and status.

Blink answers a refusal in one of three shapes, and the spec says which one each operation uses:

- Blink's JSON envelope `{"message": ..., "code": ...}` plus any extra fields (`lockout_time_remaining` on a
  429, `valid`/`require_new_pin` on a refused PIN); this is also the answer where the spec documents nothing;
- RFC 6749's `{"error": ..., "error_description": ...}` where the spec's schema is `OAuthError` (the OAuth
  token endpoint);
- no body at all where the spec documents the status without content (the bare 412 of the OAuth sign-in);
- text where the spec documents only text: the plain 406 of Cloudflare in front of the OAuth host, the HTML error
  page of CloudFront in front of the REST hosts on a 5xx (the documented example, else the message).

The mock's own limits (a body over 1 MiB) are `MockLimit`s: not Blink's behaviour, so the spec says nothing about
them and strict response checking lets them through.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Literal

from starlette.responses import Response

if TYPE_CHECKING:
    from blink_spec import SpecOperation

# Blink's own codes for the errors the mock produces (the HTTP status is separate).
UNAUTHORIZED_CODE = 101
Shape = Literal["envelope", "oauth", "empty", "text"]


class BlinkError(Exception):
    """A refusal: the HTTP status, the message, Blink's own code (default: the status), headers to send
    (`Retry-After`), and extra body fields. An OAuth refusal names its RFC 6749 kind in `error`."""

    def __init__(
        self,
        status: int,
        message: str,
        code: int | None = None,
        *,
        headers: dict[str, str] | None = None,
        **extra: object,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = status if code is None else code
        self.headers = headers or {}
        self.extra = extra


def refuse(op: SpecOperation | None, error: BlinkError) -> Response:
    """The answer to `error` on `op` (None: a request that matched no operation, or the mock's own endpoints)."""
    shape = "envelope" if op is None else documented_shape(op, error.status)
    if shape == "empty":
        return Response(status_code=error.status, headers=error.headers)
    if shape == "text":
        media_type, text = _documented_text(op, error)
        return Response(text, error.status, headers=error.headers, media_type=media_type)
    if shape == "oauth":
        extra = {key: value for key, value in error.extra.items() if key != "error"}
        body: dict[str, object] = {
            "error": error.extra.get("error", "invalid_request"),
            "error_description": error.message,
            **extra,
        }
    else:
        body = {"message": error.message, "code": error.code, **error.extra}
    content = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return Response(content, error.status, headers=error.headers, media_type="application/json")


def documented_shape(op: SpecOperation, status: int) -> Shape:
    key = (op.operation_id, status)
    shape = _SHAPES.get(key)
    if shape is None:
        shape = _SHAPES[key] = _read_shape(op, status)
    return shape


_SHAPES: dict[tuple[str, int], Shape] = {}  # the spec never changes in a process: read each answer once


def _read_shape(op: SpecOperation, status: int) -> Shape:
    found = op.response(status)
    if found is None:
        return "envelope"
    _, response, _ = found
    content = response.get("content") or {}
    if not content:
        return "empty"
    if "application/json" not in content and any(media.startswith("text/") for media in content):
        return "text"
    schema = content.get("application/json", {}).get("schema", {})
    return "oauth" if str(schema.get("$ref", "")).endswith("/OAuthError") else "envelope"


def _documented_text(op: SpecOperation | None, error: BlinkError) -> tuple[str, str]:
    """(media type, body) of a text refusal: the spec's example for that status, else the message."""
    found = op.response(error.status) if op is not None else None
    content = found[1].get("content", {}) if found is not None else {}
    media_type = next((media for media in content if media.startswith("text/")), "text/plain")
    example = content.get(media_type, {}).get("example")
    return media_type, example if isinstance(example, str) else error.message


def unauthorized() -> BlinkError:
    # Blink marks a refused token with `client-verified: 0` (the spec's Unauthorized response).
    return BlinkError(401, "Unauthorized Access", UNAUTHORIZED_CODE, headers={"client-verified": "0"})


def not_found(what: str = "Not found") -> BlinkError:
    return BlinkError(404, what)


def bad_request(message: str) -> BlinkError:
    return BlinkError(400, message)


class MockLimit(BlinkError):
    """A refusal for one of the mock's own limits (body size), which Blink's behaviour does not decide."""
