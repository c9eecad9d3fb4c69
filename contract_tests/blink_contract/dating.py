"""When was this traffic recorded? The era of Blink whose answers it matches best, read from the spec's history.

The spec dates Blink's operations (`x-blink-live`) and behaviours (`x-blink-behaviours`); `blink_spec.eras` reads
them. Cut at every date they give, the history falls into stretches within which Blink answered every request the
same way (`segments()`). For each stretch the spec predicts what Blink answered an exchange:

- the operation was not served yet, or no longer: its `x-blink-live` answer (`unknown_path`'s 404 before its
  `from`, the `retired` answer after its `until`);
- a dated behaviour refused the request (a library's User-Agent on a password login, a shared `hardware_id`
  literal, the password grant after 2025-12-03, a `TOKEN_AUTH` after 2025-10-13, ...): that refusal's answer;
- otherwise an answer that is none of those refusals, and that shows only what existed then (a 202 from the
  sign-in only once Blink asked for the second factor that way; Minis and doorbells only once they existed).

An exchange whose answer fits some stretches and not others is a `Clue`; one that fits all of them, or none (that
is drift, and the drift report has it), says nothing about time, and so do 5xx and 429 answers (an outage or a
rate limit, in any era). The stretches that fit the most clues are the answer; they are named by the spec's named
eras (`blink_spec.named_eras()`, cut where the login or its second factor changed). When they reach into several
named eras, or several stretches fit equally, the traffic does not tell which: `Dating.line()` says so.

Nothing here reads a file or the network.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from blink_contract import limits
from blink_contract.drift import Exchange
from blink_spec import Answer, Era, NamedEra, SpecOperation, Variant, behaviours, named_eras, router, window, windows

JSON = "application/json"
# Behaviours no answer in a recording shows, and why; every other behaviour of the spec is read below (a test
# checks that a behaviour added to the spec is placed on one side or the other).
NOT_READ = {
    "login": "which login the apps used; when each login answered is its operation's `x-blink-live`",
    "pin_verify": "the v4 PIN verify answers the same whether or not it verifies",
    "unverified_client": "a recording does not say whether its client had verified its PIN",
    "command_completion": "one variant for all time",
    "hosts": "operations are matched by path; the OAuth host's operations are dated by their `x-blink-live`",
}
MAX_LISTED = 2  # disagreeing exchanges named in the one-line summary


# -- stretches of history --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Span:
    """Days from `start` (None: as far back as the spec goes) until `end`, excluded (None: still so)."""

    start: date | None
    end: date | None

    def __str__(self) -> str:
        last = None if self.end is None else self.end - timedelta(days=1)
        if self.start is None:
            return "at any time" if last is None else f"up to {last}"
        if last is None:
            return f"since {self.start}"
        return f"on {last}" if last == self.start else f"{self.start} to {last}"

    def overlaps(self, start: date | None, end: date | None) -> bool:
        return (self.end is None or start is None or start < self.end) and (
            end is None or self.start is None or self.start < end
        )

    def as_json(self) -> dict[str, str | None]:
        last = None if self.end is None else self.end - timedelta(days=1)
        return {"from": None if self.start is None else str(self.start), "to": None if last is None else str(last)}


@cache
def segments() -> tuple[Span, ...]:
    """The history cut at every date of the spec's `x-blink-live` windows and behaviour variants, oldest first."""
    days = {day for w in windows() for day in (w.start, w.end) if day}
    days |= {day for b in behaviours().values() for v in b.variants for day in (v.start, v.end) if day}
    cuts = sorted(days)
    return tuple(Span(start, end) for start, end in zip([None, *cuts], [*cuts, None], strict=True))


@cache
def _eras() -> tuple[Era, ...]:
    return tuple(Era(span.start or date.min, str(span)) for span in segments())


@cache
def _named_of_segment() -> tuple[int, ...]:
    """The index of the named era each segment lies in (named eras are cut at dates that cut segments too)."""
    eras = named_eras()
    return tuple(next(i for i, era in enumerate(eras) if span.overlaps(era.start, era.end)) for span in segments())


def _merge(indexes: Sequence[int]) -> tuple[Span, ...]:
    """Runs of adjacent segments as spans."""
    spans: list[Span] = []
    previous = -2
    for index in indexes:
        segment = segments()[index]
        if index == previous + 1 and spans:
            spans[-1] = Span(spans[-1].start, segment.end)
        else:
            spans.append(segment)
        previous = index
    return tuple(spans)


def _spans_text(spans: Sequence[Span]) -> str:
    return ", ".join(str(span) for span in spans) or "no era of the spec"


def as_of(span: Span) -> str:
    """The `--era` of the mock that plays this span: the first month whose last day falls in it (the last one
    when the span reaches back to the beginning), else its first day; `today` when it is still so."""
    if span.end is None:
        return "today"
    last = span.end - timedelta(days=1)
    if span.start is None:
        month_end = last if _month_end(last) == last else last.replace(day=1) - timedelta(days=1)
        return month_end.strftime("%Y-%m")
    month_end = _month_end(span.start)
    return month_end.strftime("%Y-%m") if month_end <= last else str(span.start)


def _month_end(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


# -- what an exchange says ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Clue:
    """An exchange whose answer fits some stretches of history and not others."""

    index: int  # its place in the traffic, from 0
    operation_id: str
    status: int
    grounds: tuple[str, ...]  # what of the spec's history bears on it: `x-blink-live` and behaviour names
    fits: tuple[bool, ...]  # per segment

    @property
    def spans(self) -> tuple[Span, ...]:
        return _merge([i for i, fits in enumerate(self.fits) if fits])

    def __str__(self) -> str:
        return f"{self.operation_id} answered {self.status}, which fits {_spans_text(self.spans)}"


@dataclass(frozen=True)
class _Said:
    """A behaviour concerns the request; `text` is the value it judges (a header, a field; None when absent or
    when the behaviour judges no value)."""

    text: str | None


@dataclass(frozen=True)
class _Request:
    exchange: Exchange
    op: SpecOperation
    path_values: dict[str, str]
    body: Any  # the answer as JSON, or _NOT_JSON
    oauth_tokens: frozenset[str]  # the access tokens the same traffic got from `oauth_token`

    @property
    def headers(self) -> dict[str, str]:
        return self.exchange.request_headers

    @property
    def password_token(self) -> bool:
        """Whether the request carries a password login's token. The app spells the header `TOKEN-AUTH`, the
        clients `TOKEN_AUTH`; an OAuth access token sent in it (as the kit's live runner does where the spec
        names no other scheme) is no password login's token, whatever Blink makes of it."""
        token = self.headers.get("token_auth", self.headers.get("token-auth"))
        return token is not None and token not in self.oauth_tokens

    @property
    def succeeded(self) -> bool:
        return 200 <= self.exchange.status < 300

    def form(self) -> dict[str, str]:
        try:
            return dict(parse_qsl(self.exchange.request_body.decode("utf-8")))
        except UnicodeDecodeError:
            return {}


_NOT_JSON = object()


def _json(body: bytes) -> Any:
    try:
        return limits.loads(body)
    except (ValueError, limits.TooComplex):
        return _NOT_JSON


def answered(exchange: Exchange, answer: Answer, body: Any) -> bool:
    """Whether the exchange got `answer`. The spec's sources do not always record Blink's exact wording (the
    password grant's `error_description`, Cloudflare's 406 text), so the status must be the same and then: a text
    answer is any body that is no JSON document, a JSON object one member with the same value, other JSON the
    same value."""
    if exchange.status != answer.status:
        return False
    if answer.content_type != JSON:
        return body is _NOT_JSON
    if isinstance(answer.body, dict):
        return isinstance(body, dict) and any(key in body and body[key] == v for key, v in answer.body.items())
    return bool(body == answer.body)


# Which requests each behaviour of `x-blink-behaviours` judges, and the value it judges (see each description).
def _pattern(text: str | None, name: str) -> _Said | None:
    """A behaviour that refuses values matching its `refuses` says something only of values some variant
    refuses."""
    return _Said(text) if any(v.matches(text) for v in behaviours()[name].variants if v.refuses) else None


def _recorded(request: _Request) -> bool:
    # A JSON-lines record may leave the request's headers out: then no header-based behaviour can be judged.
    return bool(request.headers)


def _password_login(request: _Request) -> bool:
    # The password logins are the operations whose User-Agent `login_user_agent` checks.
    return request.op.operation_id in behaviours()["login_user_agent"].applies_to


def _login_user_agent(request: _Request) -> _Said | None:
    if not _recorded(request) or not _password_login(request):
        return None
    return _pattern(request.headers.get("user-agent"), "login_user_agent")


def _desktop_user_agent(request: _Request) -> _Said | None:
    # On the password logins and on calls with their tokens (`TOKEN_AUTH`).
    if not _recorded(request) or not (_password_login(request) or request.password_token):
        return None
    return _pattern(request.headers.get("user-agent"), "desktop_user_agent")


def _host_header(request: _Request) -> _Said | None:
    host = request.headers.get("host")
    return None if host is None else _pattern(host, "host_header")


def _hardware_id(request: _Request) -> _Said | None:
    # The sign-in is judged by its session's hardware_id, which only the authorize before it shows: left out.
    operation_id = request.op.operation_id
    if operation_id == "oauth_authorize":
        value = dict(parse_qsl(urlsplit(request.exchange.url).query)).get("hardware_id")
    elif operation_id == "oauth_token":
        value = request.form().get("hardware_id") or request.headers.get("hardware_id")
    else:
        return None
    return None if value is None else _pattern(value, "hardware_id")


def _password_grant(request: _Request) -> _Said | None:
    applies = request.op.operation_id in behaviours()["password_grant"].applies_to
    return _Said(None) if applies and request.form().get("grant_type") == "password" else None


def _legacy_tokens(request: _Request) -> _Said | None:
    return _Said(None) if request.password_token and not request.op.is_login else None


def _untyped_json_body(request: _Request) -> _Said | None:
    body = request.exchange.request_body
    if not _recorded(request) or not body.strip() or "content-type" in request.headers:
        return None
    return None if _json(body) is _NOT_JSON else _Said(None)


SCOPES: dict[str, Callable[[_Request], _Said | None]] = {
    "login_user_agent": _login_user_agent,
    "desktop_user_agent": _desktop_user_agent,
    "host_header": _host_header,
    "hardware_id": _hardware_id,
    "password_grant": _password_grant,
    "legacy_tokens": _legacy_tokens,
    "untyped_json_body": _untyped_json_body,
}


# What an answer Blink let through shows of its time; None: nothing.
def _two_factor(request: _Request, era: Era) -> bool | None:
    # `signin_202` is the sign-in's 202 with where the code went; before it the sign-in asked with 412 (also
    # while the password grant was the login, as `two_factor`'s description says).
    if request.op.operation_id != "oauth_signin" or request.exchange.status not in (202, 412):
        return None
    return (era.two_factor == "signin_202") == (request.exchange.status == 202)


def _device_kinds(request: _Request, era: Era) -> bool | None:
    if not request.succeeded or not isinstance(request.body, dict):
        return None
    variants = behaviours()["device_kinds"].variants
    ever = {kind for v in variants for kind in v.value}
    always = set.intersection(*(set(v.value) for v in variants))
    # A list with a device in it says the kind existed; an empty or absent one says nothing (no such device).
    shown = {kind for kind in ever - always if isinstance(request.body.get(kind), list) and request.body[kind]}
    return shown <= set(era.device_kinds) if shown else None


def _path_account_id(request: _Request, era: Era) -> bool | None:
    # blinkpy 0.13-0.14 asked for `/api/v3/accounts/None/homescreen`, which only the `token` variant served.
    account = request.path_values.get("account_id")
    if account is None or account.isdigit() or not request.succeeded:
        return None
    return bool(era.value("path_account_id") == "token")


SHOWN: dict[str, Callable[[_Request, Era], bool | None]] = {
    "two_factor": _two_factor,
    "device_kinds": _device_kinds,
    "path_account_id": _path_account_id,
}
READ = frozenset({*SCOPES, *SHOWN, "unknown_path"})  # `unknown_path` through the windows


def _refusal(variant: Variant, said: _Said) -> Answer | None:
    """The answer `variant` gives the request: a pattern variant to values it refuses, any other to all."""
    if variant.answer is None:
        return None
    if variant.refuses:
        return variant.answer if variant.matches(said.text) else None
    return variant.answer


def _predictions(request: _Request, scoped: dict[str, _Said]) -> list[list[Answer] | None]:
    """Per segment, the answers Blink gave the request then; None where it let it through."""
    found: list[list[Answer] | None] = []
    for era in _eras():
        not_served = era.retired_answer(request.op)
        if not_served is not None:
            found.append([not_served])
            continue
        refusals = [a for name, said in scoped.items() if (a := _refusal(era.behaviour(name), said)) is not None]
        found.append(refusals or None)
    return found


def read_clue(index: int, exchange: Exchange, oauth_tokens: frozenset[str] = frozenset()) -> Clue | None:
    """What one exchange says about when it was recorded; None when it says nothing. A clue that fits no
    stretch at all is an answer the spec's history does not explain."""
    if exchange.status < 100 or exchange.status >= 500 or exchange.status == 429:
        return None  # an outage or a rate limit, in any era
    op, path_values, _ = router().match(exchange.method.upper(), urlsplit(exchange.url).path or "/")
    if op is None:
        return None
    request = _Request(exchange, op, path_values, _json(exchange.response_body), oauth_tokens)
    scoped = {name: said for name, scope in SCOPES.items() if (said := scope(request)) is not None}
    predictions = _predictions(request, scoped)
    # A let-through answer must not be one of the refusals other stretches would have given (a 2xx "refusal",
    # such as the retired video list's empty page, is also what a served operation answers).
    refused = [a for answers in predictions if answers for a in answers if not 200 <= a.status < 300]
    refused_here = any(answered(exchange, a, request.body) for a in refused)
    fits: list[bool] = []
    shown: set[str] = set()
    for era, answers in zip(_eras(), predictions, strict=True):
        if answers is not None:
            fits.append(any(answered(exchange, a, request.body) for a in answers))
            continue
        verdicts = {name: check(request, era) for name, check in SHOWN.items()}
        shown |= {name for name, verdict in verdicts.items() if verdict is not None}
        fits.append(not refused_here and all(verdict is not False for verdict in verdicts.values()))
    if all(fits):
        return None
    grounds = (*(["x-blink-live"] if window(op).dated else []), *scoped, *sorted(shown))
    return Clue(index, op.operation_id, exchange.status, tuple(grounds), tuple(fits))


# -- the verdict -------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Candidate:
    """Stretches of history that fit the most clues, all the same ones."""

    spans: tuple[Span, ...]
    agree: tuple[Clue, ...]
    disagree: tuple[Clue, ...]
    eras: tuple[NamedEra, ...]  # the named eras it reaches into


@dataclass(frozen=True)
class EraFit:
    era: NamedEra
    best: int  # the most clues that fit one day of the era


@dataclass(frozen=True)
class Dating:
    exchanges: int
    clues: tuple[Clue, ...]  # the exchanges that fit some stretches and not others
    unexplained: tuple[Clue, ...]  # the exchanges that fit none (drift; they say nothing about time)
    candidates: tuple[Candidate, ...]  # empty without clues; several when stretches fit equally
    fits: tuple[EraFit, ...]

    @property
    def verdict(self) -> str:
        """`era` (one named era fits best), `eras` (one stretch across several named eras), `tie` (several
        stretches fit equally) or `silent` (no clue)."""
        if not self.candidates:
            return "silent"
        if len(self.candidates) > 1:
            return "tie"
        return "era" if len(self.candidates[0].eras) == 1 else "eras"

    @property
    def as_of(self) -> str | None:
        """The `--era` of the mock that plays the traffic's era, when one named era fits best."""
        return as_of(self.candidates[0].spans[0]) if self.verdict == "era" else None

    def line(self) -> str:
        silent = self.exchanges - len(self.clues) - len(self.unexplained)
        notes = [f"{silent} more say nothing about time"] if silent else []
        if self.unexplained:
            notes.append(f"{len(self.unexplained)} fit no era of the spec")
        if not self.clues:
            about = (
                f"none of its {self.exchanges} exchanges tells when it was recorded"
                if self.exchanges
                else "it holds no exchange"
            )
            unexplained = f" ({notes[-1]})" if self.unexplained else ""
            return f"traffic says nothing about Blink's era: {about}{unexplained}"
        others = f" ({', '.join(notes)})" if notes else ""
        best = self.candidates[0]
        count = f"{len(best.agree)} of {len(self.clues)} exchanges agree{others}"
        if self.verdict == "tie":
            stretches = " and ".join(f"{_spans_text(c.spans)}" for c in self.candidates)
            return f"traffic fits Blink {stretches} equally; nothing in it tells them apart: {count}"
        if self.verdict == "eras":
            where = f"Blink {_spans_text(best.spans)} ({len(best.eras)} eras); nothing in it tells those eras apart"
            return f"traffic fits {where}: {count}{_disagreeing(best)}"
        return f"traffic looks like Blink as of {self.as_of} ({_spans_text(best.spans)}): {count}{_disagreeing(best)}"

    def as_json(self) -> dict[str, Any]:
        def clue(c: Clue) -> dict[str, Any]:
            return {
                "index": c.index,
                "operation": c.operation_id,
                "status": c.status,
                "grounds": list(c.grounds),
                "fits": [span.as_json() for span in c.spans],
                "agrees_with": [i for i, found in enumerate(self.candidates) if c in found.agree],
            }

        return {
            "summary": self.line(),
            "verdict": self.verdict,
            "as_of": self.as_of,
            "exchanges": self.exchanges,
            "telling": len(self.clues),
            "unexplained": [clue(c) for c in self.unexplained],
            "best": [
                {
                    "spans": [span.as_json() for span in c.spans],
                    "agree": len(c.agree),
                    "disagree": [d.index for d in c.disagree],
                }
                for c in self.candidates
            ],
            "eras": [
                {
                    **Span(fit.era.start, fit.era.end).as_json(),
                    "login": fit.era.login,
                    "two_factor": fit.era.two_factor,
                    "fit": fit.best,
                }
                for fit in self.fits
            ],
            "clues": [clue(c) for c in self.clues],
        }


def _disagreeing(candidate: Candidate) -> str:
    if not candidate.disagree:
        return ""
    count = len(candidate.disagree)
    named = "; ".join(str(clue) for clue in candidate.disagree[:MAX_LISTED])
    more = f"; and {count - MAX_LISTED} more" if count > MAX_LISTED else ""
    return f"; the {count} that {'does' if count == 1 else 'do'} not: {named}{more}"


def oauth_tokens(exchanges: Sequence[Exchange]) -> frozenset[str]:
    """The access tokens that `oauth_token` answered in the traffic."""
    found: set[str] = set()
    for exchange in exchanges:
        op, _, _ = router().match(exchange.method.upper(), urlsplit(exchange.url).path or "/")
        if op is not None and op.operation_id == "oauth_token" and 200 <= exchange.status < 300:
            body = _json(exchange.response_body)
            if isinstance(body, dict) and isinstance(body.get("access_token"), str):
                found.add(body["access_token"])
    return frozenset(found)


def date_traffic(exchanges: Sequence[Exchange]) -> Dating:
    """The eras of Blink the exchanges fit best, and what each of them says."""
    tokens = oauth_tokens(exchanges)
    read = [clue for index, exchange in enumerate(exchanges) if (clue := read_clue(index, exchange, tokens))]
    clues = tuple(clue for clue in read if any(clue.fits))
    unexplained = tuple(clue for clue in read if not any(clue.fits))
    counts = [sum(clue.fits[i] for clue in clues) for i in range(len(segments()))]
    named = named_eras()
    fits = tuple(
        EraFit(era, max(c for c, n in zip(counts, _named_of_segment(), strict=True) if n == index))
        for index, era in enumerate(named)
    )
    if not clues:
        return Dating(len(exchanges), clues, unexplained, (), fits)
    most = max(counts)
    groups: dict[tuple[int, ...], list[int]] = {}
    for index, count in enumerate(counts):
        if count == most:
            agreeing = tuple(clue.index for clue in clues if clue.fits[index])
            groups.setdefault(agreeing, []).append(index)
    candidates = tuple(
        Candidate(
            _merge(indexes),
            tuple(clue for clue in clues if clue.index in agreeing),
            tuple(clue for clue in clues if clue.index not in agreeing),
            tuple(named[n] for n in dict.fromkeys(_named_of_segment()[i] for i in indexes)),
        )
        for agreeing, indexes in groups.items()
    )
    return Dating(len(exchanges), clues, unexplained, candidates, fits)
