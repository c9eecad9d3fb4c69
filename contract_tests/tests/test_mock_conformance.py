"""CI conformance: schemathesis over every operation of the spec against the mock, in-process, all checks on.

Two runs share one mock app and one state:

- `test_operation`: every operation, `MAX_EXAMPLES` generated cases each (positive and negative data; fewer
  only for an operation that takes no input), checked by every schemathesis check. The state is rebuilt before
  each case, so that one case's deletions, arming or logout never decide another case's answer and a failure
  replays exactly.
- `test_stateful_run_follows_every_link_chain`: schemathesis' state machine, following the OpenAPI links of the
  spec (login -> homescreen, arm -> command status, clip -> media list -> delete). The state is rebuilt at the
  start of each scenario only, because the links are only meaningful over state that persists between steps.

Requests go through the ASGI app directly (`schema.app = app`): no socket, no port, nothing reaches Blink.
Set `BLINK_CONFORMANCE_STATS=path.json` to write the case counts and timings (the README's benchmark uses it).
"""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from hypothesis.stateful import Bundle, initialize, run_state_machine_as_test
from schemathesis.config import SchemathesisConfig
from schemathesis.core import NOT_SET
from schemathesis.core.result import Ok
from schemathesis.generation.case import Case as GenericCase
from schemathesis.generation.modes import GenerationMode
from schemathesis.generation.stateful.state_machine import StepInput, StepOutput

from blink_mock import MockState, create_app
from blink_spec import router, spec_path

HERE = Path(__file__).parent
DEMO_ACCOUNT_ID = 22001
DEMO_LOGIN = {"email": "demo@example.com", "password": "demo-password"}
MAX_EXAMPLES = 100
# derandomize: the same cases on every run and every machine, so a CI failure replays locally as it is.
SETTINGS = settings(
    max_examples=MAX_EXAMPLES,
    derandomize=True,
    deadline=None,
    database=None,
    # Operations with small input spaces (no parameters) cannot fill 100 distinct cases; that is not an error.
    suppress_health_check=list(HealthCheck),
)
STATEFUL_SETTINGS = settings(SETTINGS, max_examples=120, stateful_step_count=8)

STATE = MockState()
APP = create_app(STATE)
# One token for the demo account, put back after every reset (a reset forgets tokens, and `logout` revokes it).
TOKEN = STATE.issue_token(DEMO_ACCOUNT_ID, "access")

CONFIG = SchemathesisConfig.from_path(HERE / "conformance.schemathesis.toml")
schema = schemathesis.openapi.from_path(spec_path(), config=CONFIG)
schema.app = APP

Case = GenericCase[Any]
CASES: Counter[str] = Counter()  # cases sent per operation label, stateless run
STATEFUL_CALLS: Counter[str] = Counter()  # calls per operation label, stateful run
CHAINS: Counter[str] = Counter()  # link chains completed with success answers, stateful run
TIMINGS: dict[str, float] = {}


def reset_world() -> None:
    STATE.reset()
    STATE.tokens[TOKEN.value] = TOKEN


@schema.auth()
class DemoToken:
    """The demo account's token, as `Authorization: Bearer` and as `TOKEN_AUTH` (older endpoints read only that).

    A schemathesis auth provider rather than fixed headers, so that `ignored_auth` knows what the credentials are
    and can repeat each request without them and with a wrong token."""

    def get(self, case: Case, context: schemathesis.AuthContext) -> str:
        return TOKEN.value

    def set(self, case: Case, data: str, context: schemathesis.AuthContext) -> None:
        headers = dict(case.headers or {})
        headers.update(auth_headers(data))
        case.headers = headers  # type: ignore[assignment]  # schemathesis stores what it is given


def auth_headers(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}", "TOKEN_AUTH": token}


@pytest.fixture(scope="module", autouse=True)
def _stats(request: pytest.FixtureRequest) -> Iterator[None]:
    started = time.perf_counter()
    yield
    TIMINGS["module_seconds"] = round(time.perf_counter() - started, 2)
    summary = {
        "operations": len(router().operations),
        "operations_exercised": len(CASES),
        "stateless_cases": sum(CASES.values()),
        "stateful_calls": sum(STATEFUL_CALLS.values()),
        "chains": dict(CHAINS),
        "min_cases_per_operation": min(CASES.values(), default=0),
        "cases_per_operation": dict(sorted(CASES.items())),
        **TIMINGS,
    }
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    if reporter is not None and capture is not None:
        with capture.global_and_fixture_disabled():
            reporter.write_line(
                f"\nconformance: {summary['stateless_cases']} stateless cases over {summary['operations_exercised']}"
                f" operations, {summary['stateful_calls']} stateful calls, chains {summary['chains']},"
                f" {summary['module_seconds']} s"
            )
    target = os.environ.get("BLINK_CONFORMANCE_STATS")
    if target and os.environ.get("PYTEST_XDIST_WORKER"):  # one file per pytest-xdist worker
        target = f"{target}.{os.environ['PYTEST_XDIST_WORKER']}"
    if target:
        Path(target).write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")


@pytest.fixture(autouse=True)
def _at_least_max_examples(request: pytest.FixtureRequest) -> Iterator[None]:
    """Each operation's item must send MAX_EXAMPLES cases, unless the operation takes no input at all.

    Checked per item rather than at the end of the run, so that it holds when pytest-xdist spreads the items over
    several processes."""
    before = sum(CASES.values())
    yield
    if request.node.originalname != "test_operation":
        return
    label = request.node.name.partition("[")[2].rstrip("]")
    op = {f"{op.method} {op.path}": op for op in router().operations}[label]
    takes_input = bool(op.parameters or op.body_media)
    sent = sum(CASES.values()) - before
    assert sent >= (MAX_EXAMPLES if takes_input else 1), f"{label}: only {sent} cases"


@schema.parametrize()
@SETTINGS
def test_operation(case: Case) -> None:
    reset_world()
    CASES[case.operation.label] += 1
    case.call_and_validate()


def test_every_operation_is_parametrized() -> None:
    labels = {f"{op.method} {op.path}" for op in router().operations}
    results = list(schema.get_all_operations())
    assert all(isinstance(result, Ok) for result in results), "the spec has operations schemathesis cannot load"
    assert {result.ok().label for result in results if isinstance(result, Ok)} == labels


WORKFLOW = schema.as_state_machine()
ARM_PATH = "/api/v1/accounts/{account_id}/networks/{network_id}/state/arm"
OWL_CLIP_PATH = "/api/v1/accounts/{account_id}/networks/{network_id}/owls/{owl_id}/clip"
DEMO_UNIQUE_ID = "00000000-1111-2222-3333-444444444444"


def bundle(name: str) -> Bundle[StepOutput]:
    return cast("Bundle[StepOutput]", WORKFLOW.bundles[name])


def demo_ids() -> dict[str, int]:
    """The demo account's own ids, by path parameter name (the default scenario's; read after each reset)."""
    account = STATE.accounts[DEMO_ACCOUNT_ID]
    network = STATE.networks_of(account.id)[0]
    cameras = [c for c in STATE.cameras_of(account.id) if c.network_id == network.id]
    return {
        "account_id": account.id,
        "user_id": account.user_id,
        "client_id": account.client_id,
        "network_id": network.id,
        "sync_module_id": STATE.sync_modules_of(account.id)[0].id,
        "camera_id": next(c.id for c in cameras if c.kind == "camera"),
        "owl_id": next(c.id for c in cameras if c.kind == "owl"),
    }


class StatefulLinks(WORKFLOW):  # type: ignore[misc,valid-type]
    """Scenarios that follow the spec's links, with the chains they complete counted for the final check.

    Two changes to schemathesis' own state machine, both so that the chains start from something that exists:
    each scenario begins with the first step of each chain (a demo login, which schemathesis never picks as a
    starting point because its body looks like it needs data from elsewhere; an arm; a Mini clip), and the
    positive cases address the demo account's own network and devices instead of random ids, which are all 404
    (the stateless run covers those). Every step after these is schemathesis' choice among the declared links
    and its random starting points."""

    def setup(self) -> None:
        reset_world()
        self.ids = demo_ids()
        self.succeeded: list[str] = []  # operation ids answered with a 2xx, in order

    # Each scenario starts with the first step of every chain, and schemathesis follows the links from there.
    @initialize(target=bundle("POST /api/v5/account/login -> 200"))
    def demo_login(self) -> StepOutput:
        return self._root("/api/v5/account/login", "POST", body={**DEMO_LOGIN, "unique_id": DEMO_UNIQUE_ID})

    @initialize(target=bundle(f"POST {ARM_PATH} -> 200"))
    def arm(self) -> StepOutput:
        return self._root(ARM_PATH, "POST")

    @initialize(target=bundle(f"POST {OWL_CLIP_PATH} -> 200"))
    def owl_clip(self) -> StepOutput:
        return self._root(OWL_CLIP_PATH, "POST")

    def _root(self, path: str, method: str, body: dict[str, str] | None = None) -> StepOutput:
        operation = schema[path][method]
        payload: Any = body if body is not None else NOT_SET
        case = operation.Case(
            path_parameters={p.name: self.ids[p.name] for p in operation.path_parameters},
            headers=auth_headers(TOKEN.value),  # built by hand, so the auth provider has not seen it
            body=payload,
            media_type="application/json" if body is not None else None,
        )
        step = StepInput.initial(case)
        # What schemathesis' own root steps do first, so that links from this step find their parent.
        self.recorder.record_case(case=case)
        self.control.record_step(step, self.recorder)
        output: StepOutput = self.step(step)
        return output

    def before_call(self, case: Case) -> None:
        if case.meta is None or case.meta.generation.mode is not GenerationMode.POSITIVE:
            return  # negative cases keep their data: they test the mock's refusals
        path = case.path_parameters or {}
        for name in path.keys() & self.ids.keys():
            path[name] = self.ids[name]

    def after_call(self, response: schemathesis.Response, case: Case) -> None:
        super().after_call(response, case)
        STATEFUL_CALLS[case.operation.label] += 1
        if 200 <= response.status_code < 300:
            self.succeeded.append(str(case.operation.definition.raw.get("operationId")))
            self._count_chains()

    def _count_chains(self) -> None:
        done = self.succeeded
        last = done[-1]
        if last == "get_homescreen_v3" and "login_v5" in done[:-1]:
            CHAINS["login_v5 -> get_homescreen_v3"] += 1
        if last == "get_command_status" and {"arm_network", "disarm_network"} & set(done[:-1]):
            CHAINS["arm/disarm_network -> get_command_status"] += 1
        if last == "delete_media" and "get_media_changed" in done[:-1]:
            listing = len(done) - 2 - done[-2::-1].index("get_media_changed")  # the latest listing before it
            if {"request_owl_clip", "request_doorbell_clip"} & set(done[:listing]):
                CHAINS["clip -> get_media_changed -> delete_media"] += 1


def test_stateful_run_follows_every_link_chain() -> None:
    """The state machine over the spec's links; each declared chain must complete with success answers.

    One test function (rather than the machine's own TestCase plus a final check) so that the chains are
    asserted in the same process that ran them, whichever pytest-xdist worker that is."""
    CHAINS.clear()
    run_state_machine_as_test(StatefulLinks, settings=STATEFUL_SETTINGS)
    assert set(CHAINS) == {
        "login_v5 -> get_homescreen_v3",
        "arm/disarm_network -> get_command_status",
        "clip -> get_media_changed -> delete_media",
    }
