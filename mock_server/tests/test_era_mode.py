"""The mock as Blink was on a given day (`MockState(era=...)`), one test per dated rule of the spec's history.

Each rule is tested on both sides of its date where it has two, so that a mock that ignored the era would fail one
side. The dates and answers come from the spec (`blink_spec.eras`); the tests name the eras the research chose for
each client (blinkpy 0.14.3: 2019-12, 0.16.4: 2020-11, homebridge-blink-for-home 3.9.2: 2022-11, blinkpy 0.22.7:
2024-02, 0.24.1: 2025-11, 0.25.0: 2026-01)."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator

import httpx
import pytest
from starlette.applications import Starlette
from support import DEMO, DEMO_NETWORK, OAUTH, REST
from test_auth import authorize, csrf_token, pkce_pair, sign_in

from blink_mock import MockState, create_app
from blink_mock.scenario import default_scenario
from blink_mock.transport import SyncASGITransport
from blink_spec.eras import parse_era, today

DEMO_LOGIN = {"email": "demo@example.com", "password": "demo-password"}
RETIRED = {"message": "An app update is required"}
UNIQUE_ID = "1EAF7C88-2AAB-BC51-038D-DB96D6EEE22F"
REQUESTS_AGENT = {"User-Agent": "python-requests/2.22.0"}
CHROME_71 = (
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_14_1) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/71.0.3578.98 Safari/537.36"
)


def served(era: str) -> tuple[MockState, httpx.Client]:
    state = MockState(era=era)
    app = create_app(state, validate_responses=True)
    return state, httpx.Client(transport=SyncASGITransport(app), base_url=REST)


@pytest.fixture
def oauth(app: Starlette) -> Iterator[httpx.Client]:
    with httpx.Client(transport=SyncASGITransport(app), base_url=OAUTH, follow_redirects=False) as http:
        yield http


def v2_login(client: httpx.Client) -> str:
    response = client.post("/api/v2/login", json={**DEMO_LOGIN, "client_specifier": "iPhone 9.2 | 2.2 | 222"})
    assert response.status_code == 200, response.text
    token: str = response.json()["authtoken"]["authtoken"]
    return token


def v4_login(client: httpx.Client) -> dict[str, object]:
    body = {**DEMO_LOGIN, "unique_id": UNIQUE_ID, "reauth": "false"}
    response = client.post("/api/v4/account/login", json=body, headers={"User-Agent": CHROME_71})
    assert response.status_code == 200, response.text
    found: dict[str, object] = response.json()
    return found


# -- the default: today's Blink ----------------------------------------------------------------------------------
def test_the_default_state_is_todays_blink() -> None:
    assert MockState().era == today()
    assert MockState().era.day == parse_era("today").day


def test_todays_blink_refuses_a_password_logins_token_with_the_recorded_426(
    client: httpx.Client, state: MockState
) -> None:
    token = state.issue_token(DEMO, "legacy", client_id=state.accounts[DEMO].client_id).value
    response = client.get(f"/api/v3/accounts/{DEMO}/homescreen", headers={"TOKEN_AUTH": token})
    assert (response.status_code, response.json()) == (426, RETIRED)


def test_todays_signin_asks_for_the_code_with_202(oauth: httpx.Client) -> None:
    authorize(oauth, pkce_pair()[1])
    response = sign_in(oauth, DEMO_LOGIN["email"], DEMO_LOGIN["password"], csrf_token(oauth))
    assert response.status_code == 202
    assert response.json()["tsv_state"] == "sms"


@pytest.mark.blink_mock(era="2026-01")
def test_the_2026_01_signin_asks_for_the_code_with_412(oauth: httpx.Client) -> None:
    authorize(oauth, pkce_pair()[1])
    assert sign_in(oauth, DEMO_LOGIN["email"], DEMO_LOGIN["password"], csrf_token(oauth)).status_code == 412
    # No Cloudflare yet: a shared literal hardware id is let through (406 only from 2026-07-18).
    assert authorize(oauth, pkce_pair()[1], "Blinkpy").status_code != 406


# -- operations outside their window -----------------------------------------------------------------------------
def test_an_operation_not_served_yet_is_an_unknown_path() -> None:
    _, client = served("2019-12")
    response = client.post("/api/v5/account/login", json={**DEMO_LOGIN, "unique_id": UNIQUE_ID})
    assert (response.status_code, response.headers["content-type"]) == (404, "text/html; charset=utf-8")


def test_a_retired_operation_answers_as_blink_did_after() -> None:
    _, client = served("2021-03")  # the v2 login retired on 2020-05-11
    app_agent = {"User-Agent": "Blink/2210101952 CFNetwork/1399 Darwin/22.1.0"}  # not refused for its agent
    response = client.post("/api/v2/login", json=DEMO_LOGIN, headers=app_agent)
    assert (response.status_code, response.json()) == (426, RETIRED)
    _, before = served("2020-04")
    assert before.post("/api/v2/login", json=DEMO_LOGIN, headers=app_agent).status_code == 200


# -- blinkpy 0.14.3's Blink (2019-12) ----------------------------------------------------------------------------
def test_a_2019_token_names_the_account_whatever_the_path_says() -> None:
    """blinkpy 0.13 to 0.14.3 asked for /api/v3/accounts/None/homescreen on every start (`path_account_id`)."""
    _, client = served("2019-12")
    token = v2_login(client)
    response = client.get("/api/v3/accounts/None/homescreen", headers={"TOKEN_AUTH": token})
    assert response.status_code == 200, response.text
    assert response.json()["account"]["id"] == DEMO
    # From the v3 login on (2020-05-11) the path's account counts.
    _, later = served("2020-11")
    token = str(v4_login(later)["authtoken"]["authtoken"])  # type: ignore[index]
    assert later.get("/api/v3/accounts/None/homescreen", headers={"TOKEN_AUTH": token}).status_code in (400, 404)


def test_2019_commands_complete_by_time_without_a_poll() -> None:
    _, client = served("2019-12")
    token = {"TOKEN_AUTH": v2_login(client)}
    assert client.post(f"/network/{DEMO_NETWORK}/arm", headers=token).status_code == 200
    assert client.get(f"/network/{DEMO_NETWORK}", headers=token).json()["network"]["armed"] is True
    # and a second command is not refused as busy behind an unpolled first one
    assert client.post(f"/network/{DEMO_NETWORK}/disarm", headers=token).status_code == 200
    assert client.get(f"/network/{DEMO_NETWORK}", headers=token).json()["network"]["armed"] is False


@pytest.mark.parametrize(
    ("era", "owls", "doorbells"), [("2019-12", False, False), ("2020-11", True, False), ("2022-11", True, True)]
)
def test_devices_that_did_not_exist_yet_are_absent(era: str, owls: bool, doorbells: bool) -> None:
    state, _ = served(era)
    kinds = {camera.kind for camera in state.cameras.values()}
    assert ("owl" in kinds, "doorbell" in kinds) == (owls, doorbells)
    assert "camera" in kinds
    # Their clips go with them: every clip is of a device of the world.
    assert all(m.camera_id in state.cameras for m in state.media.values())


def test_a_2019_host_header_of_another_name_is_ignored_and_refused_from_2020_07_10() -> None:
    wrong_host = {"Host": "u011.immedia-semi.com"}  # blinkpy 0.14's header lacks `rest-`
    _, client = served("2019-12")
    token = v2_login(client)
    assert client.get("/networks", headers={"TOKEN_AUTH": token, **wrong_host}).status_code == 200
    _, later = served("2020-11")
    token = str(v4_login(later)["authtoken"]["authtoken"])  # type: ignore[index]
    assert later.get("/networks", headers={"TOKEN_AUTH": token}).status_code == 200
    refused = later.get("/networks", headers={"TOKEN_AUTH": token, **wrong_host})
    assert (refused.status_code, refused.json()["code"]) == (401, 101)


@pytest.mark.parametrize(("era", "paths"), [("2019-12", "/api/v2/accounts/"), ("2022-11", "/api/v3/media/")])
def test_media_lists_hand_out_paths_the_era_served(era: str, paths: str) -> None:
    state, client = served(era)
    token = {"TOKEN_AUTH": state.issue_token(DEMO, "legacy", client_id=state.accounts[DEMO].client_id).value}
    listed = client.get(f"/api/v1/accounts/{DEMO}/media/changed?since=2000-01-01T00:00:00+0000&page=1", headers=token)
    item = listed.json()["media"][0]
    assert item["media"].startswith(paths) and item["thumbnail"].startswith(paths)
    clip = client.get(item["media"], headers=token)
    assert (clip.status_code, clip.headers["content-type"]) == (200, "video/mp4")
    assert client.get(item["thumbnail"], headers=token).status_code == 200


@pytest.mark.parametrize(("era", "suffix"), [("2019-12", ".jpg"), ("2022-11", "")])
def test_camera_thumbnails_are_paths_the_era_served_and_follow_a_snapshot(era: str, suffix: str) -> None:
    # Before 2022-03 a camera's `thumbnail` is an event path without extension, and the clients of the time append
    # `.jpg` to it; after, the `/api/v3/media` camera path as it is.
    state, client = served(era)
    token = {"TOKEN_AUTH": state.issue_token(DEMO, "legacy", client_id=state.accounts[DEMO].client_id).value}

    def thumbnails() -> list[str]:
        cameras = client.get(f"/api/v3/accounts/{DEMO}/homescreen", headers=token).json()["cameras"]
        return [camera["thumbnail"] for camera in cameras]

    before = thumbnails()
    for thumbnail in before:
        image = client.get(thumbnail + suffix, headers=token)
        assert (image.status_code, image.headers["content-type"]) == (200, "image/jpeg"), thumbnail
    camera = min(c.id for c in state.cameras.values() if c.account_id == DEMO and c.kind == "camera")
    snap = client.post(f"/network/{DEMO_NETWORK}/camera/{camera}/thumbnail", headers=token)
    assert snap.status_code == 200, snap.text
    state.advance(1)
    assert thumbnails() != before  # the snapshot is what the thumbnail now shows
    assert client.get(thumbnails()[0] + suffix, headers=token).status_code == 200


# -- blinkpy 0.16.4's Blink (2020-11) ----------------------------------------------------------------------------
def test_login_user_agent_is_required_from_2020_08_02() -> None:
    _, client = served("2020-11")
    body = {**DEMO_LOGIN, "unique_id": UNIQUE_ID}
    refused = client.post("/api/v4/account/login", json=body, headers=REQUESTS_AGENT)
    assert (refused.status_code, refused.json()) == (426, RETIRED)
    _, before = served("2020-07-15")
    assert before.post("/api/v4/account/login", json=body, headers=REQUESTS_AGENT).status_code == 200


@pytest.mark.parametrize(("era", "status"), [("2020-11", 200), ("2022-11", 400)])
def test_a_pin_without_content_type_is_read_as_json_until_2021_02_08(era: str, status: int) -> None:
    """blinkpy 0.16.4 sends its PIN as a JSON string with no Content-Type (`untyped_json_body`)."""
    state, client = served(era)
    account = state.accounts[DEMO]
    if era == "2020-11":
        login = v4_login(client)
        token, client_id = login["authtoken"]["authtoken"], login["client"]["id"]  # type: ignore[index]
    else:
        body = {**DEMO_LOGIN, "unique_id": UNIQUE_ID}
        login = client.post("/api/v5/account/login", json=body, headers={"User-Agent": "Blink/2210101952"}).json()
        token, client_id = login["auth"]["token"], login["account"]["client_id"]
    response = client.post(
        f"/api/v4/account/{account.id}/client/{client_id}/pin/verify",
        content=json.dumps({"pin": account.two_factor_code}),
        headers={"TOKEN_AUTH": str(token)},
    )
    assert response.status_code == status, response.text
    if status == 200:
        assert response.json()["valid"] is True


# -- the v5 login's Blink (2022-11 .. 2025-09) -------------------------------------------------------------------
def test_from_2024_01_06_a_desktop_browser_agent_gets_cloudflares_406() -> None:
    for era, refused in (("2022-11", False), ("2024-02", True), ("2025-11", False)):
        state, client = served(era)
        token = state.issue_token(DEMO, "legacy", client_id=state.accounts[DEMO].client_id).value
        if era == "2025-11":  # after 2025-10-13 no TOKEN_AUTH at all; the agent is no longer looked at
            token_header = {"Authorization": f"Bearer {state.issue_token(DEMO, 'access').value}"}
        else:
            token_header = {"TOKEN_AUTH": token}
        response = client.get("/networks", headers={**token_header, "User-Agent": CHROME_71})
        assert (response.status_code == 406) is refused, era
        if refused:
            assert response.headers["content-type"].startswith("text/plain")


@pytest.mark.parametrize(("era", "verifies"), [("2022-11", True), ("2024-05", False)])
def test_the_v4_pin_path_stops_verifying_on_2024_04_18(era: str, verifies: bool) -> None:
    state, client = served(era)
    body = {**DEMO_LOGIN, "unique_id": UNIQUE_ID, "reauth": True}
    login = client.post("/api/v5/account/login", json=body, headers={"User-Agent": "27.0ANDROID_28373244"}).json()
    assert login["account"]["client_verification_required"] is True
    token, client_id = login["auth"]["token"], login["account"]["client_id"]
    verify = client.post(
        f"/api/v4/account/{DEMO}/client/{client_id}/pin/verify",
        json={"pin": state.accounts[DEMO].two_factor_code},
        headers={"TOKEN_AUTH": token},
    )
    assert verify.status_code == 200 and verify.json()["valid"] is True  # it still said so
    homescreen = client.get(f"/api/v3/accounts/{DEMO}/homescreen", headers={"TOKEN_AUTH": token})
    # After 2024-04-18 an unverified client is refused (blinkpy #917); before, it saw its homescreen anyway.
    assert homescreen.status_code == (200 if verifies else 401)


def test_2022_refuses_an_unverified_clients_clip_downloads_only() -> None:
    _, client = served("2022-11")
    body = {**DEMO_LOGIN, "unique_id": UNIQUE_ID}
    login = client.post("/api/v5/account/login", json=body, headers={"User-Agent": "Blink/2210101952"}).json()
    token = {"TOKEN_AUTH": login["auth"]["token"]}
    listed = client.get(f"/api/v1/accounts/{DEMO}/media/changed?since=2000-01-01T00:00:00Z&page=1", headers=token)
    assert listed.status_code == 200
    assert client.get(listed.json()["media"][0]["media"], headers=token).status_code == 401
    assert client.get(listed.json()["media"][0]["thumbnail"], headers=token).status_code == 200


# -- blinkpy 0.24.1's Blink (2025-11) ----------------------------------------------------------------------------
def test_the_2025_11_password_grant_asks_for_a_code_then_takes_it(oauth: httpx.Client, state: MockState) -> None:
    state.era = parse_era("2025-11")
    form = {"grant_type": "password", "username": DEMO_LOGIN["email"], "password": DEMO_LOGIN["password"]}
    form |= {"client_id": "android", "scope": "client"}
    asked = oauth.post("/oauth/token", data=form, headers={"hardware_id": "Blinkpy"})
    assert asked.status_code == 412
    code = state.accounts[DEMO].two_factor_code
    tokens = oauth.post("/oauth/token", data=form, headers={"hardware_id": "Blinkpy", "2fa-code": code})
    assert tokens.status_code == 200 and tokens.json()["access_token"]
    state.era = today()
    refused = oauth.post("/oauth/token", data=form, headers={"hardware_id": "Blinkpy", "2fa-code": code})
    assert refused.status_code == 406  # today the shared literal is stopped first, by Cloudflare
    retired = oauth.post("/oauth/token", data=form, headers={"hardware_id": UNIQUE_ID, "2fa-code": code})
    assert retired.status_code == 401
    assert retired.json() == {"error": "unsupported_grant_type", "error_description": "invalid grant type"}


# -- the ways to choose an era ------------------------------------------------------------------------------------
def test_the_scenarios_era_applies_unless_the_state_is_given_another() -> None:
    old = dataclasses.replace(default_scenario(), era=parse_era("2019-12"))
    assert MockState(old).era == parse_era("2019-12")
    assert MockState(old, "2022-11").era == parse_era("2022-11")
    assert MockState(old, "today").era == today()


def test_changing_the_era_changes_the_rules_at_once_and_the_world_at_reset() -> None:
    state = MockState(era="2022-11")
    assert any(c.kind == "doorbell" for c in state.cameras.values())
    state.era = "2019-12"
    assert "login_v2" in state.rules.live and "login_v5" not in state.rules.live
    assert any(c.kind == "doorbell" for c in state.cameras.values())
    state.reset()
    assert not any(c.kind == "doorbell" for c in state.cameras.values())
