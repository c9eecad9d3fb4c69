"""A bounded soak of `blink-mock`: normal traffic mixed with every bad input the mock must refuse, for a fixed time,
then the mock's answers counted by status and its memory compared with its start.

Run from the repository root:

    .venv/bin/python benchmarks/soak_mock.py                 # 45 s, prints a Markdown report
    .venv/bin/python benchmarks/soak_mock.py --seconds 30

It starts `blink-mock` on a free local port and, at the same time:

- `--clients` threads (4) load normal requests on kept-alive connections, with the token of a password login of
  other@example.com: homescreen, networks, media, the version, and now and then an arm or disarm polled to its end
  (a 409 while another client's command runs is Blink's answer and expected);
- one thread cycles through bad requests: JSON nested 65 to 100,000 levels deep (in the whole body and inside
  known keys, to a login, the notification settings and the admin API), faults out of range (`1e20`, `1e400`,
  `"503"`, `[null]`), malformed JSON and UTF-8, bodies over 1 MiB, admin calls with a form content type, a foreign
  `Host` and a web page's `Origin`, and logins with new `unique_id`s (token and app-client churn);
- one thread abuses connections: a 50 MB header, an 8 MB URL, a deep body with requests pipelined behind it,
  connections that send headers slowly or nothing at all.

It fails (exit 1) when any answer is a 5xx, a normal request fails or gets an unexpected status, a bad input is
answered 2xx, a token of the other account stops working, the mock logs a traceback, or its resident memory after
the soak exceeds the start by more than `--max-growth-mb` (20). It is not part of `scripts/test`.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import httpx

LOCAL = "127.0.0.1"
DEMO_ACCOUNT = 22001
OTHER_NETWORK = 31002  # the other account's network in the embedded scenario
ACCOUNTS = {"demo": ("demo@example.com", "demo-password"), "other": ("other@example.com", "other-password")}
JSON_TYPE = {"content-type": "application/json"}


def nested(depth: int) -> bytes:
    return b"[" * depth + b"1" + b"]" * depth


@dataclass
class Tally:
    """Answers by (kind of request, status); a status of 0 is a connection the mock closed without an answer."""

    counts: Counter[tuple[str, int]] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, kind: str, status: int, expected: Callable[[int], bool]) -> None:
        with self.lock:
            self.counts[(kind, status)] += 1
            if (status >= 500 or not expected(status)) and len(self.problems) < 20:
                self.problems.append(f"{kind}: {status}")

    def total(self) -> int:
        return sum(self.counts.values())


def is_ok(status: int) -> bool:
    return 200 <= status < 300


def is_refusal(status: int) -> bool:
    return 400 <= status < 500


def refused_or_closed(status: int) -> bool:
    return status == 0 or 400 <= status < 500


# -- normal traffic ---------------------------------------------------------------------------------------------


def normal_client(base: str, auth: dict[str, str], account: int, stop: threading.Event, tally: Tally) -> None:
    paths = [
        f"/api/v3/accounts/{account}/homescreen",
        "/networks",
        f"/api/v1/accounts/{account}/media/changed?since=2020-01-01T00:00:00Z&page=1",
        "/api/v1/version",
    ]
    with httpx.Client(base_url=base, headers=auth, timeout=30) as http:
        index = 0
        while not stop.is_set():
            index += 1
            path = paths[index % len(paths)]
            kind = f"normal GET {path.split('?')[0]}"
            try:
                if index % 50 == 0:  # now and then a command, polled to its end as clients do (state that grows)
                    run_command(http, account, "arm" if index % 100 else "disarm", tally)
                    continue
                status = http.get(path).status_code
            except httpx.HTTPError as error:
                tally.add(f"{kind}: {type(error).__name__}", 0, lambda _: False)
                continue
            tally.add(kind, status, is_ok)


def run_command(http: httpx.Client, account: int, action: str, tally: Tally) -> None:
    # Several clients share the network: while another one's command runs, Blink answers 409 (busy).
    started = http.post(f"/api/v1/accounts/{account}/networks/{OTHER_NETWORK}/state/{action}")
    tally.add(f"normal POST .../state/{action}", started.status_code, lambda status: is_ok(status) or status == 409)
    if started.status_code != 200:
        return
    for _ in range(5):
        polled = http.get(f"/network/{OTHER_NETWORK}/command/{started.json()['id']}")
        tally.add("normal GET /network/{id}/command/{id}", polled.status_code, is_ok)
        if polled.status_code != 200 or polled.json().get("complete"):
            return


# -- bad requests -----------------------------------------------------------------------------------------------


Send = Callable[[httpx.Client], httpx.Response]


def bad_requests(demo_auth: dict[str, str]) -> list[tuple[str, Send]]:
    notifications = f"/api/v1/accounts/{DEMO_ACCOUNT}/notifications/configuration"

    def post(
        path: str, content: bytes, headers: dict[str, str] | None = None
    ) -> Callable[[httpx.Client], httpx.Response]:
        return lambda http: http.post(path, content=content, headers={**JSON_TYPE, **(headers or {})})

    def patch_faults(content: bytes) -> Send:
        return lambda http: http.patch("/__mock__/faults", content=content, headers=JSON_TYPE)

    cases: list[tuple[str, Send]] = []
    for depth in (65, 976, 2_000, 100_000):
        cases += [
            (f"deep JSON {depth} to login", post("/api/v5/account/login", nested(depth))),
            (
                f"deep JSON {depth} in a login key",
                post("/api/v5/account/login", b'{"email": ' + nested(depth) + b', "password": "x"}'),
            ),
            (
                f"deep JSON {depth} in notifications",
                post(notifications, b'{"notifications": {"motion": ' + nested(depth) + b"}}", demo_auth),
            ),
            (f"deep JSON {depth} to PATCH faults", patch_faults(nested(depth))),
            (f"deep JSON {depth} to POST clock", post("/__mock__/clock", b'{"seconds": ' + nested(depth) + b"}")),
        ]
    cases += [
        ("fault latency_ms 1e20", patch_faults(b'{"latency_ms": 1e20}')),
        ("fault lockout_seconds 1e400", patch_faults(b'{"lockout_seconds": 1e400}')),
        ('fault errors "503"', patch_faults(b'{"errors": "503"}')),
        ("fault blocked_hardware_ids [null]", patch_faults(b'{"blocked_hardware_ids": [null]}')),
        (
            "fault drift path of 40 segments",
            patch_faults(b'{"drift": [{"operation": "*", "kind": "remove_field", "path": "' + b"/a" * 40 + b'"}]}'),
        ),
        ("malformed JSON", post("/api/v5/account/login", b'{"email": ')),
        ("invalid UTF-8", post("/api/v5/account/login", b'{"email": "\xff\xfe"}')),
        ("body over 1 MiB", post("/api/v5/account/login", b'{"email": "' + b"a" * (1 << 21) + b'"}')),
        (
            "admin reset as a form",
            lambda http: http.post("/__mock__/reset", content=b"x=1", headers={"content-type": "text/plain"}),
        ),
        ("admin from a foreign Host", lambda http: http.get("/__mock__/state", headers={"host": "attacker.example"})),
        ("Blink path from a foreign Host", lambda http: http.get("/api/v1/version", headers={"host": "evil.example"})),
        (
            "admin from a web page",
            lambda http: http.post("/__mock__/clock", json={"seconds": 1}, headers={"origin": "https://evil.example"}),
        ),
    ]
    return cases


def bad_client(base: str, demo_auth: dict[str, str], stop: threading.Event, tally: Tally) -> None:
    cases = bad_requests(demo_auth)
    with httpx.Client(base_url=base, timeout=30) as http:
        index = 0
        while not stop.is_set():
            kind, send = cases[index % len(cases)]
            index += 1
            try:
                tally.add(kind, send(http).status_code, is_refusal)
            except httpx.HTTPError as error:
                tally.add(f"{kind}: {type(error).__name__}", 0, lambda _: False)
            if index % 5 == 0:  # token and app-client churn: a login of the demo account from a new device
                body = {"email": "demo@example.com", "password": "demo-password", "unique_id": str(uuid.uuid4())}
                tally.add("login from a new device", http.post("/api/v5/account/login", json=body).status_code, is_ok)


# -- abused connections -----------------------------------------------------------------------------------------


def statuses(sock: socket.socket, count: int) -> list[int]:
    """The statuses of up to `count` answers on the connection; fewer when the mock closes it first."""
    found: list[int] = []
    data = b""
    try:
        while len(found) < count:
            while b"\r\n\r\n" not in data:
                chunk = sock.recv(65536)
                if not chunk:
                    return found
                data += chunk
            head, _, data = data.partition(b"\r\n\r\n")
            lines = head.split(b"\r\n")
            length = next(
                (int(line.split(b":")[1]) for line in lines if line.lower().startswith(b"content-length:")), 0
            )
            while len(data) < length:
                chunk = sock.recv(65536)
                if not chunk:
                    return found
                data += chunk
            data = data[length:]
            found.append(int(lines[0].split(b" ", 2)[1]))
    except (ConnectionResetError, TimeoutError):
        pass
    return found


def raw(port: int, payload: Sequence[bytes], answers: int = 1) -> int:
    """Send `payload` on a new connection; the status of its last expected answer, 0 when the mock closed the
    connection before it (a refusal may also close the connection without an answer)."""
    with socket.create_connection((LOCAL, port), timeout=30) as sock:
        try:
            for part in payload:
                sock.sendall(part)
        except (BrokenPipeError, ConnectionResetError):
            pass
        found = statuses(sock, answers)
    return found[answers - 1] if len(found) == answers else 0


def connection_abuser(port: int, stop: threading.Event, tally: Tally) -> None:
    head = b"GET /api/v1/version HTTP/1.1\r\nHost: 127.0.0.1\r\n"
    deep = nested(100_000)
    login = b"POST /api/v5/account/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
    pipelined = login + b"Content-Length: %d\r\n\r\n" % len(deep) + deep + head + b"\r\n"
    megabyte = b"a" * (1 << 20)
    cases: list[tuple[str, Callable[[], int], Callable[[int], bool]]] = [
        ("raw: 50 MB header", lambda: raw(port, [head, b"X-Big: ", *[megabyte] * 50, b"\r\n\r\n"]), refused_or_closed),
        ("raw: 8 MB URL", lambda: raw(port, [b"GET /?", *[megabyte] * 8, b" HTTP/1.1\r\n\r\n"]), refused_or_closed),
        ("raw: a request pipelined behind a deep body", lambda: raw(port, [pipelined], answers=2), is_ok),
    ]
    index = 0
    while not stop.is_set():
        kind, run, expected = cases[index % len(cases)]
        index += 1
        tally.add(kind, run(), expected)


def slow_connections(port: int, stop: threading.Event, tally: Tally) -> None:
    """Batches of ten connections that trickle headers and ten that send nothing: the mock must close each (after
    its header timeout, 10 s)."""
    while not stop.is_set():
        slow = [socket.create_connection((LOCAL, port), timeout=30) for _ in range(10)]
        silent = [socket.create_connection((LOCAL, port), timeout=30) for _ in range(10)]
        for sock in slow:
            sock.sendall(b"GET /api/v1/version HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        for sock in slow + silent:
            sock.setblocking(False)
        started = time.monotonic()
        waiting = {sock: "raw: slow headers" if sock in slow else "raw: silent connection" for sock in slow + silent}
        while waiting and time.monotonic() - started < 30:
            time.sleep(0.5)
            for sock, kind in list(waiting.items()):
                if kind == "raw: slow headers":
                    with contextlib.suppress(OSError):
                        sock.send(b"X: y\r\n")  # a header every half second, never the blank line
                try:
                    data = sock.recv(4096)
                except BlockingIOError:
                    continue
                except OSError:
                    data = b""
                tally.add(kind, int(data.split(b" ", 2)[1]) if data.startswith(b"HTTP/1.1 ") else 0, refused_or_closed)
                del waiting[sock]
                sock.close()
        for sock in waiting:
            tally.add("raw: a connection never closed", 0, lambda _: False)
            sock.close()


# -- the run ----------------------------------------------------------------------------------------------------


class SoakError(RuntimeError):
    """A reason the soak cannot run, printed as one line."""


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--seconds", type=float, default=45.0, help="how long to soak (default: %(default)s)")
    parser.add_argument("--clients", type=int, default=4, help="threads of normal traffic (default: %(default)s)")
    parser.add_argument("--max-growth-mb", type=float, default=20.0, help="allowed RSS growth (default: %(default)s)")
    args = parser.parse_args(argv)
    try:
        return soak(args.seconds, args.clients, args.max_growth_mb)
    except (SoakError, OSError, httpx.HTTPError) as error:
        print(f"soak_mock: {error}", file=sys.stderr)
        return 2


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((LOCAL, 0))
        port: int = sock.getsockname()[1]
        return port


def start_mock(port: int, log: Path) -> subprocess.Popen[bytes]:
    script = Path(sys.executable).with_name("blink-mock")
    if not script.exists():
        raise SoakError(f"{script} is missing: install the project first (scripts/bootstrap)")
    with log.open("wb") as output:
        process = subprocess.Popen(
            [str(script), "--host", LOCAL, "--port", str(port)],
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    give_up = time.monotonic() + 30
    while time.monotonic() < give_up:
        if process.poll() is not None:
            raise SoakError(f"blink-mock exited with {process.returncode}: {log.read_text(errors='replace')[-400:]}")
        try:
            httpx.get(f"http://{LOCAL}:{port}/api/v1/version", timeout=1)
            return process
        except httpx.TransportError:
            time.sleep(0.05)
    stop_mock(process)
    raise SoakError("blink-mock answered nothing within 30 s")


def stop_mock(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def rss_mb(pid: int) -> float:
    found = re.search(r"^VmRSS:\s+(\d+) kB", Path(f"/proc/{pid}/status").read_text(), re.MULTILINE)
    return int(found.group(1)) / 1024 if found else 0.0


def log_in(base: str, account: str) -> tuple[int, dict[str, str]]:
    """A password login's token (sent as TOKEN_AUTH) of the account's own app, and the account id."""
    email, password = ACCOUNTS[account]
    answer = httpx.post(f"{base}/api/v5/account/login", json={"email": email, "password": password}, timeout=10)
    if answer.status_code != 200:
        raise SoakError(f"cannot log in as {email}: {answer.status_code} {answer.text[:200]}")
    body = answer.json()
    return int(body["account"]["account_id"]), {"TOKEN_AUTH": body["auth"]["token"]}


def soak(seconds: float, clients: int, max_growth_mb: float) -> int:
    with tempfile.TemporaryDirectory() as scratch:
        port = free_port()
        base = f"http://{LOCAL}:{port}"
        log = Path(scratch) / "mock.log"
        process = start_mock(port, log)
        try:
            account, auth = log_in(base, "other")
            _, demo_auth = log_in(base, "demo")
            # A warm-up, so that the start figure is the mock serving, not the mock just started.
            with httpx.Client(base_url=base, headers=auth) as http:
                for _ in range(2_000):
                    http.get(f"/api/v3/accounts/{account}/homescreen")
            time.sleep(1)
            rss_start = peak = rss_mb(process.pid)
            tally, stop = Tally(), threading.Event()
            threads = [
                threading.Thread(target=normal_client, args=(base, auth, account, stop, tally)) for _ in range(clients)
            ]
            threads += [
                threading.Thread(target=bad_client, args=(base, demo_auth, stop, tally)),
                threading.Thread(target=connection_abuser, args=(port, stop, tally)),
                threading.Thread(target=slow_connections, args=(port, stop, tally)),
            ]
            started = time.monotonic()
            for thread in threads:
                thread.start()
            while time.monotonic() - started < seconds:
                time.sleep(0.5)
                peak = max(peak, rss_mb(process.pid))
            stop.set()
            for thread in threads:
                thread.join(timeout=60)
            took = time.monotonic() - started
            time.sleep(2)
            rss_end = rss_mb(process.pid)
            # The other account's token, issued before the demo account's churn, must still work.
            other_still = httpx.get(f"{base}/networks", headers=auth, timeout=10).status_code
        finally:
            stop_mock(process)
        output = log.read_text(errors="replace")
    return report(tally, seconds, took, clients, (rss_start, peak, rss_end), max_growth_mb, other_still, output)


def report(
    tally: Tally,
    seconds: float,
    took: float,
    clients: int,
    rss: tuple[float, float, float],
    max_growth_mb: float,
    other_still: int,
    log: str,
) -> int:
    rss_start, peak, rss_end = rss
    failures = list(tally.problems)
    errors_5xx = sum(count for (_, status), count in tally.counts.items() if status >= 500)
    if errors_5xx:
        failures.insert(0, f"{errors_5xx} answers were 5xx")
    if other_still != 200:
        failures.append(f"the other account's token got {other_still} after the soak")
    tracebacks = log.count("Traceback") + log.count("Exception in ASGI application")
    if tracebacks:
        failures.append(f"the mock logged {tracebacks} tracebacks")
    if rss_end - rss_start > max_growth_mb:
        failures.append(f"RSS grew by {rss_end - rss_start:.1f} MB (bound {max_growth_mb:.0f} MB)")
    lines = [
        "## Soak: normal traffic mixed with bad input",
        "",
        f"- Command: `.venv/bin/python benchmarks/soak_mock.py --seconds {seconds:g}` ({clients} normal clients,"
        " one bad-request client, one connection abuser, batches of 20 slow or silent connections).",
        f"- {tally.total():,} requests in {took:.1f} s; 5xx answers: {errors_5xx};"
        f" tracebacks in the mock's log: {tracebacks}.",
        f"- RSS: {rss_start:.1f} MB at the start, {peak:.1f} MB at the peak, {rss_end:.1f} MB after"
        f" ({rss_end - rss_start:+.1f} MB; bound {max_growth_mb:.0f} MB).",
        f"- The other account's token after the churn: {other_still}.",
        "",
        "| request | status | count |",
        "|---|---:|---:|",
    ]
    for (kind, status), count in sorted(tally.counts.items()):
        lines.append(f"| {kind} | {status or 'closed'} | {count:,} |")
    lines += ["", "Result: " + ("**failed**: " + "; ".join(failures) if failures else "passed"), ""]
    print("\n".join(lines))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
