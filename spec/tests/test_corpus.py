"""Recorded responses of the real service validate against their operation's schema, which names their fields."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from corpus_map import CORPUS, NOT_RESPONSES, SCHEMA_TARGETS, UNMAPPED, Target
from specutil import (
    SPEC_PATH,
    component_schema,
    errors,
    load_spec,
    operation_by_id,
    request_schema,
    response_schema,
    unnamed_fields,
)


def find_corpus() -> Path:
    """BLINK_CORPUS_DIR, else the nearest `shared/corpus` beside the clone or beside one of its parent folders."""
    if "BLINK_CORPUS_DIR" in os.environ:
        return Path(os.environ["BLINK_CORPUS_DIR"])
    clone = Path(__file__).resolve().parents[2]
    candidates = [folder / "shared" / "corpus" for folder in clone.parents]
    return next((c for c in candidates if c.is_dir()), candidates[0])


CORPUS_DIR = find_corpus()
needs_corpus = pytest.mark.skipif(
    not CORPUS_DIR.is_dir(), reason=f"the shared corpus is not beside this clone ({CORPUS_DIR} is absent)"
)
SPEC = load_spec()
BY_ID = operation_by_id()


def instance_for(target: Target, data: Any) -> Any:
    """The document to validate: a merged fixture cut down to its part, or an item put back into its response."""
    if target.select:
        data = {key: data[key] for key in target.select}
    for step in reversed(target.wrap):
        data = [data] if isinstance(step, int) else {step: data}
    return data


def schema_for(target: Target) -> str:
    op = BY_ID[target.operation_id]
    return request_schema(op) if target.part == "request" else response_schema(op, target.status)


CASES = [(path, target) for path, targets in CORPUS.items() for target in targets]


@needs_corpus
@pytest.mark.parametrize(("path", "target"), CASES, ids=[f"{p.split('/')[-1]}->{t.operation_id}" for p, t in CASES])
def test_corpus_file_validates_and_every_field_is_named(path: str, target: Target) -> None:
    data = json.loads((CORPUS_DIR / path).read_text(encoding="utf-8"))
    instance = instance_for(target, data)
    schema = schema_for(target)
    assert errors(schema, instance) == []
    assert unnamed_fields(schema, instance) == []


@needs_corpus
@pytest.mark.parametrize("path", sorted(SCHEMA_TARGETS))
def test_decoded_corpus_blob_validates_against_its_content_schema(path: str) -> None:
    data = json.loads((CORPUS_DIR / path).read_text(encoding="utf-8"))
    schema = component_schema(SCHEMA_TARGETS[path])
    assert errors(schema, data) == []
    assert unnamed_fields(schema, data) == []


@needs_corpus
def test_every_corpus_file_is_mapped_or_explained() -> None:
    on_disk = {str(p.relative_to(CORPUS_DIR)) for p in CORPUS_DIR.rglob("*") if p.is_file()}
    accounted = set(CORPUS) | set(SCHEMA_TARGETS) | set(UNMAPPED) | set(NOT_RESPONSES)
    assert on_disk - accounted == set(), "new corpus files: map them in spec/tests/corpus_map.py"
    assert accounted - on_disk == set(), "mapped files missing from the corpus"


def test_unmapped_files_are_listed_in_the_spec_readme() -> None:
    readme = (SPEC_PATH.parent / "README.md").read_text(encoding="utf-8")
    for path in [*UNMAPPED, *NOT_RESPONSES]:
        assert path.split("/")[-1] in readme, path


def test_mapping_names_existing_operations() -> None:
    for targets in CORPUS.values():
        for target in targets:
            assert target.operation_id in BY_ID, target.operation_id
    for name in SCHEMA_TARGETS.values():
        assert name in SPEC["components"]["schemas"]
