"""HAR (browser and mitmproxy exports) and JSON-lines recordings become exchanges; broken files say why."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest

from blink_contract.drift import Exchange, check_exchange
from blink_contract.recording import RecordingError, read_recording
from blink_spec import router

HOMESCREEN_URL = "https://rest-prod.immedia-semi.com/api/v3/accounts/1000100/homescreen"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00binary"


def homescreen_text() -> str:
    return json.dumps(router().by_id("get_homescreen_v3").example()[2])


def har_entry(url: str, status: int, headers: list[dict[str, str]], content: dict[str, Any]) -> dict[str, Any]:
    return {
        "startedDateTime": "2026-01-01T00:00:00.000Z",
        "time": 12,
        "request": {
            "method": "get",
            "url": url,
            "httpVersion": "HTTP/2",
            "headers": [{"name": "TOKEN-AUTH", "value": "t"}, {"name": ":authority", "value": "x"}],
            "queryString": [],
            "cookies": [],
            "headersSize": -1,
            "bodySize": 0,
        },
        "response": {
            "status": status,
            "statusText": "",
            "httpVersion": "HTTP/2",
            "headers": headers,
            "cookies": [],
            "content": content,
            "redirectURL": "",
            "headersSize": -1,
            "bodySize": -1,
        },
        "cache": {},
        "timings": {"send": 0, "wait": 10, "receive": 2},
    }


def write_har(path: Path, entries: list[dict[str, Any]]) -> Path:
    document = {"log": {"version": "1.2", "creator": {"name": "mitmproxy", "version": "11"}, "entries": entries}}
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_har_export(tmp_path: Path) -> None:
    text = homescreen_text()
    entries = [
        har_entry(
            HOMESCREEN_URL,
            200,
            [{"name": "Content-Type", "value": "application/json"}, {"name": "Vary", "value": "a"}],
            {"size": len(text), "mimeType": "application/json", "text": text},
        ),
        # mitmproxy and browsers base64-encode binary bodies
        har_entry(
            "https://rest-prod.immedia-semi.com/api/v2/accounts/1/media/thumb/abc",
            200,
            [{"name": "content-type", "value": "image/jpeg"}, {"name": "Vary", "value": "b"}],
            {
                "size": len(JPEG),
                "mimeType": "image/jpeg",
                "text": base64.b64encode(JPEG).decode(),
                "encoding": "base64",
            },
        ),
        # a blocked request: no answer to check
        har_entry(HOMESCREEN_URL, 0, [], {"size": 0, "mimeType": "x-unknown"}),
        # the type only in content.mimeType, a repeated header, a base64 JSON body
        har_entry(
            HOMESCREEN_URL,
            200,
            [{"name": "Set-Cookie", "value": "a=1"}, {"name": "set-cookie", "value": "b=2"}],
            {"mimeType": "application/json", "text": base64.b64encode(text.encode()).decode(), "encoding": "base64"},
        ),
    ]
    exchanges = read_recording(write_har(tmp_path / "flows.har", entries))
    assert len(exchanges) == 3
    first, image, third = exchanges
    assert (first.method, first.url, first.status) == ("GET", HOMESCREEN_URL, 200)
    assert first.response_headers == {"content-type": "application/json", "vary": "a"}
    assert first.request_headers == {"token-auth": "t"}
    assert first.response_body == text.encode()
    assert image.response_body == JPEG
    assert third.response_headers == {"set-cookie": "a=1, b=2", "content-type": "application/json"}
    assert third.response_body == text.encode()
    assert all(check_exchange(exchange).findings == [] for exchange in exchanges)


def test_har_with_request_body(tmp_path: Path) -> None:
    entry = har_entry("https://x/api/v5/account/login", 200, [], {"mimeType": "application/json", "text": "{}"})
    entry["request"]["method"] = "POST"
    entry["request"]["postData"] = {"mimeType": "application/json", "text": '{"email": "e"}'}
    (exchange,) = read_recording(write_har(tmp_path / "login.har", [entry]))
    assert exchange.request_body == b'{"email": "e"}'


def test_json_lines(tmp_path: Path) -> None:
    records = [
        {
            "method": "GET",
            "url": HOMESCREEN_URL,
            "status": 200,
            "response_headers": {"Content-Type": "application/json"},
            "response_body": homescreen_text(),
            "request_headers": {"User-Agent": "Blink/1"},
        },
        {
            "method": "get",
            "url": "/api/v2/accounts/1/media/thumb/abc",
            "status": 200,
            "response_headers": {"content-type": "image/jpeg"},
            "response_body_base64": base64.b64encode(JPEG).decode(),
        },
        {"method": "POST", "url": "/api/v5/account/login", "status": 401, "request_body": '{"a": 1}'},
    ]
    path = tmp_path / "traffic.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records[:2]) + "\n\n" + json.dumps(records[2]) + "\n")
    first, image, login = read_recording(path)
    assert first == Exchange(
        "GET",
        HOMESCREEN_URL,
        200,
        {"content-type": "application/json"},
        homescreen_text().encode(),
        request_headers={"user-agent": "Blink/1"},
    )
    assert (image.method, image.response_body) == ("GET", JPEG)
    assert (login.status, login.response_body, login.request_body) == (401, b"", b'{"a": 1}')
    assert check_exchange(first).findings == []
    assert check_exchange(image).findings == []


def test_a_single_json_line_is_json_lines(tmp_path: Path) -> None:
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps({"method": "GET", "url": "/health", "status": 200}))
    assert [exchange.url for exchange in read_recording(path)] == ["/health"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "is empty"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b'{"method": "GET", "url": "/x", "status": 200}\n{broken', ":2: not JSON"),
        (b"[1, 2]", ":1: a record must be a JSON object"),
        (b'{"method": "GET", "status": 200}', "needs string method and url"),
        (b'{"method": "GET", "url": "/x", "status": "200"}', "status must be"),
        (b'{"method": "GET", "url": "/x", "status": 200, "response_body_base64": "%%%"}', "not valid base64"),
        (b'{"log": {"version": "1.2"}}', "no log.entries"),
        (b'{"log": {"entries": [{"request": {}}]}}', "needs a request and a response"),
        (b'{"log": {"entries": [{"request": {"method": "GET"}, "response": {"status": 200}}]}}', "method and a url"),
    ],
)
def test_broken_recordings(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "broken.har"
    path.write_bytes(content)
    with pytest.raises(RecordingError, match=reason) as raised:
        read_recording(path)
    assert "\n" not in str(raised.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(RecordingError, match="cannot read"):
        read_recording(tmp_path / "absent.har")


# -- text that HTTP libraries refuse: found by feeding odd values to validate-recording
def networks_line(**changes: Any) -> str:
    line = {
        "method": "GET",
        "url": "https://rest-u011.immedia-semi.com/networks",
        "status": 200,
        "response_headers": {"Content-Type": "application/json"},
        "response_body": json.dumps({"networks": [], "summary": {}}),
        **changes,
    }
    return json.dumps(line)


def test_non_ascii_and_broken_header_values_are_checked(tmp_path: Path) -> None:
    # Browsers show header bytes decoded; httpx takes str header values only as ASCII.
    headers = {"Content-Type": "application/json", "Content-Disposition": 'attachment; filename="café.json"'}
    path = tmp_path / "headers.jsonl"
    lines = [networks_line(response_headers=headers), networks_line(request_headers={"X-Name": "日本\ud800"})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for exchange in read_recording(path):
        assert check_exchange(exchange).findings == []


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"url": "http://[::1"}, ":1: url is not a URL"),
        ({"url": "https://x/\ud800"}, ":1: url is not a URL"),
        ({"method": "\ud800"}, ":1: method is not an HTTP method"),
        ({"method": "GET /x"}, ":1: method is not an HTTP method"),
    ],
)
def test_a_record_whose_request_is_no_request_says_why(tmp_path: Path, changes: dict[str, Any], reason: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(networks_line(**changes) + "\n", encoding="utf-8")
    with pytest.raises(RecordingError, match=reason) as raised:
        read_recording(path)
    assert "\n" not in str(raised.value)
    har = tmp_path / "bad.har"
    request = {"method": changes.get("method", "GET"), "url": changes.get("url", "https://x/networks")}
    write_har(har, [{"request": request, "response": {"status": 200, "content": {"text": "{}"}}}])
    with pytest.raises(RecordingError, match=reason.replace(":1:", r": log\.entries\[0\]:")):
        read_recording(har)


def test_a_body_that_is_no_valid_text_is_a_finding(tmp_path: Path) -> None:
    path = tmp_path / "surrogate.jsonl"
    path.write_text(networks_line(response_body='{"networks": "\ud800"}') + "\n", encoding="utf-8")
    (exchange,) = read_recording(path)
    assert [finding.message for finding in check_exchange(exchange).findings] == ["body is not JSON"]
