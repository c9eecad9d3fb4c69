"""What plain JSON Schema validation cannot see: fields the spec does not name, and values it has not seen.

The spec's response schemas are open on purpose (no `additionalProperties: false`, no `enum`), because Blink adds
fields and values without notice and clients must keep working. So one walk of a body against its schema finds
the drift that validation lets through: object keys that no `properties` names (`unnamed`) and strings missing
from a field's `x-blink-known-values` (`unknown_value`). The contract checks and the spec's corpus tests both use it.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from blink_spec.document import escape, pointer_of_ref, resolve_pointer
from blink_spec.validators import is_valid

__all__ = ["NameEvent", "unnamed_fields", "walk"]

EventKind = Literal["unnamed", "unknown_value", "no_branch", "undecodable"]


@dataclass(frozen=True)
class NameEvent:
    kind: EventKind
    pointer: str  # JSON pointer into the instance
    detail: Any  # unnamed: the key; unknown_value: (known values, value); no_branch: the keyword; undecodable: what


@cache
def _deref(pointer: str) -> tuple[str, Any]:
    """(pointer, node) of the schema at `pointer` with its `$ref` chain followed."""
    node = resolve_pointer(pointer)
    while isinstance(node, dict) and "$ref" in node:
        pointer = pointer_of_ref(node["$ref"])
        node = resolve_pointer(pointer)
    return pointer, node


@cache
def _branches(pointer: str) -> tuple[tuple[str, dict[str, Any]], ...]:
    """The schemas that together describe an instance: the schema and its `allOf` members, refs followed."""
    pointer, node = _deref(pointer)
    if not isinstance(node, dict):
        return ()
    found: list[tuple[str, dict[str, Any]]] = [(pointer, node)]
    for index in range(len(node.get("allOf", []))):
        found.extend(_branches(f"{pointer}/allOf/{index}"))
    return tuple(found)


def walk(pointer: str, instance: Any, where: str = "") -> Iterator[NameEvent]:
    """Events for `instance` against the schema at `pointer`.

    A key is named when some `properties` of the schema (after `$ref` and `allOf`) lists it, and mapped when the
    schema has a schema-valued `additionalProperties` (an id-keyed map). For `anyOf`/`oneOf` the first branch the
    instance validates against is followed. A base64 string with a `contentSchema` is decoded and walked too.
    """
    pointer, schema = _deref(pointer)
    if not isinstance(schema, dict):
        return
    for keyword in ("anyOf", "oneOf"):
        if keyword in schema:
            for index in range(len(schema[keyword])):
                branch = f"{pointer}/{keyword}/{index}"
                if is_valid(branch, instance):
                    yield from walk(branch, instance, where)
                    return
            yield NameEvent("no_branch", where, keyword)
            return
    branches = _branches(pointer)
    if isinstance(instance, dict):
        properties: dict[str, str] = {}
        map_schema: str | None = None
        for branch_pointer, branch_node in branches:
            for name in branch_node.get("properties", {}):
                properties[name] = f"{branch_pointer}/properties/{escape(name)}"
            extra = branch_node.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                map_schema = f"{branch_pointer}/additionalProperties"
        for key, value in instance.items():
            path = f"{where}/{escape(str(key))}"
            if key in properties:
                yield from walk(properties[key], value, path)
            elif map_schema is not None:
                yield from walk(map_schema, value, path)
            else:
                yield NameEvent("unnamed", path, key)
    elif isinstance(instance, list):
        items = next((f"{p}/items" for p, b in branches if "items" in b), None)
        if items is not None:
            for index, value in enumerate(instance):
                yield from walk(items, value, f"{where}/{index}")
    elif isinstance(instance, str):
        known = next((b["x-blink-known-values"] for _, b in branches if "x-blink-known-values" in b), None)
        if known is not None and instance not in known:
            yield NameEvent("unknown_value", where, (known, instance))
        content = next((f"{p}/contentSchema" for p, b in branches if "contentSchema" in b), None)
        if content is not None and any(b.get("contentEncoding") == "base64" for _, b in branches):
            try:
                decoded = json.loads(base64.b64decode(instance + "=" * (-len(instance) % 4)))
            except (binascii.Error, ValueError):
                yield NameEvent("undecodable", where, "base64 of JSON")
                return
            yield from walk(content, decoded, where + "(decoded)")


def unnamed_fields(pointer: str, instance: Any, where: str = "") -> list[str]:
    """JSON pointers of object keys in `instance` that the schema at `pointer` neither names nor maps.

    An instance that matches no `anyOf`/`oneOf` branch is listed as "<pointer>: matches no <keyword> branch"."""
    found: list[str] = []
    for event in walk(pointer, instance, where):
        if event.kind == "unnamed":
            found.append(event.pointer)
        elif event.kind == "no_branch":
            found.append(f"{event.pointer or '<root>'}: matches no {event.detail} branch")
        elif event.kind == "undecodable":
            found.append(f"{event.pointer or '<root>'}: is not {event.detail}")
    return found
