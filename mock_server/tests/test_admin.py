"""The mock's own endpoints under /__mock__/: reset, state dump, request log and clock."""

from __future__ import annotations

import json
from typing import Any

import httpx
from support import DEMO, DEMO_NETWORK, OTHER, bearer

from blink_mock import MockState
from blink_mock.state import MAX_REQUEST_LOG


def test_reset_restores_the_scenario(client: httpx.Client, state: MockState) -> None:
    state.networks[DEMO_NETWORK].armed = True
    del state.cameras[51001]
    state.media.clear()
    state.advance(3600)
    response = client.post("/__mock__/reset")
    assert response.status_code == 200
    assert state.networks[DEMO_NETWORK].armed is False
    assert state.cameras[51001].name == "Front Door"
    assert len(state.media) == 4
    assert state.clock_offset == 0


def test_reset_after_arming_through_the_api(client: httpx.Client, state: MockState, demo_token: str) -> None:
    started = client.post(f"/api/v1/accounts/{DEMO}/networks/{DEMO_NETWORK}/state/arm", headers=bearer(demo_token))
    assert started.status_code == 200, started.text
    for _ in range(5):
        client.get(f"/network/{DEMO_NETWORK}/command/{started.json()['id']}", headers=bearer(demo_token))
    assert state.networks[DEMO_NETWORK].armed is True
    assert client.post("/__mock__/reset").status_code == 200
    assert state.networks[DEMO_NETWORK].armed is False
    assert not state.commands


def test_reset_forgets_tokens_and_faults(client: httpx.Client, demo_token: str) -> None:
    client.patch("/__mock__/faults", json={"latency_ms": 5, "errors": {"*": 503}})
    assert client.post("/__mock__/reset").status_code == 200
    faults = client.get("/__mock__/faults").json()
    assert faults["latency_ms"] == 0
    assert faults["errors"] == {}
    assert client.get("/networks", headers=bearer(demo_token)).status_code == 401


def test_state_dump_is_json_without_secrets(client: httpx.Client, state: MockState, demo_token: str) -> None:
    response = client.get("/__mock__/state")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    dump = response.json()
    assert {a["id"] for a in dump["accounts"]} == {DEMO, OTHER}
    assert {n["name"] for n in dump["networks"]} >= {"Home", "Cabin"}
    assert {c["id"] for c in dump["cameras"]} >= {51001, 51002, 51003}
    text = response.text
    for secret in ("demo-password", "other-password", "123456", demo_token):
        assert secret not in text
    assert all("password" not in account for account in dump["accounts"])


def test_state_dump_shows_changes(client: httpx.Client, state: MockState) -> None:
    state.networks[DEMO_NETWORK].armed = True
    dump = client.get("/__mock__/state").json()
    home = next(n for n in dump["networks"] if n["id"] == DEMO_NETWORK)
    assert home["armed"] is True


def test_request_log_lists_requests_oldest_first(client: httpx.Client, demo_token: str) -> None:
    client.get("/networks", headers=bearer(demo_token))
    client.get("/networks")
    client.post("/no/such/path")
    assert client.get("/__mock__/requests").json() == [
        {"method": "GET", "path": "/networks", "status": 200},
        {"method": "GET", "path": "/networks", "status": 401},
        {"method": "POST", "path": "/no/such/path", "status": 404},
    ]


def test_request_log_does_not_record_admin_requests(client: httpx.Client) -> None:
    client.get("/__mock__/state")
    client.get("/__mock__/faults")
    client.get("/__mock__/requests")
    assert client.get("/__mock__/requests").json() == []


def test_request_log_is_bounded_and_keeps_the_newest(client: httpx.Client) -> None:
    for index in range(MAX_REQUEST_LOG + 25):
        client.get(f"/unknown/{index}")
    log = client.get("/__mock__/requests").json()
    assert len(log) == MAX_REQUEST_LOG
    assert log[0]["path"] == "/unknown/25"
    assert log[-1]["path"] == f"/unknown/{MAX_REQUEST_LOG + 24}"


def test_delete_clears_the_request_log(client: httpx.Client) -> None:
    client.get("/networks")
    assert client.get("/__mock__/requests").json()
    assert client.delete("/__mock__/requests").status_code == 200
    assert client.get("/__mock__/requests").json() == []


def test_clock_advances_time(client: httpx.Client, state: MockState, demo_token: str) -> None:
    before = state.now()
    response = client.post("/__mock__/clock", json={"seconds": 90})
    assert response.status_code == 200
    assert response.json()["clock_offset"] == 90
    assert state.now() - before >= 90
    client.post("/__mock__/clock", json={"seconds": state.scenario.token_lifetime_seconds})
    assert client.get("/networks", headers=bearer(demo_token)).status_code == 401


def test_clock_refuses_bad_input(client: httpx.Client) -> None:
    bodies: list[Any] = [{"seconds": -1}, {"seconds": "10"}, {"seconds": True}, {}, []]
    for body in bodies:
        response = client.post(
            "/__mock__/clock", content=json.dumps(body), headers={"content-type": "application/json"}
        )
        assert response.status_code == 400
        assert isinstance(response.json()["message"], str)


def test_faults_get_lists_every_fault(client: httpx.Client) -> None:
    faults = client.get("/__mock__/faults").json()
    assert {"latency_ms", "errors", "failing_commands", "drift"} <= set(faults)


def test_admin_unknown_path_and_method(client: httpx.Client) -> None:
    assert client.get("/__mock__/nothing").status_code == 404
    assert client.get("/__mock__/reset").status_code == 405
