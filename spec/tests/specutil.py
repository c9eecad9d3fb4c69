"""Helpers the spec tests share: load the spec, find operations, validate instances, list unnamed fields."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema
import yaml
from referencing import Registry
from referencing.jsonschema import DRAFT202012

SPEC_PATH = Path(__file__).resolve().parents[1] / "blink.openapi.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SPEC_URI = "urn:blink-spec"


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


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow local `$ref`s until a node that is not a reference."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def validator_for(spec: dict[str, Any], schema: dict[str, Any]) -> jsonschema.protocols.Validator:
    """A Draft 2020-12 validator that resolves `#/components/...` references against the spec."""
    registry: Registry[Any] = Registry().with_resource(SPEC_URI, DRAFT202012.create_resource(spec))
    wrapped = {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SPEC_URI + "#sub", **schema}
    # References in the spec are document-local ("#/components/..."): rebase them on the spec resource.
    wrapped = json.loads(json.dumps(wrapped).replace('"$ref": "#/', f'"$ref": "{SPEC_URI}#/'))
    cls = jsonschema.validators.validator_for(wrapped, default=jsonschema.Draft202012Validator)
    return cls(wrapped, registry=registry, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def errors(spec: dict[str, Any], schema: dict[str, Any], instance: Any) -> list[str]:
    validator = validator_for(spec, schema)
    return [f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}" for e in validator.iter_errors(instance)]


def _branches(spec: dict[str, Any], schema: Any) -> list[dict[str, Any]]:
    """The schemas whose `properties` together describe an instance (allOf is merged, refs followed)."""
    schema = resolve(spec, schema)
    if not isinstance(schema, dict):
        return []
    found = [schema]
    for sub in schema.get("allOf", []):
        found.extend(_branches(spec, sub))
    return found


def unnamed_fields(spec: dict[str, Any], schema: Any, instance: Any, where: str = "") -> list[str]:
    """JSON paths of object keys in `instance` that `schema` neither names nor maps.

    A key is named when some `properties` of the schema (after `$ref` and `allOf`) lists it, and mapped
    when the schema has a schema-valued `additionalProperties` (an id-keyed map). For `anyOf`/`oneOf`
    the first branch that the instance validates against is followed.
    """
    schema = resolve(spec, schema)
    if not isinstance(schema, dict):
        return []
    for keyword in ("anyOf", "oneOf"):
        if keyword in schema:
            for branch in schema[keyword]:
                if not errors(spec, resolve(spec, branch), instance):
                    return unnamed_fields(spec, branch, instance, where)
            return [f"{where or '<root>'}: matches no {keyword} branch"]
    branches = _branches(spec, schema)
    missing: list[str] = []
    if isinstance(instance, dict):
        properties: dict[str, Any] = {}
        map_schema: Any = None
        for branch in branches:
            properties.update(branch.get("properties", {}))
            extra = branch.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                map_schema = extra
        for key, value in instance.items():
            path = f"{where}/{key}"
            if key in properties:
                missing += unnamed_fields(spec, properties[key], value, path)
            elif map_schema is not None:
                missing += unnamed_fields(spec, map_schema, value, path)
            else:
                missing.append(path)
    elif isinstance(instance, list):
        items = next((b["items"] for b in branches if "items" in b), None)
        if items is not None:
            for index, value in enumerate(instance):
                missing += unnamed_fields(spec, items, value, f"{where}/{index}")
    elif isinstance(instance, str):
        content_schema = next((b["contentSchema"] for b in branches if "contentSchema" in b), None)
        if content_schema is not None and any(b.get("contentEncoding") == "base64" for b in branches):
            decoded = json.loads(base64.b64decode(instance + "=" * (-len(instance) % 4)))
            missing += unnamed_fields(spec, content_schema, decoded, where + "(decoded)")
    return missing


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
