"""The served mock's limits, over raw sockets against a real `blink-mock`: the size of a request's head, the time
a connection may take to send one or may sit idle, the hosts it answers, and its warning when bound beyond this
machine. Real clients never meet these limits; each test also checks that a normal request still works.
"""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator

import httpx
import pytest
from running_mock import MockProcess, mock_process, run_blink_mock

from blink_mock.hosts import is_loopback
from blink_mock.server import MAX_HEAD_BYTES, MAX_URL_BYTES

HEADER_TIMEOUT = 1.0
KEEP_ALIVE = 1
# How long past a timeout the test waits for the close: the machine is shared, but not that slow.
SLACK = 4.0
VERSION = b"GET /api/v1/version HTTP/1.1\r\nHost: 127.0.0.1\r\n"


@pytest.fixture(scope="module")
def mock() -> Iterator[MockProcess]:
    args = ("--timeout-headers", str(HEADER_TIMEOUT), "--timeout-keep-alive", str(KEEP_ALIVE))
    with mock_process(*args) as process:
        yield process


@pytest.fixture
def still_serving(mock: MockProcess) -> Iterator[None]:
    yield
    assert httpx.get(f"{mock.base_url}/api/v1/version").status_code == 200, "the mock stopped serving"


Response = tuple[int, dict[str, str], bytes]


class Connection:
    """A raw HTTP/1.1 connection to the mock. Bytes read past one response stay for the next (pipelined answers
    come in one read)."""

    def __init__(self, mock: MockProcess) -> None:
        self.sock = socket.create_connection(("127.0.0.1", mock.port), timeout=10)
        self.buffered = bytearray()

    def __enter__(self) -> Connection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.sock.close()

    def send(self, *parts: bytes) -> None:
        """Send, stopping quietly when the mock has already refused and closed."""
        try:
            for part in parts:
                self.sock.sendall(part)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def response(self) -> Response | None:
        """The next response (status, headers, body), or None when the connection closes before one comes."""
        try:
            while b"\r\n\r\n" not in self.buffered:
                if not self._read():
                    return None
            end = self.buffered.index(b"\r\n\r\n") + 4
            lines = bytes(self.buffered[: end - 4]).decode("latin-1").split("\r\n")
            headers = {name.lower(): value.strip() for name, _, value in (line.partition(":") for line in lines[1:])}
            length = int(headers.get("content-length", "0"))
            while len(self.buffered) < end + length:
                if not self._read():
                    return None
        except ConnectionResetError:
            return None
        body = bytes(self.buffered[end : end + length])
        del self.buffered[: end + length]
        return int(lines[0].split()[1]), headers, body

    def closed_after(self, give_up: float) -> float | None:
        """Seconds until the mock closes the connection (what it sends meanwhile is read), or None."""
        started = time.monotonic()
        self.sock.settimeout(0.2)
        while time.monotonic() - started < give_up:
            try:
                if not self._read():
                    return time.monotonic() - started
            except TimeoutError:
                continue
            except ConnectionResetError:
                return time.monotonic() - started
        return None

    def _read(self) -> bool:
        chunk = self.sock.recv(65536)
        self.buffered += chunk
        return bool(chunk)


def rss_after_settling(mock: MockProcess) -> int:
    time.sleep(0.3)
    return mock.rss_kib()


# -- sizes --------------------------------------------------------------------------------------------------------


@pytest.mark.usefixtures("still_serving")
def test_a_50_mb_header_is_refused_without_growing_the_mock(mock: MockProcess) -> None:
    before = rss_after_settling(mock)
    with Connection(mock) as connection:
        connection.send(VERSION + b"X-Big: ", *([b"a" * (1 << 20)] * 50), b"\r\n\r\n")
        response = connection.response()
    assert response is None or response[0] == 431, response
    if response is not None:
        assert json.loads(response[2]) == {"message": "Request Header Fields Too Large", "code": 431}
        assert response[1]["connection"] == "close"
    grown = rss_after_settling(mock) - before
    assert grown < 16 * 1024, f"the mock grew by {grown} KiB"


@pytest.mark.usefixtures("still_serving")
def test_many_headers_over_the_limit_are_431(mock: MockProcess) -> None:
    headers = b"".join(b"X-H-%d: %s\r\n" % (n, b"v" * 30) for n in range(MAX_HEAD_BYTES // 40 + 10))
    with Connection(mock) as connection:
        connection.send(VERSION + headers + b"\r\n")
        response = connection.response()
    assert response is not None and response[0] == 431, response


@pytest.mark.parametrize("size", [MAX_URL_BYTES + 1, 8 << 20])
@pytest.mark.usefixtures("still_serving")
def test_a_long_url_is_414(mock: MockProcess, size: int) -> None:
    with Connection(mock) as connection:
        connection.send(b"GET /api/v1/version?" + b"a" * size + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        response = connection.response()
    assert response is None or response[0] == 414, response
    if size < MAX_HEAD_BYTES:
        assert response is not None


def test_heads_real_clients_send_are_answered(mock: MockProcess) -> None:
    # Larger than any client's: an 8 KiB cookie, fifty headers and a 4 KiB query, in one request and then in a
    # byte-at-a-time trickle that finishes within the timeout.
    head = (
        b"GET /api/v1/version?q=" + b"a" * 4096 + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        b"Cookie: " + b"c" * 8192 + b"\r\n" + b"".join(b"X-Header-%d: value\r\n" % n for n in range(50)) + b"\r\n"
    )
    with Connection(mock) as connection:
        connection.send(head, head)
        for _ in range(2):
            response = connection.response()
            assert response is not None and response[0] == 200, response
        for index in range(0, len(VERSION), 8):
            connection.sock.sendall(VERSION[index : index + 8])
            time.sleep(HEADER_TIMEOUT / 20)
        connection.sock.sendall(b"\r\n")
        response = connection.response()
        assert response is not None and response[0] == 200, response


# -- time ---------------------------------------------------------------------------------------------------------


@pytest.mark.usefixtures("still_serving")
def test_slow_headers_are_cut_off_with_408(mock: MockProcess) -> None:
    with Connection(mock) as connection:
        connection.sock.sendall(VERSION)
        started = time.monotonic()
        connection.sock.settimeout(0.2)
        answer = b""
        while time.monotonic() - started < HEADER_TIMEOUT + SLACK:
            try:
                connection.sock.sendall(b"X: y\r\n")  # a header every 0.2 s, never the blank line that ends them
                answer = connection.sock.recv(65536)
                break
            except TimeoutError:
                continue
            except (BrokenPipeError, ConnectionResetError):
                break
        took = time.monotonic() - started
    assert took < HEADER_TIMEOUT + SLACK, "slow headers were never cut off"
    assert answer.startswith(b"HTTP/1.1 408 ") or not answer, answer[:100]


@pytest.mark.usefixtures("still_serving")
def test_a_connection_that_sends_nothing_is_closed(mock: MockProcess) -> None:
    with Connection(mock) as connection:
        took = connection.closed_after(HEADER_TIMEOUT + SLACK)
    assert took is not None, "a silent connection was never closed"
    assert took >= HEADER_TIMEOUT * 0.8


@pytest.mark.usefixtures("still_serving")
def test_an_idle_keep_alive_connection_is_closed(mock: MockProcess) -> None:
    with Connection(mock) as connection:
        connection.sock.sendall(VERSION + b"\r\n")
        response = connection.response()
        assert response is not None and response[0] == 200
        took = connection.closed_after(KEEP_ALIVE + SLACK)
    assert took is not None, "an idle connection was never closed"


@pytest.mark.usefixtures("still_serving")
def test_a_slow_answer_is_not_cut_off_by_the_next_requests_head(mock: MockProcess) -> None:
    # A latency fault longer than the header timeout, and the start of a second request sent behind the first:
    # the first answer still comes, and the second request is served once its head is complete.
    admin = httpx.Client(base_url=mock.base_url)
    admin.patch("/__mock__/faults", json={"latency_ms": int(HEADER_TIMEOUT * 1500)}).raise_for_status()
    try:
        with Connection(mock) as connection:
            connection.send(VERSION + b"\r\n" + b"GET /api/v1/version HTTP/1.1\r\n")
            first = connection.response()
            assert first is not None and first[0] == 200, first
            admin.patch("/__mock__/faults", json={"latency_ms": 0}).raise_for_status()
            connection.send(b"Host: 127.0.0.1\r\n\r\n")
            second = connection.response()
            assert second is not None and second[0] == 200, second
    finally:
        admin.put("/__mock__/faults", json={}).raise_for_status()
        admin.close()


# -- bad bodies on a kept-alive connection ------------------------------------------------------------------------


@pytest.mark.usefixtures("still_serving")
def test_requests_pipelined_behind_a_deep_body_are_answered(mock: MockProcess) -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    login = (  # a JSON body Blink reads before any token: the password reset
        b"POST /account/reset_password/ HTTP/1.1\r\nHost: rest-prod.immedia-semi.com\r\n"
        b"Content-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(deep)
    ) + deep
    faults = b'{"seconds": ' + b"[" * 5_000 + b"1" + b"]" * 5_000 + b"}"
    clock = (
        b"POST /__mock__/clock HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        b"Content-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(faults)
    ) + faults
    with Connection(mock) as connection:
        connection.sock.sendall(login + clock + VERSION + b"\r\n")
        answers: list[tuple[int, str]] = []
        for _ in range(3):
            response = connection.response()
            assert response is not None, f"the connection dropped after {answers}"
            answers.append((response[0], json.loads(response[2])["message"]))
    assert [status for status, _ in answers] == [400, 400, 200]
    assert all("nested" in message for _, message in answers[:2])


# -- hosts --------------------------------------------------------------------------------------------------------


@pytest.mark.usefixtures("still_serving")
def test_the_served_mock_answers_only_its_hosts(mock: MockProcess) -> None:
    with httpx.Client(base_url=mock.base_url) as http:
        assert http.get("/api/v1/version", headers={"host": "rest-prod.immedia-semi.com"}).status_code == 200
        assert http.get("/__mock__/state", headers={"host": f"localhost:{mock.port}"}).status_code == 200
        assert http.get("/__mock__/state", headers={"host": "attacker.example"}).status_code == 421
        assert http.get("/__mock__/state", headers={"host": "rest-prod.immedia-semi.com"}).status_code == 421
        assert http.get("/api/v1/version", headers={"host": "attacker.example"}).status_code == 421
        refused = http.post("/__mock__/reset", headers={"origin": "https://attacker.example"})
        assert refused.status_code == 403
        assert http.post("/__mock__/reset", content=b"{}", headers={"content-type": "text/plain"}).status_code == 415


def test_allowed_host_names_a_host() -> None:
    with mock_process("--allowed-host", "blink-mock.internal") as mock, httpx.Client(base_url=mock.base_url) as http:
        assert http.get("/__mock__/state", headers={"host": "blink-mock.internal:8080"}).status_code == 200
        assert http.get("/__mock__/state", headers={"host": "other.internal"}).status_code == 421
        assert "warning" not in mock.output()


def test_binding_beyond_loopback_warns() -> None:
    with mock_process("--host", "0.0.0.0") as mock:
        assert httpx.get(f"{mock.base_url}/api/v1/version").status_code == 200
        output = mock.output()
    assert "blink-mock: warning: --host 0.0.0.0" in output
    assert "Traceback" not in output


@pytest.mark.parametrize(
    "args",
    [
        ("--allowed-host", "not a name"),
        ("--allowed-host", "a/b"),
        ("--timeout-headers", "0"),
        ("--timeout-keep-alive", "0"),
        ("--timeout-headers", "nan"),
    ],
)
def test_bad_limits_or_hosts_exit_2_with_one_line(args: tuple[str, str]) -> None:
    result = run_blink_mock(*args)
    assert result.returncode == 2, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert result.stderr.startswith("blink-mock: ")


@pytest.mark.parametrize(
    ("bind", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.0.1.1", True),
        ("::1", True),
        ("[::1]", True),
        ("localhost", True),
        ("0.0.0.0", False),
        ("::", False),
        ("192.168.1.20", False),
        ("mock.internal", False),
    ],
)
def test_what_counts_as_loopback(bind: str, loopback: bool) -> None:
    assert is_loopback(bind) is loopback
