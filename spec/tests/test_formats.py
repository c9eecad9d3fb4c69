"""Every `format` the spec uses is checked by the kit's own code, in every install, and the checks are right."""

from __future__ import annotations

from typing import Any

import pytest
from specutil import load_spec

from blink_spec import first_error
from blink_spec.formats import ANNOTATIONS, FORMAT_CHECKER


def formats_in(node: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(node, dict):
        # A schema's `format` is a string beside a type; an example object's `format` key (a program's `v1`) is data.
        if isinstance(node.get("format"), str) and ("type" in node or "$ref" in node):
            found.add(node["format"])
        for value in node.values():
            found |= formats_in(value)
    elif isinstance(node, list):
        for value in node:
            found |= formats_in(value)
    return found


def test_every_format_of_the_spec_has_a_checker_or_is_an_annotation() -> None:
    used = formats_in(load_spec())
    assert "date-time" in used
    assert used - ANNOTATIONS <= set(FORMAT_CHECKER.checkers), sorted(used - ANNOTATIONS - set(FORMAT_CHECKER.checkers))


def test_the_checker_knows_only_the_kits_own_formats() -> None:
    # Nothing that another installed package registers (rfc3339-validator, for one) decides what is checked.
    assert set(FORMAT_CHECKER.checkers) == {"date-time"}


@pytest.mark.parametrize(
    "value",
    ["2026-11-26T10:00:00+00:00", "2020-10-02T00:27:54Z", "1970-01-01T00:00:01.000Z", "2016-12-31T23:59:60Z"],
)
def test_rfc3339_timestamps_are_accepted(value: str) -> None:
    assert FORMAT_CHECKER.conforms(value, "date-time")


@pytest.mark.parametrize(
    "value",
    [
        "11/26/2026 10:00 AM",
        "2026-11-26T10:00:00+0000",  # the offset without its colon: a spelling Blink has used elsewhere
        "2026-11-26 10:00:00+00:00",
        "2026-11-26T10:00+00:00",
        "2026-11-26T10:00:00",
        "2026-02-30T10:00:00Z",
        "2026-11-26T24:00:00Z",
        "2026-11-26T10:00:00+24:00",
        "\uff12\uff10\uff12\uff16-11-26T10:00:00Z",  # full-width digits, which \\d would match without re.ASCII
    ],
)
def test_other_spellings_are_refused(value: str) -> None:
    assert not FORMAT_CHECKER.conforms(value, "date-time")


def test_a_timestamp_of_another_shape_is_a_schema_error() -> None:
    assert first_error("/components/schemas/Timestamp", "11/26/2026 10:00 AM") is not None
    assert first_error("/components/schemas/Timestamp", "2026-11-26T10:00:00+00:00") is None
