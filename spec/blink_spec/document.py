"""The spec document: where it lives, loading it once, and following its references.

References are resolved through one `referencing` registry that holds the whole spec as a Draft 2020-12
resource under `SPEC_URI`, the same registry every validator of the spec uses, so "what `$ref` points at" has a
single answer in the project.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

__all__ = [
    "SPEC_URI",
    "escape",
    "load_spec",
    "pointer_of_ref",
    "registry",
    "resolve",
    "resolve_pointer",
    "spec_path",
    "spec_text",
]

SPEC_URI = "urn:blink-spec"
# An installed wheel carries its own copy of the spec inside this package; a checkout reads spec/ directly.
_CANDIDATES = (
    Path(__file__).with_name("blink.openapi.yaml"),
    Path(__file__).resolve().parents[1] / "blink.openapi.yaml",
)


def spec_path() -> Path:
    for candidate in _CANDIDATES:
        if candidate.is_file():
            return candidate
    raise FileNotFoundError("blink.openapi.yaml is neither inside the blink_spec package nor in spec/")


@cache
def spec_text() -> str:
    return spec_path().read_text(encoding="utf-8")


@cache
def load_spec() -> dict[str, Any]:
    """The spec as a dict, loaded once per process. Callers must not mutate it: validators and caches key on it."""
    # libyaml's loader, where PyYAML has it, halves the mock's start-up time.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    document: dict[str, Any] = yaml.load(spec_text(), Loader=loader)
    return document


@cache
def registry() -> Registry[Any]:
    """A registry holding the spec under `SPEC_URI`, so that `urn:blink-spec#/components/...` resolves."""
    resource: Resource[Any] = DRAFT202012.create_resource(load_spec())
    spec_registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
    return spec_registry.crawl()


def escape(key: str) -> str:
    """One JSON pointer segment (RFC 6901)."""
    return key.replace("~", "~0").replace("/", "~1")


def pointer_of_ref(ref: str) -> str:
    """The JSON pointer a document-local `$ref` (`#/components/schemas/X`) names."""
    if not ref.startswith("#"):
        raise ValueError(f"only references within the spec are supported, not {ref!r}")
    return ref[1:]


def resolve_pointer(pointer: str) -> Any:
    """The node at `pointer` (`/components/schemas/Homescreen`), looked up through the registry."""
    return registry().resolver(SPEC_URI).lookup(f"{SPEC_URI}#{pointer}").contents


def resolve(node: Any) -> Any:
    """`node` with its `$ref` chain followed to a node that is not a reference."""
    while isinstance(node, dict) and "$ref" in node:
        node = resolve_pointer(pointer_of_ref(node["$ref"]))
    return node
