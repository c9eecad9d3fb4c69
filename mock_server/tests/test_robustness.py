"""Hostile input to the in-process mock: deeply nested JSON, requests from a page in a browser (DNS rebinding and
cross-site posts to the admin API), and token churn. Every answer is a 4xx in the documented shape, never a 500,
and the mock keeps serving afterwards. (The HTTP server's own limits are in test_server_limits.py.)
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from starlette.applications import Starlette
from support import DEMO, OAUTH, OTHER, PASSWORD_ERA, bearer

from blink_mock import MockState, create_app
from blink_mock.bodies import MAX_DEPTH, deeper_than, nesting_problem
from blink_mock.scenario import DEFAULT_SCENARIO, ScenarioError, load_scenario
from blink_mock.state import MAX_TOKENS_PER_ACCOUNT
from blink_mock.transport import SyncASGITransport
from blink_spec import first_error, resolve, resolve_pointer, router

LOGIN_V5 = "/api/v5/account/login"
NOTIFICATIONS = f"/api/v1/accounts/{DEMO}/notifications/configuration"
JSON = {"content-type": "application/json"}


def nested(depth: int, inner: bytes = b"1") -> bytes:
    """`depth` levels of alternating arrays and objects around `inner`."""
    opened, closed = [], []
    for level in range(depth):
        opened.append(b"[" if level % 2 else b'{"k":')
        closed.append(b"]" if level % 2 else b"}")
    return b"".join(opened) + inner + b"".join(reversed(closed))


def assert_refused(response: httpx.Response, *statuses: int) -> dict[str, Any]:
    assert response.status_code in statuses, (response.status_code, response.text)
    assert response.headers["content-type"].startswith("application/json")
    assert "Traceback" not in response.text
    body: dict[str, Any] = response.json()
    return body


@pytest.fixture
def serving(client: httpx.Client, demo_token: str) -> Iterator[None]:
    yield
    assert client.get("/networks", headers=bearer(demo_token)).status_code == 200, "the mock stopped serving"


# -- 1. deeply nested JSON ----------------------------------------------------------------------------------------

DEPTHS = [MAX_DEPTH + 1, 970, 976, 2_000, 30_000]


def deep_bodies(depth: int) -> dict[str, bytes]:
    """Where nesting can hide: the whole body, and the value of a key the operation knows."""
    return {
        "whole": nested(depth),
        "login key": b'{"email": ' + nested(depth - 1) + b', "password": "x"}',
        "notifications key": b'{"notifications": {"motion": ' + nested(depth - 2) + b"}}",
        "faults key": b'{"drift": [{"operation": "*", "kind": "change_type", "path": "/a", "value": '
        + nested(depth - 3)
        + b"}]}",
        "clock key": b'{"seconds": ' + nested(depth - 1) + b"}",
    }


@pytest.mark.blink_mock(era=PASSWORD_ERA)  # the v5 login and TOKEN_AUTH tokens
@pytest.mark.parametrize("depth", DEPTHS)
@pytest.mark.usefixtures("serving")
def test_deep_json_to_blink_operations_is_400(client: httpx.Client, demo_token: str, depth: int) -> None:
    bodies = deep_bodies(depth)
    for name in ("whole", "login key"):
        body = assert_refused(client.post(LOGIN_V5, content=bodies[name], headers=JSON), 400)
        assert "nested" in body["message"], name
    for name in ("whole", "notifications key"):
        response = client.post(NOTIFICATIONS, content=bodies[name], headers={**JSON, **bearer(demo_token)})
        assert "nested" in assert_refused(response, 400)["message"], name


@pytest.mark.parametrize("depth", DEPTHS)
@pytest.mark.usefixtures("serving")
def test_deep_json_to_the_admin_api_is_400(client: httpx.Client, depth: int) -> None:
    bodies = deep_bodies(depth)
    for method, path, name in (
        ("PATCH", "/__mock__/faults", "whole"),
        ("PUT", "/__mock__/faults", "faults key"),
        ("PATCH", "/__mock__/faults", "faults key"),
        ("POST", "/__mock__/clock", "whole"),
        ("POST", "/__mock__/clock", "clock key"),
        ("POST", "/__mock__/tokens/expire", "whole"),
    ):
        response = client.request(method, path, content=bodies[name], headers=JSON)
        if len(bodies[name]) > 64 * 1024:
            assert_refused(response, 413)  # the admin API's own size limit comes first
        else:
            assert "nested" in assert_refused(response, 400)["message"], (method, path, name)
    assert client.get("/__mock__/faults").json()["drift"] == []


@pytest.mark.usefixtures("serving")
def test_deep_json_on_the_oauth_host_gets_its_documented_shape(client: httpx.Client) -> None:
    # The OAuth token endpoint takes a form; JSON of any depth is refused in RFC 6749's shape, not parsed.
    response = client.post(f"{OAUTH}/oauth/token", content=nested(5_000), headers=JSON)
    body = assert_refused(response, 400)
    assert set(body) >= {"error", "error_description"}


@pytest.mark.blink_mock(era=PASSWORD_ERA)  # the v5 login and TOKEN_AUTH tokens
@pytest.mark.usefixtures("serving")
def test_nesting_up_to_the_limit_is_parsed(client: httpx.Client, demo_token: str) -> None:
    # At the limit the body reaches the schema, which refuses it for what it is, not for its depth.
    response = client.post(LOGIN_V5, content=b'{"email": ' + nested(MAX_DEPTH - 1) + b"}", headers=JSON)
    body = assert_refused(response, 400)
    assert "nested" not in body["message"]
    assert "body" in body["message"] or "email" in body["message"]
    drift = b'[{"operation": "*", "kind": "change_type", "path": "/zz", "value": ' + nested(MAX_DEPTH - 3) + b"}]"
    response = client.patch("/__mock__/faults", content=b'{"drift": ' + drift + b"}", headers=JSON)
    assert response.status_code == 200, response.text
    # The drift value is now served inside answers; they are still answered.
    assert client.get("/networks", headers=bearer(demo_token)).status_code == 200


def test_drift_cannot_stack_values_deeper_than_the_limit(client: httpx.Client, demo_token: str) -> None:
    # Each change_type value passes the depth check on its own; a later entry whose path reaches into an earlier
    # entry's value would put its value at the bottom of it, and seventeen of them nest a thousand levels.
    levels = MAX_DEPTH - 4
    value: Any = 1
    for _ in range(levels):
        value = {"k": value}
    drift = [
        {"operation": "get_homescreen_v3", "kind": "change_type", "path": "/*" + "/k" * (levels * n), "value": value}
        for n in range(17)
    ]
    response = client.patch("/__mock__/faults", json={"drift": drift})
    assert "path" in assert_refused(response, 400)["message"]
    response = client.get(f"/api/v3/accounts/{DEMO}/homescreen", headers=bearer(demo_token))
    assert response.status_code == 200, response.text[:200]


@pytest.mark.blink_mock(era=PASSWORD_ERA)  # the v5 login and TOKEN_AUTH tokens
@pytest.mark.usefixtures("serving")
def test_brackets_inside_strings_do_not_count(client: httpx.Client) -> None:
    for email in (b"[" * 5_000, b'\\"' + b"{" * 5_000, b"\\\\" + b"[" * 5_000, b"]" * 5_000):
        content = b'{"email": "' + email + b'", "password": "wrong", "unique_id": "x"}'
        response = client.post(LOGIN_V5, content=content, headers=JSON)
        assert response.status_code == 401, (email[:10], response.text)


NESTING_CASES: list[tuple[bytes, bool]] = [
    (b"", False),
    (b"{}", False),
    (nested(MAX_DEPTH), False),
    (nested(MAX_DEPTH + 1), True),
    (b"[" * (MAX_DEPTH + 1), True),  # unclosed, so not JSON, but json.loads would still recurse on it
    (b'"' + b"[" * 10_000 + b'"', False),
    (b'"\\"' + b"[" * 10_000 + b'"', False),  # an escaped quote does not end the string
    (b'"\\\\"' + b"[" * (MAX_DEPTH + 1), True),  # an escaped backslash does
    (b'"' + b"[" * 10_000, False),  # an unterminated string runs to the end
    (b"]" * 10_000 + b"[" * 10_000, False),  # not JSON; json.loads stops at the first byte
    (b"[]" * 100_000, False),
    (b"[" + b"[]," * 100_000 + b"[]]", False),
    (b'\\"' * 50_000, False),  # quadratic for a naive string scanner
]


@pytest.mark.parametrize(("raw", "too_deep"), NESTING_CASES, ids=range(len(NESTING_CASES)))
def test_nesting_problem(raw: bytes, too_deep: bool) -> None:
    problem = nesting_problem(raw)
    assert (problem is not None) == too_deep, problem


def json_body_operations() -> list[Any]:
    return [op for op in router().operations if "application/json" in op.body_media]


def property_paths(schema: Any, levels: int = 3) -> Iterator[tuple[str, ...]]:
    """The paths of the properties a schema names, a few levels down, plus one name it does not know."""
    schema = resolve(schema)
    yield ("not-in-the-schema",)
    for name, inner in schema.get("properties", {}).items():
        yield (name,)
        if levels > 1:
            for rest in property_paths(inner, levels - 1):
                yield (name, *rest)


def placed(path: tuple[str, ...], value: Any) -> Any:
    for name in reversed(path):
        value = {name: value}
    return value


@pytest.mark.parametrize("op", json_body_operations(), ids=lambda op: str(op.operation_id))
def test_the_schemas_judge_anything_the_depth_limit_lets_through(op: Any) -> None:
    # jsonschema recurses with the instance and formats its messages with repr(): whatever the depth check lets
    # through, at any property of any request body, must be judged without a RecursionError.
    pointer = op.body_media["application/json"]
    for path in property_paths(resolve_pointer(pointer)):
        deepest = json.loads(nested(MAX_DEPTH - len(path)))
        for value in (deepest, [deepest], "x", 1):
            first_error(pointer, placed(path, value))
    first_error(pointer, json.loads(nested(MAX_DEPTH)))


@pytest.mark.blink_mock(era=PASSWORD_ERA)  # the v5 login and TOKEN_AUTH tokens
@pytest.mark.usefixtures("serving")
def test_a_deep_body_leaves_no_500_in_the_request_log(client: httpx.Client, demo_token: str) -> None:
    for depth in DEPTHS:
        client.post(LOGIN_V5, content=nested(depth), headers=JSON)
        client.post(NOTIFICATIONS, content=nested(depth), headers={**JSON, **bearer(demo_token)})
    statuses = {record["status"] for record in client.get("/__mock__/requests").json()}
    assert statuses == {400}


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 400, 5_000])
def test_a_scenario_nesting_a_drift_value_too_deeply_is_refused(tmp_path: Path, depth: int) -> None:
    text = DEFAULT_SCENARIO.read_text(encoding="utf-8")
    value = "[" * depth + "]" * depth
    path = tmp_path / "deep.yaml"
    path.write_text(
        text + f'\nfaults:\n  drift:\n    - {{operation: "*", kind: change_type, path: /a, value: {value}}}\n',
        encoding="utf-8",
    )
    with pytest.raises(ScenarioError) as raised:
        load_scenario(path)
    assert "nested" in str(raised.value)
    assert "\n" not in str(raised.value)


def test_yaml_aliases_cannot_make_the_depth_check_explode(tmp_path: Path) -> None:
    # Nine levels of ten aliases each: a billion paths, but each node is walked at most MAX_DEPTH times.
    lines = ["a0: &a0 [x]"] + [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]" for n in range(1, 10)]
    document = yaml.safe_load("\n".join(lines))
    assert not deeper_than(document, MAX_DEPTH)
    cyclic: list[Any] = []
    cyclic.append(cyclic)
    assert deeper_than(cyclic, MAX_DEPTH)


# -- 2. the admin API: hosts, origins and content types -------------------------------------------------------


@pytest.fixture
def guarded(state: MockState) -> Starlette:
    """The app as `blink-mock` serves it: Host checked, with one name the operator allowed."""
    return create_app(state, validate_responses=True, allowed_hosts=["mock.internal"])


def call(app: Starlette, method: str, url: str, **kwargs: Any) -> httpx.Response:
    with httpx.Client(transport=SyncASGITransport(app)) as http:
        return http.request(method, url, **kwargs)


LOCAL_HOSTS = [
    "localhost",
    "localhost:8080",
    "LOCALHOST:8080",
    "127.0.0.1",
    "127.0.0.1:9",
    "[::1]:8080",
    "[::1]",
    "192.168.1.20:8080",  # an address literal cannot be rebound to another address by DNS
    "mock.internal:8080",
]
FOREIGN_HOSTS = ["attacker.example", "attacker.example:8080", "localhost.attacker.example", "127.0.0.1.nip.io", ""]
BLINK_HOSTS = [
    "rest-u011.immedia-semi.com",
    "rest.prde.immedia-semi.com",
    "api.oauth.blink.com",
    "prod.immedia-semi.com",
]


@pytest.mark.parametrize("host", LOCAL_HOSTS)
def test_admin_answers_loopback_address_and_configured_hosts(guarded: Starlette, host: str) -> None:
    assert call(guarded, "GET", "http://x/__mock__/faults", headers={"host": host}).status_code == 200
    assert call(guarded, "GET", "http://x/api/v1/version", headers={"host": host}).status_code == 200


@pytest.mark.parametrize("host", FOREIGN_HOSTS)
def test_a_foreign_host_is_refused_everywhere(guarded: Starlette, state: MockState, host: str) -> None:
    for method, path in (("GET", "/__mock__/state"), ("POST", "/__mock__/reset"), ("GET", "/api/v1/version")):
        response = call(guarded, method, f"http://x{path}", headers={"host": host})
        body = assert_refused(response, 421)
        assert "--allowed-host" in body["message"]
    assert "demo-password" not in response.text


# In 2020-06 Blink still answered a `Host` of prod.immedia-semi.com; from 2020-07-10 it refused it (`host_header`).
@pytest.mark.blink_mock(era="2020-06")
@pytest.mark.parametrize("host", BLINK_HOSTS)
def test_blinks_hosts_reach_blink_paths_but_not_the_admin_api(guarded: Starlette, host: str) -> None:
    assert call(guarded, "GET", "http://x/api/v1/version", headers={"host": host}).status_code == 200
    assert_refused(call(guarded, "GET", "http://x/__mock__/state", headers={"host": host}), 421)
    assert_refused(call(guarded, "POST", "http://x/__mock__/reset", headers={"host": host}), 421)


def test_the_in_process_app_checks_no_host(client: httpx.Client) -> None:
    # create_app() without allowed_hosts serves whatever host a test names: nothing outside the process reaches it.
    assert client.get("/__mock__/faults").status_code == 200
    assert client.get("http://mock/__mock__/faults").status_code == 200


@pytest.mark.parametrize(
    "origin", ["https://attacker.example", "http://localhost.attacker.example:8080", "null", "http://192.168.1.20.x"]
)
def test_admin_refuses_a_foreign_origin(guarded: Starlette, state: MockState, origin: str) -> None:
    # A page on another site can POST without a preflight (a bodiless POST /__mock__/reset); its browser names
    # the page in Origin.
    state.advance(60)
    for method, path in (("POST", "/__mock__/reset"), ("GET", "/__mock__/state")):
        response = call(guarded, method, f"http://127.0.0.1:8080{path}", headers={"origin": origin})
        assert_refused(response, 403)
    assert state.clock_offset == 60, "the refused reset ran anyway"


def test_admin_answers_a_local_origin(guarded: Starlette) -> None:
    for origin in ("http://localhost:8080", "http://127.0.0.1:8080", "http://[::1]:8080", "https://mock.internal"):
        response = call(guarded, "POST", "http://127.0.0.1:8080/__mock__/reset", headers={"origin": origin})
        assert response.status_code == 200, origin


@pytest.mark.parametrize(
    "content_type", ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", None]
)
@pytest.mark.usefixtures("serving")
def test_admin_changes_need_a_json_body(client: httpx.Client, content_type: str | None) -> None:
    headers = {"content-type": content_type} if content_type else {}
    for method, path, body in (
        ("PATCH", "/__mock__/faults", b'{"latency_ms": 5}'),
        ("PUT", "/__mock__/faults", b'{"latency_ms": 5}'),
        ("POST", "/__mock__/clock", b'{"seconds": 5}'),
        ("POST", "/__mock__/tokens/expire", b"{}"),
        ("POST", "/__mock__/reset", b"{}"),
        ("DELETE", "/__mock__/requests", b"{}"),
    ):
        request = client.build_request(method, path, content=body, headers=headers)
        if content_type is None:
            assert "content-type" not in request.headers
        body_of = assert_refused(client.send(request), 415)
        assert "application/json" in body_of["message"]
    assert client.get("/__mock__/faults").json()["latency_ms"] == 0


def test_admin_changes_without_a_body_need_no_content_type(client: httpx.Client) -> None:
    assert client.post("/__mock__/reset").status_code == 200
    assert client.delete("/__mock__/requests").status_code == 200
    assert client.post("/__mock__/tokens/expire").status_code == 200
    response = client.post(
        "/__mock__/clock", json={"seconds": 1}, headers={"content-type": "application/json; charset=utf-8"}
    )
    assert response.status_code == 200


# -- 3. tokens are bounded per account ------------------------------------------------------------------------


def test_another_accounts_logins_never_evict_a_live_token(client: httpx.Client, state: MockState) -> None:
    other = state.issue_token(OTHER, "access").value
    for _ in range(MAX_TOKENS_PER_ACCOUNT + 50):
        state.issue_token(DEMO, "access")
    assert client.get("/networks", headers=bearer(other)).status_code == 200


@pytest.mark.blink_mock(era=PASSWORD_ERA)  # the v5 login and TOKEN_AUTH tokens
def test_logins_over_http_never_evict_another_accounts_token(client: httpx.Client, state: MockState) -> None:
    other = state.issue_token(OTHER, "access").value
    demo = state.issue_token(DEMO, "access").value
    login = {"email": "demo@example.com", "password": "demo-password", "unique_id": "robustness"}
    for _ in range(3):
        assert client.post(LOGIN_V5, json=login).status_code == 200
    assert client.get("/networks", headers=bearer(other)).status_code == 200
    assert client.get("/networks", headers=bearer(demo)).status_code == 200


def test_an_account_keeps_its_newest_tokens(client: httpx.Client, state: MockState) -> None:
    first = state.issue_token(DEMO, "access").value
    second = state.issue_token(DEMO, "access").value
    newest = [state.issue_token(DEMO, "access").value for _ in range(MAX_TOKENS_PER_ACCOUNT - 1)]
    assert first not in state.tokens
    assert second in state.tokens
    assert client.get("/networks", headers=bearer(newest[-1])).status_code == 200
    assert client.get("/networks", headers=bearer(first)).status_code == 401
    assert sum(1 for token in state.tokens.values() if token.account_id == DEMO) == MAX_TOKENS_PER_ACCOUNT


def test_expired_tokens_go_before_live_ones(state: MockState) -> None:
    live = state.issue_token(DEMO, "refresh").value  # the oldest, but it lives 90 days
    for _ in range(MAX_TOKENS_PER_ACCOUNT - 1):
        state.issue_token(DEMO, "access")
    state.advance(state.scenario.token_lifetime_seconds + 1)  # every access token has expired, the refresh not
    fresh = state.issue_token(DEMO, "access").value
    assert live in state.tokens
    assert fresh in state.tokens
    assert len(state.tokens) <= MAX_TOKENS_PER_ACCOUNT


def test_tokens_removed_from_outside_stay_removed(state: MockState) -> None:
    # Tests elsewhere delete tokens straight from state.tokens; the per-account book must follow.
    values = [state.issue_token(DEMO, "refresh").value for _ in range(3)]
    del state.tokens[values[0]]
    state.tokens.pop(values[1])
    assert values[0] not in state.tokens
    assert values[1] not in state.tokens
    assert [value for value, token in state.tokens.items() if token.account_id == DEMO] == [values[2]]
    for _ in range(MAX_TOKENS_PER_ACCOUNT):
        state.issue_token(DEMO, "access")
    assert len(state.tokens) == MAX_TOKENS_PER_ACCOUNT


@pytest.mark.blink_mock(era=PASSWORD_ERA)  # the v5 login and TOKEN_AUTH tokens
def test_app_clients_are_bounded_per_account(client: httpx.Client, state: MockState) -> None:
    from blink_mock.state import MAX_CLIENTS_PER_ACCOUNT

    own = state.accounts[DEMO].client_id
    other = state.issue_token(OTHER, "legacy", client_id=state.accounts[OTHER].client_id).value
    first = state.client_of(state.accounts[DEMO], "first")
    token = state.issue_token(DEMO, "legacy", client_id=first.id).value
    for index in range(MAX_CLIENTS_PER_ACCOUNT + 5):
        state.client_of(state.accounts[DEMO], f"device-{index}")
    mine = [c for c in state.clients.values() if c.account_id == DEMO]
    assert len(mine) == MAX_CLIENTS_PER_ACCOUNT
    assert own in state.clients, "the account's own app is never dropped"
    assert first.id not in state.clients
    # A token of a dropped client goes with it: it must not pass for a verified client's.
    assert client.get("/networks", headers={"TOKEN_AUTH": token}).status_code == 401
    assert client.get("/networks", headers={"TOKEN_AUTH": other}).status_code == 200
