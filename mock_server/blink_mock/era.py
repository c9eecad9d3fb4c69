"""Blink as it was on one day: the rules the dispatcher and the handlers apply, read from the spec's dated history.

The dates and answers live in the spec (`x-blink-live` on operations, `x-blink-behaviours` at the root) and are
read through `blink_spec.eras`; this module only turns the era's variants into checks on a request. `Rules`
gathers what one era says, once per era, so that a request looks nothing up in the history.

Where Blink answered something word for word (a retired login's 426, Cloudflare's plain 406), the mock answers
exactly that (`EraRefused`, answered as an `EraAnswer`) rather than a refusal shaped by the mock.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from starlette.responses import Response

from blink_mock.errors import BlinkError
from blink_spec.eras import Answer, Era, Variant, behaviours, parse_era, today, windows

if TYPE_CHECKING:
    from blink_spec import SpecOperation

# The homescreen list each kind of device is listed in (the values of the `device_kinds` behaviour).
DEVICE_LISTS = {"camera": "cameras", "owl": "owls", "doorbell": "doorbells"}
# What a client whose PIN is not verified may still call where the era refuses it everything else
# (`unverified_client`: "every call but PIN verification, PIN resend and logout"): the login operations of the
# spec, the PIN calls among them, and the logout.
LOGOUT = "logout"


class EraAnswer(Response):
    """An answer the spec's history gives word for word. Strict response checking lets it through as it is: it
    is the spec's own record of what Blink answered, whether or not the operation lists that status yet."""


class EraRefused(BlinkError):
    """A refusal whose answer the spec's history records."""

    def __init__(self, answer: Answer, headers: dict[str, str] | None = None) -> None:
        super().__init__(answer.status, str(answer.body), headers=headers)
        self.answer = answer

    def response(self) -> EraAnswer:
        return answer_response(self.answer, self.headers)


def header(headers: Iterable[tuple[bytes, bytes]], name: bytes) -> str | None:
    """The first value of a header among raw ASGI headers (names in lower case), or None."""
    return next((value.decode("latin-1") for key, value in headers if key == name), None)


def answer_response(answer: Answer, headers: dict[str, str] | None = None) -> EraAnswer:
    return EraAnswer(answer.content(), answer.status, headers=headers, media_type=answer.content_type)


def era_of(value: Era | str | None) -> Era:
    """An Era from an Era, a `YYYY-MM`/`YYYY-MM-DD`/`today` string (a one-line ValueError otherwise), or None
    for today's Blink."""
    if value is None:
        return today()
    return value if isinstance(value, Era) else parse_era(value)


@dataclass(frozen=True)
class Rules:
    """What one era's behaviours say, read once."""

    era: Era
    live: frozenset[str]  # the operationIds Blink served
    unborn: frozenset[str]  # the operationIds Blink did not serve yet: unknown paths
    password_logins: frozenset[str]  # the operations the login User-Agent rule names: the password logins
    account_from_token: bool  # `path_account_id`: a password login's token names the account, not the path
    login_agent: Variant
    desktop_agent: Variant
    host_header: Variant
    untyped_json: Variant
    legacy_tokens: Answer | None  # the answer to a password login's token, when the era refuses them
    unverified: Variant
    hardware_id: Variant
    password_grant: Variant
    pin_verify: Variant
    pin_verify_ops: frozenset[str]

    def refusal(self, variant: Variant, text: str | None) -> None:
        """Raise the variant's answer when it refuses `text` (a header value; None when absent)."""
        if variant.answer is not None and variant.matches(text):
            raise EraRefused(variant.answer)

    def check_login(self, op: SpecOperation, headers: Iterable[tuple[bytes, bytes]]) -> None:
        """The agent a password login must have (`login_user_agent`, `desktop_user_agent`)."""
        if op.operation_id in self.password_logins:
            agent = header(headers, b"user-agent")
            self.refusal(self.login_agent, agent)
            self.refusal(self.desktop_agent, agent)

    def check_token_call(
        self, op: SpecOperation, headers: Iterable[tuple[bytes, bytes]], *, legacy: bool, verified: bool
    ) -> None:
        """The checks of a call with a valid token: the `Host` (`host_header`: a token sent to a host of another
        tier gets 401 code 101, MattTW/BlinkMonitorProtocol #19), and for a password login's token its agent and
        its client's PIN (`desktop_user_agent`, `unverified_client`)."""
        self.refusal(self.host_header, header(headers, b"host"))
        if not legacy:
            return
        self.refusal(self.desktop_agent, header(headers, b"user-agent"))
        if not verified and self.unverified.value == "refused" and not (op.is_login or op.operation_id == LOGOUT):
            raise self.unverified_refusal()

    def unverified_refusal(self) -> EraRefused:
        assert self.unverified.answer is not None  # the refusing variants carry an answer (spec/tests check it)
        # Blink marks a refused token with `client-verified: 0` (homebridge-blink-for-home #64).
        return EraRefused(self.unverified.answer, headers={"client-verified": "0"})

    @property
    def clips_need_verified_client(self) -> bool:
        return bool(self.unverified.value == "clips_refused")

    @property
    def untyped_body_is_json(self) -> bool:
        return bool(self.untyped_json.value == "json")

    def v4_pin_verifies(self, op: SpecOperation) -> bool:
        """Whether this PIN verification still verifies the client (`pin_verify`)."""
        return op.operation_id not in self.pin_verify_ops or self.pin_verify.value == "any"


@cache
def rules(era: Era) -> Rules:
    def variant(name: str) -> Variant:
        return era.behaviour(name)

    legacy = variant("legacy_tokens")
    return Rules(
        era=era,
        live=frozenset(w.operation_id for w in windows() if w.holds_on(era.day)),
        unborn=frozenset(w.operation_id for w in windows() if w.start is not None and era.day < w.start),
        password_logins=frozenset(behaviours()["login_user_agent"].applies_to),
        account_from_token=variant("path_account_id").value == "token",
        login_agent=variant("login_user_agent"),
        desktop_agent=variant("desktop_user_agent"),
        host_header=variant("host_header"),
        untyped_json=variant("untyped_json_body"),
        legacy_tokens=legacy.answer if legacy.value == "refused" else None,
        unverified=variant("unverified_client"),
        hardware_id=variant("hardware_id"),
        password_grant=variant("password_grant"),
        pin_verify=variant("pin_verify"),
        pin_verify_ops=frozenset(behaviours()["pin_verify"].applies_to),
    )
