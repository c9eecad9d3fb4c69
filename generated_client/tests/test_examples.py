"""Every example response in the spec, served through httpx's MockTransport, parses with the generated client.

For each operation and each documented response with an example, the generated `sync_detailed` function is
called; the transport checks the request's method and path against the spec and answers with the example.
The parsed model must round-trip to the example (`to_dict()`), so a field the client drops or mistypes fails.
"""

from __future__ import annotations

import importlib
import inspect
import json
import re
import types
import typing
from typing import Any

import httpx
import pytest
from specutil import Operation, load_spec, operations, resolve

from blink_api_client import AuthenticatedClient
from blink_api_client.types import File

SPEC = load_spec()
BASE_URL = "https://rest-u011.immedia-semi.com"
BINARY_BODY = b"\xff\xd8\xff\xe0example-bytes"


def concrete(status: str) -> int:
    """A status code for a documented status or range (`5XX` -> 503)."""
    return int(status[0] + "03") if status.endswith("XX") else int(status)


def path_value(schema: dict[str, Any]) -> Any:
    if schema.get("type") == "integer":
        return max(int(schema.get("minimum", 1)), 1) + 1000122
    return "clip_abc123"


def request_example(op: Operation) -> tuple[str, Any] | None:
    body = op.raw.get("requestBody")
    if body is None:
        return None
    for media_type, media in resolve(body)["content"].items():
        examples = media.get("examples") or {}
        if examples:
            return media_type, resolve(next(iter(examples.values())))["value"]
        if "example" in media:
            return media_type, media["example"]
    return None


def cases() -> list[tuple[Operation, str, str, Any]]:
    found: list[tuple[Operation, str, str, Any]] = []
    for op in operations():
        for status, response in op.raw["responses"].items():
            content = resolve(response).get("content", {})
            if not content:
                found.append((op, status, "", None))
            for media_type, media in content.items():
                if media_type.endswith("json"):
                    for example in media.get("examples", {}).values():
                        found.append((op, status, media_type, resolve(example)["value"]))
                elif media_type.startswith("text/"):
                    found.append((op, status, media_type, media.get("example", "text")))
                else:
                    found.append((op, status, media_type, BINARY_BODY))
    return found


CASES = cases()


def module_for(op: Operation) -> types.ModuleType:
    return importlib.import_module(f"blink_api_client.api.{op.raw['tags'][0]}.{op.operation_id}")


def body_argument(function: Any, op: Operation) -> Any:
    example = request_example(op)
    hints = typing.get_type_hints(function)
    if "body" not in hints:
        return None
    assert example is not None, f"{op.operation_id}: request body without an example"
    _, value = example
    for candidate in typing.get_args(hints["body"]) or (hints["body"],):
        if hasattr(candidate, "from_dict"):
            return candidate.from_dict(value)
    return value


def to_plain(parsed: Any) -> Any:
    if isinstance(parsed, list):
        return [to_plain(item) for item in parsed]
    if hasattr(parsed, "to_dict"):
        return parsed.to_dict()
    return parsed


def normalise(value: Any) -> Any:
    """Equal up to the spelling of UTC offsets, which the client writes back as +00:00."""
    return json.loads(re.sub(r'(\d\d:\d\d:\d\d)Z"', r'\1+00:00"', json.dumps(value)))


@pytest.mark.parametrize(
    ("op", "status", "media_type", "example"),
    CASES,
    ids=[f"{op.operation_id}-{status}-{i}" for i, (op, status, _, _) in enumerate(CASES)],
)
def test_example_response_parses_with_the_generated_client(
    op: Operation, status: str, media_type: str, example: Any
) -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        headers = {"content-type": media_type} if media_type else {}
        if media_type.endswith("json"):
            return httpx.Response(concrete(status), headers=headers, content=json.dumps(example).encode())
        if media_type.startswith("text/"):
            return httpx.Response(concrete(status), headers=headers, text=example)
        if media_type:
            return httpx.Response(concrete(status), headers=headers, content=example)
        return httpx.Response(concrete(status), headers={"location": "https://example.invalid/next"})

    client = AuthenticatedClient(
        base_url=BASE_URL,
        token="example-token",
        prefix="",
        auth_header_name="TOKEN_AUTH",
        httpx_args={"transport": httpx.MockTransport(answer)},
    )
    module = module_for(op)
    function = module.sync_detailed
    kwargs: dict[str, Any] = {"client": client}
    path_params = {p.name: p.schema for p in op.path_parameters()}
    for name in inspect.signature(function).parameters:
        if name in path_params:
            kwargs[name] = path_value(path_params[name])
        elif name == "body":
            kwargs[name] = body_argument(function, op)
    response = function(**kwargs)

    assert len(seen) == 1
    assert seen[0].method == op.method.upper()
    expected_path = op.path
    for name, parameter in path_params.items():
        expected_path = expected_path.replace("{" + name + "}", str(path_value(parameter)))
    assert seen[0].url.path == expected_path
    assert response.status_code == concrete(status)

    parsed = response.parsed
    if not media_type:
        return
    assert parsed is not None, f"{op.operation_id} {status}: the client dropped the response"
    if media_type.endswith("json"):
        assert normalise(to_plain(parsed)) == normalise(example)
    elif media_type.startswith("text/"):
        assert parsed == example
    else:
        assert isinstance(parsed, File)
        assert parsed.payload.read() == example
