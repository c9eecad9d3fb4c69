"""The token file: this install's `hardware_id` and, for each server, the latest refresh token it issued. Shared
with `blink-contract` (`contract_tests/session.py` reads and writes it through this module):

    {
      "hardware_id": "0F6B...-UUID",
      "sessions": {
        "blink": {"refresh_token": "...", "account_id": 22001, "tier": "u011"},
        "http://127.0.0.1:8080": {"refresh_token": "...", "account_id": 22001, "tier": "u011"}
      }
    }

A session belongs to the server that issued it: `blink` for Blink's own hosts, the base URL (`server_key`) for
any other server, such as the mock. A refresh token is only ever read back for its own server, so a mock's token
never goes to Blink and a mock login never replaces a Blink session. The `hardware_id` is the install's, one per
file, whichever server is used.

A file in the format before servers were recorded (`{"hardware_id", "refresh_token", "account_id", "tier"}` at the
top) keeps its `hardware_id`; its session is read as an unknown server's, that is as no session at all, because
nothing in it says who issued it: it was as often the mock's as Blink's, and sending a mock's token to Blink (or
Blink's to a test server) is the mistake this format exists to prevent. A new login is needed once; the next save
writes the new format.

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
does nothing and only the atomic writes remain. A save rewrites the whole file (every server's session), so it
too is done holding the lock.

    with token_store.TokenLock(path):               # wait for this process's turn
        stored = token_store.read(path, server)     # what the process before it saved for this server
        ...refresh with stored.refresh_token...
        token_store.write(stored, path)             # saved (beside the other servers') before the turn ends
"""

from __future__ import annotations

import contextlib
import enum
import json
import os
import re
import sys
import tempfile
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from blink_session import json_limits
from blink_session.errors import TokenFileBusy

if sys.platform != "win32":
    import fcntl

__all__ = [
    "BLINK",
    "DEFAULT",
    "DEFAULT_PATH",
    "LOCK_WAIT_SECONDS",
    "TIER_PATTERN",
    "Default",
    "StoredSession",
    "TokenFileBusy",
    "TokenLock",
    "default_path",
    "load",
    "lock_path",
    "new_hardware_id",
    "read",
    "resolve",
    "save",
    "server_key",
    "servers",
    "write",
]

# A tier names a host (rest-{tier}.immedia-semi.com): anything else in the file is ignored.
TIER_PATTERN = re.compile(r"^[a-z0-9-]{1,32}$")
# How long a process waits for its turn on the token file. A turn lasts one refresh-token call (its timeouts are
# 30 s), so a process still waiting after this is waiting for one that hangs.
LOCK_WAIT_SECONDS = 90.0
LOCK_POLL_SECONDS = 0.02


# The server key of Blink's own hosts (api.oauth.blink.com, rest-prod, rest-{tier}); any other server is keyed by
# its base URL, which always has a scheme, so the two never meet.
BLINK = "blink"
_DEFAULT_PORTS = {"http": 80, "https": 443}


def default_path(environ: Mapping[str, str] | None = None) -> Path:
    """`$XDG_CONFIG_HOME/blink-api-test-kit/token.json`, or `~/.config/...` when XDG_CONFIG_HOME is unset. Read
    from the environment when called (default: `os.environ` as it is now), never cached."""
    environ = os.environ if environ is None else environ
    config = environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "blink-api-test-kit" / "token.json"


class Default(enum.Enum):
    """The type of `DEFAULT`: the token file at `default_path()`, found when a session is made."""

    PATH = "the default token file"


# `token_file=DEFAULT`: the default place, looked up when it is used, so an XDG_CONFIG_HOME set after import counts.
DEFAULT = Default.PATH

if TYPE_CHECKING:
    DEFAULT_PATH: Path  # `default_path()`, computed again on every access (see __getattr__)
else:

    def __getattr__(name: str) -> Path:
        # DEFAULT_PATH was a constant computed at import; it stays as a name, resolved each time it is read.
        if name == "DEFAULT_PATH":
            return default_path()
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def resolve(token_file: str | os.PathLike[str] | Default | None) -> Path | None:
    """The token file a caller asked for: `DEFAULT` is `default_path()` now, a str or PathLike a Path, None none."""
    if token_file is None:
        return None
    if isinstance(token_file, Default):
        return default_path()
    return Path(token_file)


def server_key(base_url: str | None) -> str:
    """The key of a server's session in the token file: `blink` for Blink's own hosts (no base URL), else the base
    URL in one spelling: scheme and host in lower case, the default port left out, no user, query or trailing
    slash (`HTTP://127.0.0.1:8080/` is `http://127.0.0.1:8080`). Two spellings of one server share a session;
    two servers never do."""
    if base_url is None or not base_url.strip():
        return BLINK
    parts = urlsplit(base_url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    try:
        port = parts.port
    except ValueError:  # not a port number: keep what was written, it names no other server
        port = None
        host = parts.netloc.rpartition("@")[2].lower()
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"  # IPv6
    netloc = host if port is None or port == _DEFAULT_PORTS.get(scheme) else f"{host}:{port}"
    return f"{scheme}://{netloc}{parts.path.rstrip('/')}"


def new_hardware_id() -> str:
    """One random upper-case UUID per install. Blink answers 406 to a shared literal such as "Home Assistant"."""
    return str(uuid.uuid4()).upper()


@dataclass
class StoredSession:
    """One server's session and the install's hardware_id, as a session keeps it. `server` is the key of the server
    that issued the refresh token (`server_key`); a save files the session under it."""

    hardware_id: str
    refresh_token: str | None = None
    account_id: int | None = None
    tier: str | None = None
    server: str = BLINK


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


def read(path: Path, server: str = BLINK) -> StoredSession | None:
    """What the file holds now for `server` (a `server_key`): its session and the install's hardware_id; None when
    there is no file. A file without a session of that server gives one without a refresh token. Nothing is
    written: values the file holds that are not usable are None, and a missing or empty hardware_id is "" (`load`
    replaces it).

    Raises OSError or ValueError when the file exists but cannot be read or is not a JSON object."""
    try:
        hardware_id, sessions = _parse(path)
    except FileNotFoundError:
        return None
    found = sessions.get(server)
    if found is None:
        return StoredSession(hardware_id=hardware_id, server=server)
    found.hardware_id = hardware_id
    return found


def servers(path: Path) -> list[str]:
    """The servers (`server_key`s) the file holds a refresh token of; [] when there is no file."""
    try:
        _, sessions = _parse(path)
    except FileNotFoundError:
        return []
    return [server for server, session in sessions.items() if session.refresh_token]


def _parse(path: Path) -> tuple[str, dict[str, StoredSession]]:
    """(hardware_id, the sessions by server) of the file; a session of the old format is nobody's (none)."""
    with path.open("rb") as handle:
        content = handle.read(json_limits.MAX_BYTES + 1)
    reason = json_limits.problem(content)
    if reason is not None:
        raise ValueError(f"token file {path} is {reason}")
    raw = json.loads(content)
    if not isinstance(raw, dict):
        raise ValueError(f"token file {path} is not a JSON object")
    hardware_id = raw.get("hardware_id")
    sessions: dict[str, StoredSession] = {}
    listed = raw.get("sessions")
    if isinstance(listed, dict):
        for server, fields in listed.items():
            # A key in another spelling than server_key's is no server's.
            if isinstance(fields, dict) and server in (BLINK, server_key(server)):
                sessions[server] = _session(fields, server)
    return (hardware_id if isinstance(hardware_id, str) and hardware_id.strip() else ""), sessions


def _session(fields: Mapping[str, Any], server: str) -> StoredSession:
    refresh = fields.get("refresh_token")
    account_id = fields.get("account_id")
    tier = fields.get("tier")
    return StoredSession(
        hardware_id="",
        refresh_token=refresh if isinstance(refresh, str) and refresh else None,
        account_id=account_id if isinstance(account_id, int) and not isinstance(account_id, bool) else None,
        tier=tier if isinstance(tier, str) and TIER_PATTERN.match(tier) else None,
        server=server,
    )


def load(path: Path | None = None, server: str = BLINK) -> StoredSession:
    """`read`, for a file that must have a hardware_id: a missing file (or one without a hardware_id) gets a new
    one, saved at once so that the install keeps it. A stored hardware_id is used as it is, so a bad one shows as
    Blink's 406. (`BlinkSession` does not use this: it writes nothing until it has a session to save.)

    Raises OSError or ValueError when the file exists but cannot be read or is not a JSON object. An OSError
    raised while a new file is written carries the FileNotFoundError of the missing one as its context."""
    path = default_path() if path is None else path
    try:
        hardware_id, sessions = _parse(path)
    except FileNotFoundError:
        return _with_hardware_id(path, server)
    if not hardware_id:
        return _with_hardware_id(path, server)
    stored = sessions.get(server) or StoredSession(hardware_id="", server=server)
    stored.hardware_id = hardware_id
    return stored


def _with_hardware_id(path: Path, server: str) -> StoredSession:
    with TokenLock(path):
        stored = read(path, server)  # again: another process may have written it while this one waited
        if stored is not None and stored.hardware_id:
            return stored
        stored = stored or StoredSession(hardware_id="", server=server)
        stored.hardware_id = new_hardware_id()
        write(stored, path)
        return stored


def write(session: StoredSession, path: Path) -> None:
    """File the session under its server, beside the other servers' sessions the file holds, with its hardware_id
    as the install's; written owner-only (0600) and atomically, for a caller that holds the file's `TokenLock`: a
    process that dies mid-write must not lose the rotated refresh token. The parent folder is created 0700.

    Raises ValueError when the file there is not a token file (it is left as it is: other servers' sessions may
    be in it), OSError when it cannot be read or written."""
    try:
        _, sessions = _parse(path)
    except FileNotFoundError:
        sessions = {}
    sessions[session.server] = session
    document = {
        "hardware_id": session.hardware_id,
        "sessions": {
            server: {"refresh_token": kept.refresh_token, "account_id": kept.account_id, "tier": kept.tier}
            for server, kept in sessions.items()
            if kept.refresh_token or kept.account_id is not None or kept.tier is not None
        },
    }
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    text = json.dumps(document, indent=2) + "\n"
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


def save(session: StoredSession, path: Path | None = None) -> None:
    """`write` under the file's lock (waiting for it): for a caller that does not hold it. No path: the default."""
    path = default_path() if path is None else path
    with TokenLock(path):
        write(session, path)
