"""Typed errors: every HTTP status Blink (or Cloudflare in front of it) answers becomes one of these.

`error_for_response` turns a response into the right `BlinkHTTPError` subclass. The session's transport calls
it before the generated client sees the response, so a non-standard status such as Cloudflare's 520 arrives as a
`ServerError` carrying the status, headers and body instead of the generated client's
`ValueError: 520 is not a valid HTTPStatus`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from blink_session import json_limits

__all__ = [
    "AppUpdateRequired",
    "BlinkError",
    "BlinkHTTPError",
    "BlockedClient",
    "CommandFailed",
    "CommandTimeout",
    "LockedOut",
    "LoginFailed",
    "NotFound",
    "ServerError",
    "TokenFileBusy",
    "TwoFactorRequired",
    "Unauthorized",
    "UnreadableAnswer",
    "error_for_response",
]


class BlinkError(Exception):
    """Base class of every error this package raises."""


class BlinkHTTPError(BlinkError):
    """Blink answered with a status that is not a success (or a redirect nobody asked for).

    `message` and `code` come from Blink's envelope (`{"message": ..., "code": ...}`, or the OAuth host's
    `{"error": ..., "error_description": ...}`) when the body is one; `code` is Blink's own code, not the status.
    """

    def __init__(
        self,
        status: int,
        headers: Mapping[str, str] | None = None,
        body: bytes = b"",
        *,
        message: str | None = None,
        code: int | None = None,
        url: str | None = None,
    ) -> None:
        self.status = status
        self.headers: Mapping[str, str] = httpx.Headers(headers or {})  # case-insensitive
        self.body = body
        self.message = message
        self.code = code
        self.url = url
        super().__init__(self._describe())

    def _describe(self) -> str:
        text = f"HTTP {self.status}"
        if self.message:
            text += f": {self.message}"
        if self.code is not None:
            text += f" (Blink code {self.code})"
        return text


class Unauthorized(BlinkHTTPError):
    """401: bad credentials, a bad or expired token (Blink code 101), or a refresh token Blink no longer takes."""


class NotFound(BlinkHTTPError):
    """404, or a network/camera name or id that the account does not have."""


class BlockedClient(BlinkHTTPError):
    """406: Blink (Cloudflare) refuses this client, e.g. a shared literal hardware_id such as "Home Assistant"."""


class AppUpdateRequired(BlinkHTTPError):
    """426: Blink has retired the API this client used ("An app update is required")."""


class LockedOut(BlinkHTTPError):
    """429: too many failed logins; `time_remaining` is the number of seconds until Blink lets you try again."""

    def __init__(
        self,
        status: int,
        headers: Mapping[str, str] | None = None,
        body: bytes = b"",
        *,
        message: str | None = None,
        code: int | None = None,
        url: str | None = None,
        time_remaining: int | None = None,
    ) -> None:
        self.time_remaining = time_remaining
        super().__init__(status, headers, body, message=message, code=code, url=url)

    def _describe(self) -> str:
        text = super()._describe()
        if self.time_remaining is not None:
            text += f"; try again in {self.time_remaining} s"
        return text


class ServerError(BlinkHTTPError):
    """5xx, including non-standard statuses such as Cloudflare's 520."""


class LoginFailed(BlinkError):
    """The OAuth login went wrong in a way that is not one of the HTTP errors (no CSRF token, no code, ...)."""


class TwoFactorRequired(BlinkError):
    """Blink wants a 2FA code and no `two_factor` callback was given (or it gave no code)."""


class UnreadableAnswer(BlinkError):
    """Blink answered a success this client cannot read: not JSON (an HTML page), JSON of another shape than the
    spec describes, or a body over the limits of `json_limits` (nested too deep, too large). Blink may have changed
    its API; `blink-contract` shows what drifted.

    `status` is the HTTP status when known (None when the generated client's parsing failed), `reason` a short
    description, `body` the start of the body (at most `BODY_KEPT` bytes)."""

    BODY_KEPT = 4096

    def __init__(
        self,
        status: int | None,
        reason: str,
        *,
        headers: Mapping[str, str] | None = None,
        body: bytes = b"",
        url: str | None = None,
    ) -> None:
        self.status = status
        self.reason = reason
        self.headers: Mapping[str, str] = httpx.Headers(headers or {})
        self.body = body[: self.BODY_KEPT]
        self.url = url
        where = f" ({status})" if status is not None else ""
        super().__init__(f"unreadable answer{where}: {reason}")


class TokenFileBusy(BlinkError):
    """Another process kept the token file locked for longer than this one waits for its turn."""


class CommandFailed(BlinkError):
    """A command finished with a Blink status code other than 908 (success)."""

    def __init__(self, status_code: int, message: str) -> None:
        self.status_code = status_code
        self.message = message
        super().__init__(f"command failed: {message} (Blink status code {status_code})")


class CommandTimeout(BlinkError):
    """A command did not complete within the timeout."""


_BY_STATUS: dict[int, type[BlinkHTTPError]] = {
    401: Unauthorized,
    404: NotFound,
    406: BlockedClient,
    426: AppUpdateRequired,
    429: LockedOut,
}


def _envelope(body: bytes) -> dict[str, Any]:
    try:
        data = json_limits.loads(body)
    except ValueError:  # not JSON, or over the limits (UnicodeDecodeError is a ValueError too)
        return {}
    return data if isinstance(data, dict) else {}


def _as_int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def error_for_response(
    status: int, headers: Mapping[str, str], body: bytes, *, url: str | None = None
) -> BlinkHTTPError:
    """The typed error for a response with this status, headers and (already read) body."""
    envelope = _envelope(body)
    message_value = envelope.get("message", envelope.get("error_description", envelope.get("error")))
    message = message_value if isinstance(message_value, str) else None
    code = _as_int(envelope.get("code"))
    if status == 429:
        remaining = _as_int(envelope.get("lockout_time_remaining"))
        if remaining is None:
            remaining = _as_int(httpx.Headers(headers).get("Retry-After"))
        return LockedOut(status, headers, body, message=message, code=code, url=url, time_remaining=remaining)
    cls = _BY_STATUS.get(status)
    if cls is None:
        cls = ServerError if status >= 500 else BlinkHTTPError
    return cls(status, headers, body, message=message, code=code, url=url)
