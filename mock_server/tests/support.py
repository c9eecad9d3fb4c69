"""Constants and helpers shared by the mock's tests (importable because pytest's pythonpath lists this folder)."""

from __future__ import annotations

from datetime import timedelta

from blink_spec import SpecOperation, router
from blink_spec.eras import Era, behaviours, parse_era, today, window

REST = "https://rest-u011.immedia-semi.com"
OAUTH = "https://api.oauth.blink.com"
# Blink before 2025-10-13: the password logins (v5 with a PIN per new client) and their TOKEN_AUTH tokens, every
# kind of device, the v4 PIN path still verifying. The era of the tests of the password logins and their tokens.
PASSWORD_ERA = "2024-02"
DEMO = 22001  # demo@example.com / demo-password, 2FA code 123456
OTHER = 22002  # other@example.com / other-password, no 2FA
DEMO_NETWORK = 31001
OTHER_NETWORK = 31002


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def serving_era(op: SpecOperation) -> Era:
    """The latest day Blink served `op` to the token these tests send it: Bearer where the operation takes one,
    else a password login's token, which Blink refused from 2025-10-13 (`legacy_tokens`)."""
    served = window(op)
    last = served.end - timedelta(days=1) if served.end is not None else today().day
    if not op.accepts("BearerAuth"):
        legacy = next(v for v in behaviours()["legacy_tokens"].variants if v.value == "accepted")
        assert legacy.end is not None
        last = min(last, legacy.end - timedelta(days=1))
    return parse_era(last.isoformat())


def operation_at(method: str, path: str) -> SpecOperation:
    """The operation of the spec that answers `method` on `path`."""
    op, _, _ = router().match(method, path.split("?")[0])
    assert op is not None, f"no operation answers {method} {path}"
    return op
