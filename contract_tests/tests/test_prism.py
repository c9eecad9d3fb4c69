"""Prism serving the spec's examples, read back through the generated client.

`scripts/prism` runs Stoplight Prism 5.16 in static mode: it answers every operation with the first documented
example after validating the request. For every GET whose 200 response is JSON, this test asks Prism through the
generated `sync_detailed` function and checks that the answer is 200, parses into the model the spec names, and
round-trips (`to_dict()`) to the exact JSON Prism sent. That catches a spec Prism cannot serve (bad parameter
schemas, broken `$ref`s, examples Prism rejects) and an example the client cannot read, with a third-party server
instead of our own mock. Nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import importlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import types
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import blink_api_client.models
from blink_api_client import AuthenticatedClient
from blink_spec import Parameter, SpecOperation, load_spec, resolve, router

ROOT = Path(__file__).resolve().parents[2]
PRISM = ROOT / "scripts" / "prism"
# npx may have to download prism-cli and its ~300 packages on first use; a warm start takes about 1.5 s.
STARTUP_TIMEOUT_SECONDS = 120.0
# Prism checks only that a credential is present. BearerAuth operations look at Authorization (which
# AuthenticatedClient sends), TokenAuth ones at TOKEN_AUTH, so both go on every request.
TOKEN = "x"


def require_npx() -> None:
    """Skip without Node.js on a developer's machine; in CI (`CI=true`) a missing input is a failure."""
    if shutil.which("npx") is not None:
        return
    reason = "Prism needs Node.js and npx on PATH"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason}; CI=true, where a missing input fails the run")
    pytest.skip(reason)


def json_get_operations() -> list[SpecOperation]:
    found = []
    for op in router().operations:
        if op.method != "GET" or "200" not in op.responses:
            continue
        content = resolve(op.responses["200"]).get("content", {})
        if any(media_type.endswith("json") for media_type in content):
            found.append(op)
    return sorted(found, key=lambda op: op.operation_id)


OPERATIONS = json_get_operations()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def stop(process: subprocess.Popen[bytes]) -> None:
    # npx starts node as a child: signal the whole group, which start_new_session made ours alone.
    for sig, grace in ((signal.SIGTERM, 10.0), (signal.SIGKILL, 5.0)):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            break
        try:
            process.wait(timeout=grace)
            break
        except subprocess.TimeoutExpired:
            continue


@pytest.fixture(scope="module")
def prism_url() -> Iterator[str]:
    require_npx()
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(
            [str(PRISM)],
            cwd=ROOT,
            env={**os.environ, "PORT": str(port)},
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            give_up = time.monotonic() + STARTUP_TIMEOUT_SECONDS
            while True:
                if process.poll() is not None:
                    log.seek(0)
                    output = log.read().decode(errors="replace")[-4000:]
                    pytest.fail(f"scripts/prism exited with {process.returncode}:\n{output}")
                try:
                    httpx.get(f"{base_url}/api/v1/version", timeout=2)
                    break
                except httpx.TransportError:
                    if time.monotonic() > give_up:
                        pytest.fail(f"Prism did not answer within {STARTUP_TIMEOUT_SECONDS:.0f} s")
                    time.sleep(0.1)
            yield base_url
        finally:
            stop(process)


def path_value(parameter: Parameter) -> Any:
    """A value Prism's request validation accepts: the schema's example, else the smallest valid one from 1 up."""
    schema = resolve(parameter.schema)
    if schema.get("examples"):
        return schema["examples"][0]
    if "example" in schema:
        return schema["example"]
    if schema.get("enum"):
        return schema["enum"][0]
    if schema.get("type") == "integer":
        return max(int(schema.get("minimum", 1)), 1)
    assert "pattern" not in schema, f"{parameter.name}: add an example to the spec for this patterned string"
    return "x1"


def expected_model(op: SpecOperation) -> tuple[type[Any], bool]:
    """The model class the 200 schema names, and whether the response is a list of it."""
    content = resolve(op.responses["200"])["content"]
    schema = next(media["schema"] for media_type, media in content.items() if media_type.endswith("json"))
    # A named array schema (ProgramList) generates no class of its own: the client returns list[Program].
    is_list = resolve(schema).get("type") == "array"
    ref = (resolve(schema)["items"] if is_list else schema).get("$ref", "")
    assert ref.startswith("#/components/schemas/"), f"{op.operation_id}: the 200 schema is not a named model"
    model: type[Any] = getattr(blink_api_client.models, ref.rsplit("/", 1)[1])
    return model, is_list


def to_plain(parsed: Any) -> Any:
    if isinstance(parsed, list):
        return [to_plain(item) for item in parsed]
    return parsed.to_dict()


def normalise(value: Any) -> Any:
    """Equal up to the spelling of UTC offsets, which the client writes back as +00:00."""
    return json.loads(re.sub(r'(\d\d:\d\d:\d\d)Z"', r'\1+00:00"', json.dumps(value)))


def test_every_json_get_is_covered() -> None:
    # Guards the parametrisation below against silently shrinking if the selection logic breaks.
    assert len(OPERATIONS) >= 30
    assert {"list_networks", "get_homescreen_v3", "get_command_status"} <= {op.operation_id for op in OPERATIONS}


@pytest.mark.parametrize("op", OPERATIONS, ids=[op.operation_id for op in OPERATIONS])
def test_prism_example_parses_with_the_generated_client(prism_url: str, op: SpecOperation) -> None:
    tag = load_spec()["paths"][op.path][op.method.lower()]["tags"][0]
    module = importlib.import_module(f"blink_api_client.api.{tag}.{op.operation_id}")
    function = module.sync_detailed
    model, is_list = expected_model(op)

    # The generated signature must name the spec's model among its return types.
    returned = typing.get_args(typing.get_type_hints(function)["return"])[0]
    alternatives = typing.get_args(returned) if isinstance(returned, types.UnionType) else (returned,)
    assert (types.GenericAlias(list, (model,)) if is_list else model) in alternatives, (
        f"{op.operation_id} returns {returned}"
    )

    client = AuthenticatedClient(
        base_url=prism_url, token=TOKEN, headers={"TOKEN_AUTH": TOKEN}, timeout=httpx.Timeout(30)
    )
    path_args = {p.name: path_value(p) for p in op.path_parameters()}
    with client:
        response = function(client=client, **path_args)

    assert response.status_code == 200, f"Prism answered {response.status_code}: {response.content[:500]!r}"
    raw = json.loads(response.content)
    # Static mode serves the first documented example; anything else means Prism read the spec differently.
    assert raw == op.example("200")[2]
    parsed = response.parsed
    assert parsed is not None, f"{op.operation_id}: the client dropped the response"
    if is_list:
        assert isinstance(parsed, list)
        assert all(isinstance(item, model) for item in parsed)
    else:
        assert isinstance(parsed, model)
    assert normalise(to_plain(parsed)) == normalise(raw)


@pytest.mark.parametrize(("ci", "outcome"), [("true", pytest.fail.Exception), ("", pytest.skip.Exception)])
def test_a_missing_npx_fails_in_ci_and_skips_elsewhere(
    monkeypatch: pytest.MonkeyPatch, ci: str, outcome: type[BaseException]
) -> None:
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    monkeypatch.setenv("CI", ci)
    with pytest.raises(outcome, match="npx"):
        require_npx()
