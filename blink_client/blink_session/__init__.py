"""An ergonomic Blink client over the generated one: OAuth login with 2FA, token refresh, commands that wait,
media downloads and typed errors. See README.md.

    from blink_session import BlinkSession
    session = BlinkSession()
    session.resume() or session.login("me@example.com", "password", two_factor=lambda: input("2FA code: "))
    session.arm("Home")
"""

from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING

from blink_session import token_store
from blink_session.commands import CommandResult
from blink_session.errors import (
    AppUpdateRequired,
    BlinkError,
    BlinkHTTPError,
    BlockedClient,
    CommandFailed,
    CommandTimeout,
    LockedOut,
    LoginFailed,
    NotFound,
    ServerError,
    TokenFileBusy,
    TwoFactorRequired,
    Unauthorized,
    UnreadableAnswer,
)
from blink_session.session import AsyncBlinkSession, BlinkSession
from blink_session.token_store import DEFAULT, StoredSession

try:
    # The installed distribution's version: pyproject.toml is the one place it is written.
    __version__ = version("blink-api-test-kit")
except PackageNotFoundError:  # imported from a checkout that was never installed
    __version__ = "0+unknown"

if TYPE_CHECKING:
    from pathlib import Path

    DEFAULT_PATH: Path  # `default_path()`, computed again on every access (see __getattr__)
else:

    def __getattr__(name: str) -> object:
        # The token store's, looked up at each read (see token_store.DEFAULT_PATH).
        if name == "DEFAULT_PATH":
            return token_store.DEFAULT_PATH
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DEFAULT",
    "DEFAULT_PATH",
    "AppUpdateRequired",
    "AsyncBlinkSession",
    "BlinkError",
    "BlinkHTTPError",
    "BlinkSession",
    "BlockedClient",
    "CommandFailed",
    "CommandResult",
    "CommandTimeout",
    "LockedOut",
    "LoginFailed",
    "NotFound",
    "ServerError",
    "StoredSession",
    "TokenFileBusy",
    "TwoFactorRequired",
    "Unauthorized",
    "UnreadableAnswer",
]
