"""The token file: this install's `hardware_id` and the latest refresh token, shared with `blink-contract`.

`contract_tests/session.py` reads and writes it through this module:

    {"hardware_id": "0F6B...-UUID", "refresh_token": "...", "account_id": 22001, "tier": "u011"}

The file is written atomically and owner-only (0600) from the first byte. It never holds a password or an
access token: a new process gets a fresh access token from the refresh token (Blink rotates refresh tokens, so
each refresh is saved at once).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
import uuid
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from pathlib import Path

__all__ = ["DEFAULT_PATH", "TIER_PATTERN", "StoredSession", "default_path", "load", "new_hardware_id", "save"]

# A tier names a host (rest-{tier}.immedia-semi.com): anything else in the file is ignored.
TIER_PATTERN = re.compile(r"^[a-z0-9-]{1,32}$")


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


def load(path: Path = DEFAULT_PATH) -> StoredSession:
    """The stored session. A missing file (or one without a hardware_id) gets a new hardware_id, saved at once so
    that the install keeps it. A stored hardware_id is used as it is, so a bad one shows as Blink's 406.

    Raises OSError or ValueError when the file exists but cannot be read or is not a JSON object."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        stored = StoredSession(hardware_id=new_hardware_id())
        save(stored, path)
        return stored
    if not isinstance(raw, dict):
        raise ValueError(f"token file {path} is not a JSON object")
    hardware_id = raw.get("hardware_id")
    refresh = raw.get("refresh_token")
    account_id = raw.get("account_id")
    tier = raw.get("tier")
    stored = StoredSession(
        hardware_id=hardware_id if isinstance(hardware_id, str) and hardware_id.strip() else new_hardware_id(),
        refresh_token=refresh if isinstance(refresh, str) and refresh else None,
        account_id=account_id if isinstance(account_id, int) and not isinstance(account_id, bool) else None,
        tier=tier if isinstance(tier, str) and TIER_PATTERN.match(tier) else None,
    )
    if stored.hardware_id != hardware_id:
        save(stored, path)
    return stored


def save(session: StoredSession, path: Path = DEFAULT_PATH) -> None:
    """Write the session owner-only (0600) and atomically: a process that dies mid-write must not lose the
    rotated refresh token. The parent folder is created 0700 if needed."""
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
