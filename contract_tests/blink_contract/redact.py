"""Hide secrets in everything the contract tools write: reports, log lines and recordings.

Secrets are found two ways, and never by guessing from the words around them (a message that says "2FA code:
set BLINK_2FA_CODE" keeps its advice):

- **by value**: the exact values learnt at run time (the password, the tokens, the 2FA code, cookies, the
  e-mail, the hardware_id, the account's ids), wherever they appear, also URL-encoded or JSON-escaped; and the
  values whose shape says what they are: e-mail addresses, phone numbers, a bearer credential, numeric ids in
  URL paths;
- **by key**: whatever a sensitive name holds (`token`, `password`, `2fa_code`, `code`, `email`, `*_id`, ...),
  where the text has the structure of a name and its value: a JSON (or Python repr) member `"name": value`, a
  query or form field `name=value`, a header line `Name: value` of a credential header; and the keys of JSON
  documents and the names of headers given as such.
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

# Names whose values are secret or identifying wherever they appear (compared lower-case, `-` as `_`).
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
        "x_csrf_token",
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

# A JSON member, or a Python dict item as jsonschema quotes instances: a quoted name, a colon, and a string, a
# number or a flat list (true, false and null say nothing). Only this structure says that the value belongs to the name.
_MEMBER = re.compile(
    r"""(?P<name>(?P<q>["'])(?P<key>[^"'\\\s]{1,64})(?P=q)\s*:\s*)"""
    r"""(?P<value>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\[[^\[\]{}]*\]"""
    r"""|-?\d[\d.eE+-]*)"""
)
# A query or form field: `name=value` at the start, after `?`, `&`, `;` or a space.
_FIELD = re.compile(r"""(?P<name>(?<![^\s?&;])(?P<key>[A-Za-z0-9_.\-\[\]]{1,64})=)(?P<value>[^&#\s"']+)""")
# A header line, `Name: value`, of a header whose name says it carries a credential.
_HEADER_LINE = re.compile(r"(?m)^(?P<name>[ \t]*(?P<key>[A-Za-z0-9_-]{1,64}):[ \t]*)(?P<value>\S.*)$")
# The value after the `Bearer` scheme is a credential by definition (RFC 6750's b64token); a word such as
# "Bearer tokens" is not one, so the value must look like a token: a digit or a punctuation mark in it, or long.
_BEARER = re.compile(r"(?i)\b(?P<name>bearer\s+)(?P<value>[A-Za-z0-9\-._~+/]+=*)")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+(?:@|%40)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_PHONE = re.compile(
    r"\+\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,4}\b"  # international
    r"|\(\d{3}\)\s?\d{3}[\s.-]\d{4}\b"  # (555) 123-4567
    r"|\b\d{3}[.-]\d{3}[.-]\d{4}\b"  # 555-123-4567 (dates are 4-2-2 and do not match)
)
# Numeric URL path segments of 3+ digits: account, network, camera and media ids.
# `//127.0.0.1` is a host, not a segment.
_ID_SEGMENT = re.compile(r"(?<=/)(?<!//)\d{3,}(?=[/?#.\s\"'),]|$)")


def _normal_key(key: str) -> str:
    return key.lower().replace("-", "_")


def is_sensitive_key(key: str) -> bool:
    name = _normal_key(key)
    return name in SENSITIVE_KEYS or name.endswith(("_id", "_ids", "_token", "_secret", "_password"))


def is_sensitive_header(name: str) -> bool:
    return _is_credential_header(name) or is_sensitive_key(name)


def is_sensitive_pointer(pointer: str) -> bool:
    """Whether a JSON pointer passes through a sensitive key: the value found there is not to be quoted."""
    return any(is_sensitive_key(part.replace("~1", "/").replace("~0", "~")) for part in pointer.split("/")[1:])


def _is_credential_header(name: str) -> bool:
    lowered = name.lower()
    return any(part in lowered for part in SENSITIVE_HEADER_PARTS)


def _looks_like_a_token(value: str) -> bool:
    return len(value) >= 8 and (len(value) >= 20 or any(not char.isalpha() for char in value))


def _member(match: re.Match[str]) -> str:
    if not is_sensitive_key(match["key"]):
        return match[0]
    value = match["value"]
    quote_mark = value[0] if value[0] in "\"'" else '"'
    return f"{match['name']}{quote_mark}{REDACTED}{quote_mark}"


def _field(match: re.Match[str]) -> str:
    return f"{match['name']}{REDACTED}" if is_sensitive_key(match["key"]) else match[0]


def _header_line(match: re.Match[str]) -> str:
    # Only credential headers: a sentence such as "code: ..." at the start of a line is not a header.
    return f"{match['name']}{REDACTED}" if _is_credential_header(match["key"]) else match[0]


def _bearer(match: re.Match[str]) -> str:
    return f"{match['name']}{REDACTED}" if _looks_like_a_token(match["value"]) else match[0]


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
        value = _MEMBER.sub(_member, value)
        value = _FIELD.sub(_field, value)
        value = _HEADER_LINE.sub(_header_line, value)
        value = _BEARER.sub(_bearer, value)
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
        return {
            name: REDACTED if is_sensitive_header(name) else self.text(str(value)) for name, value in headers.items()
        }
