"""Reading request bodies within the mock's limits: a size read without reading more, and a JSON nesting depth
measured on the bytes before they are parsed.

Python's json parser recurses once per level of nesting, and so do jsonschema's checks and the repr() in its
messages: about 1,000 levels exhaust the interpreter's stack, and a RecursionError would become a 500 that drops
the connection with every request queued behind it. No body Blink takes nests more than a few levels, so the mock
refuses more than MAX_DEPTH levels before anything recursive sees them. The measure is iterative and linear:
strings are cut out first (a bracket inside a string is text), then the brackets left are counted.
"""

from __future__ import annotations

import json
import re
from typing import Any

from starlette.requests import Request

from blink_mock.errors import MockLimit

MAX_DEPTH = 64

# A JSON string, escapes included. Possessive, and the closing quote optional, so that an unterminated string
# runs to the end of the body instead of being retried from every later quote (quadratic on `\"\"\"...`).
_STRING = re.compile(rb'"(?:[^"\\]++|\\.)*+"?', re.DOTALL)
_NOT_BRACKETS = bytes(byte for byte in range(256) if byte not in b"[]{}")
_OPENING = frozenset(b"[{")


class JSONBodyError(ValueError):
    """Why a body is refused, in one line for the 400's message."""


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refusing more than `limit` bytes (413) without reading them all."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise MockLimit(413, "Request body too large")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise MockLimit(413, "Request body too large")
        chunks.append(chunk)
    return b"".join(chunks)


def nesting_problem(raw: bytes) -> str | None:
    """Why `raw` nests too deeply to parse, or None. UTF-8 never puts a quote, backslash or bracket byte inside a
    multi-byte character, so the bytes can be scanned as they are."""
    if raw.count(b"[") + raw.count(b"{") <= MAX_DEPTH:
        return None  # every body a client sends: nothing to measure
    depth = 0
    for byte in _STRING.sub(b"", raw).translate(None, _NOT_BRACKETS):
        if byte in _OPENING:
            depth += 1
            if depth > MAX_DEPTH:
                return f"Request body is nested more than {MAX_DEPTH} levels deep"
        else:
            depth -= 1
            if depth < 0:
                return None  # not JSON: json.loads stops at this bracket, before any deeper one
    return None


def deeper_than(value: Any, limit: int) -> bool:
    """Whether parsed JSON or YAML nests more than `limit` levels, measured without recursion. YAML aliases can
    share a node among many parents (or make it its own descendant): a node is walked again only when reached
    deeper than before, so a shared node costs at most `limit` walks and a cycle ends at the limit."""
    deepest: dict[int, int] = {}
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            children: Any = node.values()
        elif isinstance(node, list):
            children = node
        else:
            continue
        if depth > limit:
            return True
        if deepest.get(id(node), 0) >= depth:
            continue
        deepest[id(node)] = depth
        stack.extend((child, depth + 1) for child in children)
    return False


def load_json(raw: bytes) -> Any:
    """The parsed body; raises JSONBodyError when it nests too deeply or is not UTF-8 JSON."""
    problem = nesting_problem(raw)
    if problem is not None:
        raise JSONBodyError(problem)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise JSONBodyError("Request body is not valid UTF-8") from None
    try:
        return json.loads(text)
    except ValueError:
        raise JSONBodyError("Request body is not valid JSON") from None
