"""Bad input never breaks the mock: every bad request gets a 4xx in Blink's JSON error envelope, never a 500.

Each test ends by checking that a good request still succeeds, so a bad request cannot wedge the server.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import anyio
import httpx
import pytest
from starlette.applications import Starlette
from starlette.types import Message, Scope
from support import DEMO, DEMO_NETWORK, OAUTH, PASSWORD_ERA, REST, bearer, operation_at, serving_era

from blink_mock import MockState
from blink_mock.app import MAX_BODY_BYTES

NOTIFICATIONS = f"/api/v1/accounts/{DEMO}/notifications/configuration"
LOGIN_V5 = "/api/v5/account/login"
JSON_HEADERS = {"content-type": "application/json"}
FORM_HEADERS = {"content-type": "application/x-www-form-urlencoded"}


def assert_blink_error(response: httpx.Response, *statuses: int) -> dict[str, Any]:
    """A 4xx (one of `statuses`, when given) whose body is Blink's envelope or, on the OAuth host, RFC 6749's."""
    assert 400 <= response.status_code < 500, (response.status_code, response.text)
    if statuses:
        assert response.status_code in statuses, (response.status_code, response.text)
    assert response.headers["content-type"].startswith("application/json"), response.headers
    body = response.json()
    assert isinstance(body, dict)
    if "error" in body:  # /oauth/token answers in the OAuth error shape its spec documents
        assert isinstance(body["error"], str)
    else:
        assert isinstance(body["message"], str)
        assert isinstance(body["code"], int)
    assert "Traceback" not in response.text
    return body


@pytest.fixture
def still_serving(client: httpx.Client, demo_token: str) -> Iterator[None]:
    yield
    response = client.get("/networks", headers=bearer(demo_token))
    assert response.status_code == 200, "the mock stopped serving after bad input"


# -- bodies ---------------------------------------------------------------------------------------------------

MALFORMED_JSON = [b"{", b"{not json}", b'{"a": 1,}', b"\x00\x01", b"NaN-ish", b'{"a": "unterminated']


@pytest.mark.blink_mock(era=PASSWORD_ERA)  # the v5 login and TOKEN_AUTH tokens
@pytest.mark.parametrize("raw", MALFORMED_JSON, ids=range(len(MALFORMED_JSON)))
@pytest.mark.usefixtures("still_serving")
def test_malformed_json_is_400(client: httpx.Client, demo_token: str, raw: bytes) -> None:
    assert_blink_error(client.post(NOTIFICATIONS, content=raw, headers={**JSON_HEADERS, **bearer(demo_token)}), 400)
    assert_blink_error(client.post(LOGIN_V5, content=raw, headers=JSON_HEADERS), 400)


NON_OBJECTS = [b"[]", b'"x"', b"null", b"1", b"true", b"[{}]"]


@pytest.mark.blink_mock(era=PASSWORD_ERA)  # the v5 login and TOKEN_AUTH tokens
@pytest.mark.parametrize("raw", NON_OBJECTS, ids=[raw.decode() for raw in NON_OBJECTS])
@pytest.mark.usefixtures("still_serving")
def test_json_that_is_not_an_object_is_400(client: httpx.Client, demo_token: str, raw: bytes) -> None:
    assert_blink_error(client.post(NOTIFICATIONS, content=raw, headers={**JSON_HEADERS, **bearer(demo_token)}), 400)
    assert_blink_error(client.post(LOGIN_V5, content=raw, headers=JSON_HEADERS), 400)


@pytest.mark.parametrize("content_type", ["text/plain", "application/xml", "", "multipart/form-data; boundary=x"])
@pytest.mark.usefixtures("still_serving")
def test_wrong_content_type_is_400(client: httpx.Client, demo_token: str, content_type: str) -> None:
    headers = {"content-type": content_type, **bearer(demo_token)}
    response = client.post(NOTIFICATIONS, content=b'{"notifications": {"motion": true}}', headers=headers)
    assert_blink_error(response, 400)


@pytest.mark.usefixtures("still_serving")
def test_json_to_a_form_endpoint_is_a_4xx(client: httpx.Client) -> None:
    response = client.post(f"{OAUTH}/oauth/token", json={"grant_type": "refresh_token"})
    assert_blink_error(response)


@pytest.mark.blink_mock(era=PASSWORD_ERA)  # the v5 login and TOKEN_AUTH tokens
@pytest.mark.usefixtures("still_serving")
def test_empty_body_where_one_is_required_is_400(client: httpx.Client, demo_token: str) -> None:
    assert_blink_error(client.post(NOTIFICATIONS, headers={**JSON_HEADERS, **bearer(demo_token)}), 400)
    assert_blink_error(client.post(LOGIN_V5, headers=JSON_HEADERS), 400)
    assert_blink_error(client.post(LOGIN_V5), 400)


INVALID_UTF8 = [b'{"email": "\xff\xfe"}', b'{"email": "demo@example.com", "password": "\xc3"}', b"\xed\xa0\x80"]


@pytest.mark.blink_mock(era=PASSWORD_ERA)  # the v5 login and TOKEN_AUTH tokens
@pytest.mark.parametrize("raw", INVALID_UTF8, ids=range(len(INVALID_UTF8)))
@pytest.mark.usefixtures("still_serving")
def test_invalid_utf8_body_is_400(client: httpx.Client, demo_token: str, raw: bytes) -> None:
    assert_blink_error(client.post(LOGIN_V5, content=raw, headers=JSON_HEADERS), 400)
    assert_blink_error(client.post(NOTIFICATIONS, content=raw, headers={**JSON_HEADERS, **bearer(demo_token)}), 400)


@pytest.mark.parametrize("raw", INVALID_UTF8, ids=range(len(INVALID_UTF8)))
@pytest.mark.usefixtures("still_serving")
def test_invalid_utf8_form_on_the_oauth_host_is_a_4xx(client: httpx.Client, raw: bytes) -> None:
    assert_blink_error(client.post(f"{OAUTH}/oauth/v2/signin", content=raw, headers=FORM_HEADERS))


FORM_GARBAGE = [
    b"\x00\x01\x02",
    b"&&&===",
    b"grant_type",
    b"grant_type=%ZZ&code=%",
    b"=" * 2000,
    b"grant_type=password&grant_type=refresh_token",
    b"username=demo@example.com&password=" + b"A" * 100_000,
]


@pytest.mark.parametrize("raw", FORM_GARBAGE, ids=range(len(FORM_GARBAGE)))
@pytest.mark.parametrize("path", ["/oauth/token", "/oauth/v2/signin", "/oauth/v2/2fa/verify"])
@pytest.mark.usefixtures("still_serving")
def test_form_garbage_on_oauth_endpoints_is_a_4xx(client: httpx.Client, path: str, raw: bytes) -> None:
    assert_blink_error(client.post(f"{OAUTH}{path}", content=raw, headers=FORM_HEADERS))


@pytest.mark.blink_mock(era=PASSWORD_ERA)  # the v5 login and TOKEN_AUTH tokens
@pytest.mark.usefixtures("still_serving")
def test_body_over_one_mebibyte_with_content_length_is_413(client: httpx.Client, demo_token: str) -> None:
    big = b'{"email": "' + b"a" * MAX_BODY_BYTES + b'"}'
    assert_blink_error(client.post(LOGIN_V5, content=big, headers=JSON_HEADERS), 413)
    response = client.post(NOTIFICATIONS, content=big, headers={**JSON_HEADERS, **bearer(demo_token)})
    assert_blink_error(response, 413)


@pytest.mark.usefixtures("still_serving")
def test_a_form_over_one_mebibyte_on_the_oauth_host_is_413(client: httpx.Client) -> None:
    form = b"a=" + b"b" * MAX_BODY_BYTES
    assert_blink_error(client.post(f"{OAUTH}/oauth/token", content=form, headers=FORM_HEADERS), 413)


@pytest.mark.blink_mock(era=PASSWORD_ERA)  # the v5 login and TOKEN_AUTH tokens
@pytest.mark.usefixtures("still_serving")
def test_body_of_exactly_one_mebibyte_is_not_refused_for_size(client: httpx.Client) -> None:
    body = json.dumps({"email": "a" * (MAX_BODY_BYTES - 100)}).encode()
    body += b" " * (MAX_BODY_BYTES - len(body))
    response = client.post(LOGIN_V5, content=body, headers=JSON_HEADERS)
    assert response.status_code != 413
    assert_blink_error(response)


@pytest.mark.blink_mock(era=PASSWORD_ERA)  # the v5 login and TOKEN_AUTH tokens
@pytest.mark.usefixtures("still_serving")
def test_lying_content_length_header_is_harmless(client: httpx.Client) -> None:
    for declared in ("abc", "-5", "99999999999999999999999"):
        request = client.build_request("POST", LOGIN_V5, content=b"{}", headers=JSON_HEADERS)
        request.headers["content-length"] = declared
        assert_blink_error(client.send(request))


@pytest.mark.blink_mock(era=PASSWORD_ERA)  # the v5 login and TOKEN_AUTH tokens
@pytest.mark.anyio
async def test_streamed_body_over_one_mebibyte_is_413(app: Starlette, demo_token: str) -> None:
    sent = 0

    async def chunks() -> AsyncIterator[bytes]:
        nonlocal sent
        yield b'{"email": "'
        for _ in range(40):  # 2.5 MiB in all, far past the limit
            sent += 1
            yield b"a" * 64 * 1024
        yield b'"}'

    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=REST) as http:
        for path, headers in ((LOGIN_V5, {}), (NOTIFICATIONS, bearer(demo_token))):
            request = http.build_request("POST", path, content=chunks(), headers={**JSON_HEADERS, **headers})
            assert "content-length" not in request.headers
            assert request.headers["transfer-encoding"] == "chunked"
            assert_blink_error(await http.send(request), 413)
        assert (await http.get("/networks", headers=bearer(demo_token))).status_code == 200


# -- paths and parameters -------------------------------------------------------------------------------------

BAD_IDS = [
    "/network/abc",
    "/network/-1",
    "/network/0",
    "/network/1.5",
    "/network/1e3",
    "/network/%20",
    "/network/99999999999999999999999999999999",
    f"/network/{2**63}",
    f"/network/{DEMO_NETWORK}abc/cameras",
    f"/network/{DEMO_NETWORK}/camera/x51001",
    f"/network/{DEMO_NETWORK}/camera/{2**64}/config",
    f"/network/{DEMO_NETWORK}/command/not-a-command",
    "/api/v3/accounts/abc/homescreen",
    f"/api/v3/accounts/{DEMO}.0/homescreen",
    "/api/v2/videos/page/x",
    "/api/v2/videos/page/99999999999999999999999999",
    "/api/v2/video/NaN",
    f"/api/v1/networks/{DEMO_NETWORK}/programs/abc/enable",
]


@pytest.mark.parametrize("path", BAD_IDS)
@pytest.mark.usefixtures("still_serving")
def test_ids_that_are_not_numbers_are_404(client: httpx.Client, state: MockState, path: str) -> None:
    method = "POST" if path.endswith("/enable") else "GET"
    op = operation_at(method, path)
    state.era = serving_era(op)  # the paths of 2019 too, in the era that served them
    headers = {"TOKEN_AUTH": state.issue_token(DEMO, "legacy", client_id=state.accounts[DEMO].client_id).value}
    if op.accepts("BearerAuth"):
        headers = bearer(state.issue_token(DEMO, "access").value)
    assert_blink_error(client.request(method, path, headers=headers), 404)


UNKNOWN_PATHS = ["/", "/nope", "/api/v9/accounts/22001/homescreen", "/network", "/networks/", "/%00", "/" + "a/" * 500]


@pytest.mark.parametrize("path", UNKNOWN_PATHS, ids=range(len(UNKNOWN_PATHS)))
@pytest.mark.usefixtures("still_serving")
def test_unknown_paths_are_404(client: httpx.Client, demo_token: str, path: str) -> None:
    assert_blink_error(client.get(path, headers=bearer(demo_token)), 404)


BAD_QUERIES = [
    f"/api/v1/accounts/{DEMO}/media/changed?page=abc",
    f"/api/v1/accounts/{DEMO}/media/changed?page=0",
    f"/api/v1/accounts/{DEMO}/media/changed?page=999999999999999999999999999",
    f"/api/v1/accounts/{DEMO}/media/changed?page=%FF",
]


@pytest.mark.parametrize("path", BAD_QUERIES, ids=range(len(BAD_QUERIES)))
@pytest.mark.usefixtures("still_serving")
def test_bad_query_parameters_are_400(client: httpx.Client, demo_token: str, path: str) -> None:
    assert_blink_error(client.get(path, headers=bearer(demo_token)), 400)


@pytest.mark.usefixtures("still_serving")
def test_huge_integers_in_a_body_are_refused_or_ignored(client: httpx.Client, demo_token: str) -> None:
    for body in ({"media_list": [10**40]}, {"media_list": [-(10**40)]}, {"media_list": [1e308]}):
        response = client.post(f"/api/v1/accounts/{DEMO}/media/delete", json=body, headers=bearer(demo_token))
        assert response.status_code < 500, response.text
        if response.status_code >= 400:
            assert_blink_error(response)


# -- path traversal in media paths ----------------------------------------------------------------------------

MEDIA = f"/api/v2/accounts/{DEMO}/media"
TRAVERSALS = [
    f"{MEDIA}/clip/..%2F..%2F..%2Fetc%2Fpasswd.mp4",
    f"{MEDIA}/clip/..%2f..%2fpyproject.toml%00.mp4",
    f"{MEDIA}/clip/%2e%2e%2f%2e%2e%2fetc%2fpasswd.mp4",
    f"{MEDIA}/clip/%252e%252e%252fetc%252fpasswd.mp4",
    f"{MEDIA}/clip/....mp4",
    f"{MEDIA}/clip/..%5C..%5Cwindows%5Cwin.ini.mp4",
    f"{MEDIA}/thumb/..%2F..%2F..%2Fetc%2Fpasswd",
    f"{MEDIA}/thumb/%2e%2e",
    f"{MEDIA}/thumb/..",
    f"/api/v3/media/accounts/{DEMO}/networks/{DEMO_NETWORK}/..%2F..%2F/51001/thumbnail/thumbnail.jpg",
    f"/api/v3/media/accounts/{DEMO}/networks/{DEMO_NETWORK}/%2e%2e/51001/thumbnail/thumbnail.jpg",
    f"/media/production/account/{DEMO}/network/{DEMO_NETWORK}/camera/51001/..%2F..%2Fetc%2Fpasswd.mp4",
]


@pytest.mark.blink_mock(era=PASSWORD_ERA)  # the v5 login and TOKEN_AUTH tokens
@pytest.mark.parametrize("path", TRAVERSALS, ids=range(len(TRAVERSALS)))
@pytest.mark.usefixtures("still_serving")
def test_encoded_path_traversal_in_media_paths_is_a_4xx(
    client: httpx.Client, demo_legacy_token: str, path: str
) -> None:
    response = client.get(path, headers={"TOKEN_AUTH": demo_legacy_token})
    body = assert_blink_error(response, 400, 404)
    assert "root:" not in response.text
    assert "[build-system]" not in json.dumps(body)


async def raw_asgi_get(app: Starlette, raw_path: bytes, headers: list[tuple[bytes, bytes]]) -> tuple[int, bytes]:
    """A request with exactly this path (no client normalises its `..` away), straight into the ASGI app."""
    path = raw_path.split(b"?")[0].decode("utf-8", errors="surrogateescape")
    scope: Scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "https",
        "path": path,
        "raw_path": raw_path,
        "query_string": b"",
        "root_path": "",
        "headers": [(b"host", b"rest-u011.immedia-semi.com"), *headers],
        "server": ("rest-u011.immedia-semi.com", 443),
        "client": ("127.0.0.1", 50000),
    }
    messages: list[Message] = []

    async def receive() -> Message:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: Message) -> None:
        messages.append(message)

    await app(scope, receive, send)
    status = next(m["status"] for m in messages if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in messages if m["type"] == "http.response.body")
    return status, body


RAW_TRAVERSALS = [
    f"{MEDIA}/clip/../../../../etc/passwd.mp4".encode(),
    f"{MEDIA}/thumb/../../../../../pyproject.toml".encode(),
    f"{MEDIA}/thumb/..".encode(),
    f"{MEDIA}/clip/..\\..\\etc\\passwd.mp4".encode(),
    f"/api/v3/media/accounts/{DEMO}/networks/{DEMO_NETWORK}/../../../51001/thumbnail/thumbnail.jpg".encode(),
    f"{MEDIA}/clip/\xff\xfe.mp4".encode("latin-1"),
    b"/network/\xff\xfe",
]


@pytest.mark.blink_mock(era=PASSWORD_ERA)  # the v5 login and TOKEN_AUTH tokens
@pytest.mark.parametrize("raw_path", RAW_TRAVERSALS, ids=range(len(RAW_TRAVERSALS)))
@pytest.mark.anyio
async def test_raw_path_traversal_and_invalid_utf8_paths_are_a_4xx(
    app: Starlette, demo_legacy_token: str, raw_path: bytes
) -> None:
    status, body = await raw_asgi_get(app, raw_path, [(b"token_auth", demo_legacy_token.encode())])
    assert status in (400, 404), (status, body)
    envelope = json.loads(body)
    assert isinstance(envelope["message"], str)
    assert isinstance(envelope["code"], int)
    assert b"root:" not in body
    status, _ = await raw_asgi_get(app, b"/networks", [(b"token_auth", demo_legacy_token.encode())])
    assert status == 200


# -- headers --------------------------------------------------------------------------------------------------


@pytest.mark.usefixtures("still_serving")
def test_garbage_auth_headers_are_401(client: httpx.Client) -> None:
    for headers in (
        {"Authorization": "Bearer"},
        {"Authorization": "Bearer    "},
        {"Authorization": "Basic ZGVtbzpkZW1v"},
        {"Authorization": "\x7f" * 10},
        {"TOKEN_AUTH": ""},
        {"TOKEN_AUTH": "x" * 8000},
    ):
        response = client.get("/networks", headers=headers)
        assert response.status_code == 401
        assert response.json() == {"message": "Unauthorized Access", "code": 101}


@pytest.mark.blink_mock(era=PASSWORD_ERA)  # the v5 login and TOKEN_AUTH tokens
@pytest.mark.usefixtures("still_serving")
def test_many_bad_requests_in_a_row_leave_the_mock_serving(client: httpx.Client, demo_token: str) -> None:
    for index in range(50):
        client.post(LOGIN_V5, content=MALFORMED_JSON[index % len(MALFORMED_JSON)], headers=JSON_HEADERS)
        client.get(f"/network/x{index}", headers=bearer(demo_token))
    statuses = {record["status"] for record in client.get("/__mock__/requests").json()}
    assert statuses <= {400, 404}


@pytest.mark.blink_mock(era=PASSWORD_ERA)  # the v5 login and TOKEN_AUTH tokens
def test_concurrent_bad_and_good_requests(app: Starlette, demo_token: str) -> None:
    async def run() -> list[int]:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=REST) as http:
            results: list[int] = []

            async def bad() -> None:
                response = await http.post(LOGIN_V5, content=b"{", headers=JSON_HEADERS)
                results.append(response.status_code)

            async def good() -> None:
                response = await http.get("/networks", headers=bearer(demo_token))
                results.append(response.status_code)

            async with anyio.create_task_group() as group:
                for index in range(40):
                    group.start_soon(bad if index % 2 else good)
            return results

    results = anyio.run(run)
    assert sorted(set(results)) == [200, 400]


def test_a_refused_media_list_carries_blinks_code_706(client: httpx.Client, demo_token: str) -> None:
    # The spec records Blink's own code for this refusal; the mock answers with it rather than a bare 400.
    url = f"/api/v1/accounts/{DEMO}/media/delete"
    response = client.post(url, json={"media_list": "all"}, headers=bearer(demo_token))
    assert response.status_code == 400
    assert response.json()["code"] == 706
