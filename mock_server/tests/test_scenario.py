"""Scenarios: plain frozen data, parsed without the mock's state, refused with a one-line reason naming the field."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from blink_mock import MockState, default_scenario
from blink_mock.scenario import DEFAULT_SCENARIO, Scenario, ScenarioError, load_scenario, parse_scenario
from blink_mock.state import FIRST_ID


def account(**fields: Any) -> dict[str, Any]:
    return {"email": "a@example.com", "password": "pw", **fields}


def network(**fields: Any) -> dict[str, Any]:
    return {"name": "Home", **fields}


BAD_KIND = {"name": "c", "kind": "cam"}
BAD_SCENARIOS: list[tuple[Any, str]] = [
    ([1, 2], "must be a mapping"),
    ({"accounts": []}, "accounts: a scenario needs a non-empty list of accounts"),
    ({"accounts": [account()], "typo": 1}, "unknown field 'typo'"),
    ({"accounts": [{"password": "pw"}]}, "accounts[0]: missing 'email'"),
    ({"accounts": [account(password=1234)]}, "accounts[0].password: must be a non-empty string"),
    ({"accounts": [account(two_factor="yes")]}, "accounts[0].two_factor: must be true or false"),
    ({"accounts": [account(two_factor_status=418)]}, "accounts[0].two_factor_status: must be one of 202, 412"),
    ({"accounts": [account(two_factor_status=True)]}, "accounts[0].two_factor_status: must be one of 202, 412"),
    ({"accounts": [account(tier="u011.evil.com")]}, "accounts[0].tier: must match"),
    ({"accounts": [account(id=0)]}, "accounts[0].id: must be a whole number from 1"),
    ({"accounts": [account(id=1.5)]}, "accounts[0].id: must be a whole number"),
    ({"accounts": [account(networks={"name": "x"})]}, "accounts[0].networks: must be a list"),
    ({"accounts": [account(networks=[network(), {"id": 2}])]}, "accounts[0].networks[1]: missing 'name'"),
    (
        {
            "accounts": [
                account(
                    networks=[network(), network(cameras=[{"name": "a"}, {"name": "b"}, {"name": "c", "kind": "cam"}])]
                )
            ]
        },
        "accounts[0].networks[1].cameras[2].kind: must be one of camera, owl, doorbell",
    ),
    (
        {"accounts": [account(networks=[network(cameras=[{"name": "a", "knd": "owl"}])])]},
        "accounts[0].networks[0].cameras[0]: unknown field 'knd'",
    ),
    (
        {"accounts": [account(networks=[network(cameras=[{"name": "a"}, {"name": "a"}])])]},
        "accounts[0].networks[0].cameras: two cameras are named 'a'",
    ),
    (
        {"accounts": [account(networks=[network(clips=[{"camera": "ghost"}])])]},
        "accounts[0].networks[0].clips[0].camera: no camera named 'ghost'",
    ),
    (
        {
            "accounts": [
                account(networks=[network(cameras=[{"name": "a"}], clips=[{"camera": "a", "minutes_ago": -1}])])
            ]
        },
        "accounts[0].networks[0].clips[0].minutes_ago: must be from 0",
    ),
    (
        {"accounts": [account(networks=[network(programs=[{"name": "p", "schedule": [{"dow": "mon"}]}])])]},
        "accounts[0].networks[0].programs[0].schedule[0]:",
    ),
    (
        {"accounts": [account(networks=[network(programs=[{"name": "p", "status": "on"}])])]},
        "accounts[0].networks[0].programs[0].status: must be one of enabled, disabled",
    ),
    (
        {"accounts": [account(networks=[network(sync_module={"id": 1, "serial": 7})])]},
        "accounts[0].networks[0].sync_module.serial: must be a non-empty string",
    ),
    ({"accounts": [account(), account(email="A@example.com")]}, "two accounts share the email"),
    ({"accounts": [account(networks=[network(id=5), network(id=5)])]}, "two networks have the id 5"),
    ({"accounts": [account()], "commands": {"polls_until_complete": 0}}, "commands.polls_until_complete: must be"),
    ({"accounts": [account()], "era": "2019-13"}, "era: era '2019-13': month must be in 1..12"),
    ({"accounts": [account()], "era": "last year"}, "era: era 'last year': expected YYYY-MM"),
    ({"accounts": [account()], "era": 2019}, "era: must be YYYY-MM, YYYY-MM-DD or today, not 2019"),
    ({"accounts": [account()], "era": "2999-01"}, "era: era '2999-01' is in the future"),
    ({"accounts": [account()], "tokens": {"lifetime_seconds": "1h"}}, "tokens.lifetime_seconds: must be"),
    ({"accounts": [account()], "faults": {"latency_ms": -5}}, "faults.latency_ms: must be a whole number"),
    ({"accounts": [account()], "faults": {"errors": {"*": 418}}}, "faults.errors.*: must be 500 or 503"),
]


@pytest.mark.parametrize(("document", "reason"), BAD_SCENARIOS, ids=[str(i) for i in range(len(BAD_SCENARIOS))])
def test_a_bad_scenario_is_refused_with_the_field_path(document: Any, reason: str) -> None:
    with pytest.raises(ScenarioError) as raised:
        parse_scenario(document)
    message = str(raised.value)
    assert reason in message
    assert "\n" not in message


def test_a_file_is_refused_with_its_name_and_the_field(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(yaml.safe_dump({"accounts": [account(networks=[network(armed="no")])]}), encoding="utf-8")
    with pytest.raises(ScenarioError, match=r"^scenario .*bad\.yaml, line 4: accounts\[0\]\.networks\[0\]\.armed: "):
        load_scenario(path)


def test_an_unquoted_two_factor_code_is_read_as_text() -> None:
    scenario = parse_scenario({"accounts": [account(two_factor=True, two_factor_code=654321)]})
    assert scenario.accounts[0].two_factor_code == "654321"


def test_a_scenario_is_frozen() -> None:
    scenario = default_scenario()
    with pytest.raises(dataclasses.FrozenInstanceError):
        scenario.accounts[0].networks[0].cameras[0].name = "x"  # type: ignore[misc]
    assert isinstance(scenario.accounts, tuple)


def test_changing_the_state_never_changes_the_scenario() -> None:
    state = MockState()
    state.faults.failing_commands.append("arm")
    state.programs[61001].schedule.clear()
    assert state.scenario.faults.failing_commands == []
    state.reset()
    assert state.faults.failing_commands == []
    assert state.programs[61001].schedule


def test_from_scenario_builds_the_world_it_describes() -> None:
    scenario = parse_scenario(
        {
            "accounts": [
                account(
                    id=9001,
                    networks=[
                        network(
                            id=9101,
                            armed=True,
                            sync_module={"id": 9201},
                            cameras=[{"id": 9301, "name": "Gate"}, {"name": "Desk", "kind": "owl"}],
                            clips=[{"camera": "Desk", "minutes_ago": 5}],
                            programs=[{"name": "Nights", "status": "enabled"}],
                        )
                    ],
                )
            ],
            "commands": {"seconds_until_complete": 3},
        }
    )
    state = MockState.from_scenario(scenario)
    assert state.scenario is scenario
    assert state.networks[9101].armed is True
    assert state.sync_modules[9201].name == "Home Sync"
    desk = next(c for c in state.cameras.values() if c.name == "Desk")
    assert (desk.kind, desk.product_type, desk.network_id) == ("owl", "owl", 9101)
    assert [m.camera_id for m in state.media.values()] == [desk.id]
    assert [p.status for p in state.programs.values()] == ["enabled"]
    assert (scenario.command_polls, scenario.command_seconds) == (None, 3.0)


def test_assigned_ids_never_collide_with_the_scenarios_own() -> None:
    given = FIRST_ID + 1
    state = MockState.from_scenario(parse_scenario({"accounts": [account(networks=[network(id=given)])]}))
    assert state.accounts and all(a.id != given for a in state.accounts.values())
    assert state.new_id() > given


def test_default_state_is_the_default_scenarios() -> None:
    assert MockState().scenario == default_scenario() == load_scenario(DEFAULT_SCENARIO)
    assert isinstance(default_scenario(), Scenario)


def test_scenario_and_faults_modules_import_nothing_of_the_state() -> None:
    code = (
        "import sys, blink_mock.scenario, blink_mock.faults; "
        "print(sorted(m for m in sys.modules if m.startswith('blink_mock.')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "['blink_mock.faults', 'blink_mock.scenario']", done.stdout


LINES = """\
accounts:
  - email: a@example.com
    password: pw
    networks:
      - name: Home
        cameras:
          - name: Front
            kind: {kind}
          - {camera}
    {account_field}: 1
faults:
  errors:
    get_homescreen_v3: 503
    {operation}: 500
  drift:
    - {{operation: "*", kind: status_code, status: 500}}
    - operation: {drift_operation}
      kind: status_code
      status: 500
"""
GOOD = {
    "kind": "owl",
    "camera": "{name: Back}",
    "account_field": "user_id",
    "operation": "list_networks",
    "drift_operation": "list_networks",
}


@pytest.mark.parametrize(
    ("change", "line", "reason"),
    [
        ({"kind": "cam"}, 8, "accounts[0].networks[0].cameras[0].kind: must be one of camera, owl, doorbell"),
        ({"camera": "Back"}, 9, "accounts[0].networks[0].cameras[1]: must be a mapping"),
        ({"account_field": "tire"}, 10, "accounts[0]: unknown field 'tire'"),
        ({"operation": "get_homescren_v3"}, 14, "faults.errors.get_homescren_v3: 'get_homescren_v3' is not an"),
        ({"drift_operation": "get_homescren_v3"}, 17, "faults.drift[1]: operation must be an operationId of the spec"),
    ],
)
def test_a_file_is_refused_with_the_line_of_the_field(
    tmp_path: Path, change: dict[str, str], line: int, reason: str
) -> None:
    path = tmp_path / "lines.yaml"
    path.write_text(LINES.format(**GOOD), encoding="utf-8")
    load_scenario(path)  # the file as written is good: each case below breaks one thing
    path.write_text(LINES.format(**{**GOOD, **change}), encoding="utf-8")
    with pytest.raises(ScenarioError) as raised:
        load_scenario(path)
    assert str(raised.value).startswith(f"scenario {path}, line {line}: {reason}")


def test_a_file_that_is_not_yaml_is_refused_with_the_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("accounts:\n  - email: a@example.com\n    password: [pw\n", encoding="utf-8")
    with pytest.raises(ScenarioError) as raised:
        load_scenario(path)
    assert str(raised.value).startswith(f"scenario {path}, line 4: not valid YAML: ")
