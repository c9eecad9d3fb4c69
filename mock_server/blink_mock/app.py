"""The Starlette app: every operation of the spec, behind one dispatcher that checks requests like Blink.

The dispatcher finds the operation, checks the token and that every id in the path belongs to the caller's
account, parses and validates parameters and bodies against the spec, then runs the operation's handler or
serves the spec's example. Every refusal is Blink's JSON error envelope with a 4xx status.
"""

from __future__ import annotations

import importlib
import inspect
import json
from typing import Any
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from blink_mock import faults
from blink_mock.errors import BlinkError, bad_request, error_response, not_found, unauthorized
from blink_mock.registry import HANDLERS, Call
from blink_mock.render import json_response
from blink_mock.scenario import Scenario
from blink_mock.state import Account, MockState
from blink_spec import Parameter, SpecOperation, first_error, resolve, router, spec_text

MAX_BODY_BYTES = 1024 * 1024
HANDLER_MODULES = (
    "blink_mock.auth",
    "blink_mock.account",
    "blink_mock.networks",
    "blink_mock.devices",
    "blink_mock.media",
)
FORM = "application/x-www-form-urlencoded"


class BodyTooLarge(Exception):
    pass


async def read_body(request: Request) -> bytes:
    """The request body, refusing more than 1 MiB without reading it all."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise BodyTooLarge
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise BodyTooLarge
        chunks.append(chunk)
    return b"".join(chunks)


def authenticate(state: MockState, op: SpecOperation, request: Request) -> Account | None:
    """The caller's account from `TOKEN_AUTH` or `Authorization: Bearer`, where the operation accepts them."""
    token = None
    if op.accepts("TokenAuth"):
        token = request.headers.get("token_auth") or request.headers.get("token-auth")
    if token is None and op.accepts("BearerAuth"):
        scheme, _, value = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() == "bearer" and value.strip():
            token = value.strip()
    account = state.token_account(token) if token else None
    if account is None and op.needs_auth:
        raise unauthorized()
    return account


def typed_path(op: SpecOperation, raw: dict[str, str]) -> dict[str, Any]:
    """Path parameters converted by their schema; an id that is not a number is simply not found."""
    values: dict[str, Any] = {}
    for parameter in op.path_parameters():
        value = raw[parameter.name]
        problem = _scalar_problem(parameter, value)
        if problem is not None:
            raise not_found(f"Not found: {parameter.name} {problem}")
        values[parameter.name] = int(value) if parameter.schema.get("type") == "integer" else value
    return values


def typed_query(op: SpecOperation, request: Request) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for parameter in op.query_parameters():
        value = request.query_params.get(parameter.name)
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


def check_ownership(state: MockState, account: Account, path: dict[str, Any]) -> None:
    """Every id in the path must belong to the caller's account: another account's ids are simply not found."""
    if "account_id" in path and path["account_id"] != account.id:
        raise not_found("Account not found")
    if "user_id" in path and path["user_id"] != account.user_id:
        raise not_found("User not found")
    if "client_id" in path and path["client_id"] != account.client_id:
        raise not_found("Client not found")
    network_id = path.get("network_id")
    if network_id is not None and state.network_of(account.id, network_id) is None:
        raise not_found("Network not found")
    for key in ("camera_id", "owl_id", "doorbell_id"):
        if key in path:
            camera = state.cameras.get(path[key])
            if camera is None or camera.account_id != account.id:
                raise not_found("Device not found")
            if network_id is not None and camera.network_id != network_id:
                raise not_found("Device not found")
    if "sync_module_id" in path:
        module = state.sync_modules.get(path["sync_module_id"])
        if module is None or module.account_id != account.id or module.network_id != network_id:
            raise not_found("Sync module not found")
    if "command_id" in path:
        command = state.commands.get(path["command_id"])
        if command is None or command.account_id != account.id or command.network_id != network_id:
            raise not_found("Command not found")
    if "program_id" in path:
        program = state.programs.get(path["program_id"])
        if program is None or program.account_id != account.id or program.network_id != network_id:
            raise not_found("Program not found")


async def parse_body(op: SpecOperation, request: Request) -> Any:
    if op.method == "GET":
        return None  # a body on a GET is never read, so it cannot be too large either
    raw = await read_body(request)
    if not op.body_media:
        return None  # Blink ignores a body on operations that take none
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if not raw:
        if op.body_required:
            raise bad_request("Request body is required")
        return None
    if media_type not in op.body_media:
        raise bad_request(f"Unsupported content type {media_type or '(none)'}: expected {', '.join(op.body_media)}")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise bad_request("Request body is not valid UTF-8") from None
    if media_type == FORM:
        body: Any = dict(parse_qsl(text, keep_blank_values=True))
    else:
        try:
            body = json.loads(text)
        except ValueError:
            raise bad_request("Request body is not valid JSON") from None
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
    """Why a response does not conform to the spec, or None (used when validate_responses is on)."""
    status = str(response.status_code)
    documented = op.responses.get(status)
    if documented is None:
        return f"{op.operation_id}: status {status} is not documented"
    content = resolve(documented).get("content", {})
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


def _refusal(op: SpecOperation, error: BlinkError) -> Response:
    """Blink's envelope, except where the spec documents RFC 6749's `{"error": ...}` (the OAuth token endpoint)."""
    documented = resolve(op.responses.get(str(error.status), {})).get("content", {}).get("application/json", {})
    if documented.get("schema", {}).get("$ref", "").endswith("/OAuthError"):
        kind = str(error.extra.get("error", "invalid_request"))
        return json_response({"error": kind, "error_description": error.message}, error.status)
    return error_response(error.status, error.message, error.code, **error.extra)


def build_dispatch(state: MockState, validate_responses: bool) -> Any:
    routes = router()

    async def dispatch(request: Request) -> Response:
        op, raw_path, allowed = routes.match(request.method, request.url.path)
        if op is None:
            if allowed:
                response: Response = error_response(405, "Method not allowed")
                response.headers["allow"] = ", ".join(sorted(set(allowed)))
                return response
            return error_response(404, "Not found")
        try:
            injected = await faults.before(state, op)
            if injected is not None:
                return injected
            state.settle()
            path = typed_path(op, raw_path)
            account = authenticate(state, op, request)
            if account is not None:
                check_ownership(state, account, path)
            query = typed_query(op, request)
            body = await parse_body(op, request)
            handler = HANDLERS.get(op.operation_id)
            if handler is None:
                response = example_response(op)
            else:
                call = Call(request, state, op, path, query, body, account)
                result = handler(call)
                response = await result if inspect.isawaitable(result) else result
        except BlinkError as error:
            response = _refusal(op, error)
        except BodyTooLarge:
            response = error_response(413, "Request body too large")
        if validate_responses:
            problem = conformance_problem(op, response)
            if problem is not None:
                return error_response(500, f"mock response does not conform to the spec: {problem}")
        return faults.after(state, op, response)

    return dispatch


class AnyMethod:
    """The dispatcher as a plain ASGI endpoint, so that Starlette passes every method through, even ones it does
    not know (`QUERY`): the dispatcher then answers an undeclared method with 405 and an `Allow` header."""

    def __init__(self, dispatch: Any) -> None:
        self.dispatch = dispatch

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = await self.dispatch(Request(scope, receive))
        await response(scope, receive, send)


class RequestLog:
    """Pure ASGI wrapper: records method, path and status of every Blink request in the state's bounded log."""

    def __init__(self, app: ASGIApp, state: MockState) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith("/__mock__"):
            await self.app(scope, receive, send)
            return
        status = 500

        async def record(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, record)
        finally:
            self.state.log_request(scope["method"], scope["path"], status)


async def _http_error(request: Request, exc: Exception) -> Response:
    # Starlette's own refusals (unknown /__mock__ paths, wrong methods there) in Blink's envelope too.
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    return error_response(status, exc.detail if isinstance(exc, HTTPException) else "Internal Server Error")


async def _server_error(request: Request, exc: Exception) -> Response:
    # A handler bug must still look like Blink, never like a traceback.
    return error_response(500, "Internal Server Error")


def create_app(
    state: MockState | None = None, *, scenario: Scenario | None = None, validate_responses: bool = False
) -> Starlette:
    """A mock Blink over `state` (default: a fresh state of `scenario`, or of the embedded default scenario)."""
    from blink_mock import admin, docs

    for module in HANDLER_MODULES:
        importlib.import_module(module)
    state = state if state is not None else MockState(scenario)
    app = Starlette(
        routes=[
            Route("/openapi.yaml", lambda _: Response(spec_text(), media_type="application/yaml")),
            Route("/docs", docs.page),
            Mount("/__mock__", routes=admin.routes(state)),
            Route("/{path:path}", AnyMethod(build_dispatch(state, validate_responses))),
        ],
        exception_handlers={HTTPException: _http_error, Exception: _server_error},
    )
    app.state.mock = state
    app.add_middleware(RequestLog, state=state)
    return app
