"""The token file: this install's `hardware_id` and the latest refresh token, shared with `blink-contract`.

`contract_tests/session.py` reads and writes it through this module:

    {"hardware_id": "0F6B...-UUID", "refresh_token": "...", "account_id": 22001, "tier": "u011"}

The file is written atomically and owner-only (0600) from the first byte. It never holds a password or an
access token: a new process gets a fresh access token from the refresh token (Blink rotates refresh tokens, so
each refresh is saved at once).

Several processes may share the file (`blink` started by a scheduler while another runs, `blink-contract` beside
it). Blink spends a refresh token on its first use, so a process that refreshes with a token another process has
already rotated is refused, and a refresh must be done by one process at a time, each starting from the token the
one before it saved. `TokenLock` is that turn: an exclusive `fcntl.flock` on a sibling file `<name>.lock`. The
lock is not taken on the token file itself because every save replaces that file (`os.replace`, a new inode), and
a lock on the old inode would not keep out a process that opens the new one. The lock file is never deleted:
deleting it would let two processes lock two different files of the same name. On Windows (no `fcntl`) the lock
does nothing and only the atomic writes remain.

    with token_store.TokenLock(path):           # wait for this process's turn
        stored = token_store.read(path)         # what the process before it saved
        ...refresh with stored.refresh_token...
        token_store.write(stored, path)         # saved before the turn ends
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sys
import tempfile
import time
import uuid
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from types import TracebackType

from blink_session import json_limits
from blink_session.errors import TokenFileBusy

if sys.platform != "win32":
    import fcntl

__all__ = [
    "DEFAULT_PATH",
    "LOCK_WAIT_SECONDS",
    "TIER_PATTERN",
    "StoredSession",
    "TokenFileBusy",
    "TokenLock",
    "default_path",
    "load",
    "lock_path",
    "new_hardware_id",
    "read",
    "save",
    "write",
]

# A tier names a host (rest-{tier}.immedia-semi.com): anything else in the file is ignored.
TIER_PATTERN = re.compile(r"^[a-z0-9-]{1,32}$")
# How long a process waits for its turn on the token file. A turn lasts one refresh-token call (its timeouts are
# 30 s), so a process still waiting after this is waiting for one that hangs.
LOCK_WAIT_SECONDS = 90.0
LOCK_POLL_SECONDS = 0.02


def default_path(environ: Mapping[str, str] = os.environ) -> Path:
    """`$XDG_CONFIG_HOME/blink-api-test-kit/token.json`, or `~/.config/...` when XDG_CONFIG_HOME is unset."""
    config = environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "blink-api-test-kit" / "token.json"


DEFAULT_PATH = default_path()


def new_hardware_id() -> str:
    """One random upper-case UUID per install. Blink answers 406 to a shared literal such as "Home Assistant"."""
    return str(uuid.uuid4()).upper()


@dataclass
class StoredSession:
    hardware_id: str
    refresh_token: str | None = None
    account_id: int | None = None
    tier: str | None = None


def lock_path(path: Path) -> Path:
    """The sibling file whose lock guards `path`: `token.json.lock` beside `token.json`."""
    return path.with_name(path.name + ".lock")


class TokenLock:
    """An exclusive lock on a token file, across processes (and across `TokenLock`s of one process).

    `try_acquire()` takes it if it is free; `acquire()` waits for it, `with TokenLock(path):` too. Released by
    `release()`, at the end of the `with`, or by the system when the process ends, however it ends."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._descriptor: int | None = None

    @property
    def held(self) -> bool:
        return self._descriptor is not None

    def try_acquire(self) -> bool:
        """Take the lock if no one holds it; False (at once) if someone does."""
        if self._descriptor is not None:
            raise RuntimeError(f"the lock on {self.path} is held already")
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        descriptor = os.open(lock_path(self.path), os.O_RDWR | os.O_CREAT, 0o600)
        if sys.platform != "win32":
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(descriptor)
                return False
            except BaseException:
                os.close(descriptor)
                raise
        self._descriptor = descriptor
        return True

    def acquire(self, timeout: float | None = None) -> None:
        """Wait for the lock; TokenFileBusy after `timeout` seconds (default LOCK_WAIT_SECONDS)."""
        timeout = LOCK_WAIT_SECONDS if timeout is None else timeout
        deadline = time.monotonic() + timeout
        while not self.try_acquire():
            if time.monotonic() >= deadline:
                raise TokenFileBusy(f"the token file {self.path} stayed locked by another process for {timeout:g} s")
            time.sleep(LOCK_POLL_SECONDS)

    def release(self) -> None:
        descriptor, self._descriptor = self._descriptor, None
        if descriptor is not None:
            os.close(descriptor)  # closing the only descriptor of the open file releases its flock

    def __enter__(self) -> TokenLock:
        self.acquire()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.release()


def read(path: Path) -> StoredSession | None:
    """The stored session as the file holds it now, None when there is no file. Nothing is written: values the
    file holds that are not usable are None, and a missing or empty hardware_id is "" (`load` replaces it).

    Raises OSError or ValueError when the file exists but cannot be read or is not a JSON object."""
    try:
        return _parse(path)
    except FileNotFoundError:
        return None


def _parse(path: Path) -> StoredSession:
    with path.open("rb") as handle:
        content = handle.read(json_limits.MAX_BYTES + 1)
    reason = json_limits.problem(content)
    if reason is not None:
        raise ValueError(f"token file {path} is {reason}")
    raw = json.loads(content)
    if not isinstance(raw, dict):
        raise ValueError(f"token file {path} is not a JSON object")
    hardware_id = raw.get("hardware_id")
    refresh = raw.get("refresh_token")
    account_id = raw.get("account_id")
    tier = raw.get("tier")
    return StoredSession(
        hardware_id=hardware_id if isinstance(hardware_id, str) and hardware_id.strip() else "",
        refresh_token=refresh if isinstance(refresh, str) and refresh else None,
        account_id=account_id if isinstance(account_id, int) and not isinstance(account_id, bool) else None,
        tier=tier if isinstance(tier, str) and TIER_PATTERN.match(tier) else None,
    )


def load(path: Path = DEFAULT_PATH) -> StoredSession:
    """The stored session. A missing file (or one without a hardware_id) gets a new hardware_id, saved at once so
    that the install keeps it. A stored hardware_id is used as it is, so a bad one shows as Blink's 406.

    Raises OSError or ValueError when the file exists but cannot be read or is not a JSON object. An OSError
    raised while a new file is written carries the FileNotFoundError of the missing one as its context."""
    try:
        stored = _parse(path)
    except FileNotFoundError:
        return _with_hardware_id(path)
    return stored if stored.hardware_id else _with_hardware_id(path)


def _with_hardware_id(path: Path) -> StoredSession:
    with TokenLock(path):
        stored = read(path)  # again: another process may have written it while this one waited
        if stored is not None and stored.hardware_id:
            return stored
        stored = stored or StoredSession(hardware_id="")
        stored.hardware_id = new_hardware_id()
        write(stored, path)
        return stored


def write(session: StoredSession, path: Path) -> None:
    """Write the session owner-only (0600) and atomically, for a caller that holds the file's `TokenLock`: a
    process that dies mid-write must not lose the rotated refresh token. The parent folder is created 0700."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    text = json.dumps(asdict(session), indent=2) + "\n"
    # mkstemp creates the file 0600 from the start, so the token is never readable by others, even briefly.
    descriptor, temporary = tempfile.mkstemp(prefix=".token-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o600)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def save(session: StoredSession, path: Path = DEFAULT_PATH) -> None:
    """`write` under the file's lock (waiting for it): for a caller that does not hold it."""
    with TokenLock(path):
        write(session, path)
