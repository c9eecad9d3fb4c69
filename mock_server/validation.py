"""Request and response checks against the spec's JSON Schemas (Draft 2020-12, references into the spec)."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import jsonschema
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from mock_server.spec import load_spec

SPEC_URI = "urn:blink-spec"


def spec_registry(document: dict[str, Any]) -> Registry[Any]:
    """A registry holding `document` (the spec), so that its `#/components/...` references resolve."""
    registry: Registry[Any] = Registry().with_resource(SPEC_URI, DRAFT202012.create_resource(document))
    return registry


def compile_validator(schema: dict[str, Any], registry: Registry[Any]) -> jsonschema.protocols.Validator:
    """A Draft 2020-12 validator of a schema taken from the spec, with formats checked.

    References in the spec are document-local (`#/components/...`); they are rebased on the spec resource of
    `registry`, so a schema cut out of the spec still resolves them."""
    rebased = json.loads(json.dumps(schema).replace('"$ref": "#/', f'"$ref": "{SPEC_URI}#/'))
    wrapped = {"$schema": "https://json-schema.org/draft/2020-12/schema", **rebased}
    return jsonschema.Draft202012Validator(
        wrapped, registry=registry, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


@cache
def _served_spec_registry() -> Registry[Any]:
    return spec_registry(load_spec())


@cache
def _validator(schema_json: str) -> jsonschema.protocols.Validator:
    # Keyed by content, not identity: the cache stays bounded by the spec's distinct schemas.
    return compile_validator(json.loads(schema_json), _served_spec_registry())


def first_error(schema: dict[str, Any], instance: Any) -> str | None:
    """A one-line description of the first way `instance` breaks `schema`, or None when it conforms."""
    validator = _validator(json.dumps(schema, sort_keys=True))
    error = next(iter(validator.iter_errors(instance)), None)
    if error is None:
        return None
    where = "/".join(str(part) for part in error.absolute_path)
    return f"{where or 'body'}: {error.message}"[:300]
