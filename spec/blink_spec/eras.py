"""Blink as it was on a given day: which operations it served and how it behaved, read from the spec's history.

The spec dates operations with `x-blink-live` and Blink's behaviours with the root `x-blink-behaviours` (both
documented in spec/README.md). An `Era` is Blink on one day: `parse_era("2019-12")` is Blink at the end of
December 2019, `today()` is Blink as the latest dated change left it. Every window is half-open: a `from` day is
the first day something held, an `until` day the first day it no longer did.

`named_eras()` cuts the history where the login or its second factor changed, for people choosing an era;
`era_table()` is that list as the Markdown table of spec/README.md.
"""

from __future__ import annotations

import calendar
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from itertools import pairwise
from typing import Any

from blink_spec.document import escape, load_spec
from blink_spec.operations import SpecOperation, operations_in_spec_order, router

__all__ = [
    "Answer",
    "Behaviour",
    "Era",
    "NamedEra",
    "Variant",
    "Window",
    "behaviours",
    "era_table",
    "named_eras",
    "parse_era",
    "today",
    "window",
    "windows",
]

ERA_FORMS = "YYYY-MM (the end of that month), YYYY-MM-DD or today"
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
JSON = "application/json"


@dataclass(frozen=True)
class Answer:
    """What Blink answered: a status, a content type and a body (a JSON value, or text for other types)."""

    status: int
    content_type: str
    body: Any
    source: str

    def content(self) -> bytes:
        if isinstance(self.body, str) and self.content_type != JSON:
            return self.body.encode()
        return json.dumps(self.body, separators=(",", ":")).encode()


@dataclass(frozen=True)
class Variant:
    """One dated value of a behaviour, with the answer Blink gave where the value is a refusal."""

    behaviour: str
    start: date | None  # None: as far back as the kit goes
    end: date | None  # None: still so
    value: Any
    source: str
    answer: Answer | None = None
    refuses: tuple[str, ...] = ()  # regular expressions, searched, where the answer applies to matching values

    def holds_on(self, day: date) -> bool:
        return _within(day, self.start, self.end)

    def matches(self, text: str | None) -> bool:
        """Whether `text` (a header or field value; None when absent) is one this variant refuses."""
        return any(re.search(pattern, text or "") for pattern in self.refuses)


@dataclass(frozen=True)
class Behaviour:
    name: str
    description: str
    applies_to: tuple[str, ...]  # operationIds, where the behaviour concerns only some operations
    variants: tuple[Variant, ...]

    def at(self, day: date) -> Variant:
        for variant in self.variants:
            if variant.holds_on(day):
                return variant
        raise LookupError(f"x-blink-behaviours/{self.name} says nothing about {day}")


@dataclass(frozen=True)
class Window:
    """When Blink served an operation (`x-blink-live`), and what it answered once it no longer did."""

    operation_id: str
    start: date | None
    end: date | None
    start_source: str | None
    end_source: str | None
    retired: Answer | None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def holds_on(self, day: date) -> bool:
        return _within(day, self.start, self.end)


@dataclass(frozen=True)
class Era:
    """Blink on `day`. `name` is what the era was asked for as (`2019-12`, `2020-05-11`, `today`)."""

    day: date
    name: str

    def __str__(self) -> str:
        return self.name

    # -- operations --------------------------------------------------------------------------------------------
    def is_live(self, op: SpecOperation | str) -> bool:
        return window(op).holds_on(self.day)

    def retired_answer(self, op: SpecOperation | str) -> Answer | None:
        """None while Blink serves `op`; after its window its `retired` answer; before it, the answer to a path
        Blink does not serve (`unknown_path`)."""
        found = window(op)
        if found.holds_on(self.day):
            return None
        if found.end is not None and self.day >= found.end:
            assert found.retired is not None  # checked when the windows are read
            return found.retired
        answer = self.answer("unknown_path")
        assert answer is not None
        return answer

    # -- behaviours --------------------------------------------------------------------------------------------
    def behaviour(self, name: str) -> Variant:
        if name not in behaviours():
            raise KeyError(f"no behaviour {name!r} in x-blink-behaviours")
        return behaviours()[name].at(self.day)

    def value(self, name: str) -> Any:
        return self.behaviour(name).value

    def answer(self, name: str) -> Answer | None:
        """The answer of the behaviour's variant on this day (None when it refuses nothing)."""
        return self.behaviour(name).answer

    def refusal(self, name: str, text: str | None) -> Answer | None:
        """The answer Blink gave to `text` (a User-Agent, a hardware id, a Host; None when absent) under the
        behaviour `name`, or None when it let it through."""
        variant = self.behaviour(name)
        return variant.answer if variant.matches(text) else None

    @property
    def login(self) -> str:
        """The operationId of the login of the time."""
        return str(self.value("login"))

    @property
    def two_factor(self) -> str:
        return str(self.value("two_factor"))

    @property
    def device_kinds(self) -> tuple[str, ...]:
        """The homescreen lists that existed: `cameras`, `owls`, `doorbells`."""
        return tuple(self.value("device_kinds"))

    @property
    def command_seconds(self) -> float:
        """Seconds after which a command is complete, whether or not it is polled."""
        return float(self.value("command_completion")["seconds"])


@dataclass(frozen=True)
class NamedEra:
    """A stretch of history with one login and one kind of second factor."""

    start: date | None
    end: date | None
    login: str
    two_factor: str
    sources: tuple[str, ...]  # of the login and second-factor variants
    changes: tuple[Variant, ...]  # the other behaviours that changed within

    @property
    def months(self) -> tuple[str | None, str | None] | None:
        """The first and last `YYYY-MM` that select this era (their last day falls in it); None at an open end
        (the first era reaches back, the last one is still on). None altogether when no month ends in the era,
        which then only a `YYYY-MM-DD` selects."""
        first = None if self.start is None else _month_end(self.start)
        last = None
        if self.end is not None:
            before = self.end - timedelta(days=1)
            last = before if _month_end(before) == before else before.replace(day=1) - timedelta(days=1)
        if first is not None and last is not None and first > last:
            return None
        return _month(first), _month(last)

    @property
    def selector(self) -> str:
        """The `--era` values that select it, as the era tables show them."""
        months = self.months
        if months is None:
            return "only as `YYYY-MM-DD`"
        return f"{months[0] or ''} … {months[1] or ''}".strip() if months[0] != months[1] else str(months[0])

    def ended_by(self, following: NamedEra | None) -> str:
        """What ended it, as the next era shows: its login retired (with Blink's answer since, where recorded), or
        another kind of second factor. A dash for the era still on."""
        if following is None:
            return "—"
        if following.login == self.login:
            return f"second factor by `{following.two_factor}`"
        served = window(self.login)
        if served.end is not None and following.start is not None and served.end <= following.start:
            how, answer = "retired", served.retired
        elif served.end is not None:  # the new login came first; the old one was served a while longer
            how, answer = f"replaced by `{following.login}`, retired on {served.end}", served.retired
        else:  # still served (the password grant's operation serves refreshes): a behaviour refuses the login
            refusals = [
                (name, v.answer)
                for name, b in behaviours().items()
                if self.login in b.applies_to
                for v in b.variants
                if v.start == following.start and v.answer is not None
            ]
            how, answer = (f"refused by `{refusals[0][0]}`", refusals[0][1]) if refusals else ("refused", None)
        said = "answer not recorded" if answer is None else f"{answer.status} `{answer.content().decode()}`"
        return f"`{self.login}` {how}: {said}"


# -- the public entry points -------------------------------------------------------------------------------------
def parse_era(text: str) -> Era:
    """The era named by `text`: `YYYY-MM` (Blink at the end of that month), `YYYY-MM-DD`, or `today`. Raises a
    one-line ValueError for anything else, and for a day still to come."""
    text = text.strip()
    if text.lower() == "today":
        return today()
    if found := _DAY.fullmatch(text):
        day = first = _date(found, text)
    elif found := _MONTH.fullmatch(text):
        first = _date(found, text)
        day = _month_end(first)
    else:
        raise ValueError(f"era {text!r}: expected {ERA_FORMS}")
    if first > date.today():
        raise ValueError(f"era {text!r} is in the future")
    return Era(day, text)


def today() -> Era:
    """Blink as the latest dated change of the spec left it."""
    return Era(_latest_day(), "today")


def window(op: SpecOperation | str) -> Window:
    """The `x-blink-live` window of an operation (object or operationId); undated means always served."""
    operation_id = op if isinstance(op, str) else op.operation_id
    if operation_id not in _windows():
        raise KeyError(f"no operation {operation_id!r} in the spec")
    return _windows()[operation_id]


def windows() -> tuple[Window, ...]:
    """Every operation's window, in spec order."""
    return tuple(_windows().values())


def behaviours() -> Mapping[str, Behaviour]:
    return _behaviours()


@cache
def named_eras() -> tuple[NamedEra, ...]:
    """The history cut wherever the login or the kind of second factor changed, oldest first."""
    login, factor = behaviours()["login"], behaviours()["two_factor"]
    cuts = sorted({v.start for v in (*login.variants, *factor.variants) if v.start is not None})
    eras: list[NamedEra] = []
    for start, end in zip([None, *cuts], [*cuts, None], strict=True):
        pair = (login.at(start or date.min), factor.at(start or date.min))
        values = (str(pair[0].value), str(pair[1].value))
        sources = tuple(v.source for v in pair)
        if eras and (eras[-1].login, eras[-1].two_factor) == values:
            previous = eras.pop()
            start, sources = previous.start, tuple(dict.fromkeys((*previous.sources, *sources)))
        eras.append(NamedEra(start, end, *values, tuple(dict.fromkeys(sources)), _changes(start, end)))
    return tuple(eras)


def era_table() -> str:
    """`named_eras()` as the Markdown table of spec/README.md."""
    rows = [
        "| `--era` | from | until | login | second factor | ended by | other changes within |",
        "|---|---|---|---|---|---|---|",
    ]
    eras = named_eras()
    for era, following in zip(eras, (*eras[1:], None), strict=True):
        changes = "; ".join(f"{v.start} {v.behaviour}: {_label(v.value)}" for v in era.changes) or "—"
        rows.append(
            f"| {era.selector} | {era.start or '—'} | {era.end or '—'} | `{era.login}` | `{era.two_factor}` "
            f"| {era.ended_by(following)} | {changes} |"
        )
    return "\n".join(rows) + "\n"


# -- reading the spec --------------------------------------------------------------------------------------------
def _within(day: date, start: date | None, end: date | None) -> bool:
    return (start is None or start <= day) and (end is None or day < end)


def _month_end(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _month(day: date | None) -> str | None:
    return None if day is None else day.strftime("%Y-%m")


def _date(found: re.Match[str], text: str) -> date:
    """The day of a `YYYY-MM-DD` match, or the first of the month of a `YYYY-MM` one."""
    try:
        return date(int(found[1]), int(found[2]), int(found[3]) if found.re.groups == 3 else 1)
    except ValueError as error:
        raise ValueError(f"era {text!r}: {error}") from None


def _spec_date(value: Any, where: str) -> date:
    found = _DAY.fullmatch(value) if isinstance(value, str) else None
    if found is None:
        raise ValueError(f"{where}: {value!r} is not a YYYY-MM-DD string")
    return _date(found, value)


def _source(node: Mapping[str, Any], key: str, where: str) -> str:
    value = node.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{where}/{key}: a source is required")
    return value


def _answer(node: Any, where: str) -> Answer:
    if not isinstance(node, dict) or not isinstance(node.get("status"), int) or "body" not in node:
        raise ValueError(f"{where}: an answer needs an integer status and a body")
    content_type = node.get("content_type", JSON)
    if not isinstance(content_type, str):
        raise ValueError(f"{where}/content_type: not a string")
    return Answer(node["status"], content_type, node["body"], _source(node, "source", where))


def _window(op: SpecOperation) -> Window:
    node = op.raw.get("x-blink-live")
    if node is None:
        return Window(op.operation_id, None, None, None, None, None)
    where = f"{op.pointer}/x-blink-live"
    sources = node.get("sources") or {}
    start = _spec_date(node["from"], f"{where}/from") if "from" in node else None
    end = _spec_date(node["until"], f"{where}/until") if node.get("until") is not None else None
    if start is None and end is None:
        raise ValueError(f"{where}: gives neither from nor until")
    if start is not None and end is not None and not start < end:
        raise ValueError(f"{where}: from {start} is not before until {end}")
    if end is not None and "retired" not in node:
        raise ValueError(f"{where}: an operation with an until needs a retired answer")
    return Window(
        op.operation_id,
        start,
        end,
        _source(sources, "from", f"{where}/sources") if start else None,
        _source(sources, "until", f"{where}/sources") if end else None,
        _answer(node["retired"], f"{where}/retired") if "retired" in node else None,
    )


@cache
def _windows() -> dict[str, Window]:
    return {op.operation_id: _window(op) for op in operations_in_spec_order()}


def _variant(name: str, node: Any, where: str) -> Variant:
    if not isinstance(node, dict) or "value" not in node:
        raise ValueError(f"{where}: a variant needs a value")
    refuses = node.get("refuses", [])
    if not isinstance(refuses, list) or not all(isinstance(p, str) for p in refuses):
        raise ValueError(f"{where}/refuses: not a list of regular expressions")
    for pattern in refuses:
        try:
            re.compile(pattern)
        except re.error as error:
            raise ValueError(f"{where}/refuses: {pattern!r}: {error}") from None
    if refuses and "answer" not in node:
        raise ValueError(f"{where}: refuses values but gives no answer")
    return Variant(
        behaviour=name,
        start=_spec_date(node["from"], f"{where}/from") if "from" in node else None,
        end=_spec_date(node["until"], f"{where}/until") if "until" in node else None,
        value=node["value"],
        source=_source(node, "source", where),
        answer=_answer(node["answer"], f"{where}/answer") if "answer" in node else None,
        refuses=tuple(refuses),
    )


@cache
def _behaviours() -> dict[str, Behaviour]:
    found: dict[str, Behaviour] = {}
    for name, node in (load_spec().get("x-blink-behaviours") or {}).items():
        where = f"/x-blink-behaviours/{escape(name)}"
        variants = tuple(_variant(name, v, f"{where}/variants/{i}") for i, v in enumerate(node.get("variants", [])))
        # Each behaviour is told once for all time: the first variant reaches back as far as the kit goes, each
        # one ends the day the next begins, and the last still holds.
        if not variants or variants[0].start is not None or variants[-1].end is not None:
            raise ValueError(f"{where}: the variants must run from the beginning (no from) to today (no until)")
        for earlier, later in pairwise(variants):
            if earlier.end is None or earlier.end != later.start:
                raise ValueError(f"{where}: variants must follow each other: {earlier.end} then {later.start}")
        for variant in variants:
            if variant.start is not None and variant.end is not None and not variant.start < variant.end:
                raise ValueError(f"{where}: a variant from {variant.start} until {variant.end} is empty")
        applies_to = tuple(node.get("applies_to", []))
        for operation_id in applies_to:
            if operation_id not in router():
                raise ValueError(f"{where}/applies_to: no operation {operation_id!r}")
        found[name] = Behaviour(name, str(node.get("description", "")), applies_to, variants)
    return found


@cache
def _latest_day() -> date:
    days = [d for w in windows() for d in (w.start, w.end) if d]
    days += [d for b in behaviours().values() for v in b.variants for d in (v.start, v.end) if d]
    return max(days)


def _changes(start: date | None, end: date | None) -> tuple[Variant, ...]:
    """The variants of the other behaviours that begin on a day from `start` until `end`."""
    found = [
        variant
        for name, behaviour in behaviours().items()
        if name not in ("login", "two_factor")
        for variant in behaviour.variants
        if variant.start is not None and _within(variant.start, start, end)
    ]
    return tuple(sorted(found, key=lambda v: (v.start or date.min, v.behaviour)))


def _label(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(f"`{item}`" for item in value)
    if isinstance(value, dict):
        return ", ".join(f"{key} `{item}`" for key, item in value.items())
    return f"`{value}`"
