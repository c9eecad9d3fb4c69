"""Cameras, Minis, doorbells, live view and local storage: commands whose effects land when they complete."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from support import DEMO, DEMO_NETWORK, OTHER, OTHER_NETWORK, PASSWORD_ERA, bearer

from blink_mock import MockState

FRONT_DOOR = 51001
LIVING_ROOM = 51003  # the demo account's Mini (owl)
PORCH = 52001
OTHER_DOORBELL = 52002
CAMERA = f"/network/{DEMO_NETWORK}/camera/{FRONT_DOOR}"
OWL = f"/api/v1/accounts/{DEMO}/networks/{DEMO_NETWORK}/owls/{LIVING_ROOM}"
LOCAL_STORAGE = f"/api/v1/accounts/{DEMO}/networks/{DEMO_NETWORK}/sync_modules/41001/local_storage"


def poll(client: httpx.Client, token: str, network_id: int, command_id: int) -> dict[str, Any]:
    response = client.get(f"/network/{network_id}/command/{command_id}", headers=bearer(token))
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def wait_done(client: httpx.Client, token: str, network_id: int, command_id: int) -> dict[str, Any]:
    for _ in range(5):
        status = poll(client, token, network_id, command_id)
        if status["complete"]:
            assert status["status_code"] == 908
            return status
    raise AssertionError(f"command {command_id} never completed")


def config(client: httpx.Client, token: str) -> dict[str, Any]:
    response = client.get(f"{CAMERA}/config", headers=bearer(token))
    assert response.status_code == 200, response.text
    camera: dict[str, Any] = response.json()["camera"][0]
    return camera


def test_camera_config_describes_the_camera(client: httpx.Client, demo_token: str, state: MockState) -> None:
    response = client.get(f"{CAMERA}/config", headers=bearer(demo_token))
    assert response.status_code == 200
    body = response.json()
    camera = body["camera"][0]
    assert (camera["id"], camera["name"], camera["network_id"]) == (FRONT_DOOR, "Front Door", DEMO_NETWORK)
    assert camera["type"] == "catalina"
    assert camera["enabled"] is True
    assert camera["thumbnail"] == state.cameras[FRONT_DOOR].thumbnail_path
    assert body["signals"]["temp"] == camera["temperature"]


@pytest.mark.blink_mock(era=PASSWORD_ERA)
def test_camera_signals_and_legacy_views_answer(client: httpx.Client, demo_token: str, demo_legacy_token: str) -> None:
    token_auth = {"TOKEN_AUTH": demo_legacy_token}
    assert client.get(f"{CAMERA}/signals", headers=bearer(demo_token)).json()["wifi"] == 4
    status = client.get(CAMERA, headers=token_auth).json()["camera_status"]
    assert status["camera_id"] == FRONT_DOOR


@pytest.mark.blink_mock(era="2019-02-27")  # the camera list's last day
def test_the_2018_camera_list_lists_sync_module_cameras(client: httpx.Client, demo_legacy_token: str) -> None:
    cameras = client.get(f"/network/{DEMO_NETWORK}/cameras", headers={"TOKEN_AUTH": demo_legacy_token}).json()
    assert {c["name"] for c in cameras["cameras"]} == {"Front Door", "Back Yard"}


@pytest.mark.usefixtures("two_polls")
def test_disable_and_enable_change_motion_only_after_completion(client: httpx.Client, demo_token: str) -> None:
    response = client.post(f"{CAMERA}/disable", headers=bearer(demo_token))
    assert response.status_code == 200
    command = response.json()
    assert (command["command"], command["camera_id"], command["state_condition"]) == (
        "device_motion_disable",
        FRONT_DOOR,
        "new",
    )
    assert config(client, demo_token)["enabled"] is True
    wait_done(client, demo_token, command["network_id"], command["id"])
    assert config(client, demo_token)["enabled"] is False

    command = client.post(f"{CAMERA}/enable", headers=bearer(demo_token)).json()
    wait_done(client, demo_token, DEMO_NETWORK, command["id"])
    assert config(client, demo_token)["enabled"] is True


@pytest.mark.usefixtures("two_polls")
def test_update_camera_config_applies_settings_when_done(client: httpx.Client, demo_token: str) -> None:
    body = {"name": "Front Porch", "video_quality": "best", "motion_sensitivity": 8}
    response = client.post(f"{CAMERA}/update", json=body, headers=bearer(demo_token))
    assert response.status_code == 200
    assert response.json()["command"] == "config_set"
    assert config(client, demo_token)["name"] == "Front Door"
    wait_done(client, demo_token, DEMO_NETWORK, response.json()["id"])
    camera = config(client, demo_token)
    assert (camera["name"], camera["video_quality"], camera["motion_sensitivity"]) == ("Front Porch", "best", 8)


def test_update_camera_config_refuses_an_empty_name(client: httpx.Client, demo_token: str) -> None:
    response = client.post(f"{CAMERA}/update", json={"name": "  "}, headers=bearer(demo_token))
    assert response.status_code == 400
    assert response.json()["code"] == 400


def test_calibrate_sets_the_temperature(client: httpx.Client, demo_token: str) -> None:
    body = {"id": FRONT_DOOR, "network": DEMO_NETWORK, "current_temp": 71, "temp_min": 35, "temp_max": 99}
    response = client.post(f"/api/v1{CAMERA}/calibrate", json=body, headers=bearer(demo_token))
    assert response.status_code == 200
    assert response.json()["command"] == "temp_calibrate"
    wait_done(client, demo_token, DEMO_NETWORK, response.json()["id"])
    camera = config(client, demo_token)
    assert (camera["temperature"], camera["temp_min"], camera["temp_max"]) == (71, 35, 99)


def test_status_and_clip_commands_answer_full_commands(client: httpx.Client, demo_token: str) -> None:
    status = client.post(f"{CAMERA}/status", headers=bearer(demo_token)).json()
    assert (status["command"], status["target"]) == ("status", "camera")
    clip = client.post(f"{CAMERA}/clip", headers=bearer(demo_token)).json()
    assert (clip["command"], clip["target"], clip["target_id"]) == ("clip", None, None)


@pytest.mark.usefixtures("two_polls")
def test_snapshot_adds_media_and_moves_the_thumbnail(client: httpx.Client, demo_token: str, state: MockState) -> None:
    before = config(client, demo_token)["thumbnail"]
    state.advance(5)
    command = client.post(f"{CAMERA}/thumbnail", headers=bearer(demo_token)).json()
    assert command["command"] == "thumbnail"
    assert config(client, demo_token)["thumbnail"] == before  # nothing changes until the camera has answered
    wait_done(client, demo_token, DEMO_NETWORK, command["id"])

    after = config(client, demo_token)["thumbnail"]
    assert after != before
    assert after.startswith(before.split("?")[0])  # same path, new ts: clients holding the old URL still work
    newest = client.get(f"/api/v1/accounts/{DEMO}/media/changed?page=1", headers=bearer(demo_token)).json()["media"][0]
    assert (newest["source"], newest["device_id"], newest["device_name"]) == ("snapshot", FRONT_DOOR, "Front Door")
    assert client.get(after, headers=bearer(demo_token)).content.startswith(b"\xff\xd8\xff")


def test_clip_command_adds_a_clip_and_reports_its_id(client: httpx.Client, demo_token: str, state: MockState) -> None:
    count = len(state.media_of(DEMO))
    command = client.post(f"{CAMERA}/clip", headers=bearer(demo_token)).json()
    assert len(state.media_of(DEMO)) == count
    status = wait_done(client, demo_token, DEMO_NETWORK, command["id"])

    media = client.get(f"/api/v1/accounts/{DEMO}/media/changed", headers=bearer(demo_token)).json()["media"]
    assert len(media) == count + 1
    assert media[0]["id"] == status["media_id"]
    assert media[0]["device_id"] == FRONT_DOOR
    clip = client.get(media[0]["media"], headers=bearer(demo_token))
    assert clip.status_code == 200
    assert clip.content[4:8] == b"ftyp"


def test_failing_commands_change_nothing(client: httpx.Client, demo_token: str, state: MockState) -> None:
    state.faults.failing_commands = ["clip"]
    count = len(state.media_of(DEMO))
    command = client.post(f"{CAMERA}/clip", headers=bearer(demo_token)).json()
    for _ in range(3):
        status = poll(client, demo_token, DEMO_NETWORK, command["id"])
    assert status["complete"] is True
    assert status["status_code"] != 908
    assert len(state.media_of(DEMO)) == count


def test_owl_config_update_switches_motion(client: httpx.Client, demo_token: str) -> None:
    assert client.get(f"{OWL}/config", headers=bearer(demo_token)).json()["enabled"] is True
    response = client.post(f"{OWL}/config", json={"enabled": False, "name": "Lounge"}, headers=bearer(demo_token))
    assert response.status_code == 200
    command = response.json()
    assert (command["network_id"], command["command"], command["state"]) == (DEMO_NETWORK, "config_set", "new")
    wait_done(client, demo_token, DEMO_NETWORK, command["id"])
    owl = client.get(f"{OWL}/config", headers=bearer(demo_token)).json()
    assert (owl["enabled"], owl["name"]) == (False, "Lounge")


def test_owl_snapshot_and_clip_add_owl_media(client: httpx.Client, demo_token: str, state: MockState) -> None:
    for action in ("thumbnail", "clip"):
        command = client.post(f"{OWL}/{action}", headers=bearer(demo_token)).json()
        assert command["command"] == action
        wait_done(client, demo_token, DEMO_NETWORK, command["id"])
    newest = state.media_of(DEMO)[:2]
    assert {m.source for m in newest} == {"snapshot", "pir"}
    assert {(m.camera_id, m.device) for m in newest} == {(LIVING_ROOM, "owl")}


def test_doorbell_motion_and_config(client: httpx.Client, other_token: str) -> None:
    doorbell = f"/api/v1/accounts/{OTHER}/networks/{OTHER_NETWORK}/doorbells/{OTHER_DOORBELL}"
    command = client.post(f"{doorbell}/disable", headers=bearer(other_token)).json()
    assert command["command"] == "device_motion_disable"
    wait_done(client, other_token, OTHER_NETWORK, command["id"])
    assert client.get(f"{doorbell}/config", headers=bearer(other_token)).json()["enabled"] is False
    snapshot = client.post(f"{doorbell}/thumbnail", headers=bearer(other_token)).json()
    wait_done(client, other_token, OTHER_NETWORK, snapshot["id"])
    media = client.get(f"/api/v1/accounts/{OTHER}/media/changed", headers=bearer(other_token)).json()["media"]
    assert (media[0]["device"], media[0]["source"]) == ("lotus", "snapshot")


def test_device_paths_check_the_device_kind(client: httpx.Client, demo_token: str) -> None:
    camera_as_owl = f"/api/v1/accounts/{DEMO}/networks/{DEMO_NETWORK}/owls/{FRONT_DOOR}/config"
    owl_as_camera = f"/network/{DEMO_NETWORK}/camera/{LIVING_ROOM}/config"
    for path in (camera_as_owl, owl_as_camera):
        response = client.get(path, headers=bearer(demo_token))
        assert response.status_code == 404
        assert "message" in response.json()


def test_live_view_stays_running_until_marked_done(client: httpx.Client, demo_token: str) -> None:
    path = f"/api/v6/accounts/{DEMO}/networks/{DEMO_NETWORK}/cameras/{FRONT_DOOR}/liveview"
    body = {"intent": "liveview", "motion_event_start_time": None}
    session = client.post(path, json=body, headers=bearer(demo_token)).json()
    assert session["server"].startswith("immis://")
    assert session["liveview_token"]
    assert session["new_command"] is True
    for _ in range(5):
        status = poll(client, demo_token, DEMO_NETWORK, session["command_id"])
        assert status["complete"] is False
        assert status["commands"][0]["command"] == "lv_relay"

    joined = client.post(path, json=body, headers=bearer(demo_token)).json()
    assert (joined["command_id"], joined["new_command"]) == (session["command_id"], False)

    done = client.post(f"/network/{DEMO_NETWORK}/command/{session['command_id']}/done/", headers=bearer(demo_token))
    assert done.status_code == 200
    assert poll(client, demo_token, DEMO_NETWORK, session["command_id"])["complete"] is True
    again = client.post(path, json=body, headers=bearer(demo_token)).json()
    assert again["new_command"] is True
    assert again["command_id"] != session["command_id"]


def test_live_view_servers_follow_the_api_version(client: httpx.Client, state: MockState, demo_token: str) -> None:
    v5 = f"/api/v5/accounts/{DEMO}/networks/{DEMO_NETWORK}/cameras/51002/liveview"
    owl = f"/api/v2/accounts/{DEMO}/networks/{DEMO_NETWORK}/owls/{LIVING_ROOM}/liveview"
    state.era = "2026-05-30"  # the v5 live view's last day
    old = client.post(v5, json={"intent": "liveview", "motion_event_start_time": ""}, headers=bearer(demo_token))
    assert old.json()["server"].startswith("rtsps://")
    state.era = "today"
    mini = client.post(owl, json={"intent": "liveview"}, headers=bearer(demo_token))
    assert mini.json()["server"].startswith("immis://")
    wrong_kind = f"/api/v2/accounts/{DEMO}/networks/{DEMO_NETWORK}/doorbells/{LIVING_ROOM}/liveview"
    assert client.post(wrong_kind, json={"intent": "liveview"}, headers=bearer(demo_token)).status_code == 404


def test_local_storage_is_refused_unless_active(client: httpx.Client, demo_token: str) -> None:
    assert client.get(f"{LOCAL_STORAGE}/status", headers=bearer(demo_token)).json()["status"] == "unavailable"
    response = client.post(f"{LOCAL_STORAGE}/manifest/request", headers=bearer(demo_token))
    assert response.status_code == 404
    assert "message" in response.json()


@pytest.mark.usefixtures("two_polls")
def test_local_storage_manifest_and_clip_download(client: httpx.Client, demo_token: str, state: MockState) -> None:
    state.sync_modules[41001].local_storage_status = "active"
    request = client.post(f"{LOCAL_STORAGE}/manifest/request", headers=bearer(demo_token)).json()
    manifest_path = f"{LOCAL_STORAGE}/manifest/request/{request['id']}"
    assert client.get(manifest_path, headers=bearer(demo_token)).status_code == 404  # not ready yet
    wait_done(client, demo_token, request["network_id"], request["id"])

    manifest = client.get(manifest_path, headers=bearer(demo_token)).json()
    assert {clip["camera_name"] for clip in manifest["clips"]} == {"FrontDoor", "BackYard", "LivingRoom"}
    clip_path = f"{LOCAL_STORAGE}/manifest/{manifest['manifest_id']}/clip/request/{manifest['clips'][0]['id']}"
    assert client.get(clip_path, headers=bearer(demo_token)).status_code == 404  # not uploaded yet
    upload = client.post(clip_path, headers=bearer(demo_token)).json()
    wait_done(client, demo_token, DEMO_NETWORK, upload["id"])

    download = client.get(clip_path, headers=bearer(demo_token))
    assert download.status_code == 200
    assert download.headers["content-type"] == "video/mp4"
    assert download.content[4:8] == b"ftyp"
    unknown = f"{LOCAL_STORAGE}/manifest/{manifest['manifest_id']}/clip/request/999"
    assert client.post(unknown, headers=bearer(demo_token)).status_code == 404


def test_other_account_cannot_touch_demo_devices(client: httpx.Client, other_token: str, state: MockState) -> None:
    commands = len(state.commands)
    liveview = f"/api/v6/accounts/{DEMO}/networks/{DEMO_NETWORK}/cameras/{FRONT_DOOR}/liveview"
    attempts = [
        client.get(f"{CAMERA}/config", headers=bearer(other_token)),
        client.post(f"{CAMERA}/disable", headers=bearer(other_token)),
        client.post(f"{CAMERA}/thumbnail", headers=bearer(other_token)),
        client.post(f"{CAMERA}/update", json={"name": "Mine"}, headers=bearer(other_token)),
        client.post(f"{OWL}/config", json={"enabled": False}, headers=bearer(other_token)),
        client.post(liveview, json={"intent": "liveview"}, headers=bearer(other_token)),
        # the other account's own network id with a demo camera id
        client.post(f"/network/{OTHER_NETWORK}/camera/{FRONT_DOOR}/disable", headers=bearer(other_token)),
        client.post(f"/network/{OTHER_NETWORK}/camera/{PORCH}/disable", headers={"TOKEN_AUTH": "nope"}),
    ]
    assert [r.status_code for r in attempts] == [404] * 7 + [401]
    assert all("message" in r.json() for r in attempts)
    assert len(state.commands) == commands
    assert state.cameras[FRONT_DOOR].enabled is True
    assert state.cameras[FRONT_DOOR].name == "Front Door"


def test_an_extended_live_view_is_an_elv_session(client: httpx.Client, demo_token: str) -> None:
    """`intent: extended_liveview` gives an `elv` session of 5400 s, a plain one an `lv` of 300 s (blinkpy
    PR #1312)."""
    path = f"/api/v6/accounts/{DEMO}/networks/{DEMO_NETWORK}/cameras/{FRONT_DOOR}/liveview"
    sessions = {}
    for intent in ("liveview", "extended_liveview"):
        answer = client.post(path, json={"intent": intent, "motion_event_start_time": None}, headers=bearer(demo_token))
        assert answer.status_code == 200, answer.text
        sessions[intent] = answer.json()
        client.post(f"/network/{DEMO_NETWORK}/command/{answer.json()['command_id']}/done/", headers=bearer(demo_token))
    assert (sessions["liveview"]["type"], sessions["liveview"]["session_duration"]) == ("lv", 300)
    assert (sessions["extended_liveview"]["type"], sessions["extended_liveview"]["session_duration"]) == ("elv", 5400)
