"""The dispatcher: unknown paths, methods, tokens, and the spec served by the app."""

from __future__ import annotations

import httpx
from support import bearer


def test_unknown_path_is_a_json_404(client: httpx.Client) -> None:
    response = client.get("/no/such/path")
    assert response.status_code == 404
    assert response.json() == {"message": "Not found", "code": 404}


def test_wrong_method_is_405_with_allow(client: httpx.Client) -> None:
    response = client.delete("/networks")
    assert response.status_code == 405
    assert response.headers["allow"] == "GET"
    assert response.json()["code"] == 405


def test_missing_and_unknown_tokens_get_blinks_401(client: httpx.Client) -> None:
    for headers in ({}, bearer("not-a-token"), {"TOKEN_AUTH": "not-a-token"}):
        response = client.get("/networks", headers=headers)
        assert response.status_code == 401
        assert response.json() == {"message": "Unauthorized Access", "code": 101}


def test_bearer_and_token_auth_are_both_accepted(client: httpx.Client, demo_token: str) -> None:
    assert client.get("/networks", headers=bearer(demo_token)).status_code == 200
    assert client.get("/networks", headers={"TOKEN_AUTH": demo_token}).status_code == 200


def test_the_app_serves_its_spec(client: httpx.Client) -> None:
    response = client.get("/openapi.yaml")
    assert response.status_code == 200
    assert response.text.startswith("openapi: 3.1.0")
