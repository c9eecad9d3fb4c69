"""What every era driver shares: the mock and the account from the environment, and the report.

A driver runs one unmodified client, in that client's own environment (`python -m eras.drive_...` with the
folder above this one on PYTHONPATH), through the six steps of the matrix. It prints one JSON line per step:
`{"step", "offered", "ok", "detail", "exchanges": [{method, path, status, body}], "said": [...]}` where
`exchanges` are the HTTP requests the client sent while the step ran, as its HTTP library saw them (the body only
for JSON and text answers, cut short), and `said` what the client logged at WARNING and above. A step that
cannot run because login or start failed is reported, not run, with the reason.

Only the standard library here: this module is imported by every client's environment.

Environment: ERA_MOCK_PORT and ERA_MOCK_CA (the mock's local TLS port and the PEM of the CA that signed its
certificate for Blink's hosts), ERA_EMAIL, ERA_PASSWORD, ERA_CODE (the account and the code its 2FA or PIN sends),
ERA_WORKDIR (a folder the step may write clips to).
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
import traceback
from collections.abc import Awaitable, Callable
from typing import Any

STEPS = ("login", "start", "arm", "disarm", "snapshot", "clips")
# Without these two nothing else can run: the client holds no token, or no network and camera.
ESSENTIAL = ("login", "start")
BODY_EXCERPT = 300
# Blink's hosts, the only ones a driver connects to (to the mock): the REST hosts and the OAuth host.
BLINK_HOST = re.compile(r"(^|\.)immedia-semi\.com$|^api\.oauth\.blink\.com$", re.IGNORECASE)
JPEG_START = b"\xff\xd8\xff"


def setting(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise SystemExit(f"{sys.argv[0]}: set {name}")
    return value


MOCK_PORT = int(setting("ERA_MOCK_PORT"))
MOCK_CA = setting("ERA_MOCK_CA")
EMAIL = setting("ERA_EMAIL")
PASSWORD = setting("ERA_PASSWORD")
CODE = setting("ERA_CODE")
WORKDIR = setting("ERA_WORKDIR")


def is_blink_host(host: str) -> bool:
    return BLINK_HOST.search(host) is not None


class Failed(Exception):
    """A step's check that did not hold: the message says what the client showed."""


def check(condition: object, message: str) -> None:
    if not condition:
        raise Failed(message)


def is_jpeg(data: bytes | None) -> bool:
    return data is not None and data[:3] == JPEG_START


def is_mp4(data: bytes) -> bool:
    return data[4:8] == b"ftyp"


def excerpt(body: str | None) -> str | None:
    if body is None:
        return None
    line = " ".join(body.split())
    return line if len(line) <= BODY_EXCERPT else line[:BODY_EXCERPT] + "..."


class Said(logging.Handler):
    """What the client logs at WARNING and above, kept for the step that runs."""

    def __init__(self, report: Report) -> None:
        super().__init__(logging.WARNING)
        self.report = report

    def emit(self, record: logging.LogRecord) -> None:
        self.report.said.append(f"{record.levelname} {record.name}: {record.getMessage()}")


class Report:
    """The steps of one run, printed as they finish."""

    def __init__(self, logger: str) -> None:
        self.exchanges: list[dict[str, Any]] = []
        self.said: list[str] = []
        self.stopped: str | None = None
        self.reported: list[str] = []
        self.all_ok = True
        logging.getLogger(logger).addHandler(Said(self))
        logging.getLogger(logger).setLevel(logging.INFO)

    def exchange(self, method: str, url: str, status: int | None, body: str | None) -> None:
        path = re.sub(r"^https?://[^/]+", "", url)
        self.exchanges.append({"method": method, "path": path, "status": status, "body": excerpt(body)})

    def step(self, name: str, action: Callable[[], str]) -> bool:
        """Run a step whose action returns what it saw, or raises (Failed for a check that did not hold)."""
        if self.stopped is not None:
            return self._emit(name, False, f"not run: {self.stopped}")
        try:
            detail = action()
        except Exception as error:  # the client's own exceptions are its visible failure
            return self._failed(name, error)
        return self._emit(name, True, detail)

    async def astep(self, name: str, action: Callable[[], Awaitable[str]]) -> bool:
        if self.stopped is not None:
            return self._emit(name, False, f"not run: {self.stopped}")
        try:
            detail = await action()
        except Exception as error:
            return self._failed(name, error)
        return self._emit(name, True, detail)

    def not_offered(self, name: str, why: str) -> None:
        self._emit(name, False, why, offered=False)

    def finish(self) -> int:
        """Report the steps never reached; the exit status is 0 only when every offered step passed."""
        for name in STEPS:
            if name not in self.reported:
                self._emit(name, False, f"not run: {self.stopped or 'the driver stopped before it'}")
        return 0 if self.all_ok else 1

    def _failed(self, name: str, error: Exception) -> bool:
        if isinstance(error, Failed):
            detail = str(error)
        else:
            # The exception and where the client raised it: what a user of the client would see.
            frame = traceback.extract_tb(error.__traceback__)[-1]
            where = f"{os.path.basename(frame.filename)}:{frame.lineno}"
            detail = f"{type(error).__module__}.{type(error).__qualname__} at {where}: {error}"
        if name in ESSENTIAL:
            self.stopped = f"{name} failed"
        return self._emit(name, False, detail)

    def _emit(self, name: str, ok: bool, detail: str, offered: bool = True) -> bool:
        assert name in STEPS and name not in self.reported, name
        line = {
            "step": name,
            "offered": offered,
            "ok": ok,
            "detail": detail,
            "exchanges": self.exchanges,
            "said": self.said,
        }
        print(json.dumps(line), flush=True)
        self.reported.append(name)
        self.all_ok = self.all_ok and (ok or not offered)
        self.exchanges, self.said = [], []
        return ok
