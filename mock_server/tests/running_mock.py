"""Start `blink-mock` as a real subprocess on a free port, for the tests that need a listening server."""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

BLINK_MOCK = Path(sys.executable).with_name("blink-mock")
# Only a safety net against a hung start-up; the tests assert nothing about how long start-up takes.
GIVE_UP_AFTER_SECONDS = 60.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def run_blink_mock(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run blink-mock to completion (for arguments that make it exit)."""
    return subprocess.run([str(BLINK_MOCK), *args], capture_output=True, text=True, timeout=timeout, check=False)


def stop_process(process: subprocess.Popen[Any], timeout: float = 10) -> None:
    """Terminate, and kill what does not stop within `timeout` seconds."""
    process.terminate()
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@dataclass
class MockProcess:
    base_url: str
    port: int
    process: subprocess.Popen[str]
    log: Any  # the file holding its stdout and stderr

    def output(self) -> str:
        self.log.seek(0)
        text: str = self.log.read()
        return text

    def rss_kib(self) -> int:
        """Resident memory of the process (VmRSS), in KiB."""
        status = Path(f"/proc/{self.process.pid}/status").read_text()
        return int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:")))


@contextmanager
def mock_process(*args: str, scheme: str = "http", verify: Any = True) -> Iterator[MockProcess]:
    """A blink-mock on a free port (bound to 127.0.0.1 unless `args` say otherwise), answering; stopped after."""
    assert BLINK_MOCK.exists(), f"{BLINK_MOCK} is missing: install the project (scripts/bootstrap)"
    port = free_port()
    base_url = f"{scheme}://127.0.0.1:{port}"
    with tempfile.TemporaryFile("w+") as log:
        command = [str(BLINK_MOCK), "--port", str(port), "--log-level", "warning", *args]
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, text=True)
        try:
            _wait_until_answering(process, base_url, verify, log)
            yield MockProcess(base_url, port, process, log)
        finally:
            stop_process(process)


@contextmanager
def running_mock(*args: str, scheme: str = "http", verify: Any = True) -> Iterator[str]:
    """A blink-mock on 127.0.0.1 and a free port, answering; yields its base URL and stops it afterwards."""
    with mock_process(*args, scheme=scheme, verify=verify) as mock:
        yield mock.base_url


def _wait_until_answering(process: subprocess.Popen[str], base_url: str, verify: Any, log: Any) -> None:
    give_up = time.monotonic() + GIVE_UP_AFTER_SECONDS
    with httpx.Client(base_url=base_url, verify=verify, timeout=5) as http:
        while True:
            if process.poll() is not None:
                log.seek(0)
                raise AssertionError(f"blink-mock exited with {process.returncode}:\n{log.read()}")
            try:
                http.get("/api/v1/version")
                return
            except httpx.TransportError:
                if time.monotonic() > give_up:
                    raise
                time.sleep(0.05)
