"""The live runner: what it calls, with which values, and how it treats 429/503 and network errors."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import httpx
import pytest

from blink_contract.drift import Exchange
from blink_contract.live import (
    Context,
    LiveClient,
    RunConfig,
    RunError,
    Runner,
    UsageError,
    fill_parameters,
    learn,
    link_values,
    links,
    plan_operations,
)
from blink_contract.redact import Redactor
from blink_contract.session import Credentials, Hosts, StoredLogin
from blink_contract.throttle import Throttle
from blink_mock.respx_router import BlinkMockRouter, mock_router
from blink_spec import operations_in_spec_order, router

OTHER = Credentials(email="other@example.com", password="other-password")
REST = "https://rest-u011.immedia-semi.com"


@pytest.fixture
def blink() -> Iterator[BlinkMockRouter]:
    with mock_router() as mock:
        yield mock


# -- the plan
def test_default_plan_is_read_only_without_logins_or_deprecated_operations() -> None:
    plan = plan_operations(allow_mutating=False)
    assert plan.read_only and not plan.mutating
    for op in plan.read_only:
        assert op.safety == "read-only" and not op.is_login
    names = [op.operation_id for op in plan.read_only]
    assert names[0] == "get_homescreen_v3"  # discovery comes first
    assert "get_homescreen_legacy" not in names
    assert ("get_homescreen_legacy", "skipped: deprecated (--include-deprecated)") in plan.skipped
    assert all(op.operation_id != "delete_media" for op in plan.read_only)


def test_include_deprecated_and_operation_selection() -> None:
    everything = plan_operations(include_deprecated=True, allow_mutating=False)
    assert "get_homescreen_legacy" in [op.operation_id for op in everything.read_only]
    narrowed = plan_operations(only=["list_networks", "get_video_count"], allow_mutating=False)
    assert [op.operation_id for op in narrowed.read_only] == ["list_networks", "get_video_count"]


def test_allow_mutating_adds_only_the_pairs_the_spec_names_an_undo_for() -> None:
    plan = plan_operations(allow_mutating=True)
    pairs = {mutation.operation_ids: mutation.target.name for mutation in plan.mutating}
    assert pairs == {
        ("arm_network", "disarm_network"): "network_id",
        ("enable_camera_motion", "disable_camera_motion"): "camera_id",
    }
    skipped = dict(plan.skipped)
    assert skipped["update_network"] == "skipped: mutating (the spec names no undo for it)"
    assert "arm_network" not in skipped and "disarm_network" not in skipped
    without = dict(plan_operations(allow_mutating=False).skipped)
    assert without["arm_network"] == "skipped: mutating (needs --allow-mutating and an allow-list)"


def test_one_half_of_a_pair_brings_its_undo() -> None:
    plan = plan_operations(only=["disable_camera_motion"], allow_mutating=True)
    assert [mutation.operation_ids for mutation in plan.mutating] == [("disable_camera_motion", "enable_camera_motion")]
    assert plan.read_only == []


def test_a_new_undo_in_the_spec_is_picked_up() -> None:
    # What the runner may change comes from `x-blink-undone-by`, not from a list of its own.
    operations = list(operations_in_spec_order())
    for index, op in enumerate(operations):
        if op.operation_id in ("enable_program", "disable_program"):
            undo = "disable_program" if op.operation_id == "enable_program" else "enable_program"
            operations[index] = replace(op, raw={**op.raw, "x-blink-undone-by": undo})
    plan = plan_operations(allow_mutating=True, operations=operations)
    pairs = {mutation.operation_ids: mutation.target.name for mutation in plan.mutating}
    assert pairs[("enable_program", "disable_program")] == "program_id"
    with pytest.raises(UsageError, match="can only undo"):
        plan_operations(only=["enable_program"], allow_mutating=True)  # the real spec names no undo for it


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("delete_media", "destructive"),
        ("delete_all_videos", "destructive"),
        ("oauth_token", "single login"),
        ("update_camera_config", "can only undo"),
        ("no_such_operation", "no such operationId"),
    ],
)
def test_refused_operations(name: str, reason: str) -> None:
    with pytest.raises(UsageError, match=reason):
        plan_operations(only=[name], allow_mutating=True)


# -- parameters
HOMESCREEN = {
    "account": {"id": 9},
    "networks": [{"id": 100}, {"id": 200}],
    "sync_modules": [{"id": 300, "network_id": 100}, {"id": 301, "network_id": 200}],
    "cameras": [{"id": 400, "network_id": 200, "type": "catalina"}],
    "owls": [{"id": 500, "network_id": 100}],
    "doorbells": [{"id": 600, "network_id": 200}],
}


def exchange(body: bytes, status: int = 200, headers: dict[str, str] | None = None) -> Exchange:
    return Exchange("GET", "https://x/", status, {"content-type": "application/json", **(headers or {})}, body)


def test_homescreen_gives_consistent_ids() -> None:
    import json

    context = Context()
    learn(context, "get_homescreen_v3", exchange(json.dumps(HOMESCREEN).encode(), headers={"client-id": "77"}))
    # Network 200 has two devices, network 100 one: 200 is chosen and its sync module preferred.
    assert context.values["network_id"] == "200"
    assert context.values["sync_module_id"] == "301"
    assert context.values["client_id"] == "77"
    owl = fill_parameters(router().by_id("get_owl_config"), context)
    assert owl == ({"account_id": "9", "network_id": "100", "owl_id": "500"}, {})  # the owl's own network
    camera = fill_parameters(router().by_id("get_camera_config"), context)
    assert camera == ({"network_id": "200", "camera_id": "400"}, {})


def test_missing_ids_skip_with_a_reason_and_errors_teach_nothing() -> None:
    context = Context()
    learn(context, "list_programs", exchange(b'[{"id": 5}]', status=404))
    assert fill_parameters(router().by_id("get_network"), context) == "skipped: no network_id"
    learn(context, "get_media_changed", exchange(b'{"media": [{"id": 31, "media": "/api/v2/x/clip/31.mp4"}]}'))
    assert context.values == {"media_name": "31"}


def test_query_parameters_come_from_the_spec_defaults() -> None:
    context = Context(values={"account_id": "9"})
    assert fill_parameters(router().by_id("get_media_changed"), context) == ({"account_id": "9"}, {"page": "1"})


def test_path_values_that_name_no_account_object_come_from_their_schema() -> None:
    # `page` has no `x-blink-identifies`: its schema's minimum (pages start at 0); `device_type` its example.
    assert fill_parameters(router().by_id("list_videos_page"), Context()) == ({"page": "0"}, {})
    context = Context(values={"account_id": "9", "network_id": "100", "camera_id": "400"})
    assert fill_parameters(router().by_id("get_camera_thumbnail_image"), context) == (
        {"account_id": "9", "network_id": "100", "device_type": "catalina", "camera_id": "400"},
        {},
    )
    # An id is never taken from the spec's examples, however well documented.
    assert fill_parameters(router().by_id("download_media_clip"), Context(values={"account_id": "9"})) == (
        "skipped: no media_name"
    )


def test_values_the_spec_links_carry_over() -> None:
    # request_local_storage_manifest links its answer to the manifest and to the command status.
    op = router().by_id("request_local_storage_manifest")
    body = {"id": 900, "network_id": 100}
    path = {"account_id": "9", "network_id": "100", "sync_module_id": "300"}
    carried = [link_values(link, path, body) for link in links(op, 200)]
    assert {**path, "command_id": 900} in carried
    assert {"network_id": 100, "command_id": 900} in carried
    assert links(op, 404) == []


# -- running
def config(tmp_path: Path, **overrides: object) -> RunConfig:
    stored = StoredLogin(hardware_id=str(uuid.uuid4()).upper())
    plan = plan_operations(allow_mutating=False)
    settings: dict[str, object] = {
        "hosts": Hosts.discovered(),
        "token_path": tmp_path / "token.json",
        "credentials": OTHER,
        "stored": stored,
        "plan": plan,
        **overrides,
    }
    return RunConfig(**settings)  # type: ignore[arg-type]


def test_tier_discovery_sends_rest_calls_to_the_tier_host(blink: BlinkMockRouter, tmp_path: Path) -> None:
    client = LiveClient(Throttle(1000), Redactor())
    outcome = Runner(client, config(tmp_path)).run()
    client.close()
    hosts = {e.url.split("/")[2] for e in client.exchanges}
    assert hosts == {"api.oauth.blink.com", "rest-prod.immedia-semi.com", "rest-u011.immedia-semi.com"}
    assert not any(result.drifted for result in outcome.results)
    version = [e for e in client.exchanges if e.url.endswith("/api/v1/version")]
    assert version and version[0].url.startswith("https://rest-prod.")  # its own server in the spec
    assert outcome.login_method == "oauth"
    assert ("get_doorbell_config", "skipped: no doorbell_id") not in outcome.skipped  # other@ has a doorbell


def test_retry_after_is_honoured_once(blink: BlinkMockRouter) -> None:
    route = blink.get(f"{REST}/health")
    route.side_effect = [
        httpx.Response(503, headers={"Retry-After": "2"}),
        httpx.Response(200, json={"ok": True}),
    ]
    slept: list[float] = []
    client = LiveClient(Throttle(1000, sleep=slept.append), Redactor())
    assert client.send("GET", f"{REST}/health").status_code == 200
    assert 2 in slept and route.call_count == 2
    assert len(client.exchanges) == 2


def test_a_long_retry_after_stops_the_run(blink: BlinkMockRouter) -> None:
    blink.get(f"{REST}/health").respond(429, headers={"Retry-After": "3600"})
    client = LiveClient(Throttle(1000), Redactor())
    with pytest.raises(RunError, match="asks to wait 3600 s"):
        client.send("GET", f"{REST}/health")


def test_login_requests_are_never_retried(blink: BlinkMockRouter) -> None:
    route = blink.post("https://api.oauth.blink.com/oauth/token").respond(429, headers={"Retry-After": "1"})
    client = LiveClient(Throttle(1000), Redactor())
    assert client.send("POST", "https://api.oauth.blink.com/oauth/token", login=True).status_code == 429
    assert route.call_count == 1


def test_network_errors_are_one_redacted_line(blink: BlinkMockRouter) -> None:
    blink.get(f"{REST}/api/v3/accounts/22001/homescreen").mock(side_effect=httpx.ConnectError("refused"))
    redactor = Redactor(["22001"])
    client = LiveClient(Throttle(1000), redactor)
    with pytest.raises(RunError) as failure:
        client.send("GET", f"{REST}/api/v3/accounts/22001/homescreen")
    assert str(failure.value) == (
        "network error on GET rest-u011.immedia-semi.com/api/v3/accounts/[REDACTED]/homescreen (port 443): "
        "ConnectError: refused"
    )
