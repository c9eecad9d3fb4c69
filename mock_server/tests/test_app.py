"""The dispatcher: unknown paths, methods, tokens before ids, handler tables, ownership kinds, strict answers."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import httpx
import pytest
from starlette.responses import Response
from support import DEMO, DEMO_NETWORK, PASSWORD_ERA, REST, bearer, serving_era

from blink_mock import MockState, create_app
from blink_mock.call import Call
from blink_mock.handlers import HandlerTableError, gather
from blink_mock.ownership import CHECKERS
from blink_mock.transport import SyncASGITransport
from blink_spec import SpecOperation, router


def test_unknown_path_is_a_json_404(client: httpx.Client) -> None:
    response = client.get("/no/such/path")
    assert response.status_code == 404
    assert response.json() == {"message": "Not found", "code": 404}


def test_wrong_method_is_405_with_allow(client: httpx.Client) -> None:
    response = client.delete("/networks")
    assert response.status_code == 405
    assert response.headers["allow"] == "GET"
    assert response.json()["code"] == 405


def test_missing_and_unknown_tokens_get_blinks_401(client: httpx.Client) -> None:
    for headers in ({}, bearer("not-a-token"), {"TOKEN_AUTH": "not-a-token"}):
        response = client.get("/networks", headers=headers)
        assert response.status_code == 401
        assert response.json() == {"message": "Unauthorized Access", "code": 101}
        assert response.headers["client-verified"] == "0"


@pytest.mark.blink_mock(era=PASSWORD_ERA)
def test_bearer_and_token_auth_are_both_accepted(client: httpx.Client, demo_token: str, demo_legacy_token: str) -> None:
    assert client.get("/networks", headers=bearer(demo_token)).status_code == 200
    assert client.get("/networks", headers={"TOKEN_AUTH": demo_legacy_token}).status_code == 200


def test_the_app_serves_its_spec(client: httpx.Client) -> None:
    response = client.get("/openapi.yaml")
    assert response.status_code == 200
    assert response.text.startswith("openapi: 3.1.0")


# -- the token first, then ids --------------------------------------------------------------------------------


def test_a_thumbnail_without_a_token_is_401_even_when_its_path_is_not_typed(client: httpx.Client) -> None:
    response = client.get("/api/v3/media/accounts/a/networks/n/NOT-A-TYPE/c/thumbnail/thumbnail.jpg")
    assert response.status_code == 401
    assert response.json()["code"] == 101


def protected_operations() -> list[SpecOperation]:
    return [op for op in router().operations if op.needs_auth and op.path_parameters()]


@pytest.mark.parametrize("op", protected_operations(), ids=lambda op: op.operation_id)
def test_a_caller_without_a_valid_token_learns_nothing_about_ids(
    client: httpx.Client, state: MockState, op: SpecOperation
) -> None:
    state.era = serving_era(op)
    for value in ("x", "999999"):
        path = op.path
        for parameter in op.path_parameters():
            path = path.replace(f"{{{parameter.name}}}", value)
        for headers in ({}, bearer("not-a-token")):
            response = client.request(op.method, path, headers=headers)
            assert response.status_code == 401, (path, response.status_code, response.text[:200])


# -- handlers declared as data --------------------------------------------------------------------------------


def answer(call: Call) -> Response:
    return Response(b"{}", media_type="application/json")


def test_two_handlers_for_one_operation_stop_the_mock_from_starting() -> None:
    first = SimpleNamespace(__name__="first", HANDLERS={"list_networks": answer})
    second = SimpleNamespace(__name__="second", HANDLERS={"list_networks": answer})
    with pytest.raises(HandlerTableError, match="list_networks has two handlers: in first and in second"):
        gather([first, second])


def test_a_handler_for_an_operation_the_spec_lacks_stops_the_mock_from_starting() -> None:
    module = SimpleNamespace(__name__="typo", HANDLERS={"list_netwroks": answer})
    with pytest.raises(HandlerTableError, match="typo handles 'list_netwroks', which is no operationId"):
        gather([module])


def test_every_operation_that_changes_something_has_a_handler() -> None:
    # An operation without a handler answers with its example and changes nothing: for a mutating or
    # destructive operation that would be a silent lie.
    handled = gather()
    missing = [
        op.operation_id
        for op in router().operations
        if op.safety in ("mutating", "destructive") and op.operation_id not in handled
    ]
    assert missing == []


# -- ownership from the spec ----------------------------------------------------------------------------------


def test_every_kind_of_path_id_in_the_spec_has_an_ownership_checker() -> None:
    kinds = {str(p.identifies) for op in router().operations for p in op.owned_parameters()}
    assert kinds, "the spec marks no path id with x-blink-identifies"
    assert kinds <= set(CHECKERS), sorted(kinds - set(CHECKERS))


def test_every_operation_with_owned_ids_needs_a_token() -> None:
    # Ownership is checked against the caller's account: an operation open to anonymous callers could not be.
    assert [op.operation_id for op in router().operations if op.owned_parameters() and not op.needs_auth] == []


def test_a_kind_of_path_id_without_a_checker_stops_the_mock_from_starting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(CHECKERS, "media")
    with pytest.raises(RuntimeError, match=r"kinds the mock cannot check: \['media'\]"):
        create_app(MockState())


# -- strict answers -------------------------------------------------------------------------------------------


def homescreen(app: Any, token: str) -> httpx.Response:
    with httpx.Client(transport=SyncASGITransport(app), base_url=REST) as http:
        return http.get(f"/api/v3/accounts/{DEMO}/homescreen", headers=bearer(token))


def test_strict_checking_refuses_an_answer_that_breaks_the_spec(state: MockState, demo_token: str) -> None:
    state.networks[DEMO_NETWORK].name = 12345  # type: ignore[assignment]  # the spec's network name is a string
    strict = homescreen(create_app(state, validate_responses=True), demo_token)
    assert strict.status_code == 500
    message = strict.json()["message"]
    assert message.startswith("mock response does not conform to the spec: get_homescreen_v3 200: networks/0/name")
    # The same answer goes out as it is when the check is off, so the refusal above is the check's doing.
    lax = homescreen(create_app(state), demo_token)
    assert lax.status_code == 200
    assert lax.json()["networks"][0]["name"] == 12345
