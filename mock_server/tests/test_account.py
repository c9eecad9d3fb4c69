"""Account-wide operations: homescreen (v3 and legacy), user, options, notifications, clients, usage, health."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from support import DEMO, DEMO_NETWORK, OTHER, OTHER_NETWORK, PASSWORD_ERA, REST, bearer

from blink_mock import MockState, create_app
from blink_mock.scenario import parse_scenario
from blink_mock.transport import SyncASGITransport


def homescreen(client: httpx.Client, token: str, account: int = DEMO) -> httpx.Response:
    return client.get(f"/api/v3/accounts/{account}/homescreen", headers=bearer(token))


@pytest.fixture
def owl_only_client() -> Iterator[tuple[httpx.Client, str]]:
    """An account whose second network holds nothing but a Mini (as after a sync-less Mini setup)."""
    scenario = parse_scenario(
        {
            "accounts": [
                {
                    "id": 23001,
                    "email": "minis@example.com",
                    "password": "pw",
                    "networks": [
                        {"id": 33001, "name": "Main", "sync_module": {"id": 43001}, "cameras": [{"name": "Gate"}]},
                        {"id": 33002, "name": "Flat", "cameras": [{"id": 53002, "name": "Desk", "kind": "owl"}]},
                    ],
                }
            ]
        }
    )
    state = MockState(scenario)
    app = create_app(state, validate_responses=True)
    with httpx.Client(transport=SyncASGITransport(app), base_url=REST) as http:
        yield http, state.issue_token(23001, "access").value


def test_homescreen_lists_devices_by_kind(client: httpx.Client, state: MockState, demo_token: str) -> None:
    response = homescreen(client, demo_token)
    assert response.status_code == 200
    body = response.json()
    assert body["account"]["id"] == DEMO
    assert [(n["id"], n["name"], n["armed"]) for n in body["networks"]] == [(DEMO_NETWORK, "Home", False)]
    assert [c["id"] for c in body["cameras"]] == [51001, 51002]
    assert [o["id"] for o in body["owls"]] == [51003]
    assert body["doorbells"] == []
    front = body["cameras"][0]
    assert front["thumbnail"] == state.cameras[51001].thumbnail_path
    assert front["thumbnail"].endswith("&ext=")
    assert front["signals"]["temp"] == state.cameras[51001].temperature


def test_homescreen_carries_what_blinkpy_reads_for_minis_and_sync_modules(
    client: httpx.Client, demo_token: str
) -> None:
    body = homescreen(client, demo_token).json()
    (module,) = body["sync_modules"]
    assert module["id"] == 41001
    assert module["local_storage_enabled"] is False
    assert module["local_storage_compatible"] is True
    assert module["local_storage_status"] == "unavailable"  # "active" would send blinkpy to the manifest calls
    (owl,) = body["owls"]
    assert owl["name"] == "Living Room"
    assert owl["network_id"] == DEMO_NETWORK
    assert owl["onboarded"] is True and owl["enabled"] is True
    assert owl["type"] == "owl"
    assert owl["thumbnail"].startswith(f"/api/v3/media/accounts/{DEMO}/networks/{DEMO_NETWORK}/owl/51003/")


def test_homescreen_sends_client_and_user_id_headers(client: httpx.Client, state: MockState, demo_token: str) -> None:
    response = homescreen(client, demo_token)
    assert response.headers["client-id"] == str(state.accounts[DEMO].client_id)
    assert response.headers["user-id"] == str(state.accounts[DEMO].user_id)


def test_homescreen_of_other_account_shows_only_its_own_devices(client: httpx.Client, other_token: str) -> None:
    response = homescreen(client, other_token, OTHER)
    body = response.json()
    assert [n["id"] for n in body["networks"]] == [OTHER_NETWORK]
    assert [d["id"] for d in body["doorbells"]] == [52002]
    assert body["doorbells"][0]["type"] == "lotus"
    assert "battery_voltage" in body["doorbells"][0]
    assert body["owls"] == []
    assert "51001" not in response.text and str(DEMO_NETWORK) not in response.text


def test_homescreen_of_another_account_id_is_not_found(client: httpx.Client, other_token: str) -> None:
    response = homescreen(client, other_token, DEMO)
    assert response.status_code == 404
    assert "Front Door" not in response.text


def test_homescreen_shows_every_change_to_the_state_at_once(
    client: httpx.Client, state: MockState, demo_token: str
) -> None:
    # The homescreen's bytes are kept between requests: every change, even one made straight on the state's
    # objects, must still show in the very next answer.
    def read() -> dict[str, Any]:
        body: dict[str, Any] = homescreen(client, demo_token).json()
        return body

    assert read()["networks"][0]["armed"] is False
    state.networks[DEMO_NETWORK].armed = True
    assert read()["networks"][0]["armed"] is True
    state.cameras[51001].name = "Front Gate"
    assert read()["cameras"][0]["name"] == "Front Gate"
    state.sync_modules[41001].status = "offline"
    assert read()["sync_modules"][0]["status"] == "offline"
    state.cameras[51003].enabled = False
    assert read()["owls"][0]["enabled"] is False
    del state.cameras[51002]
    assert [c["id"] for c in read()["cameras"]] == [51001]
    before = read()["sync_modules"][0]["last_hb"]
    state.advance(90)
    assert read()["sync_modules"][0]["last_hb"] > before


def test_homescreens_of_two_states_never_mix() -> None:
    armed, quiet = MockState(), MockState()
    armed.networks[DEMO_NETWORK].armed = True
    answers = []
    for state in (armed, quiet, armed):
        token = state.issue_token(DEMO, "access").value
        with httpx.Client(transport=SyncASGITransport(create_app(state)), base_url=REST) as http:
            answers.append(homescreen(http, token).json()["networks"][0]["armed"])
    assert answers == [True, False, True]


@pytest.mark.blink_mock(era=PASSWORD_ERA)
def test_legacy_homescreen_answers_token_auth_with_the_first_network(
    client: httpx.Client, demo_legacy_token: str
) -> None:
    response = client.get("/homescreen", headers={"TOKEN_AUTH": demo_legacy_token})
    assert response.status_code == 200
    body = response.json()
    assert body["network"]["name"] == "Home"
    assert body["network"]["armed"] is False
    cameras = [d for d in body["devices"] if d["device_type"] == "camera"]
    assert [c["device_id"] for c in cameras] == [51001, 51002]
    assert [d["device_id"] for d in body["devices"] if d["device_type"] == "sync_module"] == [41001]
    assert cameras[0]["thumbnail"].startswith(f"/media/production/account/{DEMO}/network/{DEMO_NETWORK}/camera/")
    # Clients of the time append `.jpg` to it.
    image = client.get(cameras[0]["thumbnail"] + ".jpg", headers={"TOKEN_AUTH": demo_legacy_token})
    assert (image.status_code, image.headers["content-type"]) == (200, "image/jpeg")


def test_legacy_homescreen_refuses_a_bearer_token(client: httpx.Client, demo_token: str) -> None:
    # The 2017 endpoint predates OAuth: only TOKEN_AUTH reaches it.
    assert client.get("/homescreen", headers=bearer(demo_token)).status_code == 401


def test_user_describes_the_callers_account(client: httpx.Client, state: MockState, other_token: str) -> None:
    body = client.get("/user", headers=bearer(other_token)).json()
    assert body["id"] == state.accounts[OTHER].user_id
    assert body["account_id"] == OTHER
    assert body["email"] == "other@example.com"
    assert body["time_zone"] == "Europe/Berlin"


def test_account_options_are_served(client: httpx.Client, demo_token: str) -> None:
    response = client.get("/api/v1/account/options", headers=bearer(demo_token))
    assert response.status_code == 200
    assert response.json()["owl_app_enabled"] is True


def test_notification_update_persists_and_keeps_other_flags(client: httpx.Client, demo_token: str) -> None:
    url = f"/api/v1/accounts/{DEMO}/notifications/configuration"
    before = client.get(url, headers=bearer(demo_token)).json()["notifications"]
    assert before["motion"] is True
    update = {"notifications": {"motion": False, "accessory_connected": False, "not_a_flag": False}}
    response = client.post(url, json=update, headers=bearer(demo_token))
    assert response.status_code == 200
    assert response.json()["message"] == "Client Notification Configure Update Successful"
    after = client.get(url, headers=bearer(demo_token)).json()["notifications"]
    assert after["motion"] is False
    assert after["accessory_connected"] is False
    assert "not_a_flag" not in after
    assert after["low_battery"] is True


def test_notification_update_refuses_non_boolean_flags(client: httpx.Client, demo_token: str) -> None:
    url = f"/api/v1/accounts/{DEMO}/notifications/configuration"
    response = client.post(url, json={"notifications": {"motion": "off"}}, headers=bearer(demo_token))
    assert response.status_code == 400


def test_notifications_of_another_account_are_not_found(client: httpx.Client, other_token: str) -> None:
    url = f"/api/v1/accounts/{DEMO}/notifications/configuration"
    assert client.get(url, headers=bearer(other_token)).status_code == 404
    update = {"notifications": {"motion": False}}
    assert client.post(url, json=update, headers=bearer(other_token)).status_code == 404


def test_client_options_default_to_the_accounts_display_order(
    client: httpx.Client, state: MockState, demo_token: str
) -> None:
    url = f"/api/v1/accounts/{DEMO}/clients/{state.accounts[DEMO].client_id}/options"
    encoded = client.get(url, headers=bearer(demo_token)).json()["options"]
    blob = json.loads(base64.b64decode(encoded))
    assert blob["network_order"] == [DEMO_NETWORK]
    assert blob["camera_order"] == {str(DEMO_NETWORK): [51001, 51002, 51003]}


def test_client_options_update_is_stored(client: httpx.Client, state: MockState, demo_token: str) -> None:
    url = f"/api/v1/accounts/{DEMO}/clients/{state.accounts[DEMO].client_id}/options"
    new = base64.b64encode(b'{"network_order":[],"schema":1}').decode()
    assert client.post(url, json={"options": new}, headers=bearer(demo_token)).status_code == 200
    assert client.get(url, headers=bearer(demo_token)).json() == {"options": new}


def test_client_options_of_another_client_are_not_found(
    client: httpx.Client, state: MockState, other_token: str
) -> None:
    url = f"/api/v1/accounts/{OTHER}/clients/{state.accounts[DEMO].client_id}/options"
    assert client.get(url, headers=bearer(other_token)).status_code == 404


def test_update_client_stores_the_notification_key(client: httpx.Client, state: MockState, demo_token: str) -> None:
    client_id = state.accounts[DEMO].client_id
    response = client.post(
        f"/client/{client_id}/update", json={"notification_key": "k-123"}, headers=bearer(demo_token)
    )
    assert response.status_code == 200
    assert response.json()["client"]["notification_key"] == "k-123"
    assert state.accounts[DEMO].notification_key == "k-123"


@pytest.mark.blink_mock(era=PASSWORD_ERA)
def test_account_clients_lists_the_callers_client(
    client: httpx.Client, state: MockState, demo_legacy_token: str
) -> None:
    body = client.get("/account/clients", headers={"TOKEN_AUTH": demo_legacy_token}).json()
    assert [c["id"] for c in body["clients"]] == [state.accounts[DEMO].client_id]


def test_camera_usage_lists_sync_cameras_per_network(client: httpx.Client, demo_token: str) -> None:
    body = client.get("/api/v1/camera/usage", headers=bearer(demo_token)).json()
    (network,) = body["networks"]
    assert network["network_id"] == DEMO_NETWORK
    # Minis are not sync-module cameras: blinkpy would otherwise fetch a /config that does not exist for them.
    assert [(c["id"], c["name"]) for c in network["cameras"]] == [(51001, "Front Door"), (51002, "Back Yard")]
    assert network["cameras"][0]["clip_seconds"] > 0  # Front Door recorded a clip 45 minutes ago


def test_camera_usage_lists_a_network_with_only_a_mini(owl_only_client: tuple[httpx.Client, str]) -> None:
    http, token = owl_only_client
    body = http.get("/api/v1/camera/usage", headers=bearer(token)).json()
    by_network = {n["network_id"]: [c["name"] for c in n["cameras"]] for n in body["networks"]}
    assert by_network == {33001: ["Gate"], 33002: []}


def test_camera_usage_of_other_account_has_no_demo_cameras(client: httpx.Client, other_token: str) -> None:
    response = client.get("/api/v1/camera/usage", headers=bearer(other_token))
    assert [n["network_id"] for n in response.json()["networks"]] == [OTHER_NETWORK]
    assert "Front Door" not in response.text


@pytest.mark.blink_mock(era=PASSWORD_ERA)
def test_health_is_plain_text(client: httpx.Client, demo_legacy_token: str) -> None:
    response = client.get("/health", headers={"TOKEN_AUTH": demo_legacy_token})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    assert response.text == "all ports tested are open"
    assert client.get("/health").status_code == 401


def test_app_version_is_supported_in_every_era(client: httpx.Client, state: MockState) -> None:
    # Which builds Blink retired when is not recorded: the mock supports every build, today and before.
    for era in ("today", PASSWORD_ERA):
        state.era = era
        ok = client.get("/api/v1/version", headers={"APP-BUILD": "ANDROID_28373244"}).json()
        assert (ok["code"], ok["update_required"]) == (103, False)
