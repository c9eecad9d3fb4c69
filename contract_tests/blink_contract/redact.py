"""Hide secrets in everything the contract tools write: reports, log lines and recordings.

Two layers, because neither alone is enough. Exact values learnt at run time (the token, the password, the
2FA code, the account's ids) are hidden wherever they appear, also URL-encoded or JSON-escaped. Patterns catch
what was never announced: bearer and TOKEN_AUTH values, emails, phone numbers, cookies, CSRF tokens, token
fields in JSON or query strings, and long numeric ids in URL paths.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote, quote_plus

REDACTED = "[REDACTED]"
ID_SEGMENT = "{id}"
MIN_SECRET_LENGTH = 3  # shorter "secrets" (a camera id of 7) would blank out ordinary text

# Keys whose values are secret or identifying wherever they appear in JSON (compared lower-case, `-` as `_`).
SENSITIVE_KEYS = frozenset(
    {
        "access_token",
        "refresh_token",
        "id_token",
        "token",
        "auth_token",
        "authtoken",
        "token_auth",
        "password",
        "new_password",
        "email",
        "phone",
        "phone_number",
        "number",
        "hardware_id",
        "unique_id",
        "csrf_token",
        "2fa_code",
        "code",
        "pin",
        "client_secret",
        "code_verifier",
        "cookie",
        "set_cookie",
        "authorization",
        "id",
    }
)
# Header names whose whole value is secret or identifying.
SENSITIVE_HEADER_PARTS = ("auth", "token", "cookie", "csrf", "secret", "session", "password")

_BEARER = re.compile(r"(?i)\b(bearer)(\s+)[^\s\"',;]+")
_TOKEN_AUTH = re.compile(r"(?i)\b(token[-_]auth[\"']?\s*[:=]\s*[\"']?)[^\s\"',;&}]+")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+(?:@|%40)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_PHONE = re.compile(
    r"\+\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,4}\b"  # international
    r"|\(\d{3}\)\s?\d{3}[\s.-]\d{4}\b"  # (555) 123-4567
    r"|\b\d{3}[.-]\d{3}[.-]\d{4}\b"  # 555-123-4567 (dates are 4-2-2 and do not match)
)
# "Cookie: a=b; c=d" and "Set-Cookie: ..." lines, also as JSON members ("set-cookie": "...").
_COOKIE = re.compile(r"(?im)\b((?:set-)?cookie[\"']?\s*[:=]\s*[\"']?)[^\"'\r\n]+")
# key=value or "key": "value" of sensitive names, in query strings, form bodies and JSON text.
_KEYED = re.compile(
    r"(?i)([\"']?\b(?:access_token|refresh_token|id_token|auth_?token|csrf[-_]?token|x-csrf-token|password"
    r"|hardware_id|unique_id|client_secret|code_verifier|2fa_code|pin|code|token)[\"']?\s*[:=]\s*[\"']?)"
    r"(?!\[REDACTED\])[^\s\"',&;}\]]+"
)
# Numeric URL path segments of 3+ digits: account, network, camera and media ids.
# `//127.0.0.1` is a host, not a segment.
_ID_SEGMENT = re.compile(r"(?<=/)(?<!//)\d{3,}(?=[/?#.\s\"'),]|$)")


def _normal_key(key: str) -> str:
    return key.lower().replace("-", "_")


def is_sensitive_key(key: str) -> bool:
    name = _normal_key(key)
    return name in SENSITIVE_KEYS or name.endswith(("_id", "_ids", "_token", "_secret", "_password"))


class Redactor:
    """Replaces secrets by `[REDACTED]` (and long path ids by `{id}`) in text, JSON and headers."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        self._secrets: set[str] = set()
        self._pattern: re.Pattern[str] | None = None
        self.add(*secrets)

    def add(self, *secrets: str) -> None:
        """Exact values to hide from now on: tokens, password, 2FA code, hardware_id, email, ids."""
        for secret in secrets:
            secret = str(secret)
            if len(secret) < MIN_SECRET_LENGTH:
                continue
            # The forms a value takes inside URLs and JSON strings too.
            escaped = json.dumps(secret, ensure_ascii=True)[1:-1]
            self._secrets.update({secret, quote(secret, safe=""), quote_plus(secret), escaped})
        ordered = sorted(self._secrets, key=len, reverse=True)  # longest first: no half-hidden overlaps
        # A numeric id must not match inside a longer number (a timestamp that happens to contain it).
        alternatives = [rf"(?<!\d){re.escape(s)}(?!\d)" if s.isdigit() else re.escape(s) for s in ordered]
        self._pattern = re.compile("|".join(alternatives)) if alternatives else None

    def text(self, value: str) -> str:
        if self._pattern is not None:
            value = self._pattern.sub(REDACTED, value)
        value = _BEARER.sub(rf"\1\2{REDACTED}", value)
        value = _TOKEN_AUTH.sub(rf"\1{REDACTED}", value)
        value = _COOKIE.sub(rf"\1{REDACTED}", value)
        value = _KEYED.sub(rf"\1{REDACTED}", value)
        value = _EMAIL.sub(REDACTED, value)
        value = _PHONE.sub(REDACTED, value)
        return _ID_SEGMENT.sub(ID_SEGMENT, value)

    def json(self, value: Any) -> Any:
        """A copy of a JSON value with sensitive keys' values replaced and every string redacted."""
        if isinstance(value, dict):
            return {
                self.text(str(key)): REDACTED if is_sensitive_key(str(key)) else self.json(item)
                for key, item in value.items()
            }
        if isinstance(value, list):
            return [self.json(item) for item in value]
        if isinstance(value, str):
            return self.text(value)
        return value

    def headers(self, headers: Mapping[str, str]) -> dict[str, str]:
        redacted: dict[str, str] = {}
        for name, value in headers.items():
            lowered = name.lower()
            if any(part in lowered for part in SENSITIVE_HEADER_PARTS) or is_sensitive_key(lowered):
                redacted[name] = REDACTED
            else:
                redacted[name] = self.text(str(value))
        return redacted
