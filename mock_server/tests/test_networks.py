"""Networks, sync modules, arm and disarm commands and their polling, and programs."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from support import DEMO, DEMO_NETWORK, OTHER, OTHER_NETWORK, PASSWORD_ERA, REST, bearer

from blink_mock import MockState, create_app, default_scenario
from blink_mock.networks import BUSY_SECONDS
from blink_mock.transport import SyncASGITransport

ARM = f"/api/v1/accounts/{DEMO}/networks/{DEMO_NETWORK}/state/arm"
DISARM = f"/api/v1/accounts/{DEMO}/networks/{DEMO_NETWORK}/state/disarm"
PROGRAMS = f"/api/v1/networks/{DEMO_NETWORK}/programs"
SCHEDULE = [
    {"action": "arm", "devices": [], "dow": ["sat", "sun"], "time": "2024-01-01 22:00:00 +0000"},
    {"action": "disarm", "devices": [], "dow": ["sun"], "time": "2024-01-01 07:15:00 +0000"},
]


def poll(client: httpx.Client, token: str, command_id: int, network: int = DEMO_NETWORK) -> dict[str, Any]:
    response = client.get(f"/network/{network}/command/{command_id}", headers=bearer(token))
    assert response.status_code == 200
    body: dict[str, Any] = response.json()
    return body


def armed_views(client: httpx.Client, token: str) -> dict[str, Any]:
    """The network's armed state as each endpoint reports it."""
    headers = bearer(token)
    home = client.get(f"/api/v3/accounts/{DEMO}/homescreen", headers=headers).json()
    listed = client.get("/networks", headers=headers).json()["networks"][0]
    single = client.get(f"/network/{DEMO_NETWORK}", headers=headers).json()["network"]
    updated = client.post(f"/network/{DEMO_NETWORK}/update", headers=headers).json()["network"]
    return {
        "homescreen": home["networks"][0]["armed"],
        "networks": listed["armed"],
        "arm_string": listed["arm_string"],
        "network": single["armed"],
        "update": updated["armed"],
    }


ARMED = {"homescreen": True, "networks": True, "arm_string": "Armed", "network": True, "update": True}
DISARMED = {"homescreen": False, "networks": False, "arm_string": "Disarmed", "network": False, "update": False}


@pytest.fixture
def timed_client() -> Iterator[tuple[httpx.Client, MockState, str]]:
    """A mock whose commands complete after 30 seconds, however often they are polled."""
    scenario = dataclasses.replace(default_scenario(), command_polls=1_000_000, command_seconds=30)
    state = MockState(scenario)
    app = create_app(state, validate_responses=True)
    with httpx.Client(transport=SyncASGITransport(app), base_url=REST) as http:
        yield http, state, state.issue_token(DEMO, "access").value


# -- networks and sync modules -------------------------------------------------------------------------------
def test_networks_summary_is_keyed_by_network_id(client: httpx.Client, demo_token: str) -> None:
    body = client.get("/networks", headers=bearer(demo_token)).json()
    assert body["summary"] == {str(DEMO_NETWORK): {"name": "Home", "onboarded": True}}
    assert [n["id"] for n in body["networks"]] == [DEMO_NETWORK]


def test_network_update_reply_is_what_blinkpy_reads(client: httpx.Client, demo_token: str) -> None:
    # blinkpy posts no body and reads network.sync_module_error and network.armed.
    response = client.post(
        f"/network/{DEMO_NETWORK}/update", headers={**bearer(demo_token), "Content-Type": "application/json"}
    )
    assert response.status_code == 200
    body = response.json()
    assert body["network"]["sync_module_error"] is False
    assert body["network"]["armed"] is False
    assert "network_id" not in body  # a top-level network_id would make blinkpy poll it as a command


def test_network_update_applies_settings_everywhere(client: httpx.Client, demo_token: str) -> None:
    settings = {"name": "Cottage", "time_zone": "Europe/London", "dst": False, "lv_save": True}
    response = client.post(f"/network/{DEMO_NETWORK}/update", json=settings, headers=bearer(demo_token))
    assert response.json()["network"]["name"] == "Cottage"
    single = client.get(f"/network/{DEMO_NETWORK}", headers=bearer(demo_token)).json()["network"]
    assert {k: single[k] for k in settings} == settings
    home = client.get(f"/api/v3/accounts/{DEMO}/homescreen", headers=bearer(demo_token)).json()
    assert home["networks"][0]["time_zone"] == "Europe/London"
    summary = client.get("/networks", headers=bearer(demo_token)).json()["summary"]
    assert summary[str(DEMO_NETWORK)]["name"] == "Cottage"


def test_network_update_refuses_bad_settings(client: httpx.Client, demo_token: str) -> None:
    url = f"/network/{DEMO_NETWORK}/update"
    assert client.post(url, json={"dst": "yes"}, headers=bearer(demo_token)).status_code == 400
    assert client.post(url, json={"name": "  "}, headers=bearer(demo_token)).status_code == 400


def test_sync_module_id_matches_the_homescreen(client: httpx.Client, demo_token: str) -> None:
    module = client.get(f"/network/{DEMO_NETWORK}/syncmodules", headers=bearer(demo_token)).json()["syncmodule"]
    home = client.get(f"/api/v3/accounts/{DEMO}/homescreen", headers=bearer(demo_token)).json()
    assert module["id"] == home["sync_modules"][0]["id"] == 41001
    assert module["network_id"] == DEMO_NETWORK
    assert module["status"] == "online"


# -- arm and disarm ------------------------------------------------------------------------------------------
def test_arm_completes_by_the_next_request_whether_polled_or_not(
    client: httpx.Client, state: MockState, demo_token: str
) -> None:
    """Blink runs a command itself; blinkpy up to 0.16 never polled and read the new state at once
    (`command_completion` in the spec)."""
    command = client.post(ARM, headers=bearer(demo_token)).json()
    assert command["state"] == "new"
    assert state.commands[command["id"]].finished is False
    assert armed_views(client, demo_token) == ARMED  # no poll at all
    done = poll(client, demo_token, command["id"])
    assert (done["complete"], done["status_code"], done["commands"][0]["state_condition"]) == (True, 908, "done")
    assert client.post(DISARM, headers=bearer(demo_token)).status_code == 200  # not busy: the arm is done


@pytest.mark.usefixtures("two_polls")
def test_arm_completes_after_two_polls_and_shows_everywhere(client: httpx.Client, demo_token: str) -> None:
    response = client.post(ARM, headers=bearer(demo_token))
    assert response.status_code == 200
    command = response.json()
    assert (command["network_id"], command["command"], command["state"]) == (DEMO_NETWORK, "arm", "new")
    assert len(command["commands"]) == 2  # one config_lfr per sync-module camera

    first = poll(client, demo_token, command["id"])
    assert (first["complete"], first["status_code"]) == (False, 908)
    assert first["commands"][0]["state_condition"] == "running"
    assert armed_views(client, demo_token) == DISARMED

    second = poll(client, demo_token, command["id"])
    assert (second["complete"], second["status_code"]) == (True, 908)
    assert second["commands"][0]["state_condition"] == "done"
    assert armed_views(client, demo_token) == ARMED

    # Callers poll a command again after blinkpy's own wait: a finished command keeps answering.
    again = poll(client, demo_token, command["id"])
    assert (again["complete"], again["status_code"]) == (True, 908)


@pytest.mark.usefixtures("two_polls")
def test_disarm_completes_and_shows_everywhere(client: httpx.Client, state: MockState, demo_token: str) -> None:
    state.networks[DEMO_NETWORK].armed = True
    command = client.post(DISARM, headers=bearer(demo_token)).json()
    assert command["command"] == "disarm"
    assert poll(client, demo_token, command["id"])["complete"] is False
    assert armed_views(client, demo_token) == ARMED
    assert poll(client, demo_token, command["id"])["complete"] is True
    assert armed_views(client, demo_token) == DISARMED


@pytest.mark.usefixtures("two_polls")
def test_network_is_busy_while_an_arm_command_runs(client: httpx.Client, demo_token: str) -> None:
    command = client.post(ARM, headers=bearer(demo_token)).json()
    assert client.get(f"/network/{DEMO_NETWORK}", headers=bearer(demo_token)).json()["network"]["busy"] is True
    busy = client.post(DISARM, headers=bearer(demo_token))
    assert busy.status_code == 409
    assert "busy" in busy.json()["message"]
    poll(client, demo_token, command["id"])
    poll(client, demo_token, command["id"])
    assert client.post(DISARM, headers=bearer(demo_token)).status_code == 200


@pytest.mark.usefixtures("two_polls")
def test_an_abandoned_arm_command_is_superseded(client: httpx.Client, state: MockState, demo_token: str) -> None:
    abandoned = client.post(ARM, headers=bearer(demo_token)).json()
    state.advance(BUSY_SECONDS + 1)
    newer = client.post(DISARM, headers=bearer(demo_token))
    assert newer.status_code == 200
    old = poll(client, demo_token, abandoned["id"])
    assert old["complete"] is True and old["status_code"] != 908
    assert armed_views(client, demo_token) == DISARMED


def test_command_completes_by_time_without_polls(timed_client: tuple[httpx.Client, MockState, str]) -> None:
    http, state, token = timed_client
    command = http.post(ARM, headers=bearer(token)).json()
    for _ in range(3):
        assert poll(http, token, command["id"])["complete"] is False
    state.advance(29)
    assert poll(http, token, command["id"])["complete"] is False
    assert armed_views(http, token) == DISARMED
    state.advance(2)
    # The effect shows before anyone polls again.
    assert armed_views(http, token) == ARMED
    assert poll(http, token, command["id"])["complete"] is True


@pytest.mark.usefixtures("two_polls")
def test_failing_command_reports_failure_and_changes_nothing(
    client: httpx.Client, state: MockState, demo_token: str
) -> None:
    state.faults.failing_commands = ["arm"]
    command = client.post(ARM, headers=bearer(demo_token)).json()
    assert poll(client, demo_token, command["id"])["status_code"] == 908  # still running
    result = poll(client, demo_token, command["id"])
    assert result["complete"] is True
    assert result["status_code"] != 908
    assert result["status_msg"] == "Command failed"
    assert armed_views(client, demo_token) == DISARMED
    assert poll(client, demo_token, command["id"])["status_code"] == result["status_code"]


@pytest.mark.blink_mock(era=PASSWORD_ERA)
@pytest.mark.usefixtures("two_polls")
def test_legacy_arm_returns_the_full_command(client: httpx.Client, demo_token: str, demo_legacy_token: str) -> None:
    response = client.post(f"/network/{DEMO_NETWORK}/arm", headers={"TOKEN_AUTH": demo_legacy_token})
    assert response.status_code == 200
    command = response.json()
    assert (command["command"], command["state_condition"], command["account_id"]) == ("arm", "new", DEMO)
    poll(client, demo_token, command["id"])
    poll(client, demo_token, command["id"])
    assert armed_views(client, demo_token) == ARMED
    legacy_disarm = client.post(f"/network/{DEMO_NETWORK}/disarm", headers={"TOKEN_AUTH": demo_legacy_token}).json()
    assert legacy_disarm["command"] == "disarm"


def test_mark_command_done_finishes_the_command(client: httpx.Client, demo_token: str) -> None:
    command = client.post(ARM, headers=bearer(demo_token)).json()
    url = f"/network/{DEMO_NETWORK}/command/{command['id']}"
    done = client.post(f"{url}/done/", headers=bearer(demo_token))
    assert done.json() == {"message": f"Command {command['id']} set to :done", "code": 902}
    assert poll(client, demo_token, command["id"])["complete"] is True
    updated = client.post(f"{url}/update/", json={}, headers=bearer(demo_token))
    assert updated.status_code == 200 and str(command["id"]) in updated.json()["message"]


def test_unknown_command_is_not_found(client: httpx.Client, demo_token: str) -> None:
    response = client.get(f"/network/{DEMO_NETWORK}/command/123", headers=bearer(demo_token))
    assert response.status_code == 404


# -- programs ------------------------------------------------------------------------------------------------
def test_program_lifecycle(client: httpx.Client, demo_token: str) -> None:
    headers = bearer(demo_token)
    created = client.post(
        f"{PROGRAMS}/create", json={"format": "v1", "name": "Weekend", "schedule": SCHEDULE}, headers=headers
    )
    assert created.status_code == 200
    program = created.json()
    assert (program["name"], program["status"], program["network_id"]) == ("Weekend", "disabled", DEMO_NETWORK)
    listed = client.get(PROGRAMS, headers=headers).json()
    assert [p["id"] for p in listed] == [61001, program["id"]]

    base = f"{PROGRAMS}/{program['id']}"
    new_schedule = [{"action": "arm", "devices": [], "dow": ["mon", "fri"], "time": "2024-01-01 21:45:00 +0000"}]
    updated = client.post(f"{base}/update", json={"name": "Late", "schedule": new_schedule}, headers=headers).json()
    assert updated["program"]["name"] == "Late"
    assert updated["program"]["data"].startswith('{"name":"Late"')
    assert [(a["dow"], a["time"], a["action"]) for a in updated["actions"]] == [
        ("mon", "21:45", "arm"),
        ("fri", "21:45", "arm"),
    ]

    enabled = client.post(f"{base}/enable", headers=headers).json()
    assert enabled == {"message": f"Successfully enabled program {program['id']}", "code": 802}
    stored = next(p for p in client.get(PROGRAMS, headers=headers).json() if p["id"] == program["id"])
    assert (stored["status"], stored["name"], stored["schedule"]) == ("enabled", "Late", new_schedule)
    assert client.get(f"/network/{DEMO_NETWORK}", headers=headers).json()["network"]["autoarm_time_enable"] is True

    disabled = client.post(f"{base}/disable", headers=headers).json()
    assert disabled["message"] == f"Successfully disabled program {program['id']}"
    assert next(p for p in client.get(PROGRAMS, headers=headers).json() if p["id"] == program["id"])["status"] == (
        "disabled"
    )

    assert client.post(f"{base}/delete", headers=headers).status_code == 200
    assert [p["id"] for p in client.get(PROGRAMS, headers=headers).json()] == [61001]
    assert client.post(f"{base}/enable", headers=headers).status_code == 404


def test_program_schedule_follows_the_spec(client: httpx.Client, demo_token: str) -> None:
    # Days and actions are open strings in the spec (x-blink-known-values), so new ones are accepted; a time that
    # does not match the spec's pattern is refused.
    headers = bearer(demo_token)
    new_action = [{**SCHEDULE[0], "action": "explode"}]
    new_day = [{**SCHEDULE[0], "dow": ["someday"]}]
    for schedule in (new_action, new_day):
        response = client.post(f"{PROGRAMS}/create", json={"name": "x", "schedule": schedule}, headers=headers)
        assert response.status_code == 200
    bad_time = [{**SCHEDULE[0], "time": "22:00"}]
    response = client.post(f"{PROGRAMS}/create", json={"name": "x", "schedule": bad_time}, headers=headers)
    assert response.status_code == 400
    assert len(client.get(PROGRAMS, headers=headers).json()) == 3


# -- two accounts --------------------------------------------------------------------------------------------
def test_other_account_never_reaches_demo_networks(client: httpx.Client, demo_token: str, other_token: str) -> None:
    command = client.post(ARM, headers=bearer(demo_token)).json()
    other = bearer(other_token)
    refused = [
        client.get(f"/network/{DEMO_NETWORK}", headers=other),
        client.post(f"/network/{DEMO_NETWORK}/update", headers=other),
        client.get(f"/network/{DEMO_NETWORK}/syncmodules", headers=other),
        client.post(ARM, headers=other),
        client.post(f"/api/v1/accounts/{OTHER}/networks/{DEMO_NETWORK}/state/disarm", headers=other),
        client.get(f"/network/{DEMO_NETWORK}/command/{command['id']}", headers=other),
        client.get(f"/network/{OTHER_NETWORK}/command/{command['id']}", headers=other),
        client.post(f"/network/{DEMO_NETWORK}/command/{command['id']}/done/", headers=other),
        client.get(PROGRAMS, headers=other),
        client.post(f"{PROGRAMS}/61001/enable", headers=other),
        client.post(f"/api/v1/networks/{OTHER_NETWORK}/programs/61001/delete", headers=other),
    ]
    assert [r.status_code for r in refused] == [404] * len(refused)
    assert all("Home" not in r.text for r in refused)


def test_other_account_lists_only_its_own_networks(client: httpx.Client, other_token: str) -> None:
    response = client.get("/networks", headers=bearer(other_token))
    body = response.json()
    assert list(body["summary"]) == [str(OTHER_NETWORK)]
    assert [(n["id"], n["armed"], n["arm_string"]) for n in body["networks"]] == [(OTHER_NETWORK, True, "Armed")]
    assert str(DEMO_NETWORK) not in response.text


def test_other_account_arms_its_own_network_without_touching_demo(
    client: httpx.Client, demo_token: str, other_token: str
) -> None:
    url = f"/api/v1/accounts/{OTHER}/networks/{OTHER_NETWORK}/state/disarm"
    command = client.post(url, headers=bearer(other_token)).json()
    poll(client, other_token, command["id"], OTHER_NETWORK)
    assert poll(client, other_token, command["id"], OTHER_NETWORK)["complete"] is True
    other_view = client.get(f"/network/{OTHER_NETWORK}", headers=bearer(other_token)).json()["network"]
    assert other_view["armed"] is False
    assert armed_views(client, demo_token) == DISARMED
