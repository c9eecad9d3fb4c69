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


@cache
def _registry() -> Registry[Any]:
    registry: Registry[Any] = Registry().with_resource(SPEC_URI, DRAFT202012.create_resource(load_spec()))
    return registry


@cache
def _validator(schema_json: str) -> jsonschema.protocols.Validator:
    schema = json.loads(schema_json.replace('"$ref": "#/', f'"$ref": "{SPEC_URI}#/'))
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}
    return jsonschema.Draft202012Validator(
        schema, registry=_registry(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def first_error(schema: dict[str, Any], instance: Any) -> str | None:
    """A one-line description of the first way `instance` breaks `schema`, or None when it conforms."""
    validator = _validator(json.dumps(schema, sort_keys=True))
    error = next(iter(validator.iter_errors(instance)), None)
    if error is None:
        return None
    where = "/".join(str(part) for part in error.absolute_path)
    return f"{where or 'body'}: {error.message}"[:300]
