"""Write the drift report three ways: Markdown for people, JSON for machines, JUnit XML for CI.

Besides the checked operations, a report lists the operations a run did not call, each with its reason.

Every string is redacted before it is written, whatever produced it: findings quote response values, and a
path carries account and network ids.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from blink_contract.drift import KINDS, Finding, OperationResult
from blink_contract.redact import REDACTED, Redactor, is_sensitive_pointer

REPORT_FILES = ("report.md", "report.json", "junit.xml")
# Characters XML 1.0 cannot carry at all, not even escaped; a response body may contain any of them.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _xml(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _text(text: str) -> str:
    """Text that UTF-8 can encode: lone surrogates become U+FFFD."""
    return _SURROGATE.sub("\ufffd", text)


def _finding(finding: Finding, redactor: Redactor) -> dict[str, str]:
    actual, message = finding.actual, finding.message
    if is_sensitive_pointer(finding.pointer) and actual not in ("absent", "undecodable"):
        # The value of a field named like a secret (a token field Blink adds, a code) that no one announced:
        # the kind, the pointer and what the spec expects still say what drifted.
        actual, message = REDACTED, f"{finding.pointer}: the value is not shown, the field's name says it is secret"
    return {
        "kind": finding.kind,
        "pointer": redactor.text(finding.pointer),
        "expected": redactor.text(finding.expected),
        "actual": redactor.text(actual),
        "message": redactor.text(message),
    }


def _result(result: OperationResult, redactor: Redactor) -> dict[str, Any]:
    return {
        "operation_id": redactor.text(result.operation_id),
        "method": redactor.text(result.method),
        "path": redactor.text(result.path),
        "status": result.status,
        "content_type": redactor.text(result.content_type),
        "drifted": result.drifted,
        "findings": [_finding(finding, redactor) for finding in result.findings],
    }


def _name(entry: dict[str, Any]) -> str:
    return str(entry["operation_id"] or f"{entry['method']} {entry['path']}")


def _cell(text: str) -> str:
    """Table-safe Markdown: pipes escaped, line breaks flattened, code spans kept closed."""
    return " ".join(text.replace("\\", "\\\\").replace("|", "\\|").replace("`", "'").split())


def _markdown(title: str, entries: list[dict[str, Any]], totals: dict[str, Any], skipped: list[dict[str, str]]) -> str:
    lines = [
        f"# {_cell(title)}",
        "",
        f"{totals['operations']} operations checked, {totals['drifted']} drifted",
        "",
    ]
    if totals["findings"]:
        lines += ["| finding kind | count |", "|---|---|"]
        lines += [f"| {kind} | {count} |" for kind, count in totals["by_kind"].items() if count]
        lines.append("")
    for entry in entries:
        verdict = "drifted" if entry["drifted"] else "ok"
        lines += [
            f"## {_cell(_name(entry))}: {verdict}",
            "",
            f"- request: `{_cell(entry['method'])} {_cell(entry['path'])}`",
            f"- status: {entry['status']}",
            f"- content type: `{_cell(entry['content_type']) or '(none)'}`",
            "",
        ]
        if entry["findings"]:
            lines += ["| kind | pointer | expected | actual | message |", "|---|---|---|---|---|"]
            for finding in entry["findings"]:
                cells = [_cell(finding[key]) for key in ("kind", "pointer", "expected", "actual", "message")]
                lines.append("| " + " | ".join(cells) + " |")
            lines.append("")
    if skipped:
        lines += ["## Not called", "", "| operation | reason |", "|---|---|"]
        lines += [f"| `{_cell(entry['operation_id'])}` | {_cell(entry['reason'])} |" for entry in skipped]
    return "\n".join(lines)


def _junit(title: str, entries: list[dict[str, Any]], totals: dict[str, Any], skipped: list[dict[str, str]]) -> bytes:
    suite = ET.Element(
        "testsuite",
        name=_xml(title),
        tests=str(totals["operations"] + len(skipped)),
        failures=str(totals["drifted"]),
        errors="0",
        skipped=str(len(skipped)),
    )
    for entry in entries:
        case = ET.SubElement(suite, "testcase", classname="blink-contract", name=_xml(_name(entry)))
        if entry["drifted"]:
            kinds = sorted({finding["kind"] for finding in entry["findings"]})
            failure = ET.SubElement(
                case, "failure", type="drift", message=f"{len(entry['findings'])} findings: {', '.join(kinds)}"
            )
            lines = (
                f"{f['kind']} {f['pointer'] or '-'}: {f['message']} (expected {f['expected']}; actual {f['actual']})"
                for f in entry["findings"]
            )
            failure.text = _xml("\n".join(lines))
    for entry in skipped:
        case = ET.SubElement(suite, "testcase", classname="blink-contract", name=_xml(entry["operation_id"]))
        ET.SubElement(case, "skipped", message=_xml(entry["reason"]))
    tree = ET.ElementTree(suite)
    ET.indent(tree)
    return bytes(ET.tostring(suite, encoding="utf-8", xml_declaration=True))


def write_reports(
    results: Sequence[OperationResult],
    report_dir: Path,
    redactor: Redactor,
    *,
    title: str,
    skipped: Sequence[tuple[str, str]] = (),
) -> list[Path]:
    """Write report.md, report.json and junit.xml into `report_dir` (created if needed); return their paths.

    `skipped` is the operations not called, as (operationId, reason) pairs in the order to list them.
    """
    title = redactor.text(title)
    entries = [_result(result, redactor) for result in results]
    not_called = [{"operation_id": redactor.text(name), "reason": redactor.text(reason)} for name, reason in skipped]
    by_kind = dict.fromkeys(KINDS, 0)
    for entry in entries:
        for finding in entry["findings"]:
            by_kind[finding["kind"]] = by_kind.get(finding["kind"], 0) + 1
    totals: dict[str, Any] = {
        "operations": len(entries),
        "drifted": sum(1 for entry in entries if entry["drifted"]),
        "findings": sum(by_kind.values()),
        "by_kind": by_kind,
    }
    report_dir.mkdir(parents=True, exist_ok=True)
    paths = [report_dir / name for name in REPORT_FILES]
    document: dict[str, Any] = {"title": title, "totals": totals, "operations": entries}
    if not_called:  # left out when empty, so a run with no skips writes the JSON it always did
        document["skipped"] = not_called
    # A JSON answer may escape half a UTF-16 pair ("\ud800"): a finding that quotes it is written with U+FFFD.
    paths[0].write_text(_text(_markdown(title, entries, totals, not_called)) + "\n", encoding="utf-8")
    paths[1].write_text(_text(json.dumps(document, indent=2, ensure_ascii=False)) + "\n", encoding="utf-8")
    paths[2].write_bytes(_junit(title, entries, totals, not_called))
    return paths
