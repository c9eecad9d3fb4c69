"""Helpers the spec tests share: load the spec, find operations, validate instances, list unnamed fields."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

# One implementation of "fields the spec does not name", shared with the drift report, and one of `$ref` lookup.
from contract_tests.drift import unnamed_fields as unnamed_fields
from contract_tests.drift import validator_for
from mock_server.spec import resolve_in

SPEC_PATH = Path(__file__).resolve().parents[1] / "blink.openapi.yaml"
resolve = resolve_in
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def load_spec(path: Path = SPEC_PATH) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        loaded: dict[str, Any] = yaml.safe_load(handle)
    return loaded


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    spec: dict[str, Any]
    path_item_parameters: tuple[dict[str, Any], ...] = ()

    @property
    def operation_id(self) -> str:
        return str(self.spec["operationId"])

    @property
    def parameters(self) -> list[dict[str, Any]]:
        """The path item's parameters and the operation's own (unresolved `$ref`s included)."""
        return [*self.path_item_parameters, *self.spec.get("parameters", [])]


def operations(spec: dict[str, Any]) -> Iterator[Operation]:
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield Operation(method, path, item[method], tuple(item.get("parameters", [])))


def operation_by_id(spec: dict[str, Any]) -> dict[str, Operation]:
    return {op.operation_id: op for op in operations(spec)}


def errors(spec: dict[str, Any], schema: dict[str, Any], instance: Any) -> list[str]:
    validator = validator_for(spec, schema)
    return [f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}" for e in validator.iter_errors(instance)]


def json_media(content: dict[str, Any]) -> dict[str, Any] | None:
    for media_type, media in content.items():
        if media_type == "application/json" or media_type.endswith("+json"):
            return dict(media)
    return None


def response_schema(spec: dict[str, Any], op: Operation, status: str) -> dict[str, Any]:
    response = resolve(spec, op.spec["responses"][status])
    media = json_media(response.get("content", {}))
    assert media is not None, f"{op.operation_id} {status} has no JSON content"
    return dict(media["schema"])


def request_schema(spec: dict[str, Any], op: Operation) -> dict[str, Any]:
    body = resolve(spec, op.spec["requestBody"])
    media = json_media(body["content"])
    assert media is not None, f"{op.operation_id} has no JSON request body"
    return dict(media["schema"])
