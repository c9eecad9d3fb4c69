"""Blink's OAuth 2 authorization-code + PKCE login, written once for sync and async callers.

The flow (blinkpy-needs.md §1, as Blink's login host does it since 2025-12):

1. `GET /oauth/v2/authorize` with the PKCE challenge and `hardware_id` → 302 to the sign-in page, session cookie.
2. `GET /oauth/v2/signin` → HTML; the CSRF token is the `csrf-token` key of `<script id="oauth-args">`.
3. `POST /oauth/v2/signin` (username, password, csrf-token) → 302: no 2FA; 202 with `tsv_*` or 412: 2FA.
4. 2FA only: `POST /oauth/v2/2fa/verify` (2fa_code, csrf-token, remember_me=false) → 201 `auth-completed`.
5. `GET /oauth/v2/authorize` again, without a query → 302 whose `Location` query carries the `code`.
6. `POST /oauth/token` (`authorization_code`, `code_verifier`, `hardware_id`) → access and refresh tokens.

`login_flow` and `refresh_flow` are generators: they yield the `HTTPCall`s to make and receive each
`httpx.Response`, so `BlinkSession` drives them with an `httpx.Client` and `AsyncBlinkSession` with an
`httpx.AsyncClient`; `blink-contract` (contract_tests/session.py) drives them with its own throttled, recorded
sender. The sessions' transport raises error statuses as typed errors before the flow sees them; a driver that
passes them on gets LoginFailed (or BlinkHTTPError from the token endpoint) instead, and `HTTPCall.step` says
which step it was.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any
from urllib.parse import parse_qs, urlparse

import httpx

from blink_api_client.models.o_auth_sign_in_form import OAuthSignInForm
from blink_api_client.models.o_auth_token_form import OAuthTokenForm
from blink_api_client.models.o_auth_token_response import OAuthTokenResponse
from blink_api_client.models.o_auth_verify_form import OAuthVerifyForm
from blink_session import json_limits
from blink_session.errors import BlinkHTTPError, LoginFailed, TwoFactorRequired

OAUTH_HOST = "https://api.oauth.blink.com"
PROD_HOST = "https://rest-prod.immedia-semi.com"
REST_HOST_TEMPLATE = "https://rest-{tier}.immedia-semi.com"
REDIRECT_URI = "immedia-blink://applinks.blink.com/signin/callback"
CLIENT_ID = "ios"
# The identity blinkpy presents; Blink has refused clients that did not look like its app.
BROWSER_UA = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1"
)
APP_UA = "Blink/2511191620 CFNetwork/3860.200.71 Darwin/25.1.0"
REST_UA = "27.0ANDROID_28373244"
AUTHORIZE_PARAMS = {
    "app_brand": "blink",
    "app_version": "50.1",
    "client_id": CLIENT_ID,
    "code_challenge_method": "S256",
    "device_brand": "Apple",
    "device_model": "iPhone16,1",
    "device_os_version": "26.1",
    "redirect_uri": REDIRECT_URI,
    "response_type": "code",
    "scope": "client",
}
SIGNIN_PATH = "/oauth/v2/signin"
AUTHORIZE_PATH = "/oauth/v2/authorize"
VERIFY_PATH = "/oauth/v2/2fa/verify"
TOKEN_PATH = "/oauth/token"
REDIRECTS = (301, 302, 303, 307, 308)


@dataclass(frozen=True)
class HTTPCall:
    """One request of the flow, made with the OAuth client (cookie jar, no redirects followed). `step` names it
    ("authorize", "sign-in page", "sign-in", "2fa", "code", "token", "refresh") for a driver that reports
    failures per step."""

    method: str
    url: str
    params: dict[str, str] | None = None
    data: dict[str, str] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    step: str = ""


Flow = Generator[HTTPCall, httpx.Response, OAuthTokenResponse]


def pkce_pair() -> tuple[str, str]:
    """(code_verifier, S256 code_challenge), both URL-safe base64 without padding."""
    verifier = base64.urlsafe_b64encode(secrets.token_bytes(32)).rstrip(b"=").decode("ascii")
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return verifier, base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


class _OAuthArgsParser(HTMLParser):
    """Finds the JSON of `<script id="oauth-args" type="application/json">`, as blinkpy does."""

    def __init__(self) -> None:
        super().__init__()
        self._inside = False
        self.args: dict[str, Any] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        self._inside = tag == "script" and values.get("id") == "oauth-args" and values.get("type") == "application/json"

    def handle_endtag(self, tag: str) -> None:
        self._inside = False

    def handle_data(self, data: str) -> None:
        if self._inside and self.args is None:
            try:
                parsed = json_limits.loads(data)
            except ValueError:  # not JSON, or over the limits
                return
            if isinstance(parsed, dict):
                self.args = parsed


def csrf_token(page: str) -> str | None:
    parser = _OAuthArgsParser()
    parser.feed(page)
    parser.close()
    token = (parser.args or {}).get("csrf-token")
    return token if isinstance(token, str) and token else None


def _form(model: OAuthSignInForm | OAuthVerifyForm | OAuthTokenForm) -> dict[str, str]:
    return {key: str(value) for key, value in model.to_dict().items()}


def json_object(response: httpx.Response) -> dict[str, Any]:
    """The body as a JSON object, or {} when it is not one (Blink's error pages, empty 3xx bodies) or is over the
    limits of `json_limits` (nested too deep, too large)."""
    try:
        data = json_limits.loads(response.content)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _unexpected(response: httpx.Response, step: str) -> LoginFailed:
    return LoginFailed(f"{step}: unexpected HTTP {response.status_code} from Blink's login host")


def _token_response(response: httpx.Response) -> OAuthTokenResponse:
    data = json_object(response)
    if response.status_code != 200 or not isinstance(data.get("access_token"), str):
        raise BlinkHTTPError(
            response.status_code,
            response.headers,
            response.content,
            message="the token endpoint gave no access token",
            url=str(response.request.url),
        )
    return OAuthTokenResponse.from_dict(data)


def login_flow(
    oauth_base: str, email: str, password: str, hardware_id: str, two_factor: Callable[[], str] | None
) -> Flow:
    """The whole login, ending with the token response. One attempt: a wrong password, a lockout, a blocked
    hardware_id ... arrive as the transport's typed errors; a broken flow raises LoginFailed; a 2FA challenge
    without a callback (or an empty code) raises TwoFactorRequired."""
    base = oauth_base.rstrip("/")
    verifier, challenge = pkce_pair()
    browser = {
        "User-Agent": BROWSER_UA,
        "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
        "Accept-Language": "en-US,en;q=0.9",
    }
    form_headers = {**browser, "Origin": OAUTH_HOST, "Referer": f"{OAUTH_HOST}{SIGNIN_PATH}"}

    # 1. authorize: starts the browser session (cookie) and sends us to the sign-in page.
    params = {**AUTHORIZE_PARAMS, "code_challenge": challenge, "hardware_id": hardware_id}
    response = yield HTTPCall("GET", f"{base}{AUTHORIZE_PATH}", params=params, headers=browser, step="authorize")
    if response.status_code not in (200, *REDIRECTS):
        raise _unexpected(response, "authorize")

    # 2. the sign-in page and its CSRF token.
    response = yield HTTPCall("GET", f"{base}{SIGNIN_PATH}", headers=browser, step="sign-in page")
    token = csrf_token(response.text) if response.status_code == 200 else None
    if token is None:
        raise LoginFailed("the sign-in page carried no CSRF token (oauth-args)")

    # 3. sign in.
    sign_in = OAuthSignInForm(username=email, password=password, csrf_token=token)
    response = yield HTTPCall("POST", f"{base}{SIGNIN_PATH}", data=_form(sign_in), headers=form_headers, step="sign-in")
    if response.status_code in (202, 412):
        body = json_object(response)
        wants_code = response.status_code == 412 or any(
            body.get(key) for key in ("tsv_state", "tsv_methods", "next_time_in_secs")
        )
        if not wants_code:
            raise LoginFailed("sign-in answered 202 without a 2FA challenge")
        # 4. 2FA: the same CSRF token and cookie; Blink sends the code by SMS or e-mail.
        code = two_factor().strip() if two_factor is not None else ""
        if not code:
            raise TwoFactorRequired("Blink sent a 2FA code; pass a two_factor callback that returns it")
        verify = OAuthVerifyForm(field_2fa_code=code, csrf_token=token, remember_me="false")
        response = yield HTTPCall("POST", f"{base}{VERIFY_PATH}", data=_form(verify), headers=form_headers, step="2fa")
        if response.status_code != 201 or json_object(response).get("status") != "auth-completed":
            raise _unexpected(response, "2FA verification")
    elif response.status_code not in REDIRECTS:
        raise _unexpected(response, "sign-in")

    # 5. authorize again, without parameters: the redirect to the app carries the code.
    headers = {"User-Agent": BROWSER_UA, "Accept": "*/*", "Referer": f"{OAUTH_HOST}{SIGNIN_PATH}"}
    response = yield HTTPCall("GET", f"{base}{AUTHORIZE_PATH}", headers=headers, step="code")
    codes = parse_qs(urlparse(response.headers.get("location", "")).query).get("code")
    if response.status_code not in REDIRECTS or not codes:
        raise LoginFailed("the authorization redirect carried no code")

    # 6. exchange the code for tokens.
    exchange = OAuthTokenForm(
        grant_type="authorization_code",
        code=codes[0],
        code_verifier=verifier,
        redirect_uri=REDIRECT_URI,
        client_id=CLIENT_ID,
        scope="client",
        app_brand="blink",
        hardware_id=hardware_id,
    )
    response = yield HTTPCall(
        "POST", f"{base}{TOKEN_PATH}", data=_form(exchange), headers={"User-Agent": APP_UA}, step="token"
    )
    return _token_response(response)


def refresh_flow(oauth_base: str, refresh_token: str, hardware_id: str) -> Flow:
    """`grant_type=refresh_token` (client_id ios). A refresh token Blink no longer takes is its 401 (Unauthorized)."""
    form = OAuthTokenForm(
        grant_type="refresh_token",
        refresh_token=refresh_token,
        client_id=CLIENT_ID,
        scope="client",
        hardware_id=hardware_id,
    )
    response = yield HTTPCall(
        "POST",
        f"{oauth_base.rstrip('/')}{TOKEN_PATH}",
        data=_form(form),
        headers={"User-Agent": APP_UA},
        step="refresh",
    )
    return _token_response(response)
