"""CI conformance: schemathesis over every operation of the spec against the mock, in-process, all checks on.

Two runs share one mock app and one state:

- `test_operation`: every operation, `MAX_EXAMPLES` generated cases each (positive and negative data; fewer
  only for an operation that takes no input), checked by every schemathesis check. The state is rebuilt before
  each case, so that one case's deletions, arming or logout never decide another case's answer and a failure
  replays exactly. Each operation runs against the Blink of the last day that served it to the demo account's
  token (`serving_era`): today's Blink (the mock's default) for every operation Blink still serves with a Bearer
  token; the last day of its window for a retired one (the password logins, the 2019 video list, ...); the last
  day Blink took `TOKEN_AUTH` tokens (2025-10-12) for an operation that takes no other.
- `test_stateful_run`: schemathesis' state machine over today's Blink, following the OpenAPI links of the
  spec (arm -> command status, clip -> media list -> delete). The state is rebuilt at the start of each scenario
  only, because the links are only meaningful over state that persists between steps. Its random starting
  points include operations Blink no longer serves, which answer what Blink answered from then on (documented in
  their responses); whether that answer "accepts" the generated data is not the question there, so the two
  acceptance checks are left out for those operations only.

Requests go through the ASGI app directly (`schema.app = app`): no socket, no port, nothing reaches Blink.
Set `BLINK_CONFORMANCE_STATS=path.json` to write the case counts and timings (the README's benchmark uses it).
"""

from __future__ import annotations

import itertools
import json
import os
import time
from collections import Counter
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any, cast

import pytest
import schemathesis
import schemathesis.specs.openapi.checks as openapi_checks
from hypothesis import HealthCheck, settings
from hypothesis.stateful import Bundle, initialize, run_state_machine_as_test
from schemathesis.config import SchemathesisConfig
from schemathesis.core import NOT_SET
from schemathesis.core.result import Ok
from schemathesis.generation.case import Case as GenericCase
from schemathesis.generation.modes import GenerationMode
from schemathesis.generation.stateful.state_machine import StepInput, StepOutput
from schemathesis.specs.openapi.stateful.links import OpenApiLink

import blink_contract.checks  # noqa: F401  # registers the drift checks, so that every case is checked by them too
from blink_mock import MockState, create_app
from blink_spec import SpecOperation, resolve, router, spec_path
from blink_spec.eras import Era, behaviours, parse_era, today, window

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

CONFIG = SchemathesisConfig.from_path(HERE / "conformance.schemathesis.toml")
schema = schemathesis.openapi.from_path(spec_path(), config=CONFIG)
schema.app = APP

Case = GenericCase[Any]
CASES: Counter[str] = Counter()  # cases sent per operation label, stateless run
STATEFUL_CALLS: Counter[str] = Counter()  # calls per operation label, stateful run
TIMINGS: dict[str, float] = {}
TOKEN = {"value": ""}  # the demo account's access token in the current world
LEGACY = {"value": ""}  # and its password-login token (of its own, verified app client), sent as TOKEN_AUTH


def reset_world(era: Era | None = None) -> str:
    """Rebuild the scenario's world as Blink was in `era` (default: today's) and give the demo account its tokens
    in it (a reset forgets every token)."""
    STATE.era = era or today()
    STATE.reset()
    TOKEN["value"] = STATE.issue_token(DEMO_ACCOUNT_ID, "access").value
    client_id = STATE.accounts[DEMO_ACCOUNT_ID].client_id
    LEGACY["value"] = STATE.issue_token(DEMO_ACCOUNT_ID, "legacy", client_id=client_id).value
    return TOKEN["value"]


def serving_era(op: SpecOperation) -> Era:
    """The last day Blink served `op` to the demo account's tokens: the end of its window, or today; for an
    operation that takes only `TOKEN_AUTH`, at the latest the last day Blink took those (`legacy_tokens`)."""
    served = window(op)
    last = served.end - timedelta(days=1) if served.end is not None else today().day
    if op.needs_auth and not op.accepts("BearerAuth"):
        taken = next(v for v in behaviours()["legacy_tokens"].variants if v.value == "accepted")
        assert taken.end is not None
        last = min(last, taken.end - timedelta(days=1))
    return today() if last == today().day else parse_era(last.isoformat())


reset_world()


# refresh_interval=None: asked for each case, so the token is always the current world's.
@schema.auth(refresh_interval=None)
class DemoToken:
    """The demo account's token, as `Authorization: Bearer` and as `TOKEN_AUTH` (older endpoints read only that).

    A schemathesis auth provider rather than fixed headers, so that `ignored_auth` knows what the credentials are
    and can repeat each request without them and with a wrong token."""

    def get(self, case: Case, context: schemathesis.AuthContext) -> str:
        return TOKEN["value"]

    def set(self, case: Case, data: str, context: schemathesis.AuthContext) -> None:
        headers = dict(case.headers or {})
        headers.update(auth_headers(data))
        case.headers = headers  # type: ignore[assignment]  # schemathesis stores what it is given


def auth_headers(token: str) -> dict[str, str]:
    """The access token as Bearer and, where it is the current one, the current password-login token as
    TOKEN_AUTH (each header takes its own kind of token); any other value in both."""
    legacy = LEGACY["value"] if token == TOKEN["value"] else token
    return {"Authorization": f"Bearer {token}", "TOKEN_AUTH": legacy}


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
                f" operations, {summary['stateful_calls']} stateful calls, {summary['module_seconds']} s"
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
    # The case was generated, and given its tokens, before this fresh world existed: it gets the new ones.
    given = {TOKEN["value"]: "access", LEGACY["value"]: "legacy"}
    reset_world(SERVING[case.operation.label])
    current = {"access": TOKEN["value"], "legacy": LEGACY["value"]}
    headers: Any = case.headers or {}
    for name in ("Authorization", "TOKEN_AUTH"):
        if isinstance(headers.get(name), str):
            for old, kind in given.items():
                headers[name] = headers[name].replace(old, current[kind])
    CASES[case.operation.label] += 1
    case.call_and_validate()


SERVING = {f"{op.method} {op.path}": serving_era(op) for op in router().operations}
SERVED_TODAY = frozenset(f"{op.method} {op.path}" for op in router().operations if today().is_live(op))
# Checks of whether generated data was accepted or refused: an operation Blink no longer serves answers its retired
# answer to anything (a 426 to valid data, the empty list of the 2018 media list to invalid data).
RETIRED_EXCLUDED: list[Any] = [openapi_checks.positive_data_acceptance, openapi_checks.negative_data_rejection]


def test_every_operation_runs_where_blink_served_it() -> None:
    """The stateless run sends each operation to a Blink that served it, with a token that Blink took."""
    for op in router().operations:
        era = SERVING[f"{op.method} {op.path}"]
        assert era.is_live(op), op.operation_id
        if not op.accepts("BearerAuth") and op.needs_auth:
            assert era.value("legacy_tokens") == "accepted", op.operation_id
    assert SERVING["GET /api/v3/accounts/{account_id}/homescreen"] == today()  # the default era where it can be


def test_every_operation_is_parametrized() -> None:
    labels = {f"{op.method} {op.path}" for op in router().operations}
    results = list(schema.get_all_operations())
    assert all(isinstance(result, Ok) for result in results), "the spec has operations schemathesis cannot load"
    assert {result.ok().label for result in results if isinstance(result, Ok)} == labels


WORKFLOW = schema.as_state_machine()
ARM_PATH = "/api/v1/accounts/{account_id}/networks/{network_id}/state/arm"
OWL_CLIP_PATH = "/api/v1/accounts/{account_id}/networks/{network_id}/owls/{owl_id}/clip"
DEMO_LOGIN_BODY = {**DEMO_LOGIN, "unique_id": "00000000-1111-2222-3333-444444444444"}


def bundle(name: str) -> Bundle[StepOutput]:
    return cast("Bundle[StepOutput]", WORKFLOW.bundles[name])


def demo_ids() -> dict[str, int]:
    """The demo account's own ids, by path parameter name (the default scenario's; read after each reset)."""
    account = STATE.accounts[DEMO_ACCOUNT_ID]
    network = min(n.id for n in STATE.networks.values() if n.account_id == account.id)
    cameras = [c for c in STATE.cameras.values() if c.network_id == network]
    return {
        "account_id": account.id,
        "user_id": account.user_id,
        "client_id": account.client_id,
        "network_id": network,
        "sync_module_id": min(m.id for m in STATE.sync_modules.values() if m.network_id == network),
        "camera_id": min(c.id for c in cameras if c.kind == "camera"),
        "owl_id": min(c.id for c in cameras if c.kind == "owl"),
    }


class StatefulLinks(WORKFLOW):  # type: ignore[misc,valid-type]
    """Scenarios that follow the spec's links, every answer checked by every check.

    Two changes to schemathesis' own state machine, both so that the chains start from something that exists:
    each scenario begins with the first step of each chain (an arm; a Mini clip), and the
    positive cases address the demo account's own network and devices instead of random ids, which are all 404
    (the stateless run covers those). Every step after these is schemathesis' choice among the declared links
    and its random starting points. Which links it follows, and whether it uses a link's value or a generated
    one, is partly truly random (schemathesis draws that outside Hypothesis' seed), so this run asserts no
    particular chain: `test_link_chain` drives each one on purpose."""

    def setup(self) -> None:
        reset_world()
        self.ids = demo_ids()

    # Each scenario starts with the first step of every chain Blink still serves (today's Blink answers the v5
    # login 426, so its chain is driven in its own era by `test_link_chain`), and schemathesis follows the links
    # from there.
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
            headers=auth_headers(TOKEN["value"]),  # built by hand, so the auth provider has not seen it
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

    def validate_response(
        self, response: schemathesis.Response, case: Case, additional_checks: Any = None, **kwargs: Any
    ) -> None:
        excluded = None if case.operation.label in SERVED_TODAY else RETIRED_EXCLUDED
        case.validate_response(
            response,
            additional_checks=additional_checks,
            excluded_checks=excluded,
            transport_kwargs=kwargs or None,
            recorder=self.recorder,
        )


def test_stateful_run() -> None:
    """The state machine over the spec's links: 120 scenarios of up to 8 steps, every check on every answer."""
    run_state_machine_as_test(StatefulLinks, settings=STATEFUL_SETTINGS)


# Every chain of links the spec declares from the demo account's login, an arm and a clip, as operationIds, with the
# era each is driven in: today's Blink, except for the v5 login (2021-02-08 to 2025-10-12), driven in 2024-02, when a
# client that has not verified its PIN yet still saw its homescreen (`unverified_client`).
LINK_CHAINS = [
    (("login_v5", "get_homescreen_v3"), "2024-02"),
    (("arm_network", "get_command_status"), "today"),
    (("disarm_network", "get_command_status"), "today"),
    (("request_owl_clip", "get_media_changed", "delete_media"), "today"),
]


def spec_link(source: str, target: str) -> OpenApiLink:
    """The spec's link from `source`'s 200 answer to `target`, as schemathesis reads it."""
    links = router().by_id(source).response(200)[1]["links"]  # type: ignore[index]
    name = next(name for name, link in links.items() if resolve(link).get("operationId") == target)
    return OpenApiLink(name, "200", resolve(links[name]), schema.find_operation_by_id(source))


def linked_case(link: OpenApiLink, previous: StepOutput, ids: dict[str, int]) -> Case:
    """The case `link` makes of the previous answer: every value it names taken from it (none generated)."""
    transition = link.extract(previous)
    values: dict[str, dict[str, Any]] = {}
    for container, extracted in transition.parameters.items():
        for name, parameter in extracted.items():
            assert isinstance(parameter.value, Ok) and parameter.value.ok() is not None, (link.name, name)
            values.setdefault(container, {})[name] = parameter.value.ok()
    body: Any = NOT_SET
    if transition.request_body is not None:
        assert isinstance(transition.request_body.value, Ok), link.name
        body = transition.request_body.value.ok()
    target = link.target
    return target.Case(
        # What the link does not name (the token's own account, for instance) is the demo account's.
        path_parameters={p.name: ids[p.name] for p in target.path_parameters if p.name in ids}
        | values.get("path_parameters", {}),
        query=values.get("query") or None,
        headers=auth_headers(TOKEN["value"]),
        body=body,
        media_type="application/json" if body is not NOT_SET else None,
    )


@pytest.fixture
def era(request: pytest.FixtureRequest) -> Iterator[str]:
    """The era the test asks for (its `era` parameter), for the shared state; today's again afterwards."""
    STATE.era = request.param
    yield request.param
    reset_world()


@pytest.mark.parametrize(("chain", "era"), LINK_CHAINS, ids=[" -> ".join(c) for c, _ in LINK_CHAINS], indirect=["era"])
def test_link_chain(chain: tuple[str, ...], era: str) -> None:
    """Each declared chain, driven on purpose: every step answers 2xx to values the spec's links carry over."""
    reset_world(parse_era(era))
    ids = demo_ids()
    operation = schema.find_operation_by_id(chain[0])
    body: Any = DEMO_LOGIN_BODY if operation.body else NOT_SET
    case = operation.Case(
        path_parameters={p.name: ids[p.name] for p in operation.path_parameters},
        headers=auth_headers(TOKEN["value"]),
        body=body,
        media_type="application/json" if body is not NOT_SET else None,
    )
    response = case.call_and_validate()  # every check, the kit's drift checks included
    assert 200 <= response.status_code < 300, f"{chain[0]}: {response.status_code} {response.text[:200]}"
    for source, target in itertools.pairwise(chain):
        case = linked_case(spec_link(source, target), StepOutput(response, case), ids)
        response = case.call_and_validate()
        assert 200 <= response.status_code < 300, f"{target}: {response.status_code} {response.text[:200]}"
    if chain[-1] == "delete_media":  # Blink answers 200 to any id list: the clip the listing named must be gone
        named: Any = case.body
        assert named["media_list"] and all(STATE.media[i].deleted for i in named["media_list"])
