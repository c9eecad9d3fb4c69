"""Limits on the JSON this package reads, checked before anything parses it.

Python's `json` parser recurses once per nesting level, so an answer of 100,000 `[` raises RecursionError (in the
generated client, which parses every 2xx itself); and an answer of gigabytes is read into memory whole. Blink's
largest answer, the homescreen, is about 5 KB and 8 levels deep, so limits far above that never meet a real
answer and still stop a broken or hostile one early, with a reason:

- `MAX_BYTES` (16 MiB): the most read of any answer that is not a media file (and of a token file);
- `MAX_DEPTH` (64 levels of arrays and objects).

`problem(body)` tells what is wrong with a body, without parsing it: the depth is measured by a scan that skips
the insides of strings (so `"[[["` counts nothing) and runs in C-speed passes, whatever the body holds.
"""

from __future__ import annotations

import json
import re
from itertools import accumulate
from typing import Any

__all__ = ["MAX_BYTES", "MAX_DEPTH", "TooComplex", "depth", "loads", "problem"]

MAX_BYTES = 16 * 1024 * 1024
MAX_DEPTH = 64

# JSON allows a backslash only inside strings, where it escapes exactly one character (or starts \uXXXX, whose
# hex digits are plain characters): dropping every escape pair leaves strings with neither `\` nor an inner `"`.
_ESCAPE = re.compile(r"\\.", re.DOTALL)
_STRING = re.compile(r'"[^"]*"')  # linear: the body has no escaped quote left
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}
_STARTS_NESTING = re.compile(r"[ \t\n\r]*[\[{]")


class TooComplex(ValueError):
    """A JSON body over a limit: too large or nested too deep."""


def _text(body: bytes | str) -> str | None:
    """The body as text, decoded as `json.loads` would decode it (UTF-8, -16 or -32); None when it cannot be."""
    if isinstance(body, str):
        return body
    try:
        return body.decode(json.detect_encoding(body))
    except (UnicodeDecodeError, LookupError):
        return None


def depth(text: str) -> int:
    """The deepest nesting of arrays and objects in this JSON text (brackets inside strings do not count)."""
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", _ESCAPE.sub("", text)))
    return max(accumulate(map(_STEP.__getitem__, brackets)), default=0)


def problem(body: bytes | str) -> str | None:
    """Why this body must not be parsed as JSON (too large, too deep), or None. Only a body that starts like JSON
    (`[` or `{`) can nest: anything else (an HTML page) fails at its first character and is left to the parser."""
    size = len(body.encode() if isinstance(body, str) else body)
    if size > MAX_BYTES:
        return f"larger than {MAX_BYTES // (1024 * 1024)} MiB"
    text = _text(body)
    if text is None or not _STARTS_NESTING.match(text):
        return None
    if depth(text) > MAX_DEPTH:
        return f"JSON nested deeper than {MAX_DEPTH} levels"
    return None


def loads(body: bytes | str) -> Any:
    """`json.loads` within the limits: TooComplex (a ValueError) when the body is over one."""
    reason = problem(body)
    if reason is not None:
        raise TooComplex(reason)
    return json.loads(body)
