"""The calls blinkpy 0.25.9 and homebridge-blink-for-home 3.9.2 make beyond the core: floodlights, Mini status, Wi-Fi
and v1 live view, motion regions, temperature alerts, firmware, local-storage clip deletion, the 2022 media paths
and the account calls the mock only acknowledges."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from support import DEMO, DEMO_NETWORK, OTHER, PASSWORD_ERA, bearer

from blink_mock import MockState
from blink_spec import router

FRONT_DOOR = 51001
LIVING_ROOM = 51003  # the demo account's Mini (owl)
PORCH = 52001  # the other account's camera
OWL = f"/api/v1/accounts/{DEMO}/networks/{DEMO_NETWORK}/owls/{LIVING_ROOM}"
CAMERA = f"/network/{DEMO_NETWORK}/camera/{FRONT_DOOR}"
REGIONS = f"/api/v1/accounts/{DEMO}/networks/{DEMO_NETWORK}/cameras"
LOCAL_STORAGE = f"/api/v1/accounts/{DEMO}/networks/{DEMO_NETWORK}/sync_modules/41001/local_storage"


def poll(client: httpx.Client, token: str, command_id: int) -> dict[str, Any]:
    response = client.get(f"/network/{DEMO_NETWORK}/command/{command_id}", headers=bearer(token))
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def wait_done(client: httpx.Client, token: str, command_id: int) -> None:
    for _ in range(5):
        if poll(client, token, command_id)["complete"]:
            return
    raise AssertionError(f"command {command_id} never completed")


# -- floodlight ----------------------------------------------------------------------------------------------


def test_floodlight_switches_at_once(client: httpx.Client, demo_token: str, state: MockState) -> None:
    on = client.post(f"{OWL}/lights/on", headers=bearer(demo_token))
    assert on.status_code == 200
    body = on.json()
    assert (body["network_id"], body["state"]) == (DEMO_NETWORK, "done")
    assert state.cameras[LIVING_ROOM].lights_on is True
    assert poll(client, demo_token, body["id"])["complete"] is True  # done already, and a poll says so
    # Back to back: a finished lights command does not keep the network busy.
    assert client.post(f"{OWL}/lights/off", headers=bearer(demo_token)).status_code == 200
    assert state.cameras[LIVING_ROOM].lights_on is False


@pytest.mark.usefixtures("two_polls")
def test_floodlight_is_refused_with_307_while_the_network_is_busy(
    client: httpx.Client, demo_token: str, state: MockState
) -> None:
    snap = client.post(f"{CAMERA}/thumbnail", headers=bearer(demo_token)).json()
    busy = client.post(f"{OWL}/lights/on", headers=bearer(demo_token))
    assert busy.status_code == 409
    assert busy.json() == {"message": "System is busy, please wait", "code": 307, "error": None}
    assert state.cameras[LIVING_ROOM].lights_on is False
    wait_done(client, demo_token, snap["id"])
    assert client.post(f"{OWL}/lights/on", headers=bearer(demo_token)).status_code == 200


def test_a_forgotten_command_stops_blocking_but_a_live_view_does_not(
    client: httpx.Client, demo_token: str, state: MockState
) -> None:
    client.post(f"{CAMERA}/thumbnail", headers=bearer(demo_token))  # never polled
    state.advance(11)
    assert client.post(f"{OWL}/lights/on", headers=bearer(demo_token)).status_code == 200
    liveview = f"/api/v6/accounts/{DEMO}/networks/{DEMO_NETWORK}/cameras/{FRONT_DOOR}/liveview"
    session = client.post(liveview, json={"intent": "liveview"}, headers=bearer(demo_token)).json()
    state.advance(3600)
    assert client.post(f"{OWL}/lights/off", headers=bearer(demo_token)).json()["code"] == 307
    client.post(f"/network/{DEMO_NETWORK}/command/{session['command_id']}/done/", headers=bearer(demo_token))
    assert client.post(f"{OWL}/lights/off", headers=bearer(demo_token)).status_code == 200


def test_floodlight_calls_need_an_owl_id(client: httpx.Client, demo_token: str) -> None:
    camera_as_owl = f"/api/v1/accounts/{DEMO}/networks/{DEMO_NETWORK}/owls/{FRONT_DOOR}/lights/on"
    assert client.post(camera_as_owl, headers=bearer(demo_token)).status_code == 404


# -- Minis: status, Wi-Fi, the v1 live view ------------------------------------------------------------------


def test_owl_status_is_a_command_that_touches_the_mini(client: httpx.Client, demo_token: str, state: MockState) -> None:
    before = state.cameras[LIVING_ROOM].updated_at
    state.advance(5)
    command = client.post(f"{OWL}/status", headers=bearer(demo_token)).json()
    assert (command["command"], command["state"]) == ("status", "new")
    assert state.cameras[LIVING_ROOM].updated_at == before
    wait_done(client, demo_token, command["id"])
    assert state.cameras[LIVING_ROOM].updated_at > before


def test_change_wifi_answers_a_command_and_keeps_the_mini(
    client: httpx.Client, demo_token: str, state: MockState
) -> None:
    response = client.post(f"{OWL}/change_wifi", json={}, headers=bearer(demo_token))
    assert response.status_code == 200
    assert state.commands[response.json()["id"]].camera_id == LIVING_ROOM
    assert state.cameras[LIVING_ROOM].network_id == DEMO_NETWORK
    assert client.post(f"{OWL}/change_wifi", headers=bearer(demo_token)).status_code == 400  # a body is needed


@pytest.mark.blink_mock(era="2026-05-30")  # the v1 Mini live view's last day
def test_v1_owl_live_view_needs_no_body(client: httpx.Client, demo_token: str) -> None:
    # homebridge-blink-for-home sends none; the app sends the usual live-view body.
    bare = client.post(f"{OWL}/liveview", headers=bearer(demo_token))
    assert bare.status_code == 200
    session = bare.json()
    assert session["server"].startswith("immis://")
    assert poll(client, demo_token, session["command_id"])["complete"] is False  # streaming
    body = {"intent": "liveview", "motion_event_start_time": ""}
    joined = client.post(f"{OWL}/liveview", json=body, headers=bearer(demo_token)).json()
    assert joined["command_id"] == session["command_id"]


# -- motion regions and temperature alerts -------------------------------------------------------------------


def regions(client: httpx.Client, token: str, device: int) -> dict[str, Any]:
    response = client.get(f"{REGIONS}/{device}/motion_regions", headers=bearer(token))
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


@pytest.mark.usefixtures("two_polls")
def test_motion_regions_change_when_the_command_completes(client: httpx.Client, demo_token: str) -> None:
    assert regions(client, demo_token, FRONT_DOOR) == {
        "advanced_motion_regions": [4095] * 25,
        "motion_regions": 2**25 - 1,
    }
    change = {"motion_regions": 1073944768, "advanced_motion_regions": [0, 4095, 0]}
    command = client.post(f"{REGIONS}/{FRONT_DOOR}/motion_regions", json=change, headers=bearer(demo_token)).json()
    assert command["command"] == "config_set"
    assert regions(client, demo_token, FRONT_DOOR)["motion_regions"] == 2**25 - 1  # not yet
    wait_done(client, demo_token, command["id"])
    assert regions(client, demo_token, FRONT_DOOR) == change
    config = client.get(f"{CAMERA}/config", headers=bearer(demo_token)).json()["camera"][0]
    assert config["motion_regions"] == 1073944768


def test_motion_regions_of_a_mini_show_in_its_config(client: httpx.Client, demo_token: str) -> None:
    # homebridge-blink-for-home asks the same path for Minis; a partial body leaves the rest as it was.
    path = f"{REGIONS}/{LIVING_ROOM}/motion_regions"
    command = client.post(path, json={"advanced_motion_regions": [1, 2]}, headers=bearer(demo_token)).json()
    wait_done(client, demo_token, command["id"])
    config = client.get(f"{OWL}/config", headers=bearer(demo_token)).json()
    assert (config["advanced_motion_regions"], config["motion_regions"]) == ([1, 2], 2**25 - 1)
    wrong = client.post(path, json={"motion_regions": "all"}, headers=bearer(demo_token))
    assert wrong.status_code == 400


def test_temperature_alerts_switch_the_configs_flag(client: httpx.Client, demo_token: str) -> None:
    def flag() -> Any:
        return client.get(f"{CAMERA}/config", headers=bearer(demo_token)).json()["camera"][0].get("temp_alarm_enable")

    base = f"/api/v1/network/{DEMO_NETWORK}/camera/{FRONT_DOOR}"
    assert client.post(f"{base}/temp_alert_enable", headers=bearer(demo_token)).json() == {
        "message": "Temperature alert enabled"
    }
    assert flag() is True
    client.post(f"{base}/temp_alert_disable", headers=bearer(demo_token))
    assert flag() is False
    mini = f"/api/v1/network/{DEMO_NETWORK}/camera/{LIVING_ROOM}/temp_alert_enable"
    assert client.post(mini, headers=bearer(demo_token)).status_code == 404  # a sync-module camera's call


# -- firmware by serial --------------------------------------------------------------------------------------


def test_firmware_is_found_by_the_callers_own_serials(client: httpx.Client, demo_token: str, state: MockState) -> None:
    module_serial = state.sync_modules[41001].serial
    owl_serial = state.cameras[LIVING_ROOM].serial
    sync = client.get(f"/api/v1/sync_modules/{module_serial}/fw_update", headers=bearer(demo_token))
    assert sync.status_code == 200
    assert sync.headers["content-type"] == "application/octet-stream"
    assert sync.content.startswith(b"BLINK-MOCK-FIRMWARE")
    mini = client.get(f"/api/v1/accounts/{DEMO}/owls/{owl_serial}/fw_update", headers=bearer(demo_token))
    assert mini.status_code == 200
    refused = [
        f"/api/v1/sync_modules/{state.sync_modules[41002].serial}/fw_update",  # the other account's
        f"/api/v1/sync_modules/{owl_serial}/fw_update",  # a Mini's serial is no sync module's
        f"/api/v1/accounts/{DEMO}/owls/{state.cameras[FRONT_DOOR].serial}/fw_update",  # a camera is no Mini
        f"/api/v1/accounts/{DEMO}/owls/{state.cameras[PORCH].serial}/fw_update",
        f"/api/v1/accounts/{DEMO}/owls/{LIVING_ROOM}/fw_update",  # an id is no serial
    ]
    for path in refused:
        assert client.get(path, headers=bearer(demo_token)).status_code == 404, path


# -- local storage: deleting a clip --------------------------------------------------------------------------


def manifest(client: httpx.Client, token: str) -> dict[str, Any]:
    request = client.post(f"{LOCAL_STORAGE}/manifest/request", headers=bearer(token)).json()
    wait_done(client, token, request["id"])
    body: dict[str, Any] = client.get(f"{LOCAL_STORAGE}/manifest/request/{request['id']}", headers=bearer(token)).json()
    return body


def test_a_deleted_clip_leaves_the_stick_but_not_the_cloud(
    client: httpx.Client, demo_token: str, state: MockState
) -> None:
    state.sync_modules[41001].local_storage_status = "active"
    first = manifest(client, demo_token)
    clip_id = int(first["clips"][0]["id"])
    delete = f"{LOCAL_STORAGE}/manifest/{first['manifest_id']}/clip/delete/{clip_id}"
    response = client.post(delete, headers=bearer(demo_token))
    assert response.status_code == 200  # all blinkpy looks at
    assert poll(client, demo_token, response.json()["id"])["complete"] is True
    assert clip_id not in {int(clip["id"]) for clip in manifest(client, demo_token)["clips"]}
    assert len(manifest(client, demo_token)["clips"]) == len(first["clips"]) - 1
    assert client.post(delete, headers=bearer(demo_token)).status_code == 404  # gone already
    request = f"{LOCAL_STORAGE}/manifest/{first['manifest_id']}/clip/request/{clip_id}"
    assert client.post(request, headers=bearer(demo_token)).status_code == 404
    cloud = client.get(f"/api/v1/accounts/{DEMO}/media/changed", headers=bearer(demo_token)).json()["media"]
    assert any(item["id"] == clip_id and not item["deleted"] for item in cloud)


# -- the 2022 media paths ------------------------------------------------------------------------------------


def test_listed_media_paths_serve_the_callers_media(
    client: httpx.Client, demo_token: str, other_token: str, state: MockState
) -> None:
    items = client.get(f"/api/v1/accounts/{DEMO}/media/changed", headers=bearer(demo_token)).json()["media"]
    owl_item = next(item for item in items if item["device_id"] == LIVING_ROOM)
    assert f"/owl/{LIVING_ROOM}/pir/" in owl_item["media"]
    for item in items:
        clip = client.get(item["media"], headers=bearer(demo_token))
        assert (clip.status_code, clip.content[4:8]) == (200, b"ftyp")
        # homebridge-blink-for-home appends `.jpg` unless the path has one: these paths keep theirs.
        thumb = client.get(item["thumbnail"], headers=bearer(demo_token))
        assert (thumb.status_code, thumb.content[:2]) == (200, b"\xff\xd8")
        assert client.get(item["media"], headers=bearer(other_token)).status_code == 404
    media_id = items[0]["id"]
    base = f"/api/v3/media/accounts/{DEMO}/networks/{DEMO_NETWORK}"
    wrong = [
        f"{base}/owl/{FRONT_DOOR}/pir/{media_id}.mp4",  # another product type
        f"{base}/catalina/{FRONT_DOOR}/snapshot/{media_id}.mp4",  # another source
        f"{base}/catalina/51002/pir/{media_id}.mp4",  # another camera of the network
    ]
    for path in wrong:
        assert client.get(path, headers=bearer(demo_token)).status_code == 404, path
    client.post(f"/api/v1/accounts/{DEMO}/media/delete", json={"media_list": [media_id]}, headers=bearer(demo_token))
    assert client.get(items[0]["media"], headers=bearer(demo_token)).status_code == 404


def test_a_snapshot_lists_snapshot_paths(client: httpx.Client, demo_token: str, state: MockState) -> None:
    command = client.post(f"{CAMERA}/thumbnail", headers=bearer(demo_token)).json()
    wait_done(client, demo_token, command["id"])
    newest = client.get(f"/api/v1/accounts/{DEMO}/media/changed", headers=bearer(demo_token)).json()["media"][0]
    assert newest["source"] == "snapshot"
    assert newest["thumbnail"].endswith(f"/catalina/{FRONT_DOOR}/snapshot/{newest['id']}.jpg?ext=")
    assert client.get(newest["media"], headers=bearer(demo_token)).status_code == 200


# -- account calls the mock only acknowledges ----------------------------------------------------------------

ACKNOWLEDGED = {
    "acknowledge_notification": ("/api/v2/notification", "Notification acknowledged"),
    "update_video_options": ("/api/v1/account/video_options", "Video options updated"),
    "change_password": ("/account/change_password/", "Password changed"),
    "reset_password": ("/account/reset_password/", "Password reset email sent"),
    "register_account": ("/api/v4/account/register", "Account created"),
    "update_account": ("/account/update", "Account updated"),
}


@pytest.mark.blink_mock(era=PASSWORD_ERA)  # the password login shows that the password is unchanged
@pytest.mark.parametrize("operation_id", sorted(ACKNOWLEDGED))
def test_account_calls_are_acknowledged_and_leave_the_login_alone(
    client: httpx.Client, demo_token: str, state: MockState, operation_id: str
) -> None:
    path, message = ACKNOWLEDGED[operation_id]
    assert router().by_id(operation_id).path == path
    before = state.dump()["accounts"]
    body = {"email": "new@example.com", "password": "new-password", "new_password": "new-password"}
    response = client.post(path, json=body, headers=bearer(demo_token))
    assert response.json() == {"message": message}
    assert state.dump()["accounts"] == before
    login = client.post("/api/v5/account/login", json={"email": "demo@example.com", "password": "demo-password"})
    assert login.status_code == 200
    assert (
        client.post("/api/v5/account/login", json={"email": "new@example.com", "password": "new-password"}).status_code
        == 401
    )


def test_only_a_forgotten_password_and_a_new_account_need_no_token(client: httpx.Client) -> None:
    for operation_id, (path, _) in ACKNOWLEDGED.items():
        status = client.post(path, json={}).status_code
        assert status == (200 if operation_id in ("reset_password", "register_account") else 401), operation_id
    assert client.post("/account/update", json=[1]).status_code == 401  # the token comes before the body


def test_account_calls_need_an_object(client: httpx.Client, demo_token: str) -> None:
    assert client.post("/account/update", json=[1], headers=bearer(demo_token)).status_code == 400
    assert client.post("/account/update", headers=bearer(demo_token)).status_code == 400
    # The notification receipt may come without a body (homebridge-blink-for-home sends `{}` by default).
    assert client.post("/api/v2/notification", headers=bearer(demo_token)).status_code == 200


# -- reads served from the spec's recorded examples ----------------------------------------------------------


def test_recorded_reads_answer_their_samples(client: httpx.Client, demo_token: str) -> None:
    identity = client.get("/api/v1/devices/identify/G8T1-0000-0001", headers=bearer(demo_token)).json()
    assert identity["type"] == "sync_module"
    assert client.get("/api/v2/support/ob_phone/", headers=bearer(demo_token)).json()["start_hour_utc"] == 15
    check = client.get("/api/v1/fw/app/update_check?serial=IOS_8854", headers=bearer(demo_token))
    assert check.json() == {"update_available": False, "update_required": False}
    assert client.get("/api/v2/support/ob_phone/").status_code == 401
    assert client.get(f"/api/v1/devices/identify/{OTHER}", headers=bearer(demo_token)).status_code == 200


def test_the_older_v2_paths_still_serve_the_same_media(client: httpx.Client, demo_token: str) -> None:
    # Media lists no longer carry them, but clients of before 2022 built them from a media id.
    media_id = client.get(f"/api/v1/accounts/{DEMO}/media/changed", headers=bearer(demo_token)).json()["media"][0]["id"]
    clip = client.get(f"/api/v2/accounts/{DEMO}/media/clip/{media_id}.mp4", headers=bearer(demo_token))
    assert (clip.status_code, clip.content[4:8]) == (200, b"ftyp")
    thumb = client.get(f"/api/v2/accounts/{DEMO}/media/thumb/{media_id}", headers=bearer(demo_token))
    assert (thumb.status_code, thumb.content[:2]) == (200, b"\xff\xd8")
