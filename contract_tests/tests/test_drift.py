"""Each kind of drift is found in a crafted exchange against a real operation; the spec's own examples are clean."""

from __future__ import annotations

import base64
import copy
import json
import re
import time
from typing import Any

import pytest

from blink_contract.drift import KINDS, Exchange, Finding, check_exchange
from blink_spec import resolve, router

BASE = "https://rest-prod.immedia-semi.com"
HOMESCREEN_URL = f"{BASE}/api/v3/accounts/1000100/homescreen"
JSON = {"content-type": "application/json; charset=utf-8"}


def example(operation_id: str, status: str | None = None) -> Any:
    return copy.deepcopy(router().by_id(operation_id).example(status)[2])


def homescreen(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Exchange:
    return Exchange("GET", HOMESCREEN_URL, status, JSON if headers is None else headers, json.dumps(body).encode())


def kinds(findings: list[Finding]) -> list[str]:
    return [finding.kind for finding in findings]


def only(findings: list[Finding], kind: str) -> Finding:
    assert kinds(findings) == [kind], findings
    return findings[0]


def exchanges_from_examples() -> list[tuple[str, str, Exchange]]:
    """An exchange per documented response that has an example (or no body), built from the spec alone."""
    cases = []
    for op in router().operations:
        url = BASE + re.sub(r"\{\w+\}", "1000100", op.path)
        for code in op.responses:
            if not code.isdigit():
                continue
            status, media_type, value = op.example(code)
            headers = {name.lower(): "1" for name in resolve(op.responses[code]).get("headers", {})}
            if media_type:
                headers["content-type"] = media_type
            if media_type.endswith("json"):
                body = json.dumps(value).encode()
            elif isinstance(value, str):
                body = value.encode()
            else:
                body = b"\xff\xd8\xff binary"
            cases.append((op.operation_id, code, Exchange(op.method, url, status, headers, body)))
    return cases


def test_every_example_of_the_spec_is_clean() -> None:
    cases = exchanges_from_examples()
    assert len(cases) > 300
    for operation_id, code, exchange in cases:
        result = check_exchange(exchange)
        assert result.operation_id == operation_id, (operation_id, code)
        assert result.findings == [], (operation_id, code, result.findings)
        assert not result.drifted


def test_clean_homescreen_result_fields() -> None:
    result = check_exchange(homescreen(example("get_homescreen_v3")))
    assert (result.operation_id, result.method, result.path) == (
        "get_homescreen_v3",
        "GET",
        "/api/v3/accounts/1000100/homescreen",
    )
    assert (result.status, result.content_type, result.findings) == (200, "application/json", [])


def test_renamed_field_is_unknown_and_missing_when_required() -> None:
    body = example("get_homescreen_v3")
    camera = body["cameras"][0]
    camera["camera_name"] = camera.pop("name")  # `name` is required in a camera
    findings = check_exchange(homescreen(body)).findings
    assert sorted(kinds(findings)) == ["missing_required", "unknown_field"]
    by_kind = {finding.kind: finding for finding in findings}
    assert by_kind["unknown_field"].pointer == "/cameras/0/camera_name"
    assert by_kind["missing_required"].pointer == "/cameras/0/name"


def test_renamed_optional_field_is_only_unknown() -> None:
    body = example("get_homescreen_v3")
    body["networks"][0]["is_armed"] = body["networks"][0].pop("armed")
    finding = only(check_exchange(homescreen(body)).findings, "unknown_field")
    assert (finding.pointer, finding.actual) == ("/networks/0/is_armed", "is_armed")


def test_removed_required_field() -> None:
    body = example("get_homescreen_v3")
    del body["sync_modules"][0]["network_id"]
    finding = only(check_exchange(homescreen(body)).findings, "missing_required")
    assert finding.pointer == "/sync_modules/0/network_id"
    assert "network_id" in finding.message


def test_boolean_that_became_a_string() -> None:
    body = example("get_homescreen_v3")
    body["networks"][0]["armed"] = "true"
    finding = only(check_exchange(homescreen(body)).findings, "schema_violation")
    assert finding.pointer == "/networks/0/armed"
    assert "boolean" in finding.expected
    assert finding.actual.startswith("string")


def test_every_violation_is_reported_not_just_the_first() -> None:
    body = example("get_homescreen_v3")
    body["networks"][0]["armed"] = "yes"
    body["networks"][0]["dst"] = 1
    del body["cameras"][0]["id"]
    findings = check_exchange(homescreen(body)).findings
    assert sorted((f.kind, f.pointer) for f in findings) == [
        ("missing_required", "/cameras/0/id"),
        ("schema_violation", "/networks/0/armed"),
        ("schema_violation", "/networks/0/dst"),
    ]


def test_new_sync_module_status_value() -> None:
    body = example("get_homescreen_v3")
    body["sync_modules"][0]["status"] = "hibernating"
    finding = only(check_exchange(homescreen(body)).findings, "unknown_enum_value")
    assert finding.pointer == "/sync_modules/0/status"
    assert finding.actual == "hibernating"
    assert "online" in finding.expected


def test_new_value_in_a_list_endpoint() -> None:
    body = example("list_sync_modules")
    body["syncmodule"]["status"] = "sleeping"
    exchange = Exchange("GET", f"{BASE}/network/2000123/syncmodules", 200, JSON, json.dumps(body).encode())
    assert only(check_exchange(exchange).findings, "unknown_enum_value").pointer == "/syncmodule/status"


def test_201_instead_of_200() -> None:
    finding = only(check_exchange(homescreen(example("get_homescreen_v3"), status=201)).findings, "undocumented_status")
    assert finding.actual == "201"
    assert "200" in finding.expected


def test_text_plain_instead_of_json() -> None:
    body = example("get_homescreen_v3")
    finding = only(check_exchange(homescreen(body, headers={"content-type": "text/plain"})).findings, "content_type")
    assert (finding.expected, finding.actual) == ("application/json", "text/plain")


def test_missing_content_type_is_reported() -> None:
    finding = only(check_exchange(homescreen(example("get_homescreen_v3"), headers={})).findings, "content_type")
    assert finding.actual == "(none)"


def test_body_that_is_not_json() -> None:
    exchange = Exchange("GET", HOMESCREEN_URL, 200, JSON, b"<html>maintenance</html>")
    finding = only(check_exchange(exchange).findings, "schema_violation")
    assert finding.expected == "a JSON document"


def test_missing_location_header_on_authorize_redirect() -> None:
    exchange = Exchange("GET", f"{BASE.replace('rest-prod', 'api.oauth')}/oauth/v2/authorize?x=1", 302, {}, b"")
    finding = only(check_exchange(exchange).findings, "missing_header")
    assert finding.expected == "header Location"
    with_location = Exchange("GET", exchange.url, 302, {"location": "/oauth/v2/signin"}, b"")
    assert check_exchange(with_location).findings == []


def test_optional_retry_after_may_be_absent_on_lockout() -> None:
    # `Retry-After` is declared without `required: true`: Blink sends it only sometimes.
    body = json.dumps(example("login_v4", "429")).encode()
    exchange = Exchange("POST", f"{BASE}/api/v4/account/login", 429, JSON, body)
    assert check_exchange(exchange).findings == []
    assert check_exchange(Exchange("POST", exchange.url, 429, {**JSON, "retry-after": "60"}, body)).findings == []


def test_optional_headers_may_be_absent() -> None:
    # Client-Id and User-Id of the homescreen are `required: false`.
    assert check_exchange(homescreen(example("get_homescreen_v3"))).findings == []


def test_unknown_operation() -> None:
    exchange = Exchange("GET", f"{BASE}/api/v9/brand_new", 200, JSON, b"{}")
    result = check_exchange(exchange)
    assert result.operation_id == ""
    assert only(result.findings, "unknown_operation").actual == "GET /api/v9/brand_new"
    wrong_method = check_exchange(Exchange("DELETE", HOMESCREEN_URL, 200, JSON, b"{}"))
    assert "GET" in only(wrong_method.findings, "unknown_operation").expected


def test_binary_bodies_only_check_the_content_type() -> None:
    url = f"{BASE}/api/v2/accounts/1/media/thumb/abc"
    clean = Exchange("GET", url, 200, {"content-type": "image/jpeg"}, b"not really a jpeg")
    assert check_exchange(clean).findings == []
    png = Exchange("GET", url, 200, {"content-type": "image/png"}, b"\x89PNG")
    assert only(check_exchange(png).findings, "content_type").expected == "image/jpeg"


def test_documented_error_status_is_checked_against_its_schema() -> None:
    exchange = Exchange("GET", HOMESCREEN_URL, 401, JSON, json.dumps({"message": 5, "code": 101}).encode())
    assert kinds(check_exchange(exchange).findings) == ["schema_violation"]


def test_id_keyed_maps_and_base64_content_are_walked() -> None:
    body = example("get_client_options")
    exchange = Exchange("GET", f"{BASE}/api/v1/accounts/1/clients/2/options", 200, JSON, json.dumps(body).encode())
    assert check_exchange(exchange).findings == []
    blob = json.loads(base64.b64decode(body["options"]))
    blob["brand_new_option"] = True
    body["options"] = base64.b64encode(json.dumps(blob).encode()).decode()
    drifted = Exchange("GET", exchange.url, 200, JSON, json.dumps(body).encode())
    assert only(check_exchange(drifted).findings, "unknown_field").pointer == "/options(decoded)/brand_new_option"


def test_values_in_findings_are_truncated() -> None:
    body = example("get_homescreen_v3")
    body["networks"][0]["armed"] = "x" * 500
    finding = only(check_exchange(homescreen(body)).findings, "schema_violation")
    assert len(finding.actual) <= 90


def test_every_kind_is_produced_by_a_crafted_exchange() -> None:
    renamed, removed, retyped, new_value = (example("get_homescreen_v3") for _ in range(4))
    renamed["networks"][0]["is_armed"] = renamed["networks"][0].pop("armed")
    del removed["sync_modules"][0]["network_id"]
    retyped["networks"][0]["armed"] = "true"
    new_value["sync_modules"][0]["status"] = "hibernating"
    authorize = f"{BASE.replace('rest-prod', 'api.oauth')}/oauth/v2/authorize?x=1"
    exchanges = {
        "undocumented_status": homescreen(example("get_homescreen_v3"), status=201),
        "content_type": homescreen(example("get_homescreen_v3"), headers={"content-type": "text/plain"}),
        "schema_violation": homescreen(retyped),
        "missing_required": homescreen(removed),
        "unknown_field": homescreen(renamed),
        "unknown_enum_value": homescreen(new_value),
        "missing_header": Exchange("GET", authorize, 302, {}, b""),
        "unknown_operation": Exchange("GET", f"{BASE}/api/v9/brand_new", 200, JSON, b"{}"),
    }
    assert list(exchanges) == list(KINDS)  # a new kind must come with an exchange that produces it
    for kind, exchange in exchanges.items():
        only(check_exchange(exchange).findings, kind)


def test_each_item_with_the_same_error_is_its_own_finding() -> None:
    # schemathesis' response_schema_conformance keeps one failure per schema location; a report lists each one.
    body = example("get_homescreen_v3")
    for camera in body["cameras"]:
        del camera["name"]
    del body["networks"][0]["id"], body["networks"][0]["name"]
    findings = check_exchange(homescreen(body)).findings
    assert len(body["cameras"]) >= 2
    assert [(f.kind, f.pointer) for f in findings] == [
        *(("missing_required", f"/cameras/{index}/name") for index in range(len(body["cameras"]))),
        ("missing_required", "/networks/0/id"),
        ("missing_required", "/networks/0/name"),
    ]


def test_a_timestamp_that_is_no_date_time() -> None:
    # `format: date-time` is checked (jsonschema needs rfc3339-validator for that, or it silently passes).
    body = example("get_homescreen_v3")
    body["networks"][0]["created_at"] = "yesterday"
    finding = only(check_exchange(homescreen(body)).findings, "schema_violation")
    assert (finding.pointer, finding.expected, finding.actual) == (
        "/networks/0/created_at",
        "format: date-time",
        "yesterday",
    )


def test_checking_is_fast() -> None:
    cases = [exchange for _, _, exchange in exchanges_from_examples()]
    check_exchange(cases[0])
    started = time.perf_counter()
    for exchange in cases:
        check_exchange(exchange)
    elapsed = time.perf_counter() - started
    # Hundreds of exchanges a second with compiled validators; generous for a loaded CI machine.
    assert elapsed / len(cases) < 0.02, elapsed


@pytest.mark.parametrize("method", ["get", "Get"])
def test_method_case_does_not_matter(method: str) -> None:
    exchange = Exchange(method, HOMESCREEN_URL, 200, JSON, json.dumps(example("get_homescreen_v3")).encode())
    assert check_exchange(exchange).operation_id == "get_homescreen_v3"


def test_anyof_bodies_follow_the_matching_branch() -> None:
    url = f"{BASE}/network/1/command/2/update/"
    message = Exchange("POST", url, 200, JSON, json.dumps({"message": "Command 2 updated", "code": 902}).encode())
    assert check_exchange(message).findings == []
    neither = check_exchange(Exchange("POST", url, 200, JSON, b"[1, 2]")).findings
    assert kinds(neither) == ["schema_violation"]
    assert neither[0].pointer == ""
