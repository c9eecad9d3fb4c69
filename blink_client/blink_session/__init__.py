"""An ergonomic Blink client over the generated one: OAuth login with 2FA, token refresh, commands that wait,
media downloads and typed errors. See README.md.

    from blink_session import BlinkSession
    session = BlinkSession()
    session.resume() or session.login("me@example.com", "password", two_factor=lambda: input("2FA code: "))
    session.arm("Home")
"""

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
from blink_session.token_store import DEFAULT_PATH, StoredSession

__all__ = [
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
