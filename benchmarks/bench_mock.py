"""Speed and size of the mock against a bare Starlette app and Prism 5.16, in one run: startup, homescreen load,
and memory.

Run from the repository root:

    .venv/bin/python benchmarks/bench_mock.py            # prints a Markdown report
    .venv/bin/python benchmarks/bench_mock.py --write    # also writes benchmarks/results.md

What it does, in order:
1. starts the mock (`blink-mock`, one uvicorn worker) a few times and measures the time from spawning the process
   to the first answered HTTP request;
2. logs in over HTTP as other@example.com with the project's BlinkSession (the OAuth flow) to get a real token;
3. loads `GET /api/v3/accounts/{account_id}/homescreen` with 50 connections for 10 s (after a short warm-up) with
   wrk, or with autocannon through npx when wrk is not installed, and records requests/s, p50 and p99;
4. captures the bytes and headers of that homescreen from the mock and serves them from a bare Starlette app on
   the same uvicorn (`bare_app.py`), loaded the same way: the ceiling for any Starlette app on this machine;
5. starts Prism 5.16 through npx on the same spec and loads the same request the same way (Prism accepts any
   token, but it needs the header);
6. sends 100,000 more homescreen requests to the mock and reads its resident memory (VmRSS), then another
   100,000 and reads it again: bounded state means the second figure is no larger than the first, give or take
   allocator noise.

Only one server is loaded at a time. It installs nothing. wrk is a Debian package (`apt-get install -y wrk`);
Prism and autocannon come through npx.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.util
import json
import math
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import httpx

from blink_session import BlinkError, BlinkSession

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "spec" / "blink.openapi.yaml"
RESULTS = Path(__file__).with_name("results.md")
PRISM = "@stoplight/prism-cli@5.16.0"
AUTOCANNON = "autocannon@9.0.0"
EMAIL, PASSWORD = "other@example.com", "other-password"
LOCAL = "127.0.0.1"

# The targets.
MIN_THROUGHPUT_RATIO = 3.0
MIN_CEILING_RATIO = 0.6  # of a bare Starlette app on the same uvicorn answering the same bytes
MAX_P99_RATIO = 1 / 3
MAX_STARTUP_SECONDS = 1.0
MAX_RSS_MB = 150.0
# Growth between the two 100k rounds that still counts as flat (allocator and cache noise).
FLAT_RSS_MB = 5.0


class BenchError(RuntimeError):
    """A reason the benchmark cannot go on, printed as one line."""


@dataclass
class Load:
    target: str
    requests: int
    seconds: float
    rps: float
    p50_ms: float
    p99_ms: float
    bad_responses: int
    socket_errors: int


# -- processes --------------------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((LOCAL, 0))
        port: int = sock.getsockname()[1]
        return port


class Server:
    """A server process in its own session, so that it and its children (npx -> node) stop together."""

    def __init__(self, name: str, argv: Sequence[str], port: int, log: Path) -> None:
        self.name = name
        self.port = port
        self.base = f"http://{LOCAL}:{port}"
        self.log = log
        self._log_file = log.open("wb")
        self.started_at = time.perf_counter()
        self.proc = subprocess.Popen(
            list(argv),
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            stdout=self._log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def wait_answered(self, path: str, timeout: float) -> float:
        """Seconds from spawning the process to its first answered request (any status counts)."""
        deadline = self.started_at + timeout
        with httpx.Client(timeout=1.0) as client:
            while time.perf_counter() < deadline:
                if self.proc.poll() is not None:
                    tail = self.log.read_text(errors="replace")[-800:]
                    raise BenchError(f"{self.name} exited with {self.proc.returncode}: {tail.strip()}")
                try:
                    client.get(self.base + path)
                except httpx.TransportError:
                    time.sleep(0.005)
                    continue
                return time.perf_counter() - self.started_at
        raise BenchError(f"{self.name} answered nothing within {timeout:.0f} s (log: {self.log})")

    def rss_mb(self) -> float:
        """Resident memory of the process and its descendants, from /proc/<pid>/status VmRSS."""
        total_kb = 0
        for pid in _process_tree(self.proc.pid):
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue
            match = re.search(r"^VmRSS:\s+(\d+) kB", status, re.MULTILINE)
            total_kb += int(match.group(1)) if match else 0
        return total_kb / 1024

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        self._log_file.close()


def _process_tree(pid: int) -> list[int]:
    pids = [pid]
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        for child in task.read_text().split():
            pids.extend(_process_tree(int(child)))
    return pids


def mock_argv(port: int) -> list[str]:
    script = Path(sys.executable).with_name("blink-mock")
    if not script.exists():
        raise BenchError(f"{script} is missing: install the project first (scripts/bootstrap)")
    return [str(script), "--host", LOCAL, "--port", str(port)]


def bare_argv(port: int, body: Path, headers: dict[str, str]) -> list[str]:
    argv = [sys.executable, str(Path(__file__).with_name("bare_app.py")), "--host", LOCAL, "--port", str(port)]
    argv += ["--body", str(body)]
    for name, value in headers.items():
        argv += ["--header", f"{name}:{value}"]
    return argv


def capture(url: str, headers: dict[str, str], into: Path) -> dict[str, str]:
    """Store the body of the mock's answer in `into`; returns the headers a bare app should send with it."""
    response = httpx.get(url, headers=headers, timeout=10)
    into.write_bytes(response.content)
    kept = ("content-type", "client-id", "user-id")
    return {name: response.headers[name] for name in kept if name in response.headers}


def prism_argv(port: int) -> list[str]:
    npx = shutil.which("npx")
    if npx is None:
        raise BenchError("npx is missing: Prism needs Node.js and npm (apt-get install -y nodejs npm)")
    return [npx, "--yes", PRISM, "mock", str(SPEC), "-p", str(port), "-h", LOCAL]


# -- logging in -------------------------------------------------------------------------------------------------


def log_in(base: str) -> tuple[int, dict[str, str]]:
    """A real token for other@example.com (no 2FA), got the way a client gets one: the project's BlinkSession
    runs the OAuth flow against the mock. Returns the account id and the header that carries the token."""
    with tempfile.TemporaryDirectory() as scratch:
        try:
            with BlinkSession(base_url=base, token_file=Path(scratch) / "token.json") as session:
                session.login(EMAIL, PASSWORD)
                return session.account_id, {"Authorization": f"Bearer {session.client.token}"}
        except BlinkError as error:
            raise BenchError(f"cannot log in to the mock: {error}") from None


# -- load -------------------------------------------------------------------------------------------------------


def load_tool() -> str:
    if shutil.which("wrk"):
        return "wrk"
    if shutil.which("npx"):
        return "autocannon"
    raise BenchError("neither wrk nor npx is installed: apt-get install -y wrk (or nodejs npm for autocannon)")


def run_load(
    tool: str, target: str, url: str, headers: dict[str, str], connections: int, seconds: int, amount: int = 0
) -> Load:
    """Load one URL for `seconds`, or (autocannon only) until `amount` responses when amount > 0."""
    if tool == "wrk":
        return _run_wrk(target, url, headers, connections, seconds)
    return _run_autocannon(target, url, headers, connections, seconds, amount)


def serve_at_least(
    tool: str, url: str, headers: dict[str, str], connections: int, amount: int, rps_estimate: float
) -> int:
    """Send at least `amount` requests; wrk runs only for a time, so it runs for the time they should take."""
    served = 0
    while served < amount:
        seconds = max(1, math.ceil((amount - served) / max(rps_estimate, 1.0)))
        batch = run_load(tool, "the mock", url, headers, connections, seconds, amount=amount - served)
        if batch.bad_responses or batch.socket_errors:
            raise BenchError(f"memory round had {batch.bad_responses} bad responses, {batch.socket_errors} errors")
        served += batch.requests
        rps_estimate = batch.rps
    return served


def _run_wrk(target: str, url: str, headers: dict[str, str], connections: int, seconds: int) -> Load:
    argv = ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "10s"]
    for name, value in headers.items():
        argv += ["-H", f"{name}: {value}"]
    out = subprocess.run([*argv, url], capture_output=True, text=True, check=True, timeout=seconds + 60).stdout
    total = re.search(r"(\d+) requests in ([\d.]+)(\w+)", out)
    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    p50 = re.search(r"^\s+50%\s+([\d.]+)(\w+)", out, re.MULTILINE)
    p99 = re.search(r"^\s+99%\s+([\d.]+)(\w+)", out, re.MULTILINE)
    if not (total and rps and p50 and p99):
        raise BenchError(f"cannot read wrk's output: {out!r}")
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    return Load(
        target=target,
        requests=int(total.group(1)),
        seconds=_ms(total.group(2), total.group(3)) / 1000,
        rps=float(rps.group(1)),
        p50_ms=_ms(p50.group(1), p50.group(2)),
        p99_ms=_ms(p99.group(1), p99.group(2)),
        bad_responses=int(bad.group(1)) if bad else 0,
        socket_errors=sum(int(g) for g in errors.groups()) if errors else 0,
    )


def _ms(value: str, unit: str) -> float:
    scale = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}
    if unit not in scale:
        raise BenchError(f"unknown time unit {unit!r} in wrk's output")
    return float(value) * scale[unit]


def _run_autocannon(
    target: str, url: str, headers: dict[str, str], connections: int, seconds: int, amount: int
) -> Load:
    npx = shutil.which("npx") or "npx"
    argv = [npx, "--yes", AUTOCANNON, "-j", "-c", str(connections)]
    argv += ["-a", str(amount)] if amount else ["-d", str(seconds)]
    for name, value in headers.items():
        argv += ["-H", f"{name}={value}"]
    done = subprocess.run([*argv, url], capture_output=True, text=True, check=True, timeout=seconds + 600)
    report = json.loads(done.stdout)
    return Load(
        target=target,
        requests=int(report["requests"]["total"]),
        seconds=float(report["duration"]),
        rps=float(report["requests"]["average"]),
        p50_ms=float(report["latency"]["p50"]),
        p99_ms=float(report["latency"]["p99"]),
        bad_responses=int(report.get("non2xx", 0)),
        socket_errors=int(report.get("errors", 0)) + int(report.get("timeouts", 0)),
    )


def check_answer(url: str, headers: dict[str, str], target: str) -> None:
    response = httpx.get(url, headers=headers, timeout=10)
    if response.status_code != 200 or not response.headers.get("content-type", "").startswith("application/json"):
        raise BenchError(f"{target} answered {response.status_code} {response.text[:200]!r} to the homescreen")


# -- the run ----------------------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=10, help="length of each throughput run")
    parser.add_argument("--warmup", type=int, default=2, help="seconds of load before each measured run")
    parser.add_argument("--startups", type=int, default=3, help="how many times to measure startup")
    parser.add_argument("--memory-requests", type=int, default=100_000, help="requests per memory round")
    parser.add_argument("--skip-prism", action="store_true", help="measure the mock alone")
    parser.add_argument("--write", action="store_true", help=f"also write the report to {RESULTS.name}")
    args = parser.parse_args(argv)
    logs = Path(tempfile.mkdtemp(prefix="blink-bench-"))
    try:
        report = run(args, logs)
    except BenchError as error:
        print(f"benchmark failed: {error}", file=sys.stderr)
        return 1
    except subprocess.CalledProcessError as error:
        print(f"benchmark failed: {error.cmd[0]} exited {error.returncode}: {error.stderr[-500:]}", file=sys.stderr)
        return 1
    print(report)
    if args.write:
        RESULTS.write_text(report)
    return 0


def run(args: argparse.Namespace, logs: Path) -> str:
    tool = load_tool()
    lines: list[str] = []

    def say(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    # 1. Startup to the first answered request.
    startups: list[float] = []

    for attempt in range(args.startups):
        port = free_port()
        server = Server("the mock", mock_argv(port), port, logs / f"mock-startup-{attempt}.log")
        try:
            startups.append(server.wait_answered("/api/v3/accounts/1/homescreen", timeout=30))
        finally:
            server.stop()
    say(f"startup: {', '.join(f'{s:.3f}' for s in startups)} s")

    # 2-3. The mock under load.
    port = free_port()
    mock = Server("the mock", mock_argv(port), port, logs / "mock.log")
    try:
        mock.wait_answered("/api/v3/accounts/1/homescreen", timeout=30)
        rss_start = mock.rss_mb()
        account_id, headers = log_in(mock.base)
        path = f"/api/v3/accounts/{account_id}/homescreen"
        check_answer(mock.base + path, headers, "the mock")
        if args.warmup:
            run_load(tool, "the mock", mock.base + path, headers, args.connections, args.warmup)
        mock_load = run_load(tool, "the mock", mock.base + path, headers, args.connections, args.seconds)
        say(f"mock: {mock_load}")

        # 4. The ceiling: a bare Starlette app on the same uvicorn, answering the bytes the mock just served.
        body_file = logs / "homescreen.json"
        bare_headers = capture(mock.base + path, headers, body_file)
        bare_port = free_port()
        bare = Server("the bare app", bare_argv(bare_port, body_file, bare_headers), bare_port, logs / "bare.log")
        try:
            bare.wait_answered(path, timeout=30)
            check_answer(bare.base + path, headers, "the bare app")
            if args.warmup:
                run_load(tool, "the bare app", bare.base + path, headers, args.connections, args.warmup)
            bare_load = run_load(tool, "the bare app", bare.base + path, headers, args.connections, args.seconds)
            say(f"bare app: {bare_load}")
        finally:
            bare.stop()

        # 5. Prism on the same spec and the same request, while the mock idles.
        prism_load: Load | None = None
        prism_startup = 0.0
        if not args.skip_prism:
            prism_port = free_port()
            prism = Server("Prism", prism_argv(prism_port), prism_port, logs / "prism.log")
            try:
                prism_startup = prism.wait_answered(path, timeout=180)
                say(f"prism answered after {prism_startup:.1f} s")
                check_answer(prism.base + path, headers, "Prism")
                if args.warmup:
                    run_load(tool, "Prism", prism.base + path, headers, args.connections, args.warmup)
                prism_load = run_load(tool, "Prism", prism.base + path, headers, args.connections, args.seconds)
                say(f"prism: {prism_load}")
            finally:
                prism.stop()

        # 6. Memory after two more rounds of homescreen requests.
        served = mock_load.requests
        rounds: list[tuple[int, float]] = []
        for _ in range(2):
            count = serve_at_least(
                tool, mock.base + path, headers, args.connections, args.memory_requests, mock_load.rps
            )
            served += count
            rounds.append((count, mock.rss_mb()))
            say(f"memory round: {count} requests, RSS {rounds[-1][1]:.1f} MB")
    finally:
        mock.stop()

    # The report.
    for load in (mock_load, bare_load, prism_load):
        if load is not None and (load.bad_responses or load.socket_errors):
            raise BenchError(
                f"{load.target}: {load.bad_responses} non-2xx responses, {load.socket_errors} socket errors"
            )
    when = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines += [
        f"## Benchmark: GET /api/v3/accounts/{{account_id}}/homescreen, {args.connections} connections",
        "",
        f"- Command: `.venv/bin/python benchmarks/bench_mock.py{' --write' if args.write else ''}`",
        f"- Measured {when} on {machine()}.",
        f"- Mock: `blink-mock`, one uvicorn worker ({server_stack()}).",
        "- Bare app: `benchmarks/bare_app.py`, a minimal Starlette app on the same uvicorn, answering the bytes and "
        "headers of the mock's homescreen, captured from the mock in this run.",
        f"- Prism: `npx {PRISM} mock spec/blink.openapi.yaml` on Node {node()}.",
        f"- Load: {tool_version(tool)}, {args.seconds} s per target after a {args.warmup} s warm-up, "
        "one target at a time on the same machine.",
        "",
        "| target | startup | requests/s | p50 | p99 | requests |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    rows: list[tuple[Load | None, float | None]] = [
        (mock_load, statistics.median(startups)),
        (bare_load, None),
        (prism_load, prism_startup),
    ]
    for load, started in rows:
        if load is not None:
            startup_cell = "" if started is None else f"{started * 1000:,.0f} ms"
            lines.append(
                f"| {load.target} | {startup_cell} | {load.rps:,.0f} | {load.p50_ms:.2f} ms "
                f"| {load.p99_ms:.2f} ms | {load.requests:,} |"
            )
    lines.append("")
    checks: list[tuple[str, str, bool]] = []
    ceiling_ratio = mock_load.rps / bare_load.rps
    checks.append(
        (
            "throughput, mock / bare Starlette app (same uvicorn, same bytes)",
            f"{ceiling_ratio:.2f} (target >= {MIN_CEILING_RATIO})",
            ceiling_ratio >= MIN_CEILING_RATIO,
        )
    )
    if prism_load is not None:
        throughput_ratio = mock_load.rps / prism_load.rps
        p99_ratio = mock_load.p99_ms / prism_load.p99_ms
        checks.append(
            (
                "throughput, mock / Prism",
                f"{throughput_ratio:.2f}x (target >= {MIN_THROUGHPUT_RATIO:g}x)",
                throughput_ratio >= MIN_THROUGHPUT_RATIO,
            )
        )
        checks.append(("p99, mock / Prism", f"{p99_ratio:.2f} (target <= 0.33)", p99_ratio <= MAX_P99_RATIO))
    startup = max(startups)
    checks.append(
        (
            "startup to first answered request",
            f"median {statistics.median(startups) * 1000:.0f} ms, worst {startup * 1000:.0f} ms of {len(startups)} "
            "(target < 1 s)",
            startup < MAX_STARTUP_SECONDS,
        )
    )
    (first_n, first_rss), (second_n, second_rss) = rounds
    checks.append(
        (
            "resident memory (VmRSS)",
            f"{rss_start:.1f} MB idle; {first_rss:.1f} MB after {first_n:,} more requests; "
            f"{second_rss:.1f} MB after another {second_n:,} ({served:,} in all) (target < 150 MB)",
            max(first_rss, second_rss) < MAX_RSS_MB,
        )
    )
    growth = second_rss - first_rss
    checks.append(
        (
            "memory growth between the two rounds",
            f"{growth:+.1f} MB (target: flat, < {FLAT_RSS_MB:.0f} MB)",
            growth < FLAT_RSS_MB,
        )
    )
    lines.append("| measure | result | target met |")
    lines.append("|---|---|---|")
    lines.extend(f"| {name} | {value} | {'yes' if ok else '**no**'} |" for name, value, ok in checks)
    lines.append("")
    return "\n".join(lines)


def machine() -> str:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} CPUs ({model or platform.machine()}), Python {platform.python_version()}"


def server_stack() -> str:
    import uvicorn

    parts = [f"uvicorn {uvicorn.__version__}"]
    for extra in ("uvloop", "httptools"):
        if importlib.util.find_spec(extra) is not None:
            parts.append(extra)
    return ", ".join(parts)


def tool_version(tool: str) -> str:
    if tool == "autocannon":
        return f"`npx {AUTOCANNON}`"
    done = subprocess.run(["wrk", "-v"], capture_output=True, text=True, check=False)
    first = (done.stdout or done.stderr).splitlines()
    version = first[0].split("[")[0].strip() if first else "wrk"
    return f"{version} (`wrk -t1 --latency`, one thread)"


def node() -> str:
    done = subprocess.run(["node", "--version"], capture_output=True, text=True, check=False)
    return done.stdout.strip() or "?"


if __name__ == "__main__":
    sys.exit(main())
