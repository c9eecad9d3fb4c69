"""The spec's own rules: coverage of the 2017 notes, per-operation metadata, open schemas, valid examples."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from specutil import SPEC_PATH, Operation, errors, load_spec, operation_by_id, operations, resolve

SPEC = load_spec()
OPERATIONS = list(operations())
BY_ID = operation_by_id()

# Every endpoint of ../shared/reference/BlinkMonitorProtocol-2017.txt, as (method, path template).
SEED_ENDPOINTS = {
    ("post", "/login"),
    ("get", "/networks"),
    ("get", "/network/{network_id}/syncmodules"),
    ("post", "/network/{network_id}/arm"),
    ("post", "/network/{network_id}/disarm"),
    ("get", "/network/{network_id}/command/{command_id}"),
    ("get", "/homescreen"),
    ("get", "/events/network/{network_id}"),
    ("get", "/media/production/account/{account_id}/network/{network_id}/camera/{camera_id}/{clip_name}.mp4"),
    ("get", "/media/production/account/{account_id}/network/{network_id}/camera/{camera_id}/{clip_name}.jpg"),
    ("post", "/network/{network_id}/camera/{camera_id}/thumbnail"),
    ("post", "/network/{network_id}/camera/{camera_id}/clip"),
    ("get", "/api/v2/videos/count"),
    ("get", "/api/v2/videos/page/{page}"),
    ("get", "/api/v2/video/{video_id}"),
    ("get", "/api/v2/videos/unwatched"),
    ("post", "/api/v2/video/{video_id}/delete"),
    ("post", "/api/v2/videos/deleteall"),
    ("get", "/network/{network_id}/cameras"),
    ("get", "/network/{network_id}/camera/{camera_id}"),
    ("get", "/network/{network_id}/camera/{camera_id}/signals"),
    ("post", "/network/{network_id}/camera/{camera_id}/enable"),
    ("post", "/network/{network_id}/camera/{camera_id}/disable"),
    ("get", "/account/clients"),
    ("get", "/regions"),
    ("get", "/health"),
    ("get", "/api/v1/networks/{network_id}/programs"),
}
SAFETY_LEVELS = {"read-only", "mutating", "destructive"}
OAUTH_SERVER = "https://api.oauth.blink.com"


def op_id(op: Operation) -> str:
    return op.operation_id


def test_spec_is_openapi_3_1_with_the_documented_servers() -> None:
    assert SPEC["openapi"] == "3.1.0"
    urls = {server["url"]: server for server in SPEC["servers"]}
    assert urls["https://rest-{tier}.immedia-semi.com"]["variables"]["tier"]["default"] == "prod"
    assert "region" in urls["https://rest.{region}.immedia-semi.com"]["variables"]


def test_spec_has_at_least_sixty_operations() -> None:
    assert len(OPERATIONS) >= 60, len(OPERATIONS)


def test_every_endpoint_of_the_2017_notes_is_an_operation() -> None:
    present = {(op.method.lower(), op.path) for op in OPERATIONS}
    assert not SEED_ENDPOINTS - present
    seeds = {(op.method.lower(), op.path) for op in OPERATIONS if op.raw.get("x-blink-seed")}
    assert seeds == SEED_ENDPOINTS


@pytest.mark.parametrize("op", [op for op in OPERATIONS if (op.method.lower(), op.path) in SEED_ENDPOINTS], ids=op_id)
def test_seed_operations_document_the_legacy_headers(op: Operation) -> None:
    names = {p.name for p in op.parameters}
    assert "Host" in names
    schemes = {name for option in op.raw["security"] for name in option}
    if op.path != "/login":  # the login itself is what hands out the token
        assert "TokenAuth" in schemes


@pytest.mark.parametrize("op", OPERATIONS, ids=op_id)
def test_operation_metadata(op: Operation) -> None:
    spec = op.raw
    assert re.fullmatch(r"[a-z][a-z0-9_]*", op.operation_id)
    assert len(spec.get("tags", [])) == 1
    assert spec.get("summary")
    assert len(spec.get("description", "")) > 40
    assert spec.get("x-blink-safety") in SAFETY_LEVELS
    assert "security" in spec, "security must be explicit on every operation"
    if spec.get("deprecated"):
        assert "x-blink-replaced-by" in spec
        successor = spec["x-blink-replaced-by"]
        assert successor is None or successor in BY_ID, successor


def test_operation_ids_are_unique() -> None:
    all_ids = [op.operation_id for op in OPERATIONS]
    assert len(all_ids) == len(set(all_ids))


def test_deleting_operations_are_destructive() -> None:
    for op in OPERATIONS:
        if re.search(r"delete|logout", op.path):
            assert op.raw["x-blink-safety"] == "destructive", op.operation_id


def test_get_operations_are_never_destructive() -> None:
    assert all(op.raw["x-blink-safety"] != "destructive" for op in OPERATIONS if op.method == "GET")


def test_oauth_operations_live_on_the_oauth_host_and_need_no_token() -> None:
    oauth = [op for op in OPERATIONS if op.path.startswith("/oauth/")]
    assert len(oauth) >= 5
    for op in oauth:
        assert OAUTH_SERVER in {s["url"] for s in SPEC["paths"][op.path]["servers"]}
        assert op.raw["security"] == []
        assert op.raw.get("x-blink-login") is True


def test_security_schemes_are_token_auth_and_bearer() -> None:
    schemes = SPEC["components"]["securitySchemes"]
    assert schemes["TokenAuth"] == {**schemes["TokenAuth"], "type": "apiKey", "in": "header", "name": "TOKEN_AUTH"}
    assert schemes["BearerAuth"]["scheme"] == "bearer"
    used = {name for op in OPERATIONS for option in op.raw["security"] for name in option}
    assert used == {"TokenAuth", "BearerAuth"}


def test_shared_error_responses() -> None:
    responses = SPEC["components"]["responses"]
    unauthorized = responses["Unauthorized"]["content"]["application/json"]["examples"]
    assert {"message": "Unauthorized Access", "code": 101} in [e["value"] for e in unauthorized.values()]
    for name in ("AppUpdateRequired", "TooManyRequests", "BlockedClient"):
        assert name in responses
    authenticated = [op for op in OPERATIONS if op.raw["security"] and {} not in op.raw["security"]]
    for op in authenticated:
        assert op.raw["responses"].get("401") == {"$ref": "#/components/responses/Unauthorized"}, op.operation_id


def _walk_schemas(node: Any, where: str) -> list[tuple[str, dict[str, Any]]]:
    found: list[tuple[str, dict[str, Any]]] = []
    if isinstance(node, dict):
        if "type" in node or "properties" in node or "enum" in node:
            found.append((where, node))
        for key, value in node.items():
            found += _walk_schemas(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _walk_schemas(value, f"{where}/{index}")
    return found


def test_response_schemas_are_open() -> None:
    """Blink adds fields and values without notice: no closed objects, no enums that a new value would break."""
    schemas = _walk_schemas(SPEC["components"]["schemas"], "#/components/schemas")
    for op in OPERATIONS:
        schemas += _walk_schemas(op.raw["responses"], f"{op.operation_id}/responses")
    for where, schema in schemas:
        assert schema.get("additionalProperties") is not False, where
        assert "enum" not in schema, where


def _examples(op: Operation) -> list[tuple[str, str, Any]]:
    found = []
    for status, response in op.raw["responses"].items():
        for media_type, media in resolve(response).get("content", {}).items():
            if media_type.endswith("json"):
                assert media.get("examples"), f"{op.operation_id} {status} has no examples"
                pointer = op.response_schema(status, media_type)
                assert pointer is not None
                for name, example in media["examples"].items():
                    found.append((f"{status} {name}", pointer, resolve(example)["value"]))
    return found


@pytest.mark.parametrize("op", OPERATIONS, ids=op_id)
def test_examples_validate_against_their_schemas(op: Operation) -> None:
    for label, schema, value in _examples(op):
        assert not errors(schema, value), f"{label}: {errors(schema, value)}"


def test_every_extension_is_documented_in_the_spec_readme() -> None:
    used = set(re.findall(r"^\s*(x-[a-z0-9-]+):", SPEC_PATH.read_text(encoding="utf-8"), flags=re.MULTILINE))
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^### `(x-[a-z0-9-]+)`", readme, flags=re.MULTILINE))
    assert used == documented


IDENTIFIED_KINDS = {
    "account",
    "user",
    "client",
    "network",
    "camera",
    "sync_module",
    "command",
    "program",
    "local_storage_manifest",
    "local_storage_clip",
    "media",
    "siren",
}


@pytest.mark.parametrize("op", OPERATIONS, ids=op_id)
def test_every_id_in_a_path_says_what_it_identifies(op: Operation) -> None:
    """Ownership is derived from `x-blink-identifies`: an id parameter without it would go unchecked. A `*_serial`
    names one of the account's devices by its serial number (firmware downloads); `serial_number` names a device
    that is not yet the account's (identifying it before it is added), so it names no account object."""
    for parameter in op.path_parameters():
        names_an_object = parameter.name.endswith(("_id", "_name", "_serial"))
        assert (parameter.identifies is not None) == names_an_object, f"{op.operation_id} {parameter.name}"
        if parameter.identifies is not None:
            assert parameter.identifies in IDENTIFIED_KINDS, f"{op.operation_id} {parameter.name}"


def test_undone_by_names_a_mutating_operation_that_names_it_back() -> None:
    undoable = [op for op in OPERATIONS if op.undone_by is not None]
    assert undoable, "no operation says how it is undone"
    for op in undoable:
        assert op.safety == "mutating", op.operation_id
        partner = BY_ID[op.undone_by or ""]
        assert partner.safety == "mutating" and partner.undone_by == op.operation_id, op.operation_id
