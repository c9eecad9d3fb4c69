"""Secrets given at run time and secret-looking patterns never survive redaction."""

from __future__ import annotations

import json
from typing import Any

import pytest

from blink_contract.redact import REDACTED, Redactor

TOKEN = "tok-3f9c2a71be"
EMAIL = "someone.private@example.org"


def test_added_secrets_are_hidden_everywhere_in_text() -> None:
    redactor = Redactor([TOKEN])
    redactor.add("hunter2-pass", EMAIL, "hw-1c7e9d", "482913")
    text = (
        f'url https://x/api?token={TOKEN}&e={EMAIL.replace("@", "%40")} body {{"pw": "hunter2-pass"}} '
        "hw hw-1c7e9d code 482913"
    )
    redacted = redactor.text(text)
    for secret in (TOKEN, "hunter2-pass", EMAIL, "someone.private%40example.org", "hw-1c7e9d", "482913"):
        assert secret not in redacted
    assert redacted.count(REDACTED) >= 5


def test_numeric_ids_do_not_eat_longer_numbers() -> None:
    redactor = Redactor(["31001"])
    assert redactor.text("network 31001, ts 1748310012") == f"network {REDACTED}, ts 1748310012"


def test_short_values_are_not_treated_as_secrets() -> None:
    assert Redactor(["7", ""]).text("camera 7 of 17") == "camera 7 of 17"


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Authorization: Bearer abc.def.ghi", "abc.def.ghi"),
        ("TOKEN_AUTH: 9f8e7d6c5b", "9f8e7d6c5b"),
        ('{"token-auth": "9f8e7d6c5b"}', "9f8e7d6c5b"),
        ("mail me at jane.doe+blink@mail.example.com please", "jane.doe+blink@mail.example.com"),
        ("call +44 20 7946 0958 now", "7946 0958"),
        ("call (555) 123-4567 now", "123-4567"),
        ("Set-Cookie: session=s3cr3tvalue; Path=/; HttpOnly", "s3cr3tvalue"),
        ("cookie: a=zzsecretzz; b=2", "zzsecretzz"),
        ("csrf-token=Qwerty123456", "Qwerty123456"),
        ('{"csrf_token": "Qwerty123456"}', "Qwerty123456"),
        ('{"access_token": "at-1234567", "refresh_token": "rt-7654321"}', "at-1234567"),
        ('{"access_token": "at-1234567", "refresh_token": "rt-7654321"}', "rt-7654321"),
        ("immedia-blink://applinks.blink.com/signin/callback?code=Qm9keUF1dGhDb2Rl", "Qm9keUF1dGhDb2Rl"),
        ("hardware_id=7f1e0c22-aaaa-bbbb", "7f1e0c22-aaaa-bbbb"),
    ],
)
def test_patterns_are_hidden_without_being_announced(text: str, secret: str) -> None:
    assert secret not in Redactor().text(text)


def test_numeric_path_segments_are_hidden() -> None:
    redacted = Redactor().text("GET https://rest-prod.immedia-semi.com/network/31001/camera/4457/config")
    assert redacted == "GET https://rest-prod.immedia-semi.com/network/{id}/camera/{id}/config"
    assert Redactor().text("/api/v3/accounts/1000100/homescreen") == "/api/v3/accounts/{id}/homescreen"


def test_ordinary_text_survives() -> None:
    text = "/networks/0/armed: 'yes' is not of type 'boolean' at 2025-06-01T07:45:02+00:00 (status 201)"
    assert Redactor().text(text) == text
    assert Redactor().text("http://127.0.0.1:8000/api/v1/version") == "http://127.0.0.1:8000/api/v1/version"


def test_json_redacts_sensitive_keys_wholesale() -> None:
    document: dict[str, Any] = {
        "account": {"id": 1000100, "email": EMAIL, "account_id": 5, "user_id": 6},
        "auth": {"token": TOKEN, "refresh_token": "r", "hardware_id": "h"},
        "phone": {"number": "+15551234567"},
        "networks": [{"name": "Home", "network_id": 31001, "armed": True}],
        "note": f"Bearer {TOKEN}",
    }
    redacted = Redactor().json(document)
    assert redacted["account"] == {"id": REDACTED, "email": REDACTED, "account_id": REDACTED, "user_id": REDACTED}
    assert set(redacted["auth"].values()) == {REDACTED}
    assert redacted["phone"] == REDACTED  # the whole value, object or not
    assert Redactor().json({"sms": {"number": "+15551234567"}}) == {"sms": {"number": REDACTED}}
    assert redacted["networks"] == [{"name": "Home", "network_id": REDACTED, "armed": True}]
    assert TOKEN not in json.dumps(redacted)
    assert document["account"]["id"] == 1000100  # a copy, not in place


def test_headers() -> None:
    headers = {
        "Authorization": "Bearer x",
        "TOKEN-AUTH": "abc",
        "Set-Cookie": "s=1",
        "Cookie": "s=1",
        "X-CSRF-Token": "t",
        "Client-Id": "123",
        "Location": "https://x/network/31001/?code=abcdef",
        "Content-Type": "application/json",
    }
    redacted = Redactor().headers(headers)
    for name in ("Authorization", "TOKEN-AUTH", "Set-Cookie", "Cookie", "X-CSRF-Token", "Client-Id"):
        assert redacted[name] == REDACTED
    assert redacted["Location"] == f"https://x/network/{{id}}/?code={REDACTED}"
    assert redacted["Content-Type"] == "application/json"


@pytest.mark.parametrize(
    "text",
    [
        # Advice and reasons after a sensitive word are kept: a secret is found by value or by key, never as "the
        # word that follows".
        "Blink asks for a 2FA code: set BLINK_2FA_CODE or run in a terminal",
        "network error on GET 127.0.0.1/oauth/v2/authorize (port 8089): ConnectError: [Errno 111] Connection refused",
        "the session cookie: expired",
        "Bearer tokens expire after 4 hours",
        "token refresh: HTTP 503",
        "OAuth token response carries no access_token / refresh_token",
        "'code' is a required property",
        "'code': missing",
        '{"code": null, "token": true}',  # no value there to hide
    ],
)
def test_prose_around_sensitive_words_survives(text: str) -> None:
    assert Redactor().text(text) == text


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ('{"code": 482913, "name": "Home"}', f'{{"code": "{REDACTED}", "name": "Home"}}'),
        ('{"2fa_code": "482913"}', f'{{"2fa_code": "{REDACTED}"}}'),
        (
            "{'access_token': 'at-1', 'ok': True} is not valid",
            f"{{'access_token': '{REDACTED}', 'ok': True}} is not valid",
        ),
        ('{"email": "x", "phone": ["+1", "+2"]}', f'{{"email": "{REDACTED}", "phone": "{REDACTED}"}}'),
        ("username=jane&password=hunter2&2fa_code=4821", f"username=jane&password={REDACTED}&2fa_code={REDACTED}"),
        ("body grant_type=refresh_token&refresh_token=rt-9", f"body grant_type=refresh_token&refresh_token={REDACTED}"),
        ("https://x/cb?code=abc&state=1#frag", f"https://x/cb?code={REDACTED}&state=1#frag"),
        ("X-CSRF-Token: zzz", f"X-CSRF-Token: {REDACTED}"),
        ("Authorization: Bearer eyJhbGciOi.x.y", f"Authorization: {REDACTED}"),
        ("sent Bearer eyJhbGciOi.x.y", f"sent Bearer {REDACTED}"),
    ],
)
def test_values_of_sensitive_names_are_hidden_where_the_text_pairs_them(text: str, redacted: str) -> None:
    assert Redactor().text(text) == redacted


def test_known_values_are_hidden_in_prose_too() -> None:
    redactor = Redactor(["hunter2-pass", "482913"])
    assert redactor.text("password hunter2-pass refused; code 482913") == (
        f"password {REDACTED} refused; code {REDACTED}"
    )
