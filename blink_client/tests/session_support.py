"""Constants and helpers of the library's tests (the fixtures are in `session_fixtures.py`)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx

from blink_mock.state import MockState
from blink_session import token_store

DEMO_EMAIL = "demo@example.com"
DEMO_PASSWORD = "demo-password"
DEMO_CODE = "123456"
DEMO_ACCOUNT = 22001
HOME = 31001
OTHER_EMAIL = "other@example.com"
OTHER_PASSWORD = "other-password"
CLIP_PATH = r".*/api/v3/media/accounts/\d+/networks/\d+/[a-z]+/\d+/[a-z_]+/\d+\.mp4$"


def saved(token_file: Path, server: str = token_store.BLINK) -> dict[str, Any]:
    """The session the token file keeps for this server (default: Blink's hosts), as the file spells it."""
    session: dict[str, Any] = json.loads(token_file.read_text())["sessions"][server]
    return session


def demo_code() -> str:
    return DEMO_CODE


def requests_to(state: MockState, method: str, path: str) -> int:
    """How many requests the mock logged for this method and path."""
    return sum(1 for record in state.requests if record.method == method and record.path == path)


def refreshes(state: MockState) -> int:
    return requests_to(state, "POST", "/oauth/token")


def spend_refresh_tokens(state: MockState) -> None:
    """Make every refresh token unknown to the mock, as if Blink had revoked them."""
    for value in [value for value, token in state.tokens.items() if token.kind == "refresh"]:
        del state.tokens[value]


class BrokenClip(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A clip body that breaks after its first chunk. On the second read it records whether a partial temporary
    file was in the folder, so a test can tell that something was written and then cleaned up."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.partial_seen = False

    def _check(self) -> None:
        self.partial_seen = any(path.name.endswith(".part") for path in self.folder.iterdir())

    def __iter__(self) -> Iterator[bytes]:
        yield b"\x00\x00\x00\x18ftypmp42" + b"x" * 4096
        self._check()
        raise httpx.ReadError("connection reset in the middle of the clip")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b"\x00\x00\x00\x18ftypmp42" + b"x" * 4096
        self._check()
        raise httpx.ReadError("connection reset in the middle of the clip")


DEEP = b"[" * 100_000 + b"]" * 100_000  # Python's json recurses once per level: RecursionError without a limit
HUGE = b'{"networks": "' + b"x" * (16 * 1024 * 1024) + b'"}'  # one byte over 16 MiB
MP4 = {"Content-Type": "video/mp4"}
