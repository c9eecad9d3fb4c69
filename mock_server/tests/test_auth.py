"""Logging in: the OAuth 2 + PKCE flow as blinkpy drives it, refresh, tier info, the legacy logins, the
PIN verification, lockout, retired logins, blocked hardware ids, logout and token expiry.

The OAuth flow is today's Blink; the password logins are tested in the eras that served them (`serving_era`, or
`PASSWORD_ERA` for the v5 login and its PIN). What changed from one era to the next is in test_era_mode.py."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import secrets
from collections.abc import Iterator
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlparse

import httpx
import pytest
from starlette.applications import Starlette
from support import DEMO, OAUTH, OTHER, PASSWORD_ERA, REST, bearer, operation_at, serving_era

from blink_mock import MockState, create_app
from blink_mock.scenario import parse_scenario
from blink_mock.transport import SyncASGITransport

HARDWARE_ID = "7F3A1C2E-5B64-4D8A-9E21-0C6B9A4F1D37"
CALLBACK = "immedia-blink://applinks.blink.com/signin/callback"
DEMO_LOGIN = {"email": "demo@example.com", "password": "demo-password"}
OTHER_LOGIN = {"email": "other@example.com", "password": "other-password"}


@pytest.fixture
def oauth(app: Starlette) -> Iterator[httpx.Client]:
    """A browser-like client of the login host: one cookie jar, redirects not followed."""
    with httpx.Client(transport=SyncASGITransport(app), base_url=OAUTH, follow_redirects=False) as http:
        yield http


def pkce_pair() -> tuple[str, str]:
    verifier = base64.urlsafe_b64encode(secrets.token_bytes(32)).rstrip(b"=").decode()
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    return verifier, challenge


class OAuthArgs(HTMLParser):
    """Finds the CSRF token the way blinkpy's parser does: the oauth-args JSON script."""

    def __init__(self) -> None:
        super().__init__()
        self.inside = False
        self.csrf: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self.inside = tag == "script" and found.get("id") == "oauth-args" and found.get("type") == "application/json"

    def handle_data(self, data: str) -> None:
        if self.inside:
            self.csrf = json.loads(data)["csrf-token"]
            self.inside = False


def authorize(http: httpx.Client, challenge: str, hardware_id: str = HARDWARE_ID) -> httpx.Response:
    params = {
        "app_brand": "blink",
        "app_version": "50.1",
        "client_id": "ios",
        "code_challenge": challenge,
        "code_challenge_method": "S256",
        "device_brand": "Apple",
        "device_model": "iPhone16,1",
        "device_os_version": "26.1",
        "hardware_id": hardware_id,
        "redirect_uri": CALLBACK,
        "response_type": "code",
        "scope": "client",
    }
    return http.get("/oauth/v2/authorize", params=params)


def csrf_token(http: httpx.Client) -> str:
    page = http.get("/oauth/v2/signin")
    assert page.status_code == 200
    parser = OAuthArgs()
    parser.feed(page.text)
    assert parser.csrf
    return parser.csrf


def sign_in(http: httpx.Client, email: str, password: str, csrf: str) -> httpx.Response:
    form = {"username": email, "password": password, "csrf-token": csrf}
    return http.post("/oauth/v2/signin", data=form)


def verify_2fa(http: httpx.Client, code: str, csrf: str) -> httpx.Response:
    return http.post("/oauth/v2/2fa/verify", data={"2fa_code": code, "csrf-token": csrf, "remember_me": "false"})


def authorization_code(http: httpx.Client) -> str:
    response = http.get("/oauth/v2/authorize")
    assert response.status_code == 302
    location = response.headers["location"]
    assert location.startswith(CALLBACK + "?")
    return parse_qs(urlparse(location).query)["code"][0]


def exchange(http: httpx.Client, code: str, verifier: str) -> httpx.Response:
    form = {
        "app_brand": "blink",
        "client_id": "ios",
        "code": code,
        "code_verifier": verifier,
        "grant_type": "authorization_code",
        "hardware_id": HARDWARE_ID,
        "redirect_uri": CALLBACK,
        "scope": "client",
    }
    return http.post("/oauth/token", data=form)


def signed_in_code(http: httpx.Client, email: str, password: str, two_factor: str | None) -> tuple[str, str]:
    """Run the flow up to the authorization code; returns (code, verifier)."""
    verifier, challenge = pkce_pair()
    assert authorize(http, challenge).status_code == 302
    csrf = csrf_token(http)
    response = sign_in(http, email, password, csrf)
    if two_factor is not None:
        assert response.status_code == 202
        assert verify_2fa(http, two_factor, csrf).status_code == 201
    else:
        assert response.status_code == 302
    return authorization_code(http), verifier


def oauth_tokens(http: httpx.Client, email: str, password: str, two_factor: str | None) -> dict[str, object]:
    code, verifier = signed_in_code(http, email, password, two_factor)
    response = exchange(http, code, verifier)
    assert response.status_code == 200
    tokens: dict[str, object] = response.json()
    return tokens


def test_oauth_flow_with_2fa_gives_a_working_bearer_token(oauth: httpx.Client, client: httpx.Client) -> None:
    verifier, challenge = pkce_pair()
    first = authorize(oauth, challenge)
    assert first.status_code == 302
    assert first.headers["location"] == f"{OAUTH}/oauth/v2/signin"
    cookie = first.headers["set-cookie"]
    assert "Path=/" in cookie and "Secure" in cookie and "HttpOnly" in cookie and "Domain" not in cookie

    csrf = csrf_token(oauth)
    signin = sign_in(oauth, "demo@example.com", "demo-password", csrf)
    assert signin.status_code == 202
    challenge_body = signin.json()
    assert challenge_body["tsv_state"] == "sms" and challenge_body["tsv_methods"]

    verified = verify_2fa(oauth, "123456", csrf)
    assert verified.status_code == 201
    assert verified.headers["content-type"].startswith("application/json")
    assert verified.json() == {"status": "auth-completed"}

    tokens = exchange(oauth, authorization_code(oauth), verifier)
    assert tokens.status_code == 200
    body = tokens.json()
    assert body["token_type"] == "Bearer" and body["scope"] == "client"
    assert body["expires_in"] == 14_400
    assert body["refresh_token"]
    assert client.get("/networks", headers=bearer(str(body["access_token"]))).status_code == 200


def test_oauth_flow_without_2fa_redirects_after_signin(oauth: httpx.Client, client: httpx.Client) -> None:
    verifier, challenge = pkce_pair()
    authorize(oauth, challenge)
    signin = sign_in(oauth, "other@example.com", "other-password", csrf_token(oauth))
    assert signin.status_code == 302
    assert signin.headers["location"] == "/oauth/v2/authorize"
    tokens = exchange(oauth, authorization_code(oauth), verifier).json()
    tier = client.get("/api/v1/users/tier_info", headers=bearer(str(tokens["access_token"])))
    assert tier.json()["account_id"] == OTHER


def test_signin_answers_412_when_the_scenario_asks_for_it() -> None:
    scenario = parse_scenario(
        {"accounts": [{"email": "old@example.com", "password": "pw", "two_factor": True, "two_factor_status": 412}]}
    )
    app = create_app(MockState(scenario), validate_responses=True)
    with httpx.Client(transport=SyncASGITransport(app), base_url=OAUTH, follow_redirects=False) as http:
        verifier, challenge = pkce_pair()
        authorize(http, challenge)
        csrf = csrf_token(http)
        assert sign_in(http, "old@example.com", "pw", csrf).status_code == 412
        assert verify_2fa(http, "123456", csrf).status_code == 201
        assert exchange(http, authorization_code(http), verifier).status_code == 200


def test_second_authorize_is_refused_before_signin(oauth: httpx.Client) -> None:
    _, challenge = pkce_pair()
    authorize(oauth, challenge)
    assert oauth.get("/oauth/v2/authorize").status_code == 400
    sign_in(oauth, "demo@example.com", "demo-password", csrf_token(oauth))  # 2FA still pending
    assert oauth.get("/oauth/v2/authorize").status_code == 400


def test_authorize_with_pkce_starts_a_new_login_despite_a_signed_in_cookie(oauth: httpx.Client) -> None:
    signed_in_code(oauth, "other@example.com", "other-password", None)
    _, challenge = pkce_pair()
    again = authorize(oauth, challenge)
    assert again.status_code == 302
    assert again.headers["location"].endswith("/oauth/v2/signin")  # never the app callback


def test_signin_with_wrong_csrf_or_no_cookie_is_refused(oauth: httpx.Client, app: Starlette) -> None:
    _, challenge = pkce_pair()
    authorize(oauth, challenge)
    csrf_token(oauth)
    assert sign_in(oauth, "demo@example.com", "demo-password", "forged").status_code == 400
    with httpx.Client(transport=SyncASGITransport(app), base_url=OAUTH) as cookieless:
        response = sign_in(cookieless, "demo@example.com", "demo-password", "anything")
        assert response.status_code == 400
        assert "oauth-args" not in cookieless.get("/oauth/v2/signin").text


def test_wrong_2fa_code_is_401_and_the_right_one_still_works(oauth: httpx.Client) -> None:
    _, challenge = pkce_pair()
    authorize(oauth, challenge)
    csrf = csrf_token(oauth)
    sign_in(oauth, "demo@example.com", "demo-password", csrf)
    assert verify_2fa(oauth, "000000", csrf).status_code == 401
    assert verify_2fa(oauth, "123456", csrf).status_code == 201


def test_token_with_wrong_verifier_is_invalid_grant(oauth: httpx.Client) -> None:
    code, _ = signed_in_code(oauth, "other@example.com", "other-password", None)
    wrong_verifier, _ = pkce_pair()
    response = exchange(oauth, code, wrong_verifier)
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_grant"


def test_authorization_code_is_single_use(oauth: httpx.Client) -> None:
    code, verifier = signed_in_code(oauth, "other@example.com", "other-password", None)
    assert exchange(oauth, code, verifier).status_code == 200
    reused = exchange(oauth, code, verifier)
    assert reused.status_code == 400
    assert reused.json()["error"] == "invalid_grant"


def test_token_with_another_redirect_uri_is_invalid_grant(oauth: httpx.Client) -> None:
    code, verifier = signed_in_code(oauth, "other@example.com", "other-password", None)
    form = {"grant_type": "authorization_code", "code": code, "code_verifier": verifier, "redirect_uri": "x://y"}
    assert oauth.post("/oauth/token", data=form).json()["error"] == "invalid_grant"


@pytest.mark.parametrize("client_id", ["ios", "android"])
def test_refresh_grant_rotates_tokens(oauth: httpx.Client, client: httpx.Client, client_id: str) -> None:
    tokens = oauth_tokens(oauth, "other@example.com", "other-password", None)
    form = {"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"], "client_id": client_id}
    refreshed = oauth.post("/oauth/token", data={**form, "scope": "client"}, headers={"hardware_id": HARDWARE_ID})
    assert refreshed.status_code == 200
    body = refreshed.json()
    assert body["access_token"] != tokens["access_token"] and body["refresh_token"] != tokens["refresh_token"]
    assert body["expires_in"] == 14_400
    assert client.get("/networks", headers=bearer(str(body["access_token"]))).status_code == 200
    spent = oauth.post("/oauth/token", data=form)
    assert spent.status_code == 401
    assert spent.json()["error"] == "invalid_grant"


def test_refresh_with_unknown_token_is_401(oauth: httpx.Client) -> None:
    form = {"grant_type": "refresh_token", "refresh_token": "nope", "client_id": "ios", "hardware_id": HARDWARE_ID}
    response = oauth.post("/oauth/token", data=form)
    assert response.status_code == 401
    assert response.json()["error"] == "invalid_grant"


def test_retired_password_grant_and_unknown_grant(oauth: httpx.Client) -> None:
    password = {"grant_type": "password", "username": "demo@example.com", "password": "demo-password"}
    retired = oauth.post("/oauth/token", data={**password, "client_id": "android"})
    assert retired.status_code == 401
    assert retired.json()["error"] == "unsupported_grant_type"
    unknown = oauth.post("/oauth/token", data={"grant_type": "client_credentials"})
    assert unknown.status_code == 400
    assert unknown.json()["error"] == "unsupported_grant_type"


def test_token_expiry_follows_the_scenario() -> None:
    scenario = parse_scenario(
        {"accounts": [{"email": "a@example.com", "password": "pw"}], "tokens": {"lifetime_seconds": 900}}
    )
    app = create_app(MockState(scenario), validate_responses=True)
    with httpx.Client(transport=SyncASGITransport(app), base_url=OAUTH, follow_redirects=False) as http:
        assert oauth_tokens(http, "a@example.com", "pw", None)["expires_in"] == 900


def test_wrong_password_is_401_and_locks_out_after_n(oauth: httpx.Client, state: MockState) -> None:
    state.faults.lockout_after_failed_logins = 3
    state.faults.lockout_seconds = 600
    _, challenge = pkce_pair()
    authorize(oauth, challenge)
    csrf = csrf_token(oauth)
    for _ in range(3):
        wrong = sign_in(oauth, "demo@example.com", "wrong", csrf)
        assert wrong.status_code == 401
        assert wrong.json() == {
            "error": "unauthorized",
            "error_cause": "invalid_user_credentials",
            "error_description": "Invalid user credentials.",
        }
    locked = sign_in(oauth, "demo@example.com", "demo-password", csrf)
    assert locked.status_code == 429
    assert locked.json()["lockout_time_remaining"] == 600
    assert locked.headers["retry-after"] == "600"
    state.advance(400)
    assert sign_in(oauth, "demo@example.com", "demo-password", csrf).json()["lockout_time_remaining"] == 200
    state.advance(201)
    assert sign_in(oauth, "demo@example.com", "demo-password", csrf).status_code == 202


@pytest.mark.blink_mock(era="2025-11")
def test_wrong_2fa_codes_and_password_grant_failures_share_one_lockout(oauth: httpx.Client, state: MockState) -> None:
    # In 2025-11 Blink served both OAuth logins: the sign-in and the password grant.
    state.faults.lockout_after_failed_logins = 3
    _, challenge = pkce_pair()
    authorize(oauth, challenge)
    csrf = csrf_token(oauth)
    sign_in(oauth, "demo@example.com", "demo-password", csrf)
    assert verify_2fa(oauth, "111111", csrf).status_code == 401
    assert verify_2fa(oauth, "222222", csrf).status_code == 401
    assert password_grant(oauth, {**DEMO_LOGIN, "password": "nope"}).status_code == 401
    assert verify_2fa(oauth, "123456", csrf).status_code == 429
    locked = password_grant(oauth, DEMO_LOGIN)
    assert locked.status_code == 429
    assert locked.json()["lockout_time_remaining"] == 3600
    assert password_grant(oauth, OTHER_LOGIN).status_code == 200  # only that account is locked


@pytest.mark.blink_mock(era="2019-12")
def test_failures_of_both_legacy_logins_share_one_lockout(client: httpx.Client, state: MockState) -> None:
    state.faults.lockout_after_failed_logins = 3
    for path in ("/api/v2/login", "/login", "/api/v2/login"):
        assert client.post(path, json={**DEMO_LOGIN, "password": "nope"}).status_code == 401
    legacy = client.post("/login", json=DEMO_LOGIN)
    assert legacy.status_code == 429
    assert legacy.json()["lockout_time_remaining"] == 3600
    assert client.post("/login", json=OTHER_LOGIN).status_code == 200  # only that account is locked


def password_grant(http: httpx.Client, login: dict[str, str], code: str | None = None) -> httpx.Response:
    """blinkpy 0.24's login (2025-10): the password grant with a `hardware_id` header, `2fa-code` the second time."""
    form = {"username": login["email"], "password": login["password"], "grant_type": "password"}
    headers = {"hardware_id": "Blinkpy", **({"2fa-code": code} if code is not None else {})}
    return http.post("/oauth/token", data={**form, "client_id": "android", "scope": "client"}, headers=headers)


@pytest.mark.parametrize("hardware_id", ["Home Assistant", "Blinkpy"])
def test_shared_hardware_ids_are_blocked(oauth: httpx.Client, hardware_id: str) -> None:
    _, challenge = pkce_pair()
    refused = authorize(oauth, challenge, hardware_id)
    assert refused.status_code == 406
    # Cloudflare's refusal in front of the OAuth host: plain text, not Blink's JSON (home-assistant/core #173419).
    assert refused.headers["content-type"].startswith("text/plain")
    form = {"grant_type": "refresh_token", "refresh_token": "x", "client_id": "ios"}
    assert oauth.post("/oauth/token", data={**form, "hardware_id": hardware_id}).status_code == 406
    assert oauth.post("/oauth/token", data=form, headers={"hardware_id": hardware_id}).status_code == 406


def test_tier_info_names_the_tokens_account(client: httpx.Client, demo_token: str) -> None:
    response = client.get("https://rest-prod.immedia-semi.com/api/v1/users/tier_info", headers=bearer(demo_token))
    assert response.json() == {"tier": "u011", "account_id": DEMO, "region": "us"}
    assert client.get("/api/v1/users/tier_info").status_code == 401


@pytest.mark.blink_mock(era="2019-12")
@pytest.mark.parametrize("path", ["/login", "/api/v2/login"])
def test_legacy_login_token_works_with_token_auth(client: httpx.Client, path: str) -> None:
    response = client.post(path, json={**DEMO_LOGIN, "client_specifier": "iPhone 10.3 | 2.4 | 245"})
    assert response.status_code == 200
    body = response.json()
    assert body["region"] == {"u011": "United States"}
    assert body["networks"] == {"31001": {"name": "Home", "onboarded": True}}
    assert body["account"] == {"id": DEMO}
    token = body["authtoken"]["authtoken"]
    assert client.get("/networks", headers={"TOKEN_AUTH": token}).status_code == 200


@pytest.mark.parametrize("path", ["/login", "/api/v2/login", "/api/v3/login", "/api/v4/account/login"])
def test_legacy_login_with_bad_credentials_is_401(client: httpx.Client, state: MockState, path: str) -> None:
    state.era = serving_era(operation_at("POST", path))
    response = client.post(path, json={"email": "demo@example.com", "password": "wrong"})
    assert response.status_code == 401
    assert response.json() == {"message": "Invalid credentials", "code": 200}
    assert client.post(path, json={"email": "nobody@example.com", "password": "x"}).status_code == 401


@pytest.mark.parametrize("path", ["/api/v3/login", "/api/v4/account/login"])
def test_v3_and_v4_logins_ask_a_new_client_for_a_pin_once(client: httpx.Client, state: MockState, path: str) -> None:
    state.era = serving_era(operation_at("POST", path))
    first = client.post(path, json={**DEMO_LOGIN, "unique_id": HARDWARE_ID}).json()
    assert first["client"]["verification_required"] is True
    assert first["region"]["tier"] == "u011"
    token = first["authtoken"]["authtoken"]
    verify = client.post(
        f"/api/v4/account/{DEMO}/client/{first['client']['id']}/pin/verify",
        json={"pin": "123456"},
        headers={"TOKEN_AUTH": token},
    )
    assert verify.json()["code"] == 1626
    again = client.post("/api/v4/account/login", json={**DEMO_LOGIN, "unique_id": HARDWARE_ID, "reauth": "true"})
    assert again.json()["client"] == {"id": first["client"]["id"], "verification_required": False}
    other = client.post(path, json=OTHER_LOGIN).json()
    assert other["client"]["verification_required"] is False


@pytest.mark.blink_mock(era=PASSWORD_ERA)
@pytest.mark.parametrize("reauth", [None, "true", True])
def test_a_never_seen_unique_id_is_asked_for_a_pin_whatever_reauth_says(
    client: httpx.Client, reauth: str | bool | None
) -> None:
    """Blink asks every new app installation for a PIN (blinkpy #917); `reauth` makes no visible difference
    (blinkpy #279), and homebridge-blink-for-home sends it as the string "true"."""
    extra = {} if reauth is None else {"reauth": reauth}
    ids = set()
    for unique_id in ("1EAF7C88-2AAB-BC51-038D-DB96D6EEE22F", "6a1f4cfa-5c1e-4a8e-9d3e-0c4f8b7f2a11"):
        body = client.post("/api/v5/account/login", json={**DEMO_LOGIN, "unique_id": unique_id, **extra}).json()
        assert body["account"]["client_verification_required"] is True
        ids.add(body["account"]["client_id"])
    assert len(ids) == 2, "each app installation is its own client"


@pytest.mark.blink_mock(era=PASSWORD_ERA)
def test_pin_paths_answer_with_and_without_the_trailing_slash(client: httpx.Client) -> None:
    """The Android app 6.x and homebridge-blink-for-home write `.../pin/resend/`, `.../pin/verify/` and
    `.../logout/`; blinkpy writes them without the slash (`x-blink-trailing-slash` in the spec)."""
    body = client.post("/api/v5/account/login", json={**DEMO_LOGIN, "unique_id": HARDWARE_ID}).json()
    token = {"TOKEN_AUTH": body["auth"]["token"]}
    base = f"/api/v4/account/{DEMO}/client/{body['account']['client_id']}"
    for slash in ("/", ""):
        assert client.post(f"{base}/pin/resend{slash}", headers=token).json()["code"] == 211
    assert client.post(f"{base}/pin/verify/", json={"pin": "123456"}, headers=token).json()["code"] == 1626
    assert client.post(f"{base}/logout/", headers=token).json() == {"message": "logout"}
    assert client.get("/networks", headers=token).status_code == 401


@pytest.mark.blink_mock(era=PASSWORD_ERA)
def test_each_header_takes_only_its_own_kind_of_token(
    client: httpx.Client, demo_token: str, demo_legacy_token: str
) -> None:
    """TOKEN_AUTH carries a password login's token, Bearer an OAuth access token; no source shows either header
    taking the other kind, so the mock refuses the swap."""
    assert client.get("/networks", headers={"TOKEN_AUTH": demo_token}).status_code == 401
    assert client.get("/networks", headers=bearer(demo_legacy_token)).status_code == 401
    assert client.get("/networks", headers={"TOKEN_AUTH": demo_legacy_token}).status_code == 200
    assert client.get("/networks", headers=bearer(demo_token)).status_code == 200


@pytest.mark.blink_mock(era=PASSWORD_ERA)
def test_v5_login_and_pin_verify(client: httpx.Client) -> None:
    login = client.post("/api/v5/account/login", json={**DEMO_LOGIN, "unique_id": HARDWARE_ID})
    assert login.status_code == 200
    body = login.json()
    account = body["account"]
    assert account["account_id"] == DEMO and account["tier"] == "u011"
    assert account["client_verification_required"] is True
    assert body["verification"]["phone"]["required"] is True
    assert body["phone"]["country_calling_code"] == "1"
    token = {"TOKEN_AUTH": body["auth"]["token"]}
    verify_path = (
        f"/api/v5/accounts/{DEMO}/users/{account['user_id']}/clients/{account['client_id']}"
        "/client_verification/pin/verify"
    )
    status_path = f"/api/v3/account/{DEMO}/status"
    assert client.get(status_path, headers=token).json()["client"]["verification_required"] is True

    wrong = client.post(verify_path, json={"pin": "000000"}, headers=token)
    assert wrong.status_code == 400
    assert wrong.json() == {"valid": False, "require_new_pin": False, "message": "Invalid PIN", "code": 1621}
    right = client.post(verify_path, json={"pin": "123456"}, headers=token)
    assert right.status_code == 200
    assert right.json()["valid"] is True and right.json()["code"] == 1626
    assert client.get(status_path, headers=token).json() == {
        "account": {"id": DEMO, "verification_required": False},
        "client": {"id": account["client_id"], "verification_required": False},
    }


@pytest.mark.blink_mock(era=PASSWORD_ERA)
def test_v5_login_without_2fa_needs_no_pin(client: httpx.Client) -> None:
    body = client.post("/api/v5/account/login", json=OTHER_LOGIN).json()
    assert body["account"]["client_verification_required"] is False
    assert body["verification"]["phone"]["required"] is False
    assert client.get("/networks", headers={"TOKEN_AUTH": body["auth"]["token"]}).status_code == 200


@pytest.mark.blink_mock(era=PASSWORD_ERA)
def test_pin_resend(client: httpx.Client, state: MockState, demo_legacy_token: str) -> None:
    client_id = state.accounts[DEMO].client_id
    headers = {"TOKEN_AUTH": demo_legacy_token}
    response = client.post(f"/api/v4/account/{DEMO}/client/{client_id}/pin/resend", headers=headers)
    assert response.status_code == 200
    assert response.json()["code"] == 211 and response.json()["allow_pin_resend_seconds"] > 0


@pytest.mark.parametrize(
    "path", ["/login", "/api/v2/login", "/api/v3/login", "/api/v4/account/login", "/api/v5/account/login"]
)
def test_the_password_logins_answer_426_today(client: httpx.Client, path: str) -> None:
    response = client.post(path, json=DEMO_LOGIN)
    assert response.status_code == 426
    # The recorded body has no `code` (homebridge-blink-for-home's log, blinkpy #1127).
    assert response.json() == {"message": "An app update is required"}


def test_logout_kills_only_the_callers_token(client: httpx.Client, state: MockState, demo_token: str) -> None:
    spare = state.issue_token(DEMO, "access").value
    client_id = state.accounts[DEMO].client_id
    response = client.post(f"/api/v4/account/{DEMO}/client/{client_id}/logout", headers=bearer(demo_token))
    assert response.json() == {"message": "logout"}
    gone = client.get("/networks", headers=bearer(demo_token))
    assert gone.status_code == 401
    assert gone.json() == {"message": "Unauthorized Access", "code": 101}
    assert client.get("/networks", headers=bearer(spare)).status_code == 200


@pytest.mark.blink_mock(era="2019-12")
def test_logout_of_a_legacy_token(client: httpx.Client, state: MockState) -> None:
    token = client.post("/api/v2/login", json=OTHER_LOGIN).json()["authtoken"]["authtoken"]
    client_id = state.accounts[OTHER].client_id
    assert (
        client.post(f"/api/v4/account/{OTHER}/client/{client_id}/logout", headers={"TOKEN_AUTH": token}).status_code
        == 200
    )
    assert client.get("/networks", headers={"TOKEN_AUTH": token}).status_code == 401


def test_expired_tokens_get_401_code_101(oauth: httpx.Client, client: httpx.Client, state: MockState) -> None:
    tokens = oauth_tokens(oauth, "other@example.com", "other-password", None)
    state.advance(state.scenario.token_lifetime_seconds - 10)
    assert client.get("/networks", headers=bearer(str(tokens["access_token"]))).status_code == 200
    state.advance(11)
    expired = client.get("/networks", headers=bearer(str(tokens["access_token"])))
    assert expired.status_code == 401
    assert expired.json() == {"message": "Unauthorized Access", "code": 101}
    form = {"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"], "client_id": "ios"}
    assert oauth.post("/oauth/token", data=form).status_code == 200  # the refresh token outlives the access token


@pytest.mark.blink_mock(era=PASSWORD_ERA)
def test_expired_legacy_tokens_get_401_code_101(client: httpx.Client, state: MockState) -> None:
    legacy = client.post("/api/v5/account/login", json=OTHER_LOGIN).json()["auth"]["token"]
    assert client.get("/networks", headers={"TOKEN_AUTH": legacy}).status_code == 200
    state.advance(state.scenario.token_lifetime_seconds + 1)
    expired = client.get("/networks", headers={"TOKEN_AUTH": legacy})
    assert expired.status_code == 401
    assert expired.json() == {"message": "Unauthorized Access", "code": 101}


def test_signin_page_carries_the_csrf_token_in_oauth_args(oauth: httpx.Client) -> None:
    _, challenge = pkce_pair()
    authorize(oauth, challenge)
    page = oauth.get("/oauth/v2/signin").text
    assert re.search(r'<script id="oauth-args" type="application/json">\{"csrf-token": "[\w-]+"', page)


def test_the_signin_redirect_stays_on_the_requested_host(app: Starlette) -> None:
    # One app serves every host, so the redirect must not send a local client to the real login host.
    _, challenge = pkce_pair()
    with httpx.Client(transport=SyncASGITransport(app), base_url=REST, follow_redirects=False) as http:
        assert authorize(http, challenge).headers["location"] == f"{REST}/oauth/v2/signin"


def test_sign_in_and_2fa_without_the_session_cookie_say_empty_cookies(oauth: httpx.Client) -> None:
    """Blink's answer to a form that comes without the sign-in session's cookies (blinkpy #1147, PR #1229)."""
    form = {"username": "demo@example.com", "password": "demo-password", "csrf-token": "x"}
    for path, body in (("/oauth/v2/signin", form), ("/oauth/v2/2fa/verify", {"2fa_code": "123456", "csrf-token": "x"})):
        refused = oauth.post(path, data=body)
        assert refused.status_code == 400
        assert refused.json() == {
            "error": "bad_request",
            "error_cause": "empty_cookies",
            "error_description": "Empty Cookies.",
        }


@pytest.mark.blink_mock(era=PASSWORD_ERA)
def test_an_unverified_client_may_see_thumbnails_but_not_download_clips(client: httpx.Client) -> None:
    """MattTW/BlinkMonitorProtocol #49: before its PIN, a client's clip downloads were refused with 101 while its
    thumbnails worked; after the PIN both work."""
    body = client.post("/api/v5/account/login", json={**DEMO_LOGIN, "unique_id": HARDWARE_ID}).json()
    token = {"TOKEN_AUTH": body["auth"]["token"]}
    media = client.get(f"/api/v1/accounts/{DEMO}/media/changed", headers=token).json()["media"][0]
    assert client.get(media["thumbnail"], headers=token).status_code == 200
    refused = client.get(media["media"], headers=token)
    assert (refused.status_code, refused.json()["code"], refused.headers["client-verified"]) == (401, 101, "0")
    verify = f"/api/v4/account/{DEMO}/client/{body['account']['client_id']}/pin/verify"
    assert client.post(verify, json={"pin": "123456"}, headers=token).json()["valid"] is True
    assert client.get(media["media"], headers=token).status_code == 200
