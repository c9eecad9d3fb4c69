"""Protocol drift: rewrite the mock's own answers the way Blink changes its API without notice.

Blink has renamed and retyped fields, added enum values (new camera models, new command states), moved
status codes and answered JSON endpoints with text. The contract tests switch these faults on to prove that
they notice. Each drift entry is a JSON object:

    {"operation": "<operationId> or *", "kind": "<kind>", ...the kind's own fields}

    rename_field    path, to        the field at `path` is renamed to `to`
    remove_field    path            the field (or array item) at `path` is removed
    change_type     path, value     the field at `path` is replaced by `value` (any JSON value)
    new_enum_value  path, value     the field at `path` is set to the string `value` (one the spec does not list)
    status_code     status          the response's HTTP status becomes `status`
    content_type    content_type    the response's Content-Type becomes `content_type`; the body bytes stay

`path` is a JSON pointer into the response body (RFC 6901, `~0` and `~1` escapes) of at most 16 segments, which
may be `*` for every item of an array or every value of an object; a `change_type` value nests at most 64
levels. Field kinds only rewrite JSON bodies, and a path that does not exist in a given response is skipped: the
fault simply does not apply to that answer.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from blink_mock.bodies import MAX_DEPTH, deeper_than

if TYPE_CHECKING:
    from starlette.responses import Response

    from blink_spec import SpecOperation

# kind -> the fields an entry of that kind must carry besides `operation` and `kind`
KINDS: dict[str, tuple[str, ...]] = {
    "rename_field": ("path", "to"),
    "remove_field": ("path",),
    "change_type": ("path", "value"),
    "new_enum_value": ("path", "value"),
    "status_code": ("status",),
    "content_type": ("content_type",),
}
BODY_KINDS = frozenset({"rename_field", "remove_field", "change_type", "new_enum_value"})
# Drifted answers nest at most MAX_PATH_SEGMENTS + MAX_DEPTH levels below the mock's own, whatever the entries.
MAX_PATH_SEGMENTS = 16
# Statuses that must not carry a body: a drifted body-less status would break the HTTP framing, not the contract.
BODYLESS_STATUSES = frozenset({204, 205, 304})


def check_drift(drift: Any) -> None:
    """Raise ValueError with a one-line reason when a drift entry is malformed."""
    from blink_spec import router

    if not isinstance(drift, list):
        raise ValueError("drift: must be a list of entries")
    known_operations = {op.operation_id for op in router().operations}
    for index, entry in enumerate(drift):
        where = f"drift[{index}]"
        if not isinstance(entry, dict):
            raise ValueError(f"{where} must be an object")
        kind = entry.get("kind")
        if kind not in KINDS:
            raise ValueError(f"{where}: kind must be one of {sorted(KINDS)}")
        operation = entry.get("operation")
        if operation != "*" and operation not in known_operations:
            raise ValueError(f"{where}: operation must be an operationId of the spec or '*', not {operation!r}")
        expected = {"operation", "kind", *KINDS[kind]}
        if missing := expected - set(entry):
            raise ValueError(f"{where}: {kind} needs {sorted(missing)}")
        if unknown := set(entry) - expected:
            raise ValueError(f"{where}: {kind} takes no {sorted(unknown)}")
        if "path" in entry:
            path = entry["path"]
            if not isinstance(path, str) or not path.startswith("/"):
                raise ValueError(f"{where}: path must be a JSON pointer such as /networks/0/armed")
            # A path that could reach into an earlier entry's value would let values nest without end.
            if path.count("/") > MAX_PATH_SEGMENTS:
                raise ValueError(f"{where}: path must have at most {MAX_PATH_SEGMENTS} segments")
        if kind == "rename_field" and (not isinstance(entry["to"], str) or not entry["to"]):
            raise ValueError(f"{where}: to must be a non-empty string")
        if kind == "new_enum_value" and not isinstance(entry["value"], str):
            raise ValueError(f"{where}: value must be a string")
        if kind == "change_type" and deeper_than(entry["value"], MAX_DEPTH):
            raise ValueError(f"{where}: value must be nested at most {MAX_DEPTH} levels deep")
        if kind == "change_type" and not _is_json_value(entry["value"]):
            raise ValueError(f"{where}: value must be a JSON value (no NaN or infinity)")
        if kind == "status_code":
            status = entry["status"]
            if not isinstance(status, int) or isinstance(status, bool) or not 200 <= status <= 599:
                raise ValueError(f"{where}: status must be an integer from 200 to 599")
            if status in BODYLESS_STATUSES:
                raise ValueError(f"{where}: status {status} cannot carry a body")
        if kind == "content_type":
            content_type = entry["content_type"]
            if not isinstance(content_type, str) or "/" not in content_type or "\n" in content_type:
                raise ValueError(f"{where}: content_type must be a media type such as text/plain")


def _is_json_value(value: Any) -> bool:
    try:
        json.dumps(value, allow_nan=False)
    except (TypeError, ValueError):
        return False
    return True


def apply_drift(drift: list[dict[str, Any]], op: SpecOperation, response: Response) -> Response:
    """The response with every drift entry of this operation (or of '*') applied, in list order."""
    entries = [entry for entry in drift if entry.get("operation") in ("*", op.operation_id)]
    if not entries:
        return response
    field_entries = [entry for entry in entries if entry["kind"] in BODY_KINDS]
    if field_entries and _is_json(response):
        _rewrite_body(response, field_entries)
    for entry in entries:
        if entry["kind"] == "status_code":
            response.status_code = entry["status"]
        elif entry["kind"] == "content_type":
            response.headers["content-type"] = entry["content_type"]
    return response


def _is_json(response: Response) -> bool:
    media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    # Streamed responses (file downloads) have no `body` to rewrite.
    return (media_type == "application/json" or media_type.endswith("+json")) and hasattr(response, "body")


def _rewrite_body(response: Response, entries: list[dict[str, Any]]) -> None:
    try:
        document = json.loads(bytes(response.body))
    except ValueError:
        return
    for entry in entries:
        _apply_field(document, entry)
    body = json.dumps(document, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    response.body = body
    response.headers["content-length"] = str(len(body))


def _apply_field(document: Any, entry: dict[str, Any]) -> None:
    segments = [part.replace("~1", "/").replace("~0", "~") for part in entry["path"].split("/")[1:]]
    # Reversed, so that removing several items of one array removes the later ones first.
    for container, key in reversed(list(_targets(document, segments))):
        kind = entry["kind"]
        if kind == "rename_field":
            if isinstance(container, dict):
                # Rebuilt in place, so the renamed field keeps its position like a server-side rename would.
                renamed = {(entry["to"] if name == key else name): value for name, value in container.items()}
                container.clear()
                container.update(renamed)
        elif kind == "remove_field":
            del container[key]
        else:  # change_type, new_enum_value; copied so a later entry never edits the stored fault
            container[key] = copy.deepcopy(entry["value"])


def _targets(node: Any, segments: list[str]) -> Iterator[tuple[Any, Any]]:
    """(container, key) of every existing location that the pointer segments reach."""
    head, rest = segments[0], segments[1:]
    if isinstance(node, dict):
        keys: list[Any] = list(node) if head == "*" else [head] if head in node else []
    elif isinstance(node, list):
        if head == "*":
            keys = list(range(len(node)))
        else:
            keys = [int(head)] if head.isdigit() and int(head) < len(node) else []
    else:
        keys = []
    for key in keys:
        if rest:
            yield from _targets(node[key], rest)
        else:
            yield node, key
