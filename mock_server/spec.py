"""The spec as the mock reads it: operations with compiled path patterns, parameters, bodies and examples."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
# An installed wheel carries its own copy of the spec; a checkout reads spec/ directly.
SPEC_CANDIDATES = (
    Path(__file__).with_name("blink.openapi.yaml"),
    Path(__file__).resolve().parents[1] / "spec" / "blink.openapi.yaml",
)


def spec_path() -> Path:
    for candidate in SPEC_CANDIDATES:
        if candidate.is_file():
            return candidate
    raise FileNotFoundError("blink.openapi.yaml not found next to mock_server or in spec/")


@cache
def spec_text() -> str:
    return spec_path().read_text(encoding="utf-8")


@cache
def load_spec() -> dict[str, Any]:
    # libyaml's loader, where PyYAML has it, halves the mock's start-up time.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    document: dict[str, Any] = yaml.load(spec_text(), Loader=loader)
    return document


def resolve_in(document: dict[str, Any], node: Any) -> Any:
    """Follow local `$ref`s (`#/components/...`) within `document` until a node that is not a reference."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def resolve(node: Any) -> Any:
    """`resolve_in` over the spec the mock serves."""
    return resolve_in(load_spec(), node)


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str
    required: bool
    schema: dict[str, Any]


@dataclass(frozen=True)
class SpecOperation:
    operation_id: str
    method: str
    path: str
    pattern: re.Pattern[str]
    parameters: tuple[Parameter, ...]
    body_media: dict[str, dict[str, Any]]  # content type -> schema
    body_required: bool
    security: tuple[frozenset[str], ...]
    responses: dict[str, dict[str, Any]] = field(repr=False)
    safety: str = "read-only"

    @property
    def needs_auth(self) -> bool:
        return bool(self.security) and frozenset() not in self.security

    def accepts(self, scheme: str) -> bool:
        return any(scheme in option for option in self.security)

    def path_parameters(self) -> list[Parameter]:
        return [p for p in self.parameters if p.location == "path"]

    def query_parameters(self) -> list[Parameter]:
        return [p for p in self.parameters if p.location == "query"]

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


def _compile(path: str) -> re.Pattern[str]:
    regex = ""
    for literal, name in re.findall(r"([^{]*)(?:\{(\w+)\})?", path):
        regex += re.escape(literal)
        if name:
            regex += f"(?P<{name}>[^/]+)"
    return re.compile(f"^{regex}$")


def _operation(path: str, method: str, item: dict[str, Any], spec: dict[str, Any]) -> SpecOperation:
    op = item[method]
    parameters = [resolve(p) for p in [*item.get("parameters", []), *op.get("parameters", [])]]
    body = resolve(op.get("requestBody", {}))
    return SpecOperation(
        operation_id=op["operationId"],
        method=method.upper(),
        path=path,
        pattern=_compile(path),
        parameters=tuple(
            Parameter(p["name"], p["in"], bool(p.get("required")), p.get("schema", {})) for p in parameters
        ),
        body_media={media_type: media.get("schema", {}) for media_type, media in body.get("content", {}).items()},
        body_required=bool(body.get("required")),
        security=tuple(frozenset(option) for option in op.get("security", spec.get("security", []))),
        responses=op["responses"],
        safety=op.get("x-blink-safety", "read-only"),
    )


@dataclass(frozen=True)
class Router:
    operations: tuple[SpecOperation, ...]

    def match(self, method: str, path: str) -> tuple[SpecOperation | None, dict[str, str], list[str]]:
        """The operation for this request, its raw path parameters, and the methods the path allows."""
        allowed: list[str] = []
        for op in self.operations:
            found = op.pattern.match(path)
            if found is None:
                continue
            if op.method == method:
                return op, found.groupdict(), []
            allowed.append(op.method)
        return None, {}, allowed

    def by_id(self, operation_id: str) -> SpecOperation:
        return next(op for op in self.operations if op.operation_id == operation_id)


@cache
def router() -> Router:
    spec = load_spec()
    ops = [
        _operation(path, method, item, spec)
        for path, item in spec["paths"].items()
        for method in HTTP_METHODS
        if method in item
    ]
    # Literal paths win over templated ones (`/videos/count` before `/video/{id}`), as in stripe-mock.
    ops.sort(key=lambda op: (op.path.count("{"), -len(op.path)))
    return Router(tuple(ops))
