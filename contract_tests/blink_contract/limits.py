"""Depth and size limits on the JSON the contract tools read: live answers, login answers, recordings.

Python's JSON parser recurses once per level of nesting, and so do the checks after it (schema validation, the
walk for unnamed fields, the report's quoting of values): an answer nested a thousand levels deep would end the
tool with a RecursionError. No Blink answer comes near these limits (the homescreen nests 6 levels deep, a HAR
file 7); what goes beyond them is reported as such instead of being parsed.
"""

from __future__ import annotations

import json
from typing import Any

MAX_DEPTH = 64  # levels of arrays and objects inside one another
MAX_BYTES = 16 * 1024 * 1024  # one answer
# A whole recording: a HAR holds many answers, binary ones base64-encoded (thumbnails, clips).
MAX_RECORDING_BYTES = 256 * 1024 * 1024
DEEPER = f"nested deeper than {MAX_DEPTH} levels"


class TooComplex(Exception):
    """A JSON document beyond the limits; the message is one line ("body nested deeper than 64 levels")."""

    def __init__(self, what: str, reason: str) -> None:
        super().__init__(f"{what} {reason}")
        self.reason = reason  # "nested deeper than 64 levels", "larger than 16 MiB"


def mebibytes(size: int) -> str:
    return f"{size / (1024 * 1024):g} MiB"


def loads(data: bytes | str, *, what: str = "body", max_bytes: int | None = None) -> Any:
    """The parsed JSON document. Raises TooComplex past the limits, ValueError when it is no JSON at all."""
    limit = MAX_BYTES if max_bytes is None else max_bytes
    if len(data) > limit:
        raise TooComplex(what, f"larger than {mebibytes(limit)}")
    try:
        document = json.loads(data)
    except RecursionError:  # the parser's own recursion limit: hundreds of levels, far past ours
        raise TooComplex(what, DEEPER) from None
    if too_deep(document):
        raise TooComplex(what, DEEPER)
    return document


def problem(data: bytes | str, *, what: str = "body", max_bytes: int | None = None) -> str | None:
    """Why this JSON cannot be read within the limits, or None (also for data that is no JSON at all)."""
    try:
        loads(data, what=what, max_bytes=max_bytes)
    except TooComplex as error:
        return str(error)
    except ValueError:
        return None
    return None


def too_deep(document: Any, limit: int = MAX_DEPTH) -> bool:
    """Whether arrays and objects nest more than `limit` levels deep anywhere in a parsed document.

    One level at a time, without recursion: the point is to refuse what recursion cannot handle."""
    level = [document] if isinstance(document, dict | list) else []
    depth = 0
    while level:
        depth += 1
        if depth > limit:
            return True
        level = [
            child
            for container in level
            for child in (container.values() if isinstance(container, dict) else container)
            if isinstance(child, dict | list)
        ]
    return False
