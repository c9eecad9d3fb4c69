"""The CI check path reports drift as a live run does: each finding kind from a real, drifted answer of the mock.

The path is the conformance run's: a schemathesis case sent to the mock app in-process (`schema.app`), every
check on, the kit's drift checks (`blink_contract.checks`) among them; the failures are read with the live
runner's own mapping into finding kinds. The mock is drifted through its admin API, as a user would.
`unknown_operation` cannot occur here: schemathesis only sends operations of the spec (recorded traffic is where
it is found; `test_live_against_mock.py` shows it).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
import schemathesis
from drift_faults import KIND_FAULTS, LOGIN_FAULT
from schemathesis.config import SchemathesisConfig
from schemathesis.core.failures import FailureGroup

import blink_contract.checks  # noqa: F401  # registers the drift checks, as the conformance run does
from blink_contract.drift import KINDS, Finding, findings_of
from blink_mock import MockState, create_app
from blink_spec import router, spec_path

HERE = Path(__file__).parent
DEMO_ACCOUNT_ID = 22001

STATE = MockState()
APP = create_app(STATE)
schema = schemathesis.openapi.from_path(
    spec_path(), config=SchemathesisConfig.from_path(HERE / "conformance.schemathesis.toml")
)
schema.app = APP


def set_drift(drift: list[dict[str, Any]]) -> None:
    """Switch the mock's drift faults through its admin API, as a user of the mock would."""

    async def put() -> None:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=APP), base_url="http://mock") as admin:
            (await admin.put("/__mock__/faults", json={"drift": drift})).raise_for_status()

    anyio.run(put)


def demo_ids() -> dict[str, int]:
    account = STATE.accounts[DEMO_ACCOUNT_ID]
    network = min(n.id for n in STATE.networks.values() if n.account_id == account.id)
    return {"account_id": account.id, "network_id": network}


def ci_findings(drift: list[dict[str, Any]], operation_id: str) -> list[Finding]:
    """Findings of one schemathesis case for `operation_id`, every check on, with `drift` switched on."""
    STATE.reset()
    token = STATE.issue_token(DEMO_ACCOUNT_ID, "access").value
    set_drift(drift)
    operation = schema.find_operation_by_id(operation_id)
    ids = demo_ids()
    case = operation.Case(path_parameters={p.name: ids[p.name] for p in operation.path_parameters} or None)
    # The token as an explicit header, so that `ignored_auth` knows it and repeats the request without it.
    headers = {"Authorization": f"Bearer {token}", "TOKEN_AUTH": token}
    response = case.call(headers=headers)
    try:
        case.validate_response(response, headers=headers, transport_kwargs={"headers": headers})
    except FailureGroup as group:
        op = router().by_id(operation_id)
        return [finding for failure in group.exceptions for finding in findings_of(failure, op, response.status_code)]
    return []


FAULTS = [*KIND_FAULTS.items(), LOGIN_FAULT]


@pytest.mark.parametrize(("kind", "fault"), FAULTS, ids=[kind for kind, _ in FAULTS])
def test_each_kind_fails_the_ci_check_path(kind: str, fault: dict[str, Any]) -> None:
    assert ci_findings([], fault["operation"]) == []  # the mock's own answer conforms
    findings = ci_findings([fault], fault["operation"])
    assert kind in {finding.kind for finding in findings}, findings


def test_every_kind_but_unknown_operation_is_produced_on_the_ci_check_path() -> None:
    seen = {finding.kind for _, fault in FAULTS for finding in ci_findings([fault], fault["operation"])}
    assert seen == set(KINDS) - {"unknown_operation"}


def test_a_renamed_field_fails_the_ci_check_path() -> None:
    rename = {"operation": "get_homescreen_v3", "kind": "rename_field", "path": "/networks/0/name", "to": "title"}
    findings = ci_findings([rename], "get_homescreen_v3")
    assert {(f.kind, f.pointer) for f in findings} == {
        ("unknown_field", "/networks/0/title"),
        ("missing_required", "/networks/0/name"),  # `name` is required in a homescreen network
    }
