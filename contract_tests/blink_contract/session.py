"""The one login of a live run, and the token file that makes most runs need none.

Order of preference: the stored refresh token (one `grant_type=refresh_token` call), then a single OAuth
authorization-code login with PKCE (`../shared/research/blinkpy-needs.md` §1). Only a refused refresh token
(401, or 400 `invalid_grant`) leads to the password login: a server error says nothing about the token, and
answering an outage with a sign-in and a 2FA code is how accounts get locked. Nothing is ever retried: a 429
stops the run, because retry loops have locked real accounts for an hour (homebridge-blink-for-home #148).

The token file is shared with the `blink` CLI and with other runs, and a refresh token is spent by its first
use. So the file is read again right before the refresh (another process may have rotated the token since the
run started), once more after a refusal (it may have rotated it while this run's refresh was on its way), and
before the second save (the tier), which keeps a refresh token another process saved meanwhile.

The token file keeps a session per server (`blink_session.token_store`): Blink's own hosts are one server, each
`--base-url` another. A run reads and saves only its own server's session, so a run against the mock never sends
the mock's refresh token to Blink, nor Blink's to the mock, and never replaces the other's session.

The flow, the PKCE pair, the CSRF parser and the token file are blink_client's (`blink_session.oauth`,
`blink_session.token_store`); this module drives that flow through the contract tool's own sender, so every
login request is throttled, recorded and checked for drift like any other, and its secrets are redacted.
The token file keeps the refresh token, the account id, the tier and this install's `hardware_id`; it never
keeps the password, and it is written owner-only.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import sys
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import httpx

from blink_contract import limits
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
# The same steps by name, for answers beyond the depth and size limits (blink_contract.limits).
STEP_NAMES = {
    "authorize": "OAuth authorize",
    "sign-in page": "OAuth sign-in page",
    "sign-in": "sign-in",
    "2fa": "2FA verification",
    "code": "OAuth authorize (code)",
    "token": "OAuth token exchange",
    "refresh": "token refresh",
}
NO_TOKENS = "OAuth token response carries no access_token / refresh_token"
# A refresh token the login host no longer takes: the only refresh failure that allows the password login.
REFUSED_REFRESH = "invalid_grant"
# The token file holds four short fields; anything this large is something else.
MAX_TOKEN_FILE_BYTES = 64 * 1024
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


class StepFailed(LoginError):
    """A login step answered something the flow cannot go on with; `response` is that answer."""

    def __init__(self, message: str, response: httpx.Response) -> None:
        super().__init__(message)
        self.response = response


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

    @property
    def server(self) -> str:
        """The key of these hosts' sessions in the token file: `blink` for Blink's own, else the login host's URL."""
        if self.oauth == OAUTH_HOST and self.prod == PROD_HOST:
            return token_store.BLINK
        return token_store.server_key(self.oauth)

    def with_tier(self, tier: str) -> Hosts:
        if self.rest is not None:
            return self
        return Hosts(self.oauth, self.prod, REST_HOST_TEMPLATE.format(tier=tier))


# -- token file (blink_session.token_store: same path, format and 0600 atomic writes) -----------------------------
def default_token_path(environ: Mapping[str, str] = os.environ) -> Path:
    return token_store.default_path(environ)


def _warn(line: str) -> None:
    print(f"blink-contract: {line}", file=sys.stderr)


def load_token_file(path: Path, *, warn: Callable[[str], None] = _warn, server: str | None = None) -> StoredLogin:
    """The stored login of `server` (a `token_store.server_key`), or a fresh one with a new hardware_id (saved at
    once, so the install keeps it). Without a server, the install's hardware_id alone: `log_in` reads the session
    of the server it logs in to, which only it knows.

    Unlike blink_client, a stored hardware_id that is not a UUID is replaced (with a one-line warning): Blink
    answers 406 to it, and a shared literal such as "Home Assistant" is a fingerprint Blink has blocked."""
    with contextlib.suppress(OSError):  # a missing file is made by token_store; other errors are its to report
        if path.stat().st_size > MAX_TOKEN_FILE_BYTES:
            size = f"{MAX_TOKEN_FILE_BYTES // 1024} KiB"
            raise LoginError(f"token file {path} is larger than {size}: not a token file")
    try:
        stored = token_store.load(path, server or token_store.BLINK)
    except (OSError, ValueError) as error:
        if isinstance(error, OSError) and isinstance(error.__context__, FileNotFoundError):
            raise  # the new token file could not be written: the caller reports the OSError
        if type(error) is ValueError:  # token_store's one-line reason ("... is not a JSON object")
            raise LoginError(str(error)) from None
        raise LoginError(f"cannot read token file {path}: {type(error).__name__}") from None
    except BlinkError as error:  # the store's own errors are one line too
        raise LoginError(str(error)) from None
    except RecursionError:  # json.loads of a file nested hundreds of levels deep
        raise LoginError(f"token file {path} is nested too deep: not a token file") from None
    if not _is_uuid(stored.hardware_id):
        warn("warning: the token file's hardware_id is not a UUID (Blink refuses those); using a new one")
        stored.hardware_id = new_hardware_id()
        save_token_file(path, stored)  # the session read with it stays, as every other server's does
    if server is None:
        stored = StoredLogin(hardware_id=stored.hardware_id)  # no server's session yet
    return stored


def save_token_file(path: Path, stored: StoredLogin) -> None:
    """token_store.save; a file that cannot be written (a full disk, the store's own errors, such as a lock
    another process holds too long) is a one-line LoginError: the run cannot keep its rotated token."""
    try:
        token_store.save(stored, path)
    except OSError as error:
        raise LoginError(f"cannot write token file {path}: {error.strerror or type(error).__name__}") from None
    except (BlinkError, ValueError) as error:  # ValueError: the file there turned into something else meanwhile
        raise LoginError(str(error)) from None


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
    """Exactly one way in: the refresh token of these hosts' server if there is one and it works, else one OAuth
    login. A `stored` login of another server keeps only its hardware_id (the install's): its refresh token was
    issued by that server and is never sent to these hosts."""
    if stored.server != hosts.server:
        stored.refresh_token = stored.account_id = stored.tier = None
        stored.server = hosts.server
    sender.secret(stored.hardware_id, *credentials.secrets())
    tokens = _refresh_newest(sender, hosts, stored, token_path)
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
    _save_keeping_newer(token_path, stored, refresh)
    return Login(access, refresh, account_id, tier, hosts.with_tier(tier), method)


def _on_file(token_path: Path, stored: StoredLogin) -> StoredLogin | None:
    """The token file as it is now, when it is still this install's (same hardware_id); None otherwise."""
    if not token_path.is_file():
        return None  # removed meanwhile: token_store.load would make a new install's file
    try:
        on_file = token_store.load(token_path, stored.server)
    except (OSError, ValueError, RecursionError, BlinkError):
        return None  # unreadable now: go on with what this run read at its start
    return on_file if on_file.hardware_id == stored.hardware_id else None


def _refresh_newest(sender: Sender, hosts: Hosts, stored: StoredLogin, token_path: Path) -> tuple[str, str] | None:
    """Refresh with the newest refresh token of the token file; None when there is none that Blink takes.

    The token is read from the file again right before the call, and once more after a refusal: a different one
    there is another process's newer token (it refreshed while this run's call was on its way), worth one more
    refresh before a password login. At most two refresh calls, whatever the other processes do."""
    tried: set[str] = set()
    for _ in range(2):
        on_file = _on_file(token_path, stored)
        token = (on_file.refresh_token if on_file else None) or stored.refresh_token
        if token is None or token in tried:
            return None
        tried.add(token)
        stored.refresh_token = token
        sender.secret(token)
        tokens = _refresh(sender, hosts, stored)
        if tokens is not None:
            return tokens
    return None


def _save_keeping_newer(token_path: Path, stored: StoredLogin, refresh: str) -> None:
    """Save the tier and account id. A refresh token on file other than the one this run saved was saved by
    another process since: it refreshed with this run's token (now spent), so its token is the one to keep."""
    on_file = _on_file(token_path, stored)
    if on_file is not None and on_file.refresh_token and on_file.refresh_token != refresh:
        stored.refresh_token = on_file.refresh_token
    save_token_file(token_path, stored)


def _refresh(sender: Sender, hosts: Hosts, stored: StoredLogin) -> tuple[str, str] | None:
    """The tokens of one refresh call, or None when Blink refuses the refresh token (expired or revoked).

    Any other failure stops the run (LoginError): a 5xx or an unexpected status says nothing about the token,
    and the token is kept for the next run. A refresh answer without a new refresh token keeps the old one, as
    OAuth allows."""
    current = stored.refresh_token or ""
    try:
        response = _drive(sender, refresh_flow(hosts.oauth, current, stored.hardware_id))
    except StepFailed as failure:
        if _refused(failure.response):
            return None
        raise LoginError(_refresh_failure(failure)) from None
    tokens = _tokens(sender, response, keep=current)
    if tokens is None:
        raise LoginError(NO_TOKENS)
    return tokens


def _refused(response: httpx.Response) -> bool:
    """Whether the login host refuses the refresh token itself: 401, or RFC 6749's 400 `invalid_grant`."""
    if response.status_code == 401:
        return True
    return response.status_code == 400 and _json_object(response).get("error") == REFUSED_REFRESH


def _refresh_failure(failure: StepFailed) -> str:
    status = failure.response.status_code
    if status == 200:
        return str(failure)  # NO_TOKENS
    answer = f"HTTP {status} {httpx.codes.get_reason_phrase(status)}".strip()
    if status >= 500:
        return f"token refresh failed with a server error ({answer}); stopping without a password login, try later"
    return f"token refresh answered {answer}; stopping without a password login"


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
    flow sees it, so nothing is retried); an answer beyond the limits, or a step the flow refuses, becomes a
    one-line LoginError (StepFailed, with the answer, for a refusal)."""
    try:
        call: HTTPCall = next(flow)
        while True:
            sender.secret(*_secrets_of(call))
            response = sender.send(
                call.method, call.url, login=True, headers=call.headers, data=call.data, params=call.params
            )
            _stop_on_lockout(response)
            # blink_client's flow parses the answers without limits; past them it would crash, not refuse.
            problem = limits.problem(response.content)
            if problem is not None:
                raise LoginError(f"{STEP_NAMES.get(call.step, 'login step')}: {problem}")
            try:
                call = flow.send(response)
            except StopIteration:
                return response
            except BlinkError as error:
                raise StepFailed(_failure(call, response, error), response) from None
            except (KeyError, TypeError, ValueError):  # a token answer the generated model cannot read
                raise StepFailed(_failure(call, response, None), response) from None
            except RecursionError:  # JSON inside HTML: the sign-in page's oauth-args
                name = STEP_NAMES.get(call.step, "login step")
                raise LoginError(f"{name}: its answer is nested too deep to read") from None
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
    problem = limits.problem(response.content)
    if problem is not None:
        raise LoginError(f"tier_info: {problem}")
    body = json_object(response)
    tier, account_id = body.get("tier"), body.get("account_id")
    if isinstance(account_id, str) and account_id.isdigit():
        account_id = int(account_id)
    if response.status_code != 200 or not isinstance(tier, str) or not TIER_PATTERN.match(tier):
        raise LoginError(f"tier_info gave no usable tier (HTTP {response.status_code})")
    if not isinstance(account_id, int) or isinstance(account_id, bool):
        raise LoginError(f"tier_info gave no account_id (HTTP {response.status_code})")
    return tier, account_id


def _tokens(sender: Sender, response: httpx.Response, keep: str | None = None) -> tuple[str, str] | None:
    """The access and refresh token of a token endpoint answer (both, or None), announced as secrets. `keep` is
    the refresh token to go on with when the answer has none (a refresh: OAuth lets a server keep it)."""
    body = _json_object(response)
    access, refresh = body.get("access_token"), body.get("refresh_token") or keep
    if not isinstance(access, str) or not access or not isinstance(refresh, str) or not refresh:
        return None
    sender.secret(access, refresh)
    return access, refresh


def _json_object(response: httpx.Response) -> dict[str, Any]:
    """blink_client's json_object, within the depth and size limits ({} beyond them)."""
    return {} if limits.problem(response.content) else json_object(response)


def _stop_on_lockout(response: httpx.Response) -> None:
    if response.status_code != 429:
        return
    wait = response.headers.get("retry-after") or _json_object(response).get("lockout_time_remaining") or "?"
    raise LockedOut(f"locked out; retry after {wait} s (login is never retried)")
