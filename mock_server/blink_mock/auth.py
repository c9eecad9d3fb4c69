"""Logging in, the way Blink has done it over the years: OAuth 2 + PKCE today, the password logins before.

The OAuth flow is modelled on the browser-style flow of Blink's login host (2025-12 onwards), which blinkpy
0.25 drives step by step: authorize (cookie) -> sign-in page (CSRF token) -> sign-in -> 2FA -> authorize again
(code) -> token. Before it, from 2025-10-13, the token endpoint took a password grant with its own 2FA (412, then
the same request with a `2fa-code` header). The legacy logins (`/login` .. `/api/v5/account/login`) hand out
`TOKEN_AUTH` tokens. Which of these Blink served, and how it asked for a second factor, is the era's
(`blink_mock.era`); failed logins on every path count towards one lockout per account.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import secrets
from typing import Any
from urllib.parse import urlencode

from starlette.responses import HTMLResponse, Response

from blink_mock.call import Call, Handler
from blink_mock.era import EraRefused
from blink_mock.errors import BlinkError, bad_request
from blink_mock.render import json_response
from blink_mock.state import MAX_OAUTH_SESSIONS, Account, AppClient, MockState, OAuthSession, Token

SESSION_COOKIE = "blink_oauth_session"
SIGNIN_PATH = "/oauth/v2/signin"
AUTHORIZE_PATH = "/oauth/v2/authorize"
REFRESH_CLIENT_IDS = ("ios", "android")  # blinkpy's start-up refresh says ios, its in-request refresh android
PIN_RESEND_SECONDS = 90
INVALID_CREDENTIALS = "Invalid credentials"
INVALID_CREDENTIALS_CODE = 200
INVALID_PIN_CODE = 1621
PIN_VERIFIED_CODE = 1626
REGION_NAMES = {"us": "United States", "eu": "Europe", "ap": "Asia Pacific"}


# -- lockout, shared by every login path -------------------------------------------------------------------------
def seconds_locked(state: MockState, account: Account) -> int:
    """How long the account stays locked out (0: it is not)."""
    return max(0, math.ceil(account.locked_until - state.now()))


def check_lockout(state: MockState, account: Account) -> None:
    """429 while the account is locked out (homebridge-blink-for-home #148: about an hour)."""
    remaining = seconds_locked(state, account)
    if remaining:
        raise BlinkError(
            429,
            "Too many login attempts. Please try again later.",
            headers={"Retry-After": str(remaining)},
            lockout_time_remaining=remaining,
        )


def record_failed_login(state: MockState, account: Account) -> None:
    account.failed_logins += 1
    limit = state.faults.lockout_after_failed_logins
    if limit > 0 and account.failed_logins >= limit:
        account.locked_until = state.now() + state.faults.lockout_seconds
        account.failed_logins = 0


def check_password(state: MockState, email: str, password: str, *, oauth: bool = False) -> Account:
    """The account these credentials open; 429 or 401 otherwise. A locked account is refused even with the
    right password, as Blink does. The OAuth host and the legacy logins word the 401 differently."""
    account = state.account_by_email(email)
    if account is not None:
        check_lockout(state, account)
        if secrets.compare_digest(account.password.encode(), password.encode()):
            account.failed_logins = 0
            return account
        record_failed_login(state, account)
    if oauth:
        # blinkpy PR #1300 (2026-09): the OAuth sign-in's own refusal.
        raise BlinkError(401, "Invalid user credentials.", error="unauthorized", error_cause="invalid_user_credentials")
    raise BlinkError(401, INVALID_CREDENTIALS, INVALID_CREDENTIALS_CODE)


def check_hardware_id(state: MockState, hardware_id: str | None) -> None:
    """406 for a hardware id the era refuses (since 2026-07-18 Cloudflare in front of the login host refuses the
    shared literals, home-assistant/core PR #178396) or the `blocked_hardware_ids` fault names."""
    if hardware_id is None:
        return
    state.rules.refusal(state.rules.hardware_id, hardware_id)
    if hardware_id in state.faults.blocked_hardware_ids:
        raise BlinkError(406, "Not acceptable")


# -- OAuth: authorize, sign-in page, sign-in, 2FA ----------------------------------------------------------------
def pkce_challenge(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii", errors="replace")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def session_of(call: Call) -> OAuthSession | None:
    cookie = call.request.cookies.get(SESSION_COOKIE)
    return call.state.oauth_sessions.get(cookie) if cookie else None


def session_cookie(call: Call, session: OAuthSession) -> str:
    # Host-only, Path=/ so that sign-in, 2FA and the second authorize all carry it. Secure only over HTTPS, so
    # that the flow also works against `scripts/mock` on plain http://127.0.0.1:8080.
    secure = "; Secure" if call.request.url.scheme == "https" else ""
    return f"{SESSION_COOKIE}={session.cookie}; Path=/; HttpOnly; SameSite=Lax{secure}"


def oauth_authorize(call: Call) -> Response:
    query = call.query
    # A call with a PKCE challenge always starts a new login, even when a signed-in cookie comes with it: a
    # client that logs in a second account through one cookie jar must never be redirected to the app scheme
    # on its first authorize (blinkpy cannot follow that redirect).
    if "code_challenge" in query:
        return start_authorization(call, query)
    session = session_of(call)
    if session is None or not session.signed_in or session.account_id is None:
        raise bad_request("No signed-in session: start with the PKCE parameters")
    return redirect_with_code(call, session)


def start_authorization(call: Call, query: dict[str, Any]) -> Response:
    hardware_id = query.get("hardware_id")
    check_hardware_id(call.state, hardware_id)
    if query.get("code_challenge_method", "S256") != "S256":
        raise bad_request("code_challenge_method must be S256")
    if query.get("response_type", "code") != "code":
        raise bad_request("response_type must be code")
    if not query["code_challenge"] or not query.get("client_id") or not query.get("redirect_uri"):
        raise bad_request("client_id, redirect_uri and code_challenge are required")
    session = call.state.new_oauth_session(
        client_id=query["client_id"],
        code_challenge=query["code_challenge"],
        redirect_uri=query["redirect_uri"],
        hardware_id=hardware_id or "",
    )
    location = str(call.request.url.replace(path=SIGNIN_PATH, query=""))
    return Response(status_code=302, headers={"Location": location, "Set-Cookie": session_cookie(call, session)})


def redirect_with_code(call: Call, session: OAuthSession) -> Response:
    codes = call.state.oauth_codes
    if session.code is not None:
        codes.pop(session.code, None)  # only the newest code of a session can be exchanged
    session.code = secrets.token_urlsafe(24)
    codes[session.code] = session
    while len(codes) > MAX_OAUTH_SESSIONS:  # unexchanged codes must not pile up in a long-running mock
        del codes[next(iter(codes))]
    separator = "&" if "?" in session.redirect_uri else "?"
    location = f"{session.redirect_uri}{separator}{urlencode({'code': session.code})}"
    return Response(status_code=302, headers={"Location": location})


def oauth_get_signin_page(call: Call) -> Response:
    session = session_of(call)
    if session is None:
        # Without a session there is nothing to sign in to: a page without the oauth-args script, so that
        # clients fail at the CSRF step as they do against Blink.
        return HTMLResponse(signin_page(None, "Your sign-in session has expired. Start again from the app."))
    return HTMLResponse(signin_page(session, None))


def signin_page(session: OAuthSession | None, notice: str | None) -> str:
    head = '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Blink - Sign in</title>\n'
    body = ""
    if session is not None:
        args = json.dumps({"csrf-token": session.csrf_token, "client_id": session.client_id})
        args = args.replace("<", "\\u003c")  # nothing in the JSON may close the script element
        # blinkpy finds the token only in a script with exactly these two attributes (blinkpy-needs §1.3).
        head += f'<script id="oauth-args" type="application/json">{args}</script>\n'
        body = (
            f'<form method="post" action="{SIGNIN_PATH}">'
            f'<input type="hidden" name="csrf-token" value="{html.escape(session.csrf_token)}">'
            '<label>Email <input type="email" name="username"></label>'
            '<label>Password <input type="password" name="password"></label>'
            '<button type="submit">Sign in</button></form>'
        )
    if notice is not None:
        body = f"<p>{html.escape(notice)}</p>"
    return f'{head}</head><body><div id="root">{body}</div></body></html>\n'


def checked_session(call: Call, form: dict[str, str]) -> OAuthSession:
    """The cookie's session, provided the form carries that session's CSRF token."""
    session = session_of(call)
    if session is None:
        # blinkpy #1147 and PR #1229: Blink's answer to a form without the session's cookies.
        raise BlinkError(400, "Empty Cookies.", error="bad_request", error_cause="empty_cookies")
    if not secrets.compare_digest(session.csrf_token.encode(), form.get("csrf-token", "").encode()):
        raise BlinkError(400, "Invalid CSRF token.", error="bad_request", error_cause="invalid_csrf_token")
    return session


def oauth_signin(call: Call) -> Response:
    form: dict[str, str] = call.body
    session = checked_session(call, form)
    account = check_password(call.state, form["username"], form["password"], oauth=True)
    session.account_id = account.id
    session.signed_in = False
    if account.two_factor:
        session.awaiting_two_factor = True
        # 412 until the 2026-06 change to 202 (`two_factor`); after it some accounts still got 412, a rollout
        # (blinkpy PR #1229), which the scenario's `two_factor_status` plays.
        status = account.two_factor_status if call.state.era.two_factor == "signin_202" else 412
        if status == 412:
            # The spec documents this answer without a body.
            raise BlinkError(412, "Two-factor verification required")
        challenge = {
            "next_time_in_secs": 60,
            "phone": account.phone,
            "tsv_methods": ["sms"],
            "tsv_state": "sms",
            "user_id": account.user_id,
        }
        return json_response(challenge, 202)
    session.signed_in = True
    return Response(status_code=302, headers={"Location": AUTHORIZE_PATH})


def oauth_verify_2fa(call: Call) -> Response:
    form: dict[str, str] = call.body
    session = checked_session(call, form)
    account = call.state.accounts.get(session.account_id) if session.account_id is not None else None
    if account is None or not session.awaiting_two_factor:
        raise bad_request("No sign-in is waiting for a verification code")
    check_lockout(call.state, account)
    if not secrets.compare_digest(account.two_factor_code.encode(), form["2fa_code"].strip().encode()):
        record_failed_login(call.state, account)
        raise BlinkError(
            401, "Invalid verification code.", error="unauthorized", error_cause="invalid_verification_code"
        )
    account.failed_logins = 0
    session.awaiting_two_factor = False
    session.signed_in = True
    return json_response({"status": "auth-completed"}, 201)


# -- OAuth: the token endpoint ------------------------------------------------------------------------------------
def oauth_error(status: int, error: str, description: str) -> BlinkError:
    """A refusal of the token endpoint, answered in RFC 6749's shape (the spec's OAuthError)."""
    return BlinkError(status, description, error=error)


def token_response(state: MockState, account_id: int, hardware_id: str) -> Response:
    access = state.issue_token(account_id, "access", hardware_id)
    refresh = state.issue_token(account_id, "refresh", hardware_id)
    body = {
        "access_token": access.value,
        "refresh_token": refresh.value,
        "expires_in": state.scenario.token_lifetime_seconds,
        "token_type": "Bearer",
        "scope": "client",
    }
    # Tokens must never be cached by anything between the client and the server (RFC 6749 section 5.1).
    return json_response(body, 200, {"Cache-Control": "no-store", "Pragma": "no-cache"})


def oauth_token(call: Call) -> Response:
    form: dict[str, str] = call.body
    hardware_id = form.get("hardware_id") or call.request.headers.get("hardware_id") or ""
    check_hardware_id(call.state, hardware_id)
    grant = form["grant_type"]
    if grant == "authorization_code":
        return exchange_code(call.state, form, hardware_id)
    if grant == "refresh_token":
        return refresh_tokens(call.state, form, hardware_id)
    if grant == "password":
        return password_grant(call, form, hardware_id)
    raise oauth_error(400, "unsupported_grant_type", f"Unknown grant type {grant!r}.")


def password_grant(call: Call, form: dict[str, str], hardware_id: str) -> Response:
    """The 2025-10 login (blinkpy 0.24): username and password in the form; an account with 2FA gets 412 and a
    code, and the same request again with the `2fa-code` header gets the tokens (blinkpy #1114). Refused since
    2025-12-03 with the era's answer (`password_grant`)."""
    variant = call.state.rules.password_grant
    if variant.answer is not None:
        raise EraRefused(variant.answer)
    if variant.value != "accepted":
        raise oauth_error(400, "unsupported_grant_type", "The grant type is not supported.")
    if form.get("client_id") not in REFRESH_CLIENT_IDS:
        raise oauth_error(400, "invalid_client", "Unknown client_id.")
    if not form.get("username") or not form.get("password"):
        raise oauth_error(400, "invalid_request", "username and password are required.")
    state = call.state
    account = check_password(state, form["username"], form["password"], oauth=True)
    if account.two_factor:
        code = call.request.headers.get("2fa-code")
        if code is None:
            # A code goes out by SMS; the spec documents this answer without a body (no body is recorded).
            raise BlinkError(412, "Two-factor verification required")
        if not secrets.compare_digest(account.two_factor_code.encode(), code.strip().encode()):
            # No recording of Blink's answer to a wrong code: RFC 6749's invalid_grant (choice).
            record_failed_login(state, account)
            raise oauth_error(401, "invalid_grant", "Invalid verification code.")
        account.failed_logins = 0
    return token_response(state, account.id, hardware_id)


def exchange_code(state: MockState, form: dict[str, str], hardware_id: str) -> Response:
    code, verifier = form.get("code"), form.get("code_verifier")
    if not code or not verifier:
        raise oauth_error(400, "invalid_request", "code and code_verifier are required.")
    # Any attempt uses the code up, so a leaked code cannot be tried against many verifiers.
    session = state.oauth_codes.pop(code, None)
    invalid = oauth_error(400, "invalid_grant", "The authorization code is invalid or has expired.")
    if session is None or session.account_id is None or session.code != code:
        raise invalid
    session.code = None
    if form.get("redirect_uri", session.redirect_uri) != session.redirect_uri:
        raise invalid
    if form.get("client_id", session.client_id) != session.client_id:
        raise invalid
    if not secrets.compare_digest(pkce_challenge(verifier).encode(), session.code_challenge.encode()):
        raise invalid
    return token_response(state, session.account_id, hardware_id or session.hardware_id)


def refresh_tokens(state: MockState, form: dict[str, str], hardware_id: str) -> Response:
    if form.get("client_id") not in REFRESH_CLIENT_IDS:
        raise oauth_error(400, "invalid_client", "Unknown client_id.")
    value = form.get("refresh_token")
    if not value:
        raise oauth_error(400, "invalid_request", "refresh_token is required.")
    old = state.tokens.get(value)
    if old is None or old.kind != "refresh" or old.expires_at <= state.now() or old.account_id not in state.accounts:
        raise oauth_error(401, "invalid_grant", "Invalid refresh token.")
    del state.tokens[value]  # refresh tokens rotate: the old one is spent
    return token_response(state, old.account_id, hardware_id or old.hardware_id)


def get_tier_info(call: Call) -> Response:
    account = call.require_account()
    return json_response({"tier": account.tier, "account_id": account.id, "region": account.region})


# -- the legacy password logins -----------------------------------------------------------------------------------
def legacy_login(call: Call) -> Account:
    """The checks every password login shares: lockout (429) and credentials (401). Whether Blink still served
    the login at all is the era's, and the dispatcher's to answer."""
    body: dict[str, Any] = call.body
    return check_password(call.state, str(body["email"]), str(body["password"]))


def region_name(account: Account) -> str:
    return REGION_NAMES.get(account.region, account.region.upper())


def login_client(call: Call, account: Account) -> tuple[AppClient, Token]:
    """The app client this login comes from (its `unique_id`), and a legacy token issued to it. A client that
    has not verified a PIN is asked for one at every login: `reauth` makes no visible difference (blinkpy #279,
    #917; homebridge-blink-for-home sends it as the string "true")."""
    body: dict[str, Any] = call.body
    unique_id = body.get("unique_id")
    client = call.state.client_of(account, str(unique_id) if unique_id is not None else None)
    return client, call.state.issue_token(account.id, "legacy", client_id=client.id)


def login_legacy(call: Call) -> Response:
    account = legacy_login(call)
    client, token = login_client(call, account)
    networks = {str(n.id): {"name": n.name, "onboarded": True} for n in call.state.networks_of(account.id)}
    return json_response(
        {
            "authtoken": {"authtoken": token.value, "message": "auth"},
            "networks": networks,
            "region": {account.tier: region_name(account)},
            "account": {"id": account.id},
            "client": {"id": client.id},
        }
    )


def login_v4(call: Call) -> Response:
    account = legacy_login(call)
    client, token = login_client(call, account)
    return json_response(
        {
            "authtoken": {"authtoken": token.value, "message": "auth"},
            "client": {"id": client.id, "verification_required": not client.verified},
            "account": {"id": account.id},
            "region": {"tier": account.tier, "description": region_name(account)},
        }
    )


def login_v5(call: Call) -> Response:
    account = legacy_login(call)
    client, token = login_client(call, account)
    pin = not client.verified
    return json_response(
        {
            "account": {
                "account_id": account.id,
                "user_id": account.user_id,
                "client_id": client.id,
                "new_account": False,
                "tier": account.tier,
                "region": account.region,
                "account_verification_required": False,
                "phone_verification_required": False,
                "client_verification_required": pin,
                "verification_channel": "phone",
            },
            "auth": {"token": token.value},
            "phone": phone_details(account.phone),
            "verification": {"email": {"required": False}, "phone": {"required": pin, "channel": "sms"}},
            "lockout_time_remaining": 0,
            "force_password_reset": False,
            "allow_pin_resend_seconds": PIN_RESEND_SECONDS,
        }
    )


def phone_details(masked: str) -> dict[str, Any]:
    """Blink's `phone` object from a masked number such as `+1******0100`."""
    calling_code = ""
    for char in masked.removeprefix("+"):
        if not char.isdigit():
            break
        calling_code += char
    return {"number": masked, "last_4_digits": masked[-4:], "country_calling_code": calling_code, "valid": True}


def verify_client_pin(call: Call) -> Response:
    account = call.require_account()
    body: dict[str, Any] = call.body
    if seconds_locked(call.state, account):
        # No 429 here in Blink's answers: a locked account simply cannot verify, and needs a new PIN later.
        raise BlinkError(400, "Too many attempts", INVALID_PIN_CODE, valid=False, require_new_pin=True)
    if not secrets.compare_digest(account.two_factor_code.encode(), str(body["pin"]).strip().encode()):
        record_failed_login(call.state, account)
        raise BlinkError(400, "Invalid PIN", INVALID_PIN_CODE, valid=False, require_new_pin=False)
    account.failed_logins = 0
    if call.state.rules.v4_pin_verifies(call.op):
        call.owned["client"].verified = True
    # From 2024-04-18 the v4 path answered as before without verifying anything (`pin_verify`: blinkpy #917).
    verified = {"valid": True, "require_new_pin": False, "message": "Client has been successfully verified"}
    return json_response({**verified, "code": PIN_VERIFIED_CODE})


def resend_client_pin(call: Call) -> Response:
    call.require_account()
    body = {"allow_pin_resend_seconds": PIN_RESEND_SECONDS, "code": 211, "message": "A verification code has been sent"}
    return json_response(body)


# -- session end and status ---------------------------------------------------------------------------------------
def logout(call: Call) -> Response:
    call.require_account()
    if call.token is not None:
        call.state.tokens.pop(call.token, None)
    return json_response({"message": "logout"})


def get_account_status(call: Call) -> Response:
    account = call.require_account()
    token = call.state.tokens.get(call.token or "")
    client = call.state.clients.get(token.client_id if token and token.client_id else account.client_id)
    unverified = client is not None and not client.verified
    return json_response(
        {
            "account": {"id": account.id, "verification_required": False},
            "client": {"id": client.id if client else account.client_id, "verification_required": unverified},
        }
    )


HANDLERS: dict[str, Handler] = {
    "oauth_authorize": oauth_authorize,
    "oauth_get_signin_page": oauth_get_signin_page,
    "oauth_signin": oauth_signin,
    "oauth_verify_2fa": oauth_verify_2fa,
    "oauth_token": oauth_token,
    "get_tier_info": get_tier_info,
    "login_legacy": login_legacy,
    "login_v2": login_legacy,
    "login_v3": login_v4,
    "login_v4": login_v4,
    "login_v5": login_v5,
    "verify_client_pin_v4": verify_client_pin,
    "verify_client_pin_v5": verify_client_pin,
    "resend_client_pin_v4": resend_client_pin,
    "logout": logout,
    "get_account_status": get_account_status,
}
