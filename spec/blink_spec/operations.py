"""The spec's operations as the tools read them: paths, parameters, bodies, responses, safety and ownership.

Everything here is derived from the spec document; nothing is kept in a second list. The extensions it reads
(`x-blink-safety`, `x-blink-login`, `x-blink-identifies`, `x-blink-undone-by`, ...) are documented in
`spec/README.md`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal

from blink_spec.document import escape, load_spec, pointer_of_ref, resolve

__all__ = [
    "HTTP_METHODS",
    "SAFETY_CLASSES",
    "Parameter",
    "Router",
    "Safety",
    "SpecOperation",
    "operations_in_spec_order",
    "router",
]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
Safety = Literal["read-only", "mutating", "destructive"]
SAFETY_CLASSES: tuple[Safety, ...] = ("read-only", "mutating", "destructive")


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # path, query, header, cookie
    required: bool
    schema: dict[str, Any]
    schema_pointer: str  # where `schema` sits in the spec, for `blink_spec.validators`
    # The kind of account object a path id names (`network`, `camera`, ...): `x-blink-identifies`.
    identifies: str | None = None
    example: Any = None


@dataclass(frozen=True)
class SpecOperation:
    operation_id: str
    method: str  # upper case
    path: str
    pointer: str  # the operation object in the spec: /paths/<escaped path>/<method>
    pattern: re.Pattern[str]
    parameters: tuple[Parameter, ...]
    body_media: dict[str, str]  # content type -> schema pointer
    body_required: bool
    security: tuple[frozenset[str], ...]
    responses: dict[str, dict[str, Any]] = field(repr=False)
    raw: dict[str, Any] = field(repr=False)
    safety: Safety = "read-only"

    # -- what the operation is -----------------------------------------------------------------------------
    @property
    def label(self) -> str:
        """`GET /path/{id}`, as schemathesis names operations."""
        return f"{self.method} {self.path}"

    @property
    def is_login(self) -> bool:
        return bool(self.raw.get("x-blink-login"))

    @property
    def deprecated(self) -> bool:
        return bool(self.raw.get("deprecated"))

    @property
    def undone_by(self) -> str | None:
        """The operation that puts back what this one changes (`x-blink-undone-by`), if the spec names one."""
        value = self.raw.get("x-blink-undone-by")
        return value if isinstance(value, str) else None

    @property
    def either_slash(self) -> bool:
        """Whether Blink answers this path both with and without a trailing slash (`x-blink-trailing-slash`)."""
        return self.raw.get("x-blink-trailing-slash") == "either"

    @property
    def needs_auth(self) -> bool:
        return bool(self.security) and frozenset() not in self.security

    def accepts(self, scheme: str) -> bool:
        return any(scheme in option for option in self.security)

    # -- parameters ----------------------------------------------------------------------------------------
    def path_parameters(self) -> list[Parameter]:
        return [p for p in self.parameters if p.location == "path"]

    def query_parameters(self) -> list[Parameter]:
        return [p for p in self.parameters if p.location == "query"]

    def owned_parameters(self) -> list[Parameter]:
        """Path parameters naming an object that must belong to the caller's account."""
        return [p for p in self.path_parameters() if p.identifies is not None]

    # -- responses -----------------------------------------------------------------------------------------
    def response(self, status: int | str) -> tuple[str, dict[str, Any], str] | None:
        """(documented status key, resolved response object, its pointer) for `status`, trying `4XX` and
        `default` after the exact code; None when the spec documents no such answer."""
        code = str(status)
        for key in (code, f"{code[:1]}XX", "default"):
            if key in self.responses:
                node = self.responses[key]
                pointer = f"{self.pointer}/responses/{key}"
                if isinstance(node, dict) and "$ref" in node:
                    pointer = pointer_of_ref(node["$ref"])
                return key, resolve(node), pointer
        return None

    def response_schema(self, status: int | str, media_type: str) -> str | None:
        """The pointer of the schema documented for this status and media type, or None."""
        found = self.response(status)
        if found is None:
            return None
        _, response, pointer = found
        media = response.get("content", {}).get(media_type)
        if not isinstance(media, dict) or "schema" not in media:
            return None
        return f"{pointer}/content/{escape(media_type)}/schema"

    def example(self, status: str | None = None) -> tuple[int, str, Any]:
        """The first example of `status` (default: the first 2xx): (status, content type, value)."""
        statuses = [status] if status else sorted(s for s in self.responses if s.startswith("2"))
        for code in statuses:
            response = resolve(self.responses[code])
            for media_type, media in response.get("content", {}).items():
                examples = media.get("examples") or {}
                if examples:
                    return int(code), media_type, resolve(next(iter(examples.values())))["value"]
                return int(code), media_type, media.get("example")
            return int(code), "", None
        raise LookupError(f"{self.operation_id} documents no {status or '2xx'} response")


def _compile(path: str, either_slash: bool = False) -> re.Pattern[str]:
    regex = ""
    for literal, name in re.findall(r"([^{]*)(?:\{(\w+)\})?", path.rstrip("/") if either_slash else path):
        regex += re.escape(literal)
        if name:
            regex += f"(?P<{name}>[^/]+)"
    return re.compile(f"^{regex}/?$" if either_slash else f"^{regex}$")


def _parameter(node: dict[str, Any], pointer: str) -> Parameter:
    if "$ref" in node:
        pointer = pointer_of_ref(node["$ref"])
        node = resolve(node)
    identifies = node.get("x-blink-identifies")
    return Parameter(
        name=node["name"],
        location=node["in"],
        required=bool(node.get("required")),
        schema=node.get("schema", {}),
        schema_pointer=f"{pointer}/schema",
        identifies=identifies if isinstance(identifies, str) else None,
        example=node.get("example", next(iter(node.get("schema", {}).get("examples", [])), None)),
    )


def _operation(path: str, method: str, item: dict[str, Any], spec: dict[str, Any]) -> SpecOperation:
    op = item[method]
    item_pointer = f"/paths/{escape(path)}"
    pointer = f"{item_pointer}/{method}"
    parameters = [
        *(_parameter(p, f"{item_pointer}/parameters/{i}") for i, p in enumerate(item.get("parameters", []))),
        *(_parameter(p, f"{pointer}/parameters/{i}") for i, p in enumerate(op.get("parameters", []))),
    ]
    body_node = op.get("requestBody", {})
    body_pointer = pointer_of_ref(body_node["$ref"]) if "$ref" in body_node else f"{pointer}/requestBody"
    body = resolve(body_node)
    return SpecOperation(
        operation_id=op["operationId"],
        method=method.upper(),
        path=path,
        pointer=pointer,
        pattern=_compile(path, op.get("x-blink-trailing-slash") == "either"),
        parameters=tuple(parameters),
        body_media={
            media_type: f"{body_pointer}/content/{escape(media_type)}/schema"
            for media_type, media in body.get("content", {}).items()
            if "schema" in media
        },
        body_required=bool(body.get("required")),
        security=tuple(frozenset(option) for option in op.get("security", spec.get("security", []))),
        responses=op["responses"],
        raw=op,
        safety=op.get("x-blink-safety", "read-only"),
    )


@cache
def operations_in_spec_order() -> tuple[SpecOperation, ...]:
    """Every operation, in the order the spec lists them."""
    spec = load_spec()
    return tuple(
        _operation(path, method, item, spec)
        for path, item in spec["paths"].items()
        for method in HTTP_METHODS
        if method in item
    )


@dataclass(frozen=True)
class Router:
    """Finds the operation of a request. Paths are bucketed by their number of segments (a path parameter never
    spans a `/`), and within a bucket literal paths win over templated ones (`/videos/count` before
    `/video/{id}`), as in stripe-mock."""

    operations: tuple[SpecOperation, ...]
    _buckets: dict[int, tuple[SpecOperation, ...]] = field(init=False, repr=False, compare=False)
    _by_id: dict[str, SpecOperation] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        buckets: dict[int, list[SpecOperation]] = defaultdict(list)
        for op in sorted(self.operations, key=lambda op: (op.path.count("{"), -len(op.path))):
            segments = op.path.rstrip("/").count("/")
            buckets[segments].append(op)
            if op.either_slash or op.path.endswith("/"):
                buckets[segments + 1].append(op)
        object.__setattr__(self, "_buckets", {count: tuple(ops) for count, ops in buckets.items()})
        object.__setattr__(self, "_by_id", {op.operation_id: op for op in self.operations})

    def match(self, method: str, path: str) -> tuple[SpecOperation | None, dict[str, str], list[str]]:
        """The operation for this request, its raw path parameters, and the methods the path allows."""
        allowed: list[str] = []
        for op in self._buckets.get(path.count("/"), ()):
            found = op.pattern.match(path)
            if found is None:
                continue
            if op.method == method:
                return op, found.groupdict(), []
            allowed.append(op.method)
        return None, {}, allowed

    def by_id(self, operation_id: str) -> SpecOperation:
        """The operation with this operationId; KeyError when the spec has none."""
        return self._by_id[operation_id]

    def __contains__(self, operation_id: object) -> bool:
        return operation_id in self._by_id


@cache
def router() -> Router:
    return Router(operations_in_spec_order())
