"""Faults on demand: latency, injected server errors, token expiry, failing commands and protocol drift."""

from __future__ import annotations

import json
import math
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from starlette.responses import Response
from support import DEMO, DEMO_NETWORK, bearer

from blink_mock import MockState, create_app
from blink_mock.drift import apply_drift, check_drift
from blink_mock.scenario import DEFAULT_SCENARIO, ScenarioError, load_scenario
from blink_mock.transport import SyncASGITransport
from blink_spec import router

HOMESCREEN = f"/api/v3/accounts/{DEMO}/homescreen"
ARM = f"/api/v1/accounts/{DEMO}/networks/{DEMO_NETWORK}/state/arm"


def set_faults(client: httpx.Client, **faults: Any) -> httpx.Response:
    response = client.patch("/__mock__/faults", json=faults)
    assert response.status_code == 200, response.text
    return response


def assert_gateway_page(response: httpx.Response, status: int) -> None:
    """A 5xx as the spec documents it: the HTML error page of the gateway in front of Blink (CloudFront)."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("text/html")
    assert "The request could not be satisfied" in response.text


def assert_envelope(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body: dict[str, Any] = response.json()
    assert isinstance(body["message"], str)
    assert isinstance(body["code"], int)
    return body


# -- latency and server errors --------------------------------------------------------------------------------


def test_latency_delays_every_answer(client: httpx.Client, demo_token: str) -> None:
    set_faults(client, latency_ms=60)
    started = time.perf_counter()
    response = client.get("/networks", headers=bearer(demo_token))
    elapsed = time.perf_counter() - started
    assert response.status_code == 200
    assert elapsed >= 0.06


@pytest.mark.parametrize("status", [500, 503])
def test_server_error_scoped_to_one_operation_leaves_others_alone(
    client: httpx.Client, demo_token: str, status: int
) -> None:
    set_faults(client, errors={"get_homescreen_v3": status})
    assert_gateway_page(client.get(HOMESCREEN, headers=bearer(demo_token)), status)
    assert client.get("/networks", headers=bearer(demo_token)).status_code == 200


@pytest.mark.parametrize("status", [500, 503])
def test_server_error_for_every_operation(client: httpx.Client, demo_token: str, status: int) -> None:
    set_faults(client, errors={"*": status})
    assert_gateway_page(client.get(HOMESCREEN, headers=bearer(demo_token)), status)
    assert_gateway_page(client.get("/networks", headers=bearer(demo_token)), status)
    # The admin endpoints are not Blink's, so they keep working and can switch the fault off.
    set_faults(client, errors={})
    assert client.get("/networks", headers=bearer(demo_token)).status_code == 200


def test_server_error_fault_only_accepts_500_and_503(client: httpx.Client) -> None:
    assert_envelope(client.patch("/__mock__/faults", json={"errors": {"*": 418}}), 400)


# -- token expiry ---------------------------------------------------------------------------------------------


def test_expired_tokens_get_blinks_401(client: httpx.Client, state: MockState, demo_token: str) -> None:
    assert client.get("/networks", headers=bearer(demo_token)).status_code == 200
    state.expire_tokens()
    response = client.get("/networks", headers=bearer(demo_token))
    assert response.status_code == 401
    assert response.json() == {"message": "Unauthorized Access", "code": 101}


def test_expire_tokens_endpoint_can_target_one_account(client: httpx.Client, demo_token: str, other_token: str) -> None:
    response = client.post("/__mock__/tokens/expire", json={"account_id": DEMO})
    assert response.status_code == 200
    assert response.json()["expired"] >= 1
    assert client.get("/networks", headers=bearer(demo_token)).json() == {"message": "Unauthorized Access", "code": 101}
    assert client.get("/networks", headers=bearer(other_token)).status_code == 200


def test_expire_tokens_endpoint_without_account_expires_all(
    client: httpx.Client, demo_token: str, other_token: str
) -> None:
    assert client.post("/__mock__/tokens/expire").status_code == 200
    for token in (demo_token, other_token):
        assert client.get("/networks", headers=bearer(token)).status_code == 401


def test_tokens_expire_when_the_clock_passes_their_lifetime(
    client: httpx.Client, state: MockState, demo_token: str
) -> None:
    state.advance(state.scenario.token_lifetime_seconds + 1)
    assert client.get("/networks", headers=bearer(demo_token)).status_code == 401


# -- failing commands -----------------------------------------------------------------------------------------


def poll_until_complete(client: httpx.Client, token: str, command_id: int) -> dict[str, Any]:
    for _ in range(10):
        response = client.get(f"/network/{DEMO_NETWORK}/command/{command_id}", headers=bearer(token))
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        if body["complete"]:
            return body
    raise AssertionError(f"command {command_id} never completed")


def test_failing_command_completes_without_908_and_without_effect(
    client: httpx.Client, state: MockState, demo_token: str
) -> None:
    set_faults(client, failing_commands=["arm"])
    assert state.networks[DEMO_NETWORK].armed is False
    started = client.post(ARM, headers=bearer(demo_token))
    assert started.status_code == 200, started.text
    result = poll_until_complete(client, demo_token, started.json()["id"])
    assert result["status_code"] != 908
    assert state.networks[DEMO_NETWORK].armed is False


def test_command_succeeds_once_the_failing_fault_is_cleared(
    client: httpx.Client, state: MockState, demo_token: str
) -> None:
    set_faults(client, failing_commands=["*"])
    set_faults(client, failing_commands=[])
    started = client.post(ARM, headers=bearer(demo_token))
    assert started.status_code == 200, started.text
    result = poll_until_complete(client, demo_token, started.json()["id"])
    assert result["status_code"] == 908
    assert state.networks[DEMO_NETWORK].armed is True


# -- drift ----------------------------------------------------------------------------------------------------


def homescreen(client: httpx.Client, token: str) -> httpx.Response:
    return client.get(HOMESCREEN, headers=bearer(token))


def test_drift_rename_field(client: httpx.Client, demo_token: str) -> None:
    set_faults(
        client,
        drift=[
            {"operation": "get_homescreen_v3", "kind": "rename_field", "path": "/networks/0/armed", "to": "is_armed"}
        ],
    )
    network = homescreen(client, demo_token).json()["networks"][0]
    assert "armed" not in network
    assert isinstance(network["is_armed"], bool)


def test_drift_rename_keeps_the_field_position(client: httpx.Client, demo_token: str) -> None:
    before = list(homescreen(client, demo_token).json()["networks"][0])
    set_faults(
        client,
        drift=[
            {"operation": "get_homescreen_v3", "kind": "rename_field", "path": "/networks/0/armed", "to": "is_armed"}
        ],
    )
    after = list(homescreen(client, demo_token).json()["networks"][0])
    assert after == ["is_armed" if name == "armed" else name for name in before]


def test_drift_remove_field(client: httpx.Client, demo_token: str) -> None:
    set_faults(client, drift=[{"operation": "get_homescreen_v3", "kind": "remove_field", "path": "/networks/0/armed"}])
    body = homescreen(client, demo_token).json()
    assert "armed" not in body["networks"][0]
    assert "name" in body["networks"][0]


def test_drift_change_type(client: httpx.Client, demo_token: str) -> None:
    set_faults(
        client,
        drift=[{"operation": "get_homescreen_v3", "kind": "change_type", "path": "/networks/0/armed", "value": "yes"}],
    )
    assert homescreen(client, demo_token).json()["networks"][0]["armed"] == "yes"


def test_drift_new_enum_value(client: httpx.Client, demo_token: str) -> None:
    set_faults(
        client,
        drift=[
            {
                "operation": "get_homescreen_v3",
                "kind": "new_enum_value",
                "path": "/sync_modules/0/status",
                "value": "hibernating",
            }
        ],
    )
    assert homescreen(client, demo_token).json()["sync_modules"][0]["status"] == "hibernating"


def test_drift_status_code_keeps_the_body(client: httpx.Client, demo_token: str) -> None:
    plain = homescreen(client, demo_token)
    set_faults(client, drift=[{"operation": "get_homescreen_v3", "kind": "status_code", "status": 202}])
    drifted = homescreen(client, demo_token)
    assert drifted.status_code == 202
    assert drifted.json().keys() == plain.json().keys()


def test_drift_content_type_keeps_the_body_bytes(client: httpx.Client, demo_token: str) -> None:
    set_faults(client, drift=[{"operation": "get_homescreen_v3", "kind": "content_type", "content_type": "text/plain"}])
    drifted = homescreen(client, demo_token)
    assert drifted.status_code == 200
    assert drifted.headers["content-type"] == "text/plain"
    assert json.loads(drifted.content)["networks"][0]["id"] == DEMO_NETWORK
    assert int(drifted.headers["content-length"]) == len(drifted.content)


def test_drift_star_segment_reaches_every_array_item(client: httpx.Client, demo_token: str) -> None:
    set_faults(client, drift=[{"operation": "get_homescreen_v3", "kind": "remove_field", "path": "/cameras/*/name"}])
    cameras = homescreen(client, demo_token).json()["cameras"]
    assert cameras
    assert all("name" not in camera for camera in cameras)


def test_drift_for_one_operation_leaves_others_alone(client: httpx.Client, demo_token: str) -> None:
    set_faults(client, drift=[{"operation": "get_homescreen_v3", "kind": "status_code", "status": 299}])
    assert homescreen(client, demo_token).status_code == 299
    assert client.get("/networks", headers=bearer(demo_token)).status_code == 200


def test_drift_for_every_operation(client: httpx.Client, demo_token: str) -> None:
    set_faults(client, drift=[{"operation": "*", "kind": "content_type", "content_type": "text/html"}])
    for path in (HOMESCREEN, "/networks"):
        assert client.get(path, headers=bearer(demo_token)).headers["content-type"] == "text/html"


def test_drift_on_a_missing_path_is_skipped(client: httpx.Client, demo_token: str) -> None:
    plain = homescreen(client, demo_token).json()
    set_faults(
        client,
        drift=[
            {"operation": "get_homescreen_v3", "kind": "remove_field", "path": "/networks/99/armed"},
            {"operation": "get_homescreen_v3", "kind": "rename_field", "path": "/no/such", "to": "x"},
            {"operation": "get_homescreen_v3", "kind": "change_type", "path": "/account/id/deeper", "value": 1},
        ],
    )
    response = homescreen(client, demo_token)
    assert response.status_code == 200
    assert response.json().keys() == plain.keys()
    assert response.json()["networks"][0].keys() == plain["networks"][0].keys()


def test_drift_rewrites_only_json_bodies() -> None:
    op = router().by_id("download_media_thumbnail")
    jpeg = b"\xff\xd8\xff\xe0 not json"
    drift: list[dict[str, Any]] = [
        {"operation": "*", "kind": "remove_field", "path": "/x"},
        {"operation": "*", "kind": "status_code", "status": 201},
    ]
    response = apply_drift(drift, op, Response(jpeg, media_type="image/jpeg"))
    assert response.body == jpeg
    assert response.status_code == 201
    assert response.headers["content-type"] == "image/jpeg"


def test_drift_with_no_entry_for_the_operation_returns_the_response_untouched() -> None:
    original = Response(b'{"a":1}', media_type="application/json")
    drift: list[dict[str, Any]] = [{"operation": "list_networks", "kind": "remove_field", "path": "/a"}]
    assert apply_drift(drift, router().by_id("get_homescreen_v3"), original).body == b'{"a":1}'


def test_drift_pointer_escapes_and_object_wildcards() -> None:
    body = {"networks": {"31001": {"a/b": 1, "c~d": 2}, "31002": {"a/b": 3, "c~d": 4}}}
    drift: list[dict[str, Any]] = [
        {"operation": "*", "kind": "remove_field", "path": "/networks/*/a~1b"},
        {"operation": "*", "kind": "change_type", "path": "/networks/31001/c~0d", "value": [1]},
    ]
    op = router().by_id("list_networks")
    response = apply_drift(drift, op, Response(json.dumps(body), media_type="application/json"))
    assert json.loads(bytes(response.body)) == {"networks": {"31001": {"c~d": [1]}, "31002": {"c~d": 4}}}


def test_drift_removes_every_array_item_with_a_trailing_star() -> None:
    drift: list[dict[str, Any]] = [{"operation": "*", "kind": "remove_field", "path": "/items/*"}]
    op = router().by_id("list_networks")
    response = apply_drift(drift, op, Response(b'{"items":[1,2,3]}', media_type="application/json"))
    assert json.loads(bytes(response.body)) == {"items": []}


def test_drift_put_replaces_and_clears(client: httpx.Client, demo_token: str) -> None:
    set_faults(client, drift=[{"operation": "get_homescreen_v3", "kind": "status_code", "status": 299}])
    response = client.put("/__mock__/faults", json={})
    assert response.status_code == 200
    assert response.json()["drift"] == []
    assert homescreen(client, demo_token).status_code == 200


INVALID_DRIFT: list[Any] = [
    "not-a-list",
    ["not-an-object"],
    [{"operation": "get_homescreen_v3", "kind": "explode"}],
    [{"operation": "no_such_operation", "kind": "status_code", "status": 500}],
    [{"kind": "status_code", "status": 500}],
    [{"operation": "*", "kind": "rename_field", "path": "/a"}],
    [{"operation": "*", "kind": "rename_field", "path": "/a", "to": ""}],
    [{"operation": "*", "kind": "remove_field", "path": "a/b"}],
    [{"operation": "*", "kind": "remove_field", "path": 3}],
    [{"operation": "*", "kind": "remove_field", "path": "/a", "value": 1}],
    [{"operation": "*", "kind": "new_enum_value", "path": "/a", "value": 7}],
    [{"operation": "*", "kind": "status_code", "status": "500"}],
    [{"operation": "*", "kind": "status_code", "status": True}],
    [{"operation": "*", "kind": "status_code", "status": 99}],
    [{"operation": "*", "kind": "status_code", "status": 204}],
    [{"operation": "*", "kind": "content_type", "content_type": "plain"}],
]


@pytest.mark.parametrize("drift", INVALID_DRIFT, ids=[str(i) for i in range(len(INVALID_DRIFT))])
def test_invalid_drift_is_a_400_envelope(client: httpx.Client, demo_token: str, drift: Any) -> None:
    for method in ("PATCH", "PUT"):
        response = client.request(method, "/__mock__/faults", json={"drift": drift})
        assert_envelope(response, 400)
    assert client.get("/__mock__/faults").json()["drift"] == []
    assert homescreen(client, demo_token).status_code == 200


@pytest.mark.parametrize("drift", INVALID_DRIFT, ids=[str(i) for i in range(len(INVALID_DRIFT))])
def test_check_drift_gives_a_one_line_reason(drift: Any) -> None:
    with pytest.raises(ValueError) as raised:
        check_drift(drift)
    assert "\n" not in str(raised.value)


def test_unknown_fault_name_is_a_400_envelope(client: httpx.Client) -> None:
    body = assert_envelope(client.patch("/__mock__/faults", json={"no_such_fault": 1}), 400)
    assert "no_such_fault" in body["message"]


def test_faults_body_that_is_not_an_object_is_a_400_envelope(client: httpx.Client) -> None:
    for content in (b"[]", b"not json", b'"x"'):
        response = client.patch("/__mock__/faults", content=content, headers={"content-type": "application/json"})
        assert_envelope(response, 400)


# -- faults from a scenario file -----------------------------------------------------------------------------


def scenario_with_faults(tmp_path: Path, faults: dict[str, Any]) -> Path:
    document = yaml.safe_load(DEFAULT_SCENARIO.read_text(encoding="utf-8"))
    document["faults"] = faults
    path = tmp_path / "scenario.yaml"
    path.write_text(yaml.safe_dump(document), encoding="utf-8")
    return path


def test_scenario_faults_section_switches_drift_on(tmp_path: Path) -> None:
    drift = [{"operation": "get_homescreen_v3", "kind": "rename_field", "path": "/networks/*/armed", "to": "is_armed"}]
    state = MockState(load_scenario(scenario_with_faults(tmp_path, {"drift": drift, "errors": {"list_networks": 503}})))
    token = state.issue_token(DEMO, "access").value
    app = create_app(state, validate_responses=True)
    with httpx.Client(transport=SyncASGITransport(app), base_url="https://rest-u011.immedia-semi.com") as client:
        network = homescreen(client, token).json()["networks"][0]
        assert "is_armed" in network
        assert "armed" not in network
        assert client.get("/networks", headers=bearer(token)).status_code == 503
        # reset goes back to the scenario, faults included
        client.put("/__mock__/faults", json={})
        assert client.post("/__mock__/reset").status_code == 200
        token = state.issue_token(DEMO, "access").value
        assert "is_armed" in homescreen(client, token).json()["networks"][0]


def test_scenario_with_invalid_drift_is_refused_at_load(tmp_path: Path) -> None:
    path = scenario_with_faults(tmp_path, {"drift": [{"operation": "*", "kind": "rename_field", "path": "/a"}]})
    with pytest.raises(ScenarioError, match="rename_field needs"):
        load_scenario(path)


def test_scenario_with_unknown_fault_is_refused_at_load(tmp_path: Path) -> None:
    with pytest.raises(ScenarioError, match="unknown faults"):
        load_scenario(scenario_with_faults(tmp_path, {"typo": True}))


# -- one check for scenarios and the admin API ----------------------------------------------------------------

BAD_FAULTS: list[tuple[dict[str, Any], str]] = [
    ({"latency_ms": -5}, "faults.latency_ms: must be a whole number from 0 to 60000"),
    ({"latency_ms": 60_001}, "faults.latency_ms: must be a whole number from 0 to 60000"),
    ({"latency_ms": True}, "faults.latency_ms: must be a whole number"),
    ({"latency_ms": 1e20}, "faults.latency_ms: must be a whole number"),
    ({"latency_ms": 2.5}, "faults.latency_ms: must be a whole number"),
    ({"errors": {"*": 418}}, "faults.errors.*: must be 500 or 503"),
    ({"errors": {"*": True}}, "faults.errors.*: must be 500 or 503"),
    (
        {"errors": {"no_such_operation": 503}},
        "faults.errors.no_such_operation: 'no_such_operation' is not an operationId of the spec",
    ),
    (
        {"drift": [{"operation": "no_such_operation", "kind": "status_code", "status": 500}]},
        "faults.drift[0]: operation must be an operationId of the spec or '*', not 'no_such_operation'",
    ),
    ({"errors": [503]}, "faults.errors: must map operationIds"),
    ({"lockout_after_failed_logins": -1}, "faults.lockout_after_failed_logins: must be a whole number from 0"),
    ({"lockout_after_failed_logins": 1e20}, "faults.lockout_after_failed_logins: must be a whole number"),
    ({"lockout_seconds": 10**12}, "faults.lockout_seconds: must be a whole number from 0 to 604800"),
    ({"lockout_seconds": False}, "faults.lockout_seconds: must be a whole number"),
    ({"blocked_hardware_ids": "Home Assistant"}, "faults.blocked_hardware_ids: must be a list of names"),
    ({"blocked_hardware_ids": [""]}, "faults.blocked_hardware_ids[0]: must be a non-empty string"),
    ({"failing_commands": ["arm", 7]}, "faults.failing_commands[1]: must be a non-empty string"),
    ({"drift": {"kind": "status_code"}}, "faults.drift: must be a list of entries"),
    ({"drift": [{"operation": "*", "kind": "rename_field", "path": "/a"}]}, "faults.drift[0]: rename_field needs"),
    ({"no_such_fault": 1}, "faults: unknown faults ['no_such_fault']"),
    ({"errors": "503"}, "faults.errors: must map operationIds"),
    ({"errors": {"*": "503"}}, "faults.errors.*: must be 500 or 503"),
    ({"blocked_hardware_ids": [None]}, "faults.blocked_hardware_ids[0]: must be a non-empty string"),
    ({"lockout_seconds": math.inf}, "faults.lockout_seconds: must be a whole number"),
    ({"latency_ms": -math.inf}, "faults.latency_ms: must be a whole number"),
    ({"lockout_after_failed_logins": math.nan}, "faults.lockout_after_failed_logins: must be a whole number"),
    ({"failing_commands": [None]}, "faults.failing_commands[0]: must be a non-empty string"),
    ({"drift": [None]}, "faults.drift[0] must be an object"),
    (
        {"drift": [{"operation": "*", "kind": "remove_field", "path": "/a" * 17}]},
        "faults.drift[0]: path must have at most 16 segments",
    ),
]


@pytest.mark.parametrize(("faults", "reason"), BAD_FAULTS, ids=[str(i) for i in range(len(BAD_FAULTS))])
def test_scenario_and_admin_api_refuse_the_same_faults_the_same_way(
    client: httpx.Client, tmp_path: Path, faults: dict[str, Any], reason: str
) -> None:
    with pytest.raises(ScenarioError) as raised:
        load_scenario(scenario_with_faults(tmp_path, faults))
    assert reason in str(raised.value)
    for method in ("PATCH", "PUT"):
        # Python's json writes infinity and NaN as `Infinity` and `NaN`, and reads them back.
        content, headers = json.dumps(faults), {"content-type": "application/json"}
        body = assert_envelope(client.request(method, "/__mock__/faults", content=content, headers=headers), 400)
        assert reason in body["message"]


def test_a_number_too_large_for_a_float_is_refused(client: httpx.Client) -> None:
    # JSON's 1e400 parses to infinity.
    content = b'{"latency_ms": 1e400}'
    response = client.patch("/__mock__/faults", content=content, headers={"content-type": "application/json"})
    assert "faults.latency_ms: must be a whole number" in assert_envelope(response, 400)["message"]


def test_faults_a_scenario_switches_on_can_still_be_patched(tmp_path: Path) -> None:
    faults = {
        "latency_ms": 1,
        "errors": {"*": 503},
        "lockout_after_failed_logins": 0,
        "lockout_seconds": 60,
        "blocked_hardware_ids": ["Test Rig"],
        "failing_commands": ["*"],
        "drift": [{"operation": "*", "kind": "status_code", "status": 299}],
    }
    state = MockState.from_scenario(load_scenario(scenario_with_faults(tmp_path, faults)))
    app = create_app(state)
    with httpx.Client(transport=SyncASGITransport(app), base_url="https://rest-u011.immedia-semi.com") as client:
        assert client.get("/__mock__/faults").json() == faults
        assert client.patch("/__mock__/faults", json={"latency_ms": 0}).status_code == 200
        assert client.put("/__mock__/faults", json=faults).status_code == 200
        assert client.get("/__mock__/faults").json() == faults


def test_every_fault_has_a_check() -> None:
    from blink_mock.faults import _CHECKS, FAULT_FIELDS

    assert set(_CHECKS) == set(FAULT_FIELDS)
