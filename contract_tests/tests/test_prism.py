"""Prism serving the spec's examples, read back through the generated client.

`scripts/prism` runs Stoplight Prism 5.16 in static mode: it answers every operation with the first documented
example after validating the request. For every GET whose 200 response is JSON, this test asks Prism through the
generated `sync_detailed` function and checks that the answer is 200, parses into the model the spec names, and
round-trips (`to_dict()`) to the exact JSON Prism sent. That catches a spec Prism cannot serve (bad parameter
schemas, broken `$ref`s, examples Prism rejects) and an example the client cannot read, with a third-party server
instead of our own mock. Nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import contextlib
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
from running_mock import stop_process

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
    """Stop scripts/prism as a user does, by signalling the script; then, as a safety net, whatever of its session
    is left (the script puts Prism in a process group of its own inside the session start_new_session made)."""
    stop_process(process, timeout=15)
    for group in {pgid for _, pgid in session_members(process.pid)}:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(group, signal.SIGKILL)


def session_members(session: int) -> list[tuple[int, int]]:
    """(pid, process group) of every live process of a session (zombies hold nothing and are left out)."""
    members = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # gone meanwhile
        state, pgid, sid = fields[0], int(fields[2]), int(fields[3])
        if sid == session and state != "Z":
            members.append((int(stat.parent.name), pgid))
    return members


@contextlib.contextmanager
def running_prism() -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    """scripts/prism on a free port, in a session of its own, answering; stopped afterwards."""
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
            yield process, base_url
        finally:
            stop(process)


@pytest.fixture(scope="module")
def prism_url() -> Iterator[str]:
    with running_prism() as (_, base_url):
        yield base_url


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


@pytest.mark.parametrize(("sig", "status"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)], ids=["SIGTERM", "SIGINT"])
def test_stopping_the_script_stops_prism(sig: signal.Signals, status: int) -> None:
    # npx runs Prism's node as a grandchild: a signal to npx alone left it listening on the port.
    with running_prism() as (process, base_url):
        assert len(session_members(process.pid)) > 1  # npx and Prism's node beside the script
        process.send_signal(sig)  # the script alone, as `kill PID` or a service manager does
        code = process.wait(timeout=15)
        give_up = time.monotonic() + 10
        while session_members(process.pid) and time.monotonic() < give_up:
            time.sleep(0.1)
        assert session_members(process.pid) == [], "a process of scripts/prism outlived it"
        with pytest.raises(httpx.ConnectError):
            httpx.get(f"{base_url}/api/v1/version", timeout=2)
        assert code == status  # the signal's status, as a shell reports it
