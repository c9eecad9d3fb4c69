"""The one login of a live run, and the token file that makes most runs need none.

Order of preference: the stored refresh token (one `grant_type=refresh_token` call), then a single OAuth
authorization-code login with PKCE (`../shared/research/blinkpy-needs.md` §1). Nothing is ever retried: a
429 stops the run, because retry loops have locked real accounts for an hour (homebridge-blink-for-home #148).

The flow, the PKCE pair, the CSRF parser and the token file are blink_client's (`blink_session.oauth`,
`blink_session.token_store`); this module drives that flow through the contract tool's own sender, so every
login request is throttled, recorded and checked for drift like any other, and its secrets are redacted.
The token file keeps the refresh token, the account id, the tier and this install's `hardware_id`; it never
keeps the password, and it is written owner-only.
"""

from __future__ import annotations

import getpass
import os
import sys
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import httpx

from blink_session import token_store
from blink_session.errors import BlinkError, TwoFactorRequired
from blink_session.oauth import (
    OAUTH_HOST,
    PROD_HOST,
    REST_HOST_TEMPLATE,
    REST_UA,
    Flow,
    HTTPCall,
    csrf_token,
    json_object,
    login_flow,
    refresh_flow,
)
from blink_session.token_store import TIER_PATTERN, new_hardware_id
from blink_session.token_store import StoredSession as StoredLogin

__all__ = [
    "REST_UA",
    "Credentials",
    "Hosts",
    "LockedOut",
    "Login",
    "LoginError",
    "Sender",
    "StoredLogin",
    "csrf_token",
    "default_token_path",
    "load_token_file",
    "log_in",
    "new_hardware_id",
    "save_token_file",
]

# What a login step that went wrong tells the user, by `HTTPCall.step` of blink_client's flow.
STEP_FAILURES = {
    "authorize": "OAuth authorize answered HTTP {status}",
    "sign-in page": "OAuth sign-in page (HTTP {status}) carries no CSRF token",
    "sign-in": "sign-in refused (HTTP {status})",
    "2fa": "2FA code refused (HTTP {status})",
    "code": "OAuth authorize gave no authorization code (HTTP {status})",
    "token": "OAuth token exchange answered HTTP {status}",
}
NO_TOKENS = "OAuth token response carries no access_token / refresh_token"
# Form and query fields of the flow whose values are secrets (the others are fixed values such as "ios").
SECRET_FIELDS = frozenset(
    {
        "username",
        "password",
        "csrf-token",
        "2fa_code",
        "code",
        "code_verifier",
        "code_challenge",
        "hardware_id",
        "refresh_token",
    }
)


class LoginError(Exception):
    """The run cannot log in; the message is one line for the user (and holds no secret)."""


class LockedOut(LoginError):
    """A 429 on a login step: stop at once and never retry."""


class Sender(Protocol):
    """What the session needs from the live client: one throttled, recorded request."""

    def send(
        self,
        method: str,
        url: str,
        *,
        login: bool = False,
        headers: Mapping[str, str] | None = None,
        data: Mapping[str, str] | None = None,
        params: Mapping[str, str] | None = None,
    ) -> httpx.Response: ...

    def secret(self, *values: str) -> None: ...


# -- hosts -------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Hosts:
    oauth: str
    prod: str
    rest: str | None  # None until the tier is known

    @classmethod
    def discovered(cls) -> Hosts:
        return cls(OAUTH_HOST, PROD_HOST, None)

    @classmethod
    def single(cls, base_url: str) -> Hosts:
        """Every Blink host answered by one URL, as the mock does."""
        base = base_url.rstrip("/")
        return cls(base, base, base)

    def with_tier(self, tier: str) -> Hosts:
        if self.rest is not None:
            return self
        return Hosts(self.oauth, self.prod, REST_HOST_TEMPLATE.format(tier=tier))


# -- token file (blink_session.token_store: same path, format and 0600 atomic writes) -----------------------------
def default_token_path(environ: Mapping[str, str] = os.environ) -> Path:
    return token_store.default_path(environ)


def _warn(line: str) -> None:
    print(f"blink-contract: {line}", file=sys.stderr)


def load_token_file(path: Path, *, warn: Callable[[str], None] = _warn) -> StoredLogin:
    """The stored login, or a fresh one with a new hardware_id (saved at once, so the install keeps it).

    Unlike blink_client, a stored hardware_id that is not a UUID is replaced (with a one-line warning): Blink
    answers 406 to it, and a shared literal such as "Home Assistant" is a fingerprint Blink has blocked."""
    try:
        stored = token_store.load(path)
    except (OSError, ValueError) as error:
        if isinstance(error, OSError) and isinstance(error.__context__, FileNotFoundError):
            raise  # the new token file could not be written: the caller reports the OSError
        if type(error) is ValueError:  # token_store's one-line reason ("... is not a JSON object")
            raise LoginError(str(error)) from None
        raise LoginError(f"cannot read token file {path}: {type(error).__name__}") from None
    if not _is_uuid(stored.hardware_id):
        warn("warning: the token file's hardware_id is not a UUID (Blink refuses those); using a new one")
        stored.hardware_id = new_hardware_id()
        token_store.save(stored, path)
    return stored


def save_token_file(path: Path, stored: StoredLogin) -> None:
    token_store.save(stored, path)


def _is_uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


# -- credentials -------------------------------------------------------------------------------------------------
@dataclass
class Credentials:
    email: str | None = None
    password: str | None = None
    two_factor_code: str | None = None
    # Asks the user for a 2FA code; only used when a terminal is attached.
    ask: Callable[[], str] | None = field(default=None, repr=False)

    @classmethod
    def from_environment(
        cls, environ: Mapping[str, str] = os.environ, *, interactive: bool | None = None
    ) -> Credentials:
        if interactive is None:
            try:
                interactive = sys.stdin is not None and sys.stdin.isatty()
            except (AttributeError, ValueError):  # a closed or replaced stdin is no terminal
                interactive = False
        return cls(
            email=environ.get("BLINK_EMAIL") or None,
            password=environ.get("BLINK_PASSWORD") or None,
            two_factor_code=(environ.get("BLINK_2FA_CODE") or "").strip() or None,
            ask=(lambda: getpass.getpass("Blink 2FA code (sent by Blink): ")) if interactive else None,
        )

    def secrets(self) -> list[str]:
        return [value for value in (self.email, self.password, self.two_factor_code) if value]

    def two_factor(self) -> Callable[[], str] | None:
        """blink_client's 2FA callback: BLINK_2FA_CODE, else the terminal prompt, else none (no code to give)."""
        code = self.two_factor_code
        if code:
            return lambda: code
        return self.ask


# -- the login ---------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Login:
    access_token: str
    refresh_token: str
    account_id: int
    tier: str
    hosts: Hosts
    method: str  # "refresh" or "oauth": how this run got its token


def log_in(sender: Sender, hosts: Hosts, stored: StoredLogin, credentials: Credentials, token_path: Path) -> Login:
    """Exactly one way in: the refresh token if there is one and it works, else one OAuth login."""
    sender.secret(stored.hardware_id, *credentials.secrets())
    if stored.refresh_token:
        sender.secret(stored.refresh_token)
    tokens = _refresh(sender, hosts, stored) if stored.refresh_token else None
    method = "refresh"
    if tokens is None:
        tokens = _oauth_login(sender, hosts, stored, credentials)
        method = "oauth"
    access, refresh = tokens
    # Rotated refresh tokens are single-use: store the new one before anything else can fail.
    stored.refresh_token = refresh
    save_token_file(token_path, stored)
    tier, account_id = _tier_info(sender, hosts, access)
    stored.tier, stored.account_id = tier, account_id
    save_token_file(token_path, stored)
    return Login(access, refresh, account_id, tier, hosts.with_tier(tier), method)


def _refresh(sender: Sender, hosts: Hosts, stored: StoredLogin) -> tuple[str, str] | None:
    try:
        response = _drive(sender, refresh_flow(hosts.oauth, stored.refresh_token or "", stored.hardware_id))
    except LockedOut:
        raise
    except LoginError:
        return None  # expired or revoked: fall back to the one full login
    return _tokens(sender, response)


def _oauth_login(sender: Sender, hosts: Hosts, stored: StoredLogin, credentials: Credentials) -> tuple[str, str]:
    if not credentials.email or not credentials.password:
        raise LoginError("no usable refresh token and BLINK_EMAIL / BLINK_PASSWORD are not set")
    flow = login_flow(
        hosts.oauth, credentials.email, credentials.password, stored.hardware_id, credentials.two_factor()
    )
    tokens = _tokens(sender, _drive(sender, flow))
    if tokens is None:
        raise LoginError(NO_TOKENS)
    return tokens


def _drive(sender: Sender, flow: Flow) -> httpx.Response:
    """Send each request of a blink_client flow through the contract tool's sender; the token endpoint's answer.

    Every secret a request carries is announced first; a 429 on any step raises LockedOut at once (before the
    flow sees it, so nothing is retried); a step the flow refuses becomes a one-line LoginError."""
    try:
        call: HTTPCall = next(flow)
        while True:
            sender.secret(*_secrets_of(call))
            response = sender.send(
                call.method, call.url, login=True, headers=call.headers, data=call.data, params=call.params
            )
            _stop_on_lockout(response)
            try:
                call = flow.send(response)
            except StopIteration:
                return response
            except BlinkError as error:
                raise LoginError(_failure(call, response, error)) from None
            except (KeyError, TypeError, ValueError):  # a token answer the generated model cannot read
                raise LoginError(_failure(call, response, None)) from None
    finally:
        flow.close()


def _failure(call: HTTPCall, response: httpx.Response, error: BlinkError | None) -> str:
    if isinstance(error, TwoFactorRequired):
        return "Blink asks for a 2FA code: set BLINK_2FA_CODE or run in a terminal"
    if call.step in ("token", "refresh") and response.status_code == 200:
        return NO_TOKENS
    template = STEP_FAILURES.get(call.step, "login step answered HTTP {status}")
    return template.format(status=response.status_code)


def _secrets_of(call: HTTPCall) -> list[str]:
    fields = {**(call.params or {}), **(call.data or {})}
    return [value for name, value in fields.items() if name in SECRET_FIELDS and value]


def _tier_info(sender: Sender, hosts: Hosts, access: str) -> tuple[str, int]:
    headers = {"Authorization": f"Bearer {access}", "User-Agent": REST_UA}
    response = sender.send("GET", f"{hosts.prod}/api/v1/users/tier_info", headers=headers)
    body = json_object(response)
    tier, account_id = body.get("tier"), body.get("account_id")
    if isinstance(account_id, str) and account_id.isdigit():
        account_id = int(account_id)
    if response.status_code != 200 or not isinstance(tier, str) or not TIER_PATTERN.match(tier):
        raise LoginError(f"tier_info gave no usable tier (HTTP {response.status_code})")
    if not isinstance(account_id, int) or isinstance(account_id, bool):
        raise LoginError(f"tier_info gave no account_id (HTTP {response.status_code})")
    return tier, account_id


def _tokens(sender: Sender, response: httpx.Response) -> tuple[str, str] | None:
    """The access and refresh token of a token endpoint answer (both, or None), announced as secrets."""
    body = json_object(response)
    access, refresh = body.get("access_token"), body.get("refresh_token")
    if not isinstance(access, str) or not access or not isinstance(refresh, str) or not refresh:
        return None
    sender.secret(access, refresh)
    return access, refresh


def _stop_on_lockout(response: httpx.Response) -> None:
    if response.status_code != 429:
        return
    wait = response.headers.get("retry-after") or json_object(response).get("lockout_time_remaining") or "?"
    raise LockedOut(f"locked out; retry after {wait} s (login is never retried)")
