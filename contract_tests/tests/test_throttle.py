"""Pacing: the interval between requests, Retry-After parsing and the rate limits of the command line."""

from __future__ import annotations

import pytest

from blink_contract.throttle import MAX_SAFE_RATE, Throttle, check_rate, retry_after_seconds


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def test_requests_are_spaced_one_second_apart_by_default() -> None:
    clock = FakeClock()
    throttle = Throttle(clock=clock, sleep=clock.sleep)
    throttle.wait()  # the first request goes at once
    clock.now += 0.25  # the request itself took a while
    throttle.wait()
    throttle.wait()
    assert clock.sleeps == pytest.approx([0.75, 1.0])
    assert throttle.slept == pytest.approx(1.75)


def test_a_slow_answer_needs_no_extra_wait() -> None:
    clock = FakeClock()
    throttle = Throttle(0.5, clock=clock, sleep=clock.sleep)
    throttle.wait()
    clock.now += 3
    throttle.wait()
    assert clock.sleeps == []


def test_rate_must_be_positive() -> None:
    with pytest.raises(ValueError, match="positive"):
        Throttle(0)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Retry-After": "7"}, 7.0),
        ({"retry-after": " 2.5 "}, 2.5),
        ({"Retry-After": "-3"}, 0.0),
        ({"Retry-After": "Wed, 21 Oct 2015 07:28:30 GMT"}, 30.0),
        ({"Retry-After": "soon"}, None),
        ({}, None),
    ],
)
def test_retry_after(headers: dict[str, str], expected: float | None) -> None:
    # 2015-10-21 07:28:00 UTC
    assert retry_after_seconds(headers, now=lambda: 1445412480.0) == expected


@pytest.mark.parametrize(
    ("rate", "unsafe", "host", "problem"),
    [
        (MAX_SAFE_RATE, False, None, None),
        (0.2, False, "rest-prod.immedia-semi.com", None),
        (1.5, False, "127.0.0.1", "at most 1"),
        (0, False, None, "positive"),
        (500, True, "127.0.0.1", None),
        (500, True, "localhost", None),
        (500, True, "rest-u011.immedia-semi.com", "only allowed"),
        (500, True, None, "only allowed"),
    ],
)
def test_check_rate(rate: float, unsafe: bool, host: str | None, problem: str | None) -> None:
    result = check_rate(rate, unsafe=unsafe, host=host)
    if problem is None:
        assert result is None
    else:
        assert result is not None and problem in result
