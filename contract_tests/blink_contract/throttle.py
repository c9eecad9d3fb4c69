"""Pacing of live requests: at most one per second by default, and `Retry-After` honoured once.

Blink locks accounts whose traffic does not look like the app's (blinkpy #720, homebridge-blink-for-home #148),
so the live runner spaces its requests out instead of relying on the server to push back.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from email.utils import parsedate_to_datetime

# The default and the ceiling of `--rate` for any host but the local mock.
MAX_SAFE_RATE = 1.0
# A server that asks for a longer pause than this is treated as a failure rather than waited out: a scheduled
# check must not hang for an hour on a lockout.
RETRY_AFTER_CAP_SECONDS = 60.0
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})


class Throttle:
    """Makes each `wait()` return no sooner than 1/rate seconds after the previous one returned."""

    def __init__(
        self,
        rate: float = MAX_SAFE_RATE,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive")
        self.interval = 1.0 / rate
        self._clock = clock
        self._sleep = sleep
        self._last: float | None = None
        self.slept = 0.0  # total seconds spent waiting, for the run summary

    def wait(self) -> None:
        now = self._clock()
        if self._last is not None:
            remaining = self._last + self.interval - now
            if remaining > 0:
                self.pause(remaining)
                now = self._clock()
        self._last = now

    def pause(self, seconds: float) -> None:
        self.slept += seconds
        self._sleep(seconds)


def retry_after_seconds(headers: Mapping[str, str], *, now: Callable[[], float] = time.time) -> float | None:
    """The delay a `Retry-After` header asks for (seconds or an HTTP date), or None when absent or unreadable."""
    raw = next((value for name, value in headers.items() if name.lower() == "retry-after"), None)
    if raw is None:
        return None
    raw = raw.strip()
    try:
        return max(0.0, float(raw))
    except ValueError:
        pass
    try:
        moment = parsedate_to_datetime(raw)
    except (TypeError, ValueError):
        return None
    return max(0.0, moment.timestamp() - now())


def check_rate(rate: float, *, unsafe: bool, host: str | None) -> str | None:
    """A one-line usage error for this rate, or None when it may be used."""
    if rate <= 0:
        return "--rate must be positive"
    if unsafe:
        # The fast rate exists for the test suite; it must never reach Blink.
        if host not in LOCAL_HOSTS:
            return "--unsafe-rate is only allowed with a --base-url on 127.0.0.1 or localhost"
        return None
    if rate > MAX_SAFE_RATE:
        return f"--rate must be at most {MAX_SAFE_RATE:g} request/s"
    return None
