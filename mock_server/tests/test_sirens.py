"""Sirens and chimes: listed from the scenario, sounded and silenced per network, renamed and timed."""

from __future__ import annotations

import httpx
import pytest
from support import DEMO, DEMO_NETWORK, OTHER, OTHER_NETWORK, bearer

from blink_mock import MockState
from blink_mock.scenario import ScenarioError, parse_scenario

HALLWAY = 71001  # the default scenario's one siren, in the demo account's network
SIRENS = f"/api/v1/networks/{DEMO_NETWORK}/sirens"


def test_sirens_are_listed_from_the_scenario(client: httpx.Client, demo_token: str, other_token: str) -> None:
    everywhere = client.get("/sirens", headers=bearer(demo_token))
    assert everywhere.status_code == 200
    (siren,) = everywhere.json()["sirens"]
    assert (siren["id"], siren["network_id"], siren["name"], siren["duration"]) == (
        HALLWAY,
        DEMO_NETWORK,
        "Hallway",
        30,
    )
    assert client.get(f"{SIRENS}/", headers=bearer(demo_token)).json() == [siren]  # a bare array per network
    # The other account has none, and sees none of the demo account's.
    assert client.get("/sirens", headers=bearer(other_token)).json() == {"sirens": []}
    assert client.get(f"/api/v1/networks/{OTHER_NETWORK}/sirens/", headers=bearer(other_token)).json() == []
    assert client.get(f"{SIRENS}/", headers=bearer(other_token)).status_code == 404


def test_activate_sounds_for_the_given_or_the_sirens_own_duration(
    client: httpx.Client, demo_token: str, state: MockState
) -> None:
    siren = state.sirens[HALLWAY]
    start = state.now()
    answer = client.post(f"{SIRENS}/{HALLWAY}/activate/", json={"duration": 90}, headers=bearer(demo_token))
    assert answer.status_code == 200
    assert answer.json() == {"message": "Siren activated"}
    assert start + 90 <= siren.sounding_until <= state.now() + 90
    # The app sends no body to sound every siren of a network: each sounds for its own duration.
    assert client.post(f"{SIRENS}/activate/", headers=bearer(demo_token)).status_code == 200
    assert siren.sounding_until <= state.now() + 30
    assert client.post(f"{SIRENS}/deactivate/", headers=bearer(demo_token)).json() == {"message": "Sirens deactivated"}
    assert siren.sounding_until == 0.0


def test_a_huge_duration_keeps_the_clock_finite(client: httpx.Client, demo_token: str, state: MockState) -> None:
    response = client.post(f"{SIRENS}/{HALLWAY}/activate/", json={"duration": 10**400}, headers=bearer(demo_token))
    assert response.status_code == 200
    assert state.sirens[HALLWAY].sounding_until <= state.now() + 86_400


def test_a_network_without_sirens_has_none_to_sound(client: httpx.Client, other_token: str) -> None:
    response = client.post(f"/api/v1/networks/{OTHER_NETWORK}/sirens/activate/", headers=bearer(other_token))
    assert response.status_code == 404
    assert response.json()["message"] == "No sirens in this network"
    # Silencing nothing is fine.
    assert client.post(f"/api/v1/networks/{OTHER_NETWORK}/sirens/deactivate/", headers=bearer(other_token)).is_success


def test_a_siren_is_found_only_in_its_own_network(client: httpx.Client, demo_token: str, other_token: str) -> None:
    assert client.post(f"{SIRENS}/999/activate/", headers=bearer(demo_token)).status_code == 404
    wrong_network = f"/api/v1/networks/{OTHER_NETWORK}/sirens/{HALLWAY}/activate/"
    assert client.post(wrong_network, headers=bearer(other_token)).status_code == 404
    assert client.post(f"{SIRENS}/{HALLWAY}/activate/", headers=bearer(other_token)).status_code == 404


def test_rename_one_and_time_all(client: httpx.Client, demo_token: str) -> None:
    renamed = client.post(f"{SIRENS}/{HALLWAY}/update", json={"name": "Landing"}, headers=bearer(demo_token))
    assert renamed.json() == {"message": "Siren updated"}
    assert client.post(f"{SIRENS}/{HALLWAY}/update", json={}, headers=bearer(demo_token)).status_code == 400
    timed = client.post(f"{SIRENS}/update", json={"duration": 60}, headers=bearer(demo_token))
    assert timed.status_code == 200
    assert [(s["name"], s["duration"]) for s in timed.json()] == [("Landing", 60)]
    listed = client.get("/sirens", headers=bearer(demo_token)).json()["sirens"]
    assert [(s["name"], s["duration"]) for s in listed] == [("Landing", 60)]
    assert listed[0]["updated_at"] > listed[0]["created_at"]


def test_adding_a_chime_is_acknowledged_in_the_callers_network_only(
    client: httpx.Client, demo_token: str, other_token: str
) -> None:
    path = f"/api/v1/accounts/{DEMO}/networks/{DEMO_NETWORK}/chimes/add/"
    assert client.post(path, json={}, headers=bearer(demo_token)).json() == {"message": "Chime added"}
    other = f"/api/v1/accounts/{OTHER}/networks/{DEMO_NETWORK}/chimes/add/"
    assert client.post(other, json={}, headers=bearer(other_token)).status_code == 404


def scenario_with_sirens(sirens: object) -> dict[str, object]:
    network = {"id": 35001, "name": "Shed", "sirens": sirens}
    return {"accounts": [{"email": "s@example.com", "password": "pw", "networks": [network]}]}


def test_scenario_sirens_get_ids_names_and_durations() -> None:
    state = MockState.from_scenario(parse_scenario(scenario_with_sirens([{"name": "Porch", "duration": 45}])))
    (siren,) = state.sirens.values()
    assert (siren.name, siren.duration, siren.network_id) == ("Porch", 45, 35001)
    assert siren.id > 35001  # assigned above every id the scenario gives


@pytest.mark.parametrize(
    ("sirens", "problem"),
    [
        ([{"name": "A", "id": 5}, {"name": "B", "id": 5}], "two sirens have the id 5"),
        ([{"name": "A", "loud": True}], "unknown field 'loud'"),
        ([{"name": "A", "duration": -1}], "duration: must be a whole number"),
        ([{"duration": 3}], "missing 'name'"),
    ],
)
def test_scenario_sirens_are_checked(sirens: object, problem: str) -> None:
    with pytest.raises(ScenarioError, match=problem):
        parse_scenario(scenario_with_sirens(sirens))
