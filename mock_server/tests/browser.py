"""Headless Chromium driven over the DevTools protocol, for the tests of /docs: it runs the page's scripts, can
click, and records every URL the page requests."""

from __future__ import annotations

import json
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from running_mock import stop_process
from websockets.sync.client import ClientConnection, connect

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",  # tests may run as root, where Chromium's sandbox refuses to start
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--remote-debugging-port=0",  # Chromium picks a free port and writes it to DevToolsActivePort
]
# Only a safety net against a hung browser; the tests assert nothing about how long rendering takes.
GIVE_UP_AFTER_SECONDS = 60.0


class Page:
    """One browser tab: `goto` a URL, `evaluate` JavaScript in it, `wait_for` a condition, `click`; `requested`
    holds every URL the page asked for since the tab was opened, and `exceptions` what its scripts threw."""

    def __init__(self, socket: ClientConnection) -> None:
        self.socket = socket
        self.requested: list[str] = []
        self.exceptions: list[str] = []  # uncaught, in the page's scripts
        self._next_id = 0
        self.send("Network.enable")
        self.send("Runtime.enable")
        self.send("Page.enable")

    def send(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        self._next_id += 1
        self.socket.send(json.dumps({"id": self._next_id, "method": method, "params": params or {}}))
        while True:
            message = json.loads(self.socket.recv(timeout=GIVE_UP_AFTER_SECONDS))
            if message.get("id") == self._next_id:
                if "error" in message:
                    raise AssertionError(f"{method}: {message['error']}")
                result: dict[str, Any] = message["result"]
                return result
            self._event(message)

    def _event(self, message: dict[str, Any]) -> None:
        params = message.get("params", {})
        if message.get("method") == "Network.requestWillBeSent":
            self.requested.append(params["request"]["url"])
        elif message.get("method") == "Runtime.exceptionThrown":
            details = params["exceptionDetails"]
            self.exceptions.append(str(details.get("exception", {}).get("description", details.get("text"))))

    def goto(self, url: str) -> None:
        self.send("Page.navigate", {"url": url})

    def evaluate(self, expression: str) -> Any:
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in result:
            raise AssertionError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression: str, what: str) -> Any:
        """The value of `expression` once it is truthy (polled while the page renders)."""
        give_up = time.monotonic() + GIVE_UP_AFTER_SECONDS
        while True:
            try:
                value = self.evaluate(expression)
            except AssertionError:  # the page is between documents
                value = None
            if value:
                return value
            if time.monotonic() > give_up:
                raise AssertionError(f"gave up waiting for {what}; exceptions in the page: {self.exceptions}")
            time.sleep(0.1)

    def click(self, selector: str) -> None:
        clicked = self.evaluate(f"(e => e ? (e.click(), true) : false)(document.querySelector({json.dumps(selector)}))")
        assert clicked, f"nothing matches {selector}"


@contextmanager
def chromium_page(profile: Path) -> Iterator[Page]:
    if not CHROMIUM.exists():
        pytest.fail(
            f"{CHROMIUM} is missing: run scripts/install-chromium (scripts/test does) to install Debian's chromium"
        )
    profile.mkdir(parents=True, exist_ok=True)
    browser = subprocess.Popen(
        [str(CHROMIUM), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "about:blank"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        port = _devtools_port(profile / "DevToolsActivePort", browser)
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10) as devtools:
            target = devtools.put("/json/new?about:blank").raise_for_status().json()
        with connect(target["webSocketDebuggerUrl"], max_size=None, open_timeout=10) as socket:
            yield Page(socket)
    finally:
        stop_process(browser)


def _devtools_port(path: Path, browser: subprocess.Popen[bytes]) -> int:
    give_up = time.monotonic() + GIVE_UP_AFTER_SECONDS
    while True:
        if path.exists() and (lines := path.read_text().splitlines()):
            return int(lines[0])
        if browser.poll() is not None:
            raise AssertionError(f"chromium exited with {browser.returncode} before it listened")
        if time.monotonic() > give_up:
            raise AssertionError("chromium did not open its DevTools port")
        time.sleep(0.05)
