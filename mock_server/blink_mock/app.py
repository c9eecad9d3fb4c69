"""The Starlette app: every operation of the spec, behind one dispatcher that checks requests like Blink.

The dispatcher finds the operation, checks the caller's token before it looks at any id (a caller without a
valid token learns nothing about ids), checks that every id in the path is the caller's, parses and validates
parameters and bodies against the spec, then runs the operation's handler or serves the spec's example. Every
refusal is a `BlinkError`, answered by `errors.refuse` in the shape the spec documents.

What the dispatcher needs of each operation is read from the spec once, when the app is created (`Plan`), so
that a request does no work that could have been done at start-up.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from blink_mock import docs
from blink_mock.bodies import JSONBodyError, load_json, read_body
from blink_mock.call import Call, Handler
from blink_mock.era import EraAnswer, EraRefused, Rules, answer_response
from blink_mock.errors import BlinkError, MockLimit, bad_request, not_found, refuse, unauthorized
from blink_mock.faults import SERVER_ERRORS
from blink_mock.handlers import gather
from blink_mock.hosts import HostPolicy
from blink_mock.ownership import CHECKERS, owned_objects
from blink_mock.render import json_response
from blink_mock.scenario import Scenario
from blink_mock.state import Account, MockState
from blink_spec import Parameter, SpecOperation, first_error, router, spec_text
from blink_spec.eras import Answer

MAX_BODY_BYTES = 1024 * 1024
OWN_PATHS = frozenset({"/openapi.yaml", *docs.PATHS})  # the mock's own pages besides /__mock__/
FORM = "application/x-www-form-urlencoded"
JSON = "application/json"


@dataclass(frozen=True)
class Plan:
    """What the dispatcher needs of one operation, read from the spec once."""

    op: SpecOperation
    handler: Handler | None
    path: tuple[Parameter, ...]
    query: tuple[Parameter, ...]
    owned: tuple[tuple[str, str], ...]  # (path parameter, the kind of object it names)
    token_auth: bool
    bearer: bool
    reads_body: bool
    plain_ids: frozenset[str]  # path parameters that are integers with at most a minimum: every id of the spec

    @classmethod
    def of(cls, op: SpecOperation, handler: Handler | None) -> Plan:
        return cls(
            op=op,
            handler=handler,
            path=tuple(op.path_parameters()),
            query=tuple(op.query_parameters()),
            owned=tuple((p.name, p.identifies) for p in op.owned_parameters() if p.identifies is not None),
            token_auth=op.accepts("TokenAuth"),
            bearer=op.accepts("BearerAuth"),
            reads_body=op.method != "GET",  # a body on a GET is never read, so it cannot be too large either
            plain_ids=frozenset(
                p.name
                for p in op.path_parameters()
                if p.schema.get("type") == "integer" and set(p.schema) <= {"type", "minimum"}
            ),
        )


def plans(handlers: dict[str, Handler]) -> dict[str, Plan]:
    """A plan for every operation of the spec. Refuses to start when the spec names a kind of path id the mock
    has no ownership checker for: such an id would otherwise reach the handler unchecked."""
    table = {op.operation_id: Plan.of(op, handlers.get(op.operation_id)) for op in router().operations}
    unchecked = {kind for plan in table.values() for _, kind in plan.owned} - set(CHECKERS)
    if unchecked:
        raise RuntimeError(f"the spec names path ids of kinds the mock cannot check: {sorted(unchecked)}")
    return table


def authenticate(state: MockState, plan: Plan, scope: Scope) -> tuple[Account | None, str | None]:
    """The caller's account and token, from `TOKEN_AUTH` or `Authorization: Bearer` where the operation accepts
    them; 401 when the operation needs a token and none of them is valid. A password login's token is held to the
    era's rules: refused outright since Blink retired those logins, and on some calls while its client has not
    verified a PIN."""
    token_auth = dashed = authorization = None
    for name, value in scope["headers"]:  # one pass over the raw headers, which ASGI servers give in lower case
        if name == b"token_auth" and token_auth is None:
            token_auth = value.decode("latin-1")
        elif name == b"token-auth" and dashed is None:
            dashed = value.decode("latin-1")
        elif name == b"authorization" and authorization is None:
            authorization = value.decode("latin-1")
    # Each header carries its own kind of token: `TOKEN_AUTH` the token of a password login, `Bearer` an OAuth
    # access token. No source shows either header taking the other kind (blinkpy sends only Bearer since 0.24;
    # homebridge-blink-for-home only TOKEN_AUTH), so the mock refuses a token in the other header.
    legacy = token = (token_auth or dashed) if plan.token_auth else None
    account = state.token_account(legacy, ("legacy",)) if legacy else None
    rules = state.rules
    if account is not None and rules.legacy_tokens is None:
        verified = state.token_verified(legacy or "")
        rules.check_token_call(plan.op, scope["headers"], legacy=True, verified=verified)
        return account, token
    if plan.bearer and authorization is not None:
        scheme, _, value = authorization.partition(" ")
        if scheme.lower() == "bearer" and value.strip():
            bearer = state.token_account(value.strip(), ("access",))
            if bearer is not None:
                rules.check_token_call(plan.op, scope["headers"], legacy=False, verified=True)
                return bearer, value.strip()
    if account is not None and rules.legacy_tokens is not None and plan.op.needs_auth:
        # Since 2025-10-13: "An app update is required" (home-assistant/core #154477, on the homescreen). Where
        # the token is optional (the region list), Blink's answer to one is not recorded: answered as to none.
        raise EraRefused(rules.legacy_tokens)
    if plan.op.needs_auth:
        raise unauthorized()
    return None, None


def era_answer(state: MockState, op: SpecOperation) -> Answer:
    answer = state.era.retired_answer(op)
    assert answer is not None  # only asked for an operation the era does not serve
    return answer


def path_ids(state: MockState, plan: Plan, account: Account, token: str, raw: dict[str, str]) -> dict[str, str]:
    """The raw path, its account ids replaced by the token's own account where the era let a password login's
    token name the account whatever the path said (`path_account_id`: blinkpy 0.14 asked for
    `/api/v3/accounts/None/homescreen`)."""
    if (
        not state.rules.account_from_token
        or not any(kind == "account" for _, kind in plan.owned)
        or not state.is_legacy_token(token)
    ):
        return raw
    return {name: str(account.id) if (name, "account") in plan.owned else value for name, value in raw.items()}


def typed_path(plan: Plan, raw: dict[str, str]) -> dict[str, Any]:
    """Path parameters converted by their schema; an id that is not a number is simply not found."""
    values: dict[str, Any] = {}
    for parameter in plan.path:
        value = raw[parameter.name]
        if parameter.name in plan.plain_ids and value.isascii() and value.isdigit() and len(value) <= 18:
            number = int(value)  # the common case, a plain positive id, checked without jsonschema
            if number >= parameter.schema.get("minimum", number):
                values[parameter.name] = number
                continue
        problem = _scalar_problem(parameter, value)
        if problem is not None:
            raise not_found(f"Not found: {parameter.name} {problem}")
        values[parameter.name] = int(value) if parameter.schema.get("type") == "integer" else value
    return values


def typed_query(plan: Plan, request: Request) -> dict[str, Any]:
    values: dict[str, Any] = {}
    if not plan.query:
        return values
    params = request.query_params
    for parameter in plan.query:
        value = params.get(parameter.name)
        if value is None:
            if parameter.required:
                raise bad_request(f"Missing query parameter {parameter.name}")
            continue
        problem = _scalar_problem(parameter, value)
        if problem is not None:
            raise bad_request(f"Invalid query parameter {parameter.name}: {problem}")
        values[parameter.name] = int(value) if parameter.schema.get("type") == "integer" else value
    return values


def _scalar_problem(parameter: Parameter, value: str) -> str | None:
    schema = parameter.schema
    if schema.get("type") == "integer":
        digits = value.removeprefix("-")
        if not (digits.isascii() and digits.isdigit()):
            return "must be a number"
        if len(digits) > 18 and set(schema) <= {"type", "minimum"}:
            return "must be a number"  # an id beyond 64 bits exists nowhere: not found, as before
        if len(digits) > 1000:  # the spec's own limits are checked below; this only keeps int() cheap
            return "is too large"
        if set(schema) <= {"type", "minimum"}:  # the common id schema, checked without jsonschema (hot path)
            return None if int(value) >= schema.get("minimum", int(value)) else f"must be at least {schema['minimum']}"
        return first_error(parameter.schema_pointer, int(value))
    return first_error(parameter.schema_pointer, value)


async def parse_body(op: SpecOperation, request: Request, rules: Rules) -> Any:
    raw = await read_body(request, MAX_BODY_BYTES)
    if not op.body_media:
        return None  # Blink ignores a body on operations that take none
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if not raw:
        if op.body_required:
            raise bad_request("Request body is required")
        return None
    if not media_type and JSON in op.body_media:
        # blinkpy 0.16 sends its PIN as JSON without a Content-Type, and Blink read it (`untyped_json_body`).
        if rules.untyped_body_is_json:
            media_type = JSON
        elif rules.untyped_json.answer is not None:
            raise EraRefused(rules.untyped_json.answer)
    if media_type not in op.body_media:
        raise bad_request(f"Unsupported content type {media_type or '(none)'}: expected {', '.join(op.body_media)}")
    try:
        if media_type == FORM:
            body: Any = dict(parse_qsl(raw.decode("utf-8"), keep_blank_values=True))
        else:
            body = load_json(raw)
    except UnicodeDecodeError:
        raise bad_request("Request body is not valid UTF-8") from None
    except JSONBodyError as error:
        raise bad_request(str(error)) from None
    problem = first_error(op.body_media[media_type], body)
    if problem is not None:
        # Blink's own code for a refused body where the spec records one (706 "Invalid Media List Format" on
        # media deletion), else the HTTP status.
        raise BlinkError(400, f"Invalid request body: {problem}", documented_code(op, "400"))
    return body


def documented_code(op: SpecOperation, status: str) -> int | None:
    """The `code` of the spec's first example for this status, when it is Blink's error envelope."""
    if status not in op.responses:
        return None
    _, _, value = op.example(status)
    code = value.get("code") if isinstance(value, dict) else None
    return code if isinstance(code, int) and not isinstance(code, bool) else None


def example_response(op: SpecOperation) -> Response:
    """What Prism would do: the spec's first example of the first success status."""
    from blink_mock.media_bytes import body_for

    status, media_type, value = op.example()
    if media_type.endswith("json"):
        return json_response(value, status)
    if media_type.startswith("text/"):
        return Response(str(value or ""), status, media_type=media_type)
    if media_type:
        return Response(body_for(media_type), status, media_type=media_type)
    return Response(status_code=status)


def conformance_problem(op: SpecOperation, response: Response) -> str | None:
    """Why a response does not conform to the spec, or None (used when validate_responses is on). An era's
    answer is the spec's own record of what Blink answered, so it is not checked again here."""
    if isinstance(response, EraAnswer):
        return None
    status = str(response.status_code)
    documented = op.response(status)  # the exact code, else its range (5XX)
    if documented is None:
        return f"{op.operation_id}: status {status} is not documented"
    content = documented[1].get("content", {})
    media_type = (response.media_type or response.headers.get("content-type", "")).split(";")[0]
    if not content:
        return None
    if media_type not in content:
        return f"{op.operation_id} {status}: content type {media_type!r} is not documented"
    schema = op.response_schema(status, media_type)
    if media_type.endswith("json") and schema is not None:
        problem = first_error(schema, json.loads(bytes(response.body)))
        if problem is not None:
            return f"{op.operation_id} {status}: {problem}"
    return None


def build_dispatch(state: MockState, validate_responses: bool, handlers: dict[str, Handler]) -> Any:
    routes = router()
    by_id = plans(handlers)

    async def dispatch(request: Request) -> Response:
        scope = request.scope
        op, raw_path, allowed = routes.match(scope["method"], scope["path"])
        if op is None:
            if allowed:
                return refuse(
                    None, BlinkError(405, "Method not allowed", headers={"allow": ", ".join(sorted(set(allowed)))})
                )
            return refuse(None, not_found())
        plan = by_id[op.operation_id]
        faults = state.faults
        rules = state.rules
        try:
            if faults.latency_ms:
                await asyncio.sleep(faults.latency_ms / 1000)
            if faults.errors:
                status = faults.errors.get(op.operation_id, faults.errors.get("*"))
                if status is not None:
                    return refuse(op, BlinkError(status, SERVER_ERRORS.get(status, "Server error")))
            if op.operation_id in rules.unborn:
                return answer_response(era_answer(state, op))  # not served yet: an unknown path
            rules.check_login(op, scope["headers"])
            state.settle()
            account, token = authenticate(state, plan, scope)
            if op.operation_id not in rules.live:
                # Retired: what Blink answered from then on, to a caller it let through (a token first, where
                # the operation needs one).
                return answer_response(era_answer(state, op))
            if account is not None and token is not None and rules.account_from_token:
                raw_path = path_ids(state, plan, account, token, raw_path)
            path = typed_path(plan, raw_path)
            owned = owned_objects(state, account, plan.owned, path) if account is not None and plan.owned else {}
            query = typed_query(plan, request)
            body = await parse_body(op, request, rules) if plan.reads_body else None
            if plan.handler is None:
                response = example_response(op)
            else:
                result = plan.handler(Call(request, state, op, path, query, body, account, token, owned))
                response = result if isinstance(result, Response) else await result
        except MockLimit as error:
            return refuse(None, error)
        except EraRefused as error:
            response = error.response()
        except BlinkError as error:
            response = refuse(op, error)
        if validate_responses:
            problem = conformance_problem(op, response)
            if problem is not None:
                return refuse(None, BlinkError(500, f"mock response does not conform to the spec: {problem}"))
        if faults.drift:
            from blink_mock.drift import apply_drift

            response = apply_drift(faults.drift, op, response)
        return response

    return dispatch


class Front:
    """Pure ASGI layer in front of Starlette's router: records method, path and status of every Blink request in
    the state's bounded log, and hands it straight to the dispatcher.

    Blink's API is a single catch-all for the router, so its requests skip the router (and every method, even
    one Starlette does not know, such as `QUERY`, reaches the dispatcher, which answers an undeclared method
    with 405 and an `Allow` header). The mock's own paths (/__mock__/, /docs, /openapi.yaml) go on to Starlette,
    unlogged.
    A served mock (`hosts` given) first refuses the hosts and origins `hosts.py` does not answer.
    """

    def __init__(self, app: ASGIApp, state: MockState, dispatch: Any, hosts: HostPolicy | None) -> None:
        self.app = app
        self.state = state
        self.dispatch = dispatch
        self.hosts = hosts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        admin = scope["path"].startswith("/__mock__")
        if self.hosts is not None:
            refusal = self.hosts.refusal(scope["headers"], admin)
            if refusal is not None:
                await refuse(None, refusal)(scope, receive, send)
                return
        if admin or scope["path"] in OWN_PATHS:  # the mock's own pages are not Blink requests: not logged
            await self.app(scope, receive, send)
            return
        status = 500

        async def record(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            response = await self.dispatch(Request(scope, receive))
            await response(scope, receive, record)
        finally:
            self.state.log_request(scope["method"], scope["path"], status)


async def _refusal(request: Request, exc: Exception) -> Response:
    # A BlinkError raised outside the dispatcher: the mock's own endpoints under /__mock__/.
    return refuse(None, exc if isinstance(exc, BlinkError) else BlinkError(500, "Internal Server Error"))


async def _http_error(request: Request, exc: Exception) -> Response:
    # Starlette's own refusals (unknown /__mock__ paths, wrong methods there) in Blink's envelope too.
    if isinstance(exc, HTTPException):
        return refuse(None, BlinkError(exc.status_code, exc.detail))
    return refuse(None, BlinkError(500, "Internal Server Error"))


async def _server_error(request: Request, exc: Exception) -> Response:
    # A handler bug must still look like Blink, never like a traceback.
    return refuse(None, BlinkError(500, "Internal Server Error"))


def create_app(
    state: MockState | None = None,
    *,
    scenario: Scenario | None = None,
    validate_responses: bool = False,
    allowed_hosts: Iterable[str] | None = None,
) -> Starlette:
    """A mock Blink over `state` (default: a fresh state of `scenario`, or of the embedded default scenario). The
    era it plays is the state's: `MockState(era="2022-11")`, else the scenario's `era:`, else today's Blink.

    `allowed_hosts`, for a mock served over a socket, turns on the `Host` and `Origin` checks of `hosts.py` and
    names the hosts allowed besides localhost, addresses and Blink's hosts; without it (in-process use) any host
    is answered."""
    from blink_mock import admin

    handlers = gather()
    state = state if state is not None else MockState(scenario)
    app = Starlette(
        routes=[
            Route("/openapi.yaml", lambda _: Response(spec_text(), media_type="application/yaml")),
            *docs.routes(),
            Mount("/__mock__", routes=admin.routes(state)),
        ],
        exception_handlers={BlinkError: _refusal, HTTPException: _http_error, Exception: _server_error},
    )
    app.state.mock = state
    hosts = None if allowed_hosts is None else HostPolicy(allowed_hosts)
    app.add_middleware(Front, state=state, dispatch=build_dispatch(state, validate_responses, handlers), hosts=hosts)
    return app
