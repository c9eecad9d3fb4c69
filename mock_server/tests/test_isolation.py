"""Two accounts, one mock: a token of one account never reaches the other account's data.

Generic over the spec: every operation whose path names something an account owns (a path parameter the spec
marks with `x-blink-identifies`) is called twice with the owner's ids, once with the intruder's token and once
with the owner's. The intruder gets 404 (or 403), no owner data in the body and no change to the state; the
owner gets a real answer, which proves the ids were right and the refusal came from ownership, not from a bad
URL. The same holds inside one account for a device of one network named under another network. Each operation is
called in the latest era that served it (`serving_era`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from support import DEMO, DEMO_NETWORK, OTHER, OTHER_NETWORK, REST, bearer, serving_era

from blink_mock import MockState, create_app
from blink_mock.scenario import parse_scenario
from blink_mock.state import MANIFEST_COMMAND, UPLOAD_COMMAND
from blink_mock.transport import SyncASGITransport
from blink_spec import SpecOperation, load_spec, resolve, router


@dataclass(frozen=True)
class Side:
    """One account of the default scenario and the things it owns."""

    account_id: int
    network_id: int
    camera_id: int
    sync_module_id: int
    secrets: tuple[str, ...]  # names and ids that must never reach the other account
    owl_id: int | None = None
    doorbell_id: int | None = None
    program_id: int | None = None
    siren_id: int | None = None


DEMO_SIDE = Side(
    DEMO,
    DEMO_NETWORK,
    51001,
    41001,
    ("demo@example.com", "Home", "Front Door", "Back Yard", "Living Room", "Weekdays", "31001", "51001", "51003"),
    owl_id=51003,
    program_id=61001,
    siren_id=71001,
)
# The demo account has no doorbell, so doorbell operations run the other way round.
OTHER_SIDE = Side(
    OTHER,
    OTHER_NETWORK,
    52001,
    41002,
    ("other@example.com", "Cabin", "Porch", "Doorbell", "31002", "52002"),
    doorbell_id=52002,
)


def owned_operations() -> list[SpecOperation]:
    """Every operation whose path names something an account owns, as the spec's `x-blink-identifies` says."""
    return [op for op in router().operations if op.owned_parameters()]


def owner_of(op: SpecOperation) -> tuple[Side, Side]:
    names = {p.name for p in op.path_parameters()}
    return (OTHER_SIDE, DEMO_SIDE) if "doorbell_id" in names else (DEMO_SIDE, OTHER_SIDE)


def path_values(state: MockState, side: Side) -> dict[str, Any]:
    account = state.accounts[side.account_id]
    media = next(m for m in state.media_of(side.account_id) if m.network_id == side.network_id)
    # A finished manifest and clip upload, so that the local-storage operations have something to serve.
    module = state.sync_modules[side.sync_module_id]
    module.local_storage_status = "active"
    manifest = state.start_command(side.account_id, side.network_id, MANIFEST_COMMAND)
    upload = state.start_command(side.account_id, side.network_id, UPLOAD_COMMAND)
    for command in (manifest, upload):
        command.sync_module_id = module.id
        command.finished = True
    upload.media_id = media.id
    owl = state.cameras.get(side.owl_id) if side.owl_id is not None else None  # no Minis before 2020-04-20
    return {
        "account_id": side.account_id,
        "user_id": account.user_id,
        "client_id": account.client_id,
        "network_id": side.network_id,
        "camera_id": side.camera_id,
        "owl_id": side.owl_id,
        "doorbell_id": side.doorbell_id,
        "sync_module_id": side.sync_module_id,
        "program_id": side.program_id,
        "command_id": manifest.id,
        "media_name": str(media.id),
        "video_id": media.id,
        "clip_name": f"clip_{media.id}",
        "device_type": "catalina",
        "manifest_id": manifest.id,
        "clip_id": media.id,
        "page": 1,
        "siren_id": side.siren_id,
        "media_id": media.id,
        "source": media.source,
        "sync_module_serial": module.serial,
        "owl_serial": owl.serial if owl is not None else None,
        "serial_number": module.serial,
    }


def request_body(op: SpecOperation) -> tuple[bytes | None, dict[str, str]]:
    """The spec's first request example, in the operation's first content type."""
    raw_op = load_spec()["paths"][op.path][op.method.lower()]
    body = resolve(raw_op.get("requestBody", {}))
    for media_type, media in body.get("content", {}).items():
        examples = media.get("examples") or {}
        value = resolve(next(iter(examples.values())))["value"] if examples else media.get("example", {})
        return json.dumps(value).encode(), {"content-type": media_type}
    return None, {}


def auth_for(state: MockState, op: SpecOperation, account_id: int) -> dict[str, str]:
    """Bearer (an OAuth token) where the operation accepts it, TOKEN_AUTH (a password login's token) otherwise:
    both reach the same check."""
    if op.accepts("BearerAuth"):
        return bearer(state.issue_token(account_id, "access").value)
    client_id = state.accounts[account_id].client_id
    return {"TOKEN_AUTH": state.issue_token(account_id, "legacy", client_id=client_id).value}


def call(client: httpx.Client, op: SpecOperation, values: dict[str, Any], auth: dict[str, str]) -> httpx.Response:
    path = op.path
    for parameter in op.path_parameters():
        path = path.replace(f"{{{parameter.name}}}", str(values[parameter.name]))
    content, headers = request_body(op)
    return client.request(op.method, path, content=content, headers={**headers, **auth})


def public_state(state: MockState) -> str:
    return json.dumps(state.dump(), sort_keys=True, default=str)


@pytest.mark.parametrize("op", owned_operations(), ids=lambda op: op.operation_id)
def test_other_accounts_token_never_reaches_owned_data(
    client: httpx.Client, state: MockState, op: SpecOperation
) -> None:
    state.era = serving_era(op)
    state.reset()
    owner, intruder = owner_of(op)
    owner_auth, intruder_auth = auth_for(state, op, owner.account_id), auth_for(state, op, intruder.account_id)
    values = path_values(state, owner)

    before = public_state(state)
    refused = call(client, op, values, intruder_auth)
    assert refused.status_code in (403, 404), (refused.status_code, refused.text[:300])
    body = refused.json()
    assert isinstance(body["message"], str)
    assert isinstance(body["code"], int)
    for secret in owner.secrets:
        assert secret not in refused.text, f"{secret!r} leaked to the other account: {refused.text[:300]}"
    assert public_state(state) == before, "the other account's request changed the owner's state"

    allowed = call(client, op, values, owner_auth)
    assert allowed.status_code not in (401, 403, 404), (allowed.status_code, allowed.text[:300])
    assert allowed.status_code < 500, (allowed.status_code, allowed.text[:300])


def test_every_path_parameter_has_a_value_for_both_accounts(state: MockState) -> None:
    # A new kind of path id in the spec must get an owner's value here, or its operations go untested.
    names = {p.name for op in router().operations for p in op.path_parameters()}
    for side in (DEMO_SIDE, OTHER_SIDE):
        assert names <= set(path_values(state, side)), sorted(names - set(path_values(state, side)))
    assert len(owned_operations()) >= 50


def test_lists_of_one_account_never_show_the_other(client: httpx.Client, state: MockState, other_token: str) -> None:
    for path in ("/networks", f"/api/v3/accounts/{OTHER}/homescreen", f"/api/v1/accounts/{OTHER}/media/changed"):
        response = client.get(path, headers=bearer(other_token))
        assert response.status_code == 200, response.text[:300]
        for secret in DEMO_SIDE.secrets:
            assert secret not in response.text, f"{path} shows {secret!r} to the other account"


# -- two networks in one account ------------------------------------------------------------------------------

TWO_NETWORKS = {
    "accounts": [
        {
            "id": 24001,
            "email": "two@example.com",
            "password": "pw",
            "networks": [
                {
                    "id": 34001,
                    "name": "House",
                    "sync_module": {"id": 44001},
                    "cameras": [
                        {"id": 54001, "name": "House Cam", "kind": "camera"},
                        {"id": 54002, "name": "House Mini", "kind": "owl"},
                        {"id": 54003, "name": "House Bell", "kind": "doorbell"},
                    ],
                },
                {
                    "id": 34002,
                    "name": "Barn",
                    "sync_module": {"id": 44002},
                    "cameras": [
                        {"id": 54011, "name": "Barn Cam", "kind": "camera"},
                        {"id": 54012, "name": "Barn Mini", "kind": "owl"},
                        {"id": 54013, "name": "Barn Bell", "kind": "doorbell"},
                    ],
                    "clips": [{"camera": "Barn Cam"}, {"camera": "Barn Mini"}, {"camera": "Barn Bell"}],
                },
            ],
        }
    ]
}
BARN_DEVICES = {"camera_id": 54011, "owl_id": 54012, "doorbell_id": 54013}


def device_operations() -> list[SpecOperation]:
    """Every operation whose path names a camera, a Mini or a doorbell inside a network."""
    return [op for op in router().operations if {p.identifies for p in op.owned_parameters()} >= {"network", "camera"}]


@pytest.mark.parametrize("op", device_operations(), ids=lambda op: op.operation_id)
def test_a_device_of_another_network_of_the_same_account_is_not_found(op: SpecOperation) -> None:
    state = MockState.from_scenario(parse_scenario(TWO_NETWORKS), serving_era(op))
    auth = auth_for(state, op, 24001)
    device_name = next(p.name for p in op.owned_parameters() if p.identifies == "camera")
    device = state.cameras[BARN_DEVICES[device_name]]
    clip = next(m for m in state.media.values() if m.camera_id == device.id)
    values: dict[str, Any] = {
        "account_id": 24001,
        device_name: device.id,
        "device_type": device.product_type,
        "clip_name": f"clip_{clip.id}",
        "media_id": clip.id,
        "source": clip.source,
    }
    with httpx.Client(transport=SyncASGITransport(create_app(state, validate_responses=True)), base_url=REST) as http:
        before = public_state(state)
        refused = call(http, op, {**values, "network_id": 34001}, auth)
        assert refused.status_code == 404, (refused.status_code, refused.text[:300])
        assert public_state(state) == before, "a refused request changed the state"
        allowed = call(http, op, {**values, "network_id": 34002}, auth)
        assert allowed.status_code not in (401, 403, 404), (allowed.status_code, allowed.text[:300])
        assert allowed.status_code < 500, (allowed.status_code, allowed.text[:300])


def test_devices_of_every_kind_are_covered_by_the_two_network_test() -> None:
    names = {p.name for op in device_operations() for p in op.owned_parameters() if p.identifies == "camera"}
    assert names == set(BARN_DEVICES)
