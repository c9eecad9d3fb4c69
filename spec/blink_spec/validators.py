"""JSON Schema checks against the spec's schemas, each validator compiled once per schema location.

Formats are checked by the kit's own `blink_spec.formats`, the same in every install.

A schema is named by its JSON pointer into the spec (`/components/schemas/Homescreen`,
`/paths/~1networks/get/responses/200/content/application~1json/schema`). The validator of a location is a
Draft 2020-12 schema `{"$ref": "urn:blink-spec#<pointer>"}` over the spec's registry, so references inside it
resolve exactly as they do in the spec, with no copy or rewrite of the schema.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import jsonschema
from jsonschema.protocols import Validator

from blink_spec.document import SPEC_URI, registry, resolve_pointer
from blink_spec.formats import FORMAT_CHECKER

__all__ = ["FORMAT_CHECKER", "first_error", "is_valid", "validator"]

DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema"


@cache
def validator(pointer: str) -> Validator:
    """The compiled validator of the schema at `pointer` (cached: the spec has a fixed number of locations)."""
    resolve_pointer(pointer)  # an unknown location fails here, with the pointer in the message
    schema = {"$schema": DRAFT_2020_12, "$ref": f"{SPEC_URI}#{pointer}"}
    compiled: Validator = jsonschema.Draft202012Validator(schema, registry=registry(), format_checker=FORMAT_CHECKER)
    return compiled


def is_valid(pointer: str, instance: Any) -> bool:
    return validator(pointer).is_valid(instance)


def first_error(pointer: str, instance: Any) -> str | None:
    """A one-line description of the first way `instance` breaks the schema at `pointer`, or None."""
    error = next(iter(validator(pointer).iter_errors(instance)), None)
    if error is None:
        return None
    where = "/".join(str(part) for part in error.absolute_path)
    return f"{where or 'body'}: {error.message}"[:300]
