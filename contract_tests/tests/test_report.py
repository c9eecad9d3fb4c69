"""The three reports are well-formed, agree with each other, and carry no secret planted anywhere in a run."""

from __future__ import annotations

import copy
import json
import xml.etree.ElementTree as ET
from pathlib import Path

from blink_contract.drift import Exchange, Finding, OperationResult, check_exchange
from blink_contract.redact import Redactor
from blink_contract.report import write_reports
from blink_spec import router

SENTINEL = "SENTINEL-9d2f6b1e-secret"
JSON = {"content-type": "application/json"}


def homescreen_body() -> dict[str, object]:
    body = router().by_id("get_homescreen_v3").example()[2]
    assert isinstance(body, dict)
    return copy.deepcopy(body)


def results() -> list[OperationResult]:
    clean = check_exchange(
        Exchange(
            "GET", "https://h/api/v3/accounts/1000100/homescreen", 200, JSON, json.dumps(homescreen_body()).encode()
        )
    )
    drifted_body = homescreen_body()
    drifted_body["networks"][0]["armed"] = "true"  # type: ignore[index]
    drifted_body["brand_new"] = 1
    drifted = check_exchange(
        Exchange(
            "GET",
            "https://h/network/31001/syncmodules",
            200,
            JSON,
            json.dumps({"syncmodule": {"status": "x"}}).encode(),
        )
    )
    homescreen_drift = check_exchange(
        Exchange("GET", "https://h/api/v3/accounts/1000100/homescreen", 201, JSON, json.dumps(drifted_body).encode())
    )
    unknown = check_exchange(Exchange("GET", "https://h/api/v9/new", 200, JSON, b"{}"))
    return [clean, drifted, homescreen_drift, unknown]


def test_reports_are_well_formed(tmp_path: Path) -> None:
    given = results()
    paths = write_reports(given, tmp_path / "out", Redactor(), title="Blink drift")
    assert [path.name for path in paths] == ["report.md", "report.json", "junit.xml"]

    document = json.loads(paths[1].read_text(encoding="utf-8"))
    assert document["totals"]["operations"] == 4
    assert document["totals"]["drifted"] == 3
    assert document["totals"]["findings"] == sum(len(r.findings) for r in given)
    assert [op["operation_id"] for op in document["operations"]] == [
        "get_homescreen_v3",
        "list_sync_modules",
        "get_homescreen_v3",
        "",
    ]
    assert document["operations"][0] == {
        "operation_id": "get_homescreen_v3",
        "method": "GET",
        "path": "/api/v3/accounts/{id}/homescreen",
        "status": 200,
        "content_type": "application/json",
        "drifted": False,
        "findings": [],
    }
    assert document["operations"][1]["findings"][0]["kind"] == "unknown_enum_value"

    suite = ET.parse(paths[2]).getroot()
    assert suite.tag == "testsuite"
    assert (suite.get("tests"), suite.get("failures")) == ("4", "3")
    cases = suite.findall("testcase")
    assert [case.get("name") for case in cases] == [
        "get_homescreen_v3",
        "list_sync_modules",
        "get_homescreen_v3",
        "GET /api/v9/new",
    ]
    assert [case.find("failure") is not None for case in cases] == [False, True, True, True]
    failure = cases[1].find("failure")
    assert failure is not None and "unknown_enum_value" in (failure.text or "")

    markdown = paths[0].read_text(encoding="utf-8")
    assert "4 operations checked, 3 drifted" in markdown
    assert "## get_homescreen_v3: ok" in markdown
    assert "| unknown_enum_value | /syncmodule/status |" in markdown
    assert markdown.count("## ") == 4


def test_no_drift_reports(tmp_path: Path) -> None:
    paths = write_reports([results()[0]], tmp_path, Redactor(), title="t")
    assert "1 operations checked, 0 drifted" in paths[0].read_text(encoding="utf-8")
    assert ET.parse(paths[2]).getroot().find("testcase/failure") is None
    assert write_reports([], tmp_path / "empty", Redactor(), title="t")[1].read_text(encoding="utf-8")


def test_markup_in_values_cannot_break_the_files(tmp_path: Path) -> None:
    finding = Finding("schema_violation", "/a|b", '<x> & "y"', "`code` | ]]> \x1b", "line\nbreak")
    result = OperationResult("op", "GET", "/p", 200, "application/json", [finding])
    paths = write_reports([result], tmp_path, Redactor(), title="<title> & co")
    ET.parse(paths[2])  # still XML
    json.loads(paths[1].read_text(encoding="utf-8"))
    row = next(
        line for line in paths[0].read_text(encoding="utf-8").splitlines() if line.startswith("| schema_violation | /a")
    )
    assert row.count(" | ") == 4  # the pipes inside cells are escaped


def test_a_planted_sentinel_reaches_no_output_file(tmp_path: Path) -> None:
    """The secret rides in headers, the URL, the body and so in finding values; none of it may be written."""
    redactor = Redactor()
    redactor.add(SENTINEL)
    body = homescreen_body()
    body["networks"][0]["armed"] = SENTINEL  # type: ignore[index]  # quoted by a schema_violation
    body["networks"][0]["name"] = 5  # type: ignore[index]
    body[SENTINEL] = SENTINEL  # an unknown field named by the secret
    body["sync_modules"][0]["status"] = SENTINEL  # type: ignore[index]  # an unknown value
    exchange = Exchange(
        "GET",
        f"https://h/api/v3/accounts/1000100/homescreen?token={SENTINEL}",
        200,
        {**JSON, "set-cookie": f"s={SENTINEL}", "authorization": f"Bearer {SENTINEL}"},
        json.dumps(body).encode(),
        request_headers={"token-auth": SENTINEL},
    )
    result = check_exchange(exchange)
    assert {f.kind for f in result.findings} >= {"schema_violation", "unknown_field", "unknown_enum_value"}
    result.path = f"/api/v3/accounts/{SENTINEL}/homescreen"  # as if a path carried it too
    extra = Finding("missing_header", "", f"header {SENTINEL}", SENTINEL, f"message with {SENTINEL}")
    result.findings.append(extra)
    unknown = check_exchange(Exchange("GET", f"https://h/x/{SENTINEL}/y", 200, {}, b""))
    paths = write_reports([result, unknown], tmp_path, redactor, title=f"run for {SENTINEL}")
    for path in tmp_path.rglob("*"):
        content = path.read_bytes()
        assert SENTINEL.encode() not in content, path
        assert b"SENTINEL" not in content, path
    assert len(paths) == 3


def test_skipped_operations_are_in_all_three_reports(tmp_path: Path) -> None:
    redactor = Redactor()
    redactor.add(SENTINEL)
    skipped = [
        ("get_doorbell_config", "skipped: no doorbell_id"),
        ("arm_network", f"skipped: mutating (network {SENTINEL} | not allowed)"),
    ]
    paths = write_reports(results()[:2], tmp_path, redactor, title="t", skipped=skipped)

    document = json.loads(paths[1].read_text(encoding="utf-8"))
    assert document["skipped"] == [
        {"operation_id": "get_doorbell_config", "reason": "skipped: no doorbell_id"},
        {"operation_id": "arm_network", "reason": "skipped: mutating (network [REDACTED] | not allowed)"},
    ]
    assert document["totals"]["operations"] == 2  # skipped operations are not counted as checked

    markdown = paths[0].read_text(encoding="utf-8")
    assert markdown.endswith(
        "## Not called\n\n| operation | reason |\n|---|---|\n"
        "| `get_doorbell_config` | skipped: no doorbell_id |\n"
        "| `arm_network` | skipped: mutating (network [REDACTED] \\| not allowed) |\n"
    )

    suite = ET.parse(paths[2]).getroot()
    assert (suite.get("tests"), suite.get("failures"), suite.get("skipped")) == ("4", "1", "2")
    cases = suite.findall("testcase")
    assert [case.get("name") for case in cases] == [
        "get_homescreen_v3",
        "list_sync_modules",
        "get_doorbell_config",
        "arm_network",
    ]
    assert [case.find("skipped") is not None for case in cases] == [False, False, True, True]
    assert [element.get("message") for element in suite.iter("skipped")] == [
        "skipped: no doorbell_id",
        "skipped: mutating (network [REDACTED] | not allowed)",
    ]
    for path in paths:
        assert SENTINEL.encode() not in path.read_bytes(), path


def test_no_skipped_operations_leave_the_reports_as_they_were(tmp_path: Path) -> None:
    paths = write_reports(results(), tmp_path, Redactor(), title="t")
    assert "skipped" not in json.loads(paths[1].read_text(encoding="utf-8"))
    assert "Not called" not in paths[0].read_text(encoding="utf-8")
    suite = ET.parse(paths[2]).getroot()
    assert suite.get("skipped") == "0" and suite.find("testcase/skipped") is None


def test_a_lone_surrogate_in_a_finding_is_written(tmp_path: Path) -> None:
    # JSON may escape half a UTF-16 pair ("\ud800"): valid JSON, no valid text. A finding may quote it.
    finding = Finding("schema_violation", "/networks", "type object", "string \ud800", "/networks: '\ud800' is bad")
    result = OperationResult("list_networks", "GET", "/networks", 200, "application/json", [finding])
    paths = write_reports([result], tmp_path, Redactor(), title="t")
    assert "string \ufffd" in json.loads(paths[1].read_text(encoding="utf-8"))["operations"][0]["findings"][0]["actual"]
    assert "\ufffd" in paths[0].read_text(encoding="utf-8") and paths[2].read_bytes().count("\ufffd".encode()) == 2


def test_an_unannounced_value_of_a_secret_field_is_not_quoted(tmp_path: Path) -> None:
    """A token field Blink adds, or a known secret field of the wrong type: found by its name, never quoted."""
    body = homescreen_body()
    body["session_token"] = "unannounced-4c1d"  # an unknown field named like a secret
    body["account"]["id"] = "unannounced-id"  # type: ignore[index]  # a schema violation quoting it
    result = check_exchange(
        Exchange("GET", "https://h/api/v3/accounts/1000100/homescreen", 200, JSON, json.dumps(body).encode())
    )
    found = {(f.kind, f.pointer) for f in result.findings}
    assert {("unknown_field", "/session_token"), ("schema_violation", "/account/id")} <= found, found
    write_reports([result], tmp_path, Redactor(), title="t")
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    findings = {f["pointer"]: f for f in report["operations"][0]["findings"]}
    assert findings["/account/id"]["expected"].startswith("type ")  # what drifted is still said
    for path in tmp_path.iterdir():
        assert "unannounced" not in path.read_text(encoding="utf-8"), path
