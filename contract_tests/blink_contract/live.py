"""The live runner: point the spec at a running service (Blink, or the mock served as if it were Blink).

What it may call is read from the spec, never from a list of its own. By default: the operations marked
`x-blink-safety: read-only` that are not login steps (`x-blink-login`) nor `deprecated`. With `--allow-mutating`
and an allow-list, also the `mutating` operations whose undo the spec names (`x-blink-undone-by`), each followed
by its undo on the allow-listed object. Destructive operations are never called.

Each call is an explicit schemathesis case (nothing generated or fuzzed): path parameters that name an account
object (`x-blink-identifies`) take ids read from the account itself, the others a valid value from their schema,
and query parameters the spec's defaults. Every exchange, the login's included, is then checked against the
spec with the same checks the CI conformance run applies to the mock (`blink_contract.drift`).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from blink_contract import limits
from blink_contract.drift import Case, Exchange, OperationResult, check_exchange, contract_schema
from blink_contract.redact import Redactor
from blink_contract.session import REST_UA, Credentials, Hosts, Login, LoginError, StoredLogin, log_in
from blink_contract.throttle import RETRY_AFTER_CAP_SECONDS, Throttle, retry_after_seconds
from blink_spec import Parameter, SpecOperation, load_spec, operations_in_spec_order, resolve, router

# The tier lookup is part of the login; it is checked from that exchange instead of being called twice.
CALLED_BY_LOGIN = frozenset({"get_tier_info"})
# Calls that give the others their ids, first; the rest follow in spec order.
DISCOVERY_FIRST = ("get_homescreen_v3", "get_user", "list_networks", "list_programs", "get_media_changed")
# Where Blink's homescreen lists the objects that these path parameters name.
HOMESCREEN_LISTS = {
    "network_id": "networks",
    "sync_module_id": "sync_modules",
    "camera_id": "cameras",
    "owl_id": "owls",
    "doorbell_id": "doorbells",
}
# Commands are awaited by following the spec's links to this operation until the command is `complete`.
COMMAND_STATUS = "get_command_status"
COMMAND_POLLS = 10  # arm commands complete within a few seconds on Blink; at 1 request/s this is ample
REQUEST_TIMEOUT_SECONDS = 30.0
# Headers about the bytes on the wire; the answer handed on holds the decoded body (perhaps cut short).
UNFRAMED = frozenset({"content-encoding", "content-length", "transfer-encoding"})


class RunError(Exception):
    """The run cannot go on (network, auth, restore failure); exit 2 with this one-line message."""


class UsageError(Exception):
    """The command line asks for something the runner refuses; exit 2."""


# -- the recorded, throttled client ----------------------------------------------------------------------------
class LiveClient:
    """One httpx client (cookie jar, no redirects followed) whose every request is paced and recorded."""

    def __init__(
        self,
        throttle: Throttle,
        redactor: Redactor,
        *,
        log: Callable[[str], None] = lambda _line: None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.throttle = throttle
        self.redactor = redactor
        self.log = log
        self.exchanges: list[Exchange] = []
        self.http = httpx.Client(follow_redirects=False, timeout=REQUEST_TIMEOUT_SECONDS, transport=transport)

    def close(self) -> None:
        self.http.close()

    def secret(self, *values: str) -> None:
        self.redactor.add(*(value for value in values if value))

    def send(
        self,
        method: str,
        url: str,
        *,
        login: bool = False,
        headers: Mapping[str, str] | None = None,
        data: Mapping[str, str] | None = None,
        params: Mapping[str, str] | None = None,
        case: Case | None = None,
    ) -> httpx.Response:
        """Send one request (paced) and record it; `case` is the schemathesis case it was built from, if any."""
        request = self.http.build_request(method, url, headers=headers, data=data, params=params)
        response = self._send(request, case)
        if login or response.status_code not in (429, 503):
            return response
        # Not a login: honour Retry-After once. Login 429s are left to the session, which stops the run.
        delay = retry_after_seconds(response.headers)
        if delay is None:
            return response
        if delay > RETRY_AFTER_CAP_SECONDS:
            raise RunError(f"the service asks to wait {delay:.0f} s (HTTP {response.status_code}); stopping")
        self.log(f"HTTP {response.status_code}: waiting {delay:.0f} s as Retry-After asks, then retrying once")
        self.throttle.pause(delay)
        return self._send(self.http.build_request(method, url, headers=headers, data=data, params=params), case)

    def _send(self, request: httpx.Request, case: Case | None) -> httpx.Response:
        self.throttle.wait()
        try:
            streamed = self.http.send(request, stream=True)
            try:
                body = _read_at_most(streamed, limits.MAX_BYTES + 1)
            finally:
                streamed.close()
        except httpx.HTTPError as error:
            raise RunError(self.redactor.text(network_error(request, error))) from None
        # The body is decoded already (gzip) and may be cut short: the answer handed on says neither.
        headers = [(name, value) for name, value in streamed.headers.multi_items() if name.lower() not in UNFRAMED]
        response = httpx.Response(streamed.status_code, headers=headers, content=body, request=request)
        self.exchanges.append(
            Exchange(
                method=request.method,
                url=str(request.url),
                status=response.status_code,
                response_headers={name.lower(): value for name, value in streamed.headers.items()},
                response_body=body,
                request_headers={name.lower(): value for name, value in request.headers.items()},
                request_body=request.content,
                case=case,
            )
        )
        # Cookies and Set-Cookie values are secrets too (the OAuth session).
        for cookie in self.http.cookies.jar:
            if cookie.value:
                self.secret(cookie.value)
        self.log(f"{request.method} {request.url.path} -> {response.status_code}")
        return response


def network_error(request: httpx.Request, error: httpx.HTTPError) -> str:
    """One line saying where the request went (with the port) and why it failed, as the OS or httpx says it
    ("[Errno 111] Connection refused", "timed out"); the caller redacts it."""
    url = request.url
    port = url.port or {"http": 80, "https": 443}.get(url.scheme)
    reason = " ".join(str(error).split())[:200]
    why = f"{type(error).__name__}: {reason}" if reason else type(error).__name__
    return f"network error on {request.method} {url.host}{url.path} (port {port}): {why}"


def _read_at_most(response: httpx.Response, size: int) -> bytes:
    """The (decoded) body, no more than `size` bytes of it: an answer that never ends must not fill the memory.
    A body cut short is longer than limits.MAX_BYTES, which the checks report as drift."""
    chunks: list[bytes] = []
    read = 0
    for chunk in response.iter_bytes():
        chunks.append(chunk[: size - read])
        read += len(chunks[-1])
        if read >= size:
            break
    return b"".join(chunks)


# -- choosing the operations ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Mutation:
    """A mutating operation and the one the spec names as its undo (`x-blink-undone-by`), called as a pair on
    the object that `target` names; `first` is the half that was asked for (both: the earlier in the spec)."""

    first: SpecOperation
    undo: SpecOperation
    target: Parameter  # the path parameter naming the object both change (their last `x-blink-identifies` one)

    @property
    def operation_ids(self) -> tuple[str, str]:
        return self.first.operation_id, self.undo.operation_id


@dataclass
class Plan:
    read_only: list[SpecOperation]
    mutating: list[Mutation]
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (operation_id, reason)


def _undo(op: SpecOperation, by_id: Mapping[str, SpecOperation]) -> SpecOperation | None:
    """The operation that puts back what `op` changes, when the spec names one the runner can call."""
    undo = by_id.get(op.undone_by or "")
    if undo is None or undo.safety == "destructive" or undo.body_required or op.body_required:
        return None
    if not op.owned_parameters() or [p.name for p in undo.path_parameters()] != [p.name for p in op.path_parameters()]:
        return None  # the pair must change one object, named the same way
    return undo


def plan_operations(
    *,
    only: Sequence[str] = (),
    include_deprecated: bool = False,
    allow_mutating: bool,
    operations: Sequence[SpecOperation] | None = None,
) -> Plan:
    """Which operations this run calls; raises UsageError for anything it must never call.

    `operations` defaults to the spec's, in spec order."""
    ordered = list(operations_in_spec_order() if operations is None else operations)
    by_id = {op.operation_id: op for op in ordered}
    for name in only:
        op = by_id.get(name)
        if op is None:
            raise UsageError(f"--operation {name}: no such operationId in the spec")
        if op.safety == "destructive":
            raise UsageError(f"--operation {name}: destructive operations are never called")
        if op.is_login:
            raise UsageError(f"--operation {name}: login steps run only inside the run's single login")
        if op.safety == "mutating" and _undo(op, by_id) is None:
            raise UsageError(
                f"--operation {name}: the runner can only undo operations whose undo the spec names "
                "(x-blink-undone-by); this one has none"
            )
        if op.safety == "mutating" and not allow_mutating:
            raise UsageError(f"--operation {name} is mutating: it needs --allow-mutating and an allow-list")
    plan = Plan(read_only=[], mutating=[])
    paired: set[str] = set()
    for op in ordered:
        name = op.operation_id
        if only and name not in only:
            continue
        if op.is_login or op.safety == "destructive":
            continue  # never targets; not worth a line per run
        undo = _undo(op, by_id)
        if op.deprecated and not include_deprecated and name not in only:
            plan.skipped.append((name, "skipped: deprecated (--include-deprecated)"))
        elif op.safety == "read-only":
            plan.read_only.append(op)
        elif undo is None:
            plan.skipped.append((name, "skipped: mutating (the spec names no undo for it)"))
        elif not allow_mutating:
            plan.skipped.append((name, "skipped: mutating (needs --allow-mutating and an allow-list)"))
        elif name not in paired:
            # The pair's undo is called even when only this half was asked for: it is what puts the object back.
            plan.mutating.append(Mutation(op, undo, op.owned_parameters()[-1]))
            paired.update((name, undo.operation_id))
    first = [op for name in DISCOVERY_FIRST for op in plan.read_only if op.operation_id == name]
    plan.read_only = first + [op for op in plan.read_only if op not in first]
    return plan


# -- parameters from the account --------------------------------------------------------------------------------
@dataclass
class Context:
    """Valid parameter values found so far, and which network each device id belongs to."""

    values: dict[str, str] = field(default_factory=dict)
    network_of: dict[str, str] = field(default_factory=dict)  # path parameter name -> network id of its device
    homescreen: dict[str, Any] = field(default_factory=dict)

    def set(self, name: str, value: Any) -> None:
        if value is None or isinstance(value, bool | dict | list) or name in self.values:
            return
        self.values[name] = str(value)


def _json(exchange: Exchange) -> Any:
    """The answer's JSON to learn ids from, or None (an error, no JSON, or beyond the limits: the checks of the
    exchange report that as drift)."""
    if exchange.status >= 300:
        return None
    try:
        return limits.loads(exchange.response_body)
    except (ValueError, limits.TooComplex):
        return None


def learn(context: Context, operation_id: str, exchange: Exchange) -> None:
    """Take the ids later operations need from a successful answer (where Blink's answers carry them).

    An answer of another shape than the spec's (a list turned into a number or a map) teaches nothing; its
    checks report it."""
    body = _json(exchange)
    if operation_id == "get_homescreen_v3" and isinstance(body, dict):
        _learn_homescreen(context, body, exchange.response_headers)
    elif operation_id == "get_user" and isinstance(body, dict):
        context.set("user_id", body.get("id"))
    elif operation_id == "list_networks" and isinstance(body, dict):
        context.set("network_id", _first_id(body.get("networks")))
    elif operation_id == "list_programs":
        context.set("program_id", _first_id(body))
    elif operation_id == "get_media_changed" and isinstance(body, dict):
        media = [item for item in _objects(body.get("media")) if not item.get("deleted")]
        if media:
            # The clip path ends in `<name>.mp4`; the name is what the download operations take.
            found = re.search(r"/([^/]+)\.mp4$", str(media[0].get("media") or ""))
            context.set("media_name", found.group(1) if found else media[0].get("id"))
    elif operation_id == "get_local_storage_manifest" and isinstance(body, dict):
        context.set("manifest_id", body.get("manifest_id"))
        context.set("clip_id", _first_id(body.get("clips")))
    elif operation_id == "list_account_clients" and isinstance(body, dict):
        context.set("client_id", _first_id(body.get("clients")))
    elif operation_id == "list_videos_page":
        context.set("video_id", _first_id(body))


def _objects(value: Any) -> list[dict[str, Any]]:
    """The objects of what the spec says is a list of objects; none when the answer has something else there."""
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _first_id(value: Any) -> Any:
    items = _objects(value)
    return items[0].get("id") if items else None


def _homescreen_items(homescreen: Mapping[str, Any], key: str) -> list[dict[str, Any]]:
    return [item for item in _objects(homescreen.get(key)) if item.get("id") is not None]


def _learn_homescreen(context: Context, body: dict[str, Any], headers: Mapping[str, str]) -> None:
    context.homescreen = body
    account = body.get("account")
    if isinstance(account, dict):
        context.set("account_id", account.get("id"))
    context.set("client_id", headers.get("client-id"))
    context.set("user_id", headers.get("user-id"))
    devices = {name: _homescreen_items(body, key) for name, key in HOMESCREEN_LISTS.items() if name != "network_id"}
    # The network with the most devices exercises the most operations.
    counts = {str(n["id"]): 0 for n in _homescreen_items(body, "networks")}
    for group in devices.values():
        for device in group:
            key = str(device.get("network_id"))
            if key in counts:
                counts[key] += 1
    if counts:
        context.set("network_id", max(counts, key=lambda key: counts[key]))
    chosen = context.values.get("network_id")
    for name, group in devices.items():
        # Prefer a device of the chosen network, so that one network id serves most paths.
        ordered = sorted(group, key=lambda device: str(device.get("network_id")) != chosen)
        if ordered:
            context.set(name, ordered[0]["id"])
            if ordered[0].get("network_id") is not None:
                context.network_of[name] = str(ordered[0]["network_id"])


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return str(value).lower() if isinstance(value, bool) else str(value)


def schema_value(parameter: Parameter) -> str | None:
    """A valid value for a path parameter that names no account object, from the spec: the documented example,
    else the schema's default, else its minimum; None when the spec gives none."""
    schema = resolve(parameter.schema)
    candidates = (parameter.example, schema.get("example"), schema.get("default"), schema.get("minimum"))
    return next((_text(value) for value in candidates if value is not None), None)


def fill_parameters(op: SpecOperation, context: Context) -> tuple[dict[str, str], dict[str, str]] | str:
    """(path values, query values) for op, or the reason it cannot be called ("skipped: no <param>")."""
    path_values: dict[str, str] = {}
    for parameter in op.path_parameters():
        # An id of an account object comes from the account, never from the spec's examples.
        value = context.values.get(parameter.name) if parameter.identifies else schema_value(parameter)
        if value is None:
            return f"skipped: no {parameter.name}"
        path_values[parameter.name] = value
    # A device of another network than the default one: its own network goes into the path.
    network = next((p.name for p in op.path_parameters() if p.identifies == "network"), None)
    for parameter in op.owned_parameters():
        if network is not None and parameter.name in context.network_of:
            path_values[network] = context.network_of[parameter.name]
            break
    query: dict[str, str] = {}
    for parameter in op.query_parameters():
        # An optional filter gets only the value the server assumes anyway (the default): an example would narrow
        # the answer to made-up data (`since=2024-01-01`).
        schema = resolve(parameter.schema)
        candidates = (parameter.example, schema.get("default")) if parameter.required else (schema.get("default"),)
        value = next((_text(candidate) for candidate in candidates if candidate is not None), None)
        if value is not None:
            query[parameter.name] = value
        elif parameter.required:
            return f"skipped: no {parameter.name}"
    if op.body_required:
        return "skipped: needs a request body (the runner sends no made-up data)"
    return path_values, query


# -- the spec's links: runtime expressions ----------------------------------------------------------------------
def _body_pointer(body: Any, pointer: str) -> Any:
    for part in pointer.split("/")[1:]:
        key = part.replace("~1", "/").replace("~0", "~")
        if isinstance(body, dict):
            body = body.get(key)
        elif isinstance(body, list) and key.isdigit() and int(key) < len(body):
            body = body[int(key)]
        else:
            return None
    return body


def link_values(link: Mapping[str, Any], path_values: Mapping[str, str], body: Any) -> dict[str, Any]:
    """The parameters an OpenAPI link passes on, for the expressions the spec uses (`$response.body#/...`,
    `$request.path.<name>`); a value the answer does not hold is left out."""
    values: dict[str, Any] = {}
    for name, expression in (link.get("parameters") or {}).items():
        value: Any = None
        if isinstance(expression, str) and expression.startswith("$response.body#"):
            value = _body_pointer(body, expression.removeprefix("$response.body#"))
        elif isinstance(expression, str) and expression.startswith("$request.path."):
            value = path_values.get(expression.removeprefix("$request.path."))
        if value is not None and not isinstance(value, bool | dict | list):
            values[name] = value
    return values


def links(op: SpecOperation, status: int) -> list[dict[str, Any]]:
    found = op.response(status)
    if found is None:
        return []
    return [resolve(link) for link in (found[1].get("links") or {}).values()]


# -- the run ---------------------------------------------------------------------------------------------------
@dataclass
class RunConfig:
    hosts: Hosts
    token_path: Path
    credentials: Credentials
    stored: StoredLogin
    plan: Plan
    networks: Sequence[int] = ()
    cameras: Sequence[int] = ()

    def allow_lists(self) -> dict[str, Sequence[int]]:
        """The allow-list of each kind of object (`x-blink-identifies`) a change may target: --network, --camera."""
        return {"network": self.networks, "camera": self.cameras}


@dataclass
class RunOutcome:
    results: list[OperationResult]
    skipped: list[tuple[str, str]]
    requests: int
    seconds: float
    login_method: str


class Runner:
    def __init__(self, client: LiveClient, config: RunConfig) -> None:
        self.client = client
        self.config = config
        self.context = Context()
        self.skipped = list(config.plan.skipped)
        self.login: Login | None = None

    def run(self) -> RunOutcome:
        started = time.monotonic()
        try:
            self.login = log_in(
                self.client, self.config.hosts, self.config.stored, self.config.credentials, self.config.token_path
            )
        except LoginError as error:
            raise RunError(str(error)) from None
        self.context.set("account_id", self.login.account_id)
        self.client.secret(str(self.login.account_id))
        self._read_only(self.config.plan.read_only)
        for mutation in self.config.plan.mutating:
            self._mutate(mutation)
        self._hide_ids()
        results = [check_exchange(exchange) for exchange in self.client.exchanges]
        elapsed = time.monotonic() - started
        return RunOutcome(results, self.skipped, len(self.client.exchanges), elapsed, self.login.method)

    # -- requests
    def call(self, op: SpecOperation, path_values: Mapping[str, str], query: Mapping[str, str] | None = None) -> Any:
        """Send op as an explicit schemathesis case, learn ids from the answer; the answer's JSON (or None)."""
        assert self.login is not None
        headers = {"User-Agent": REST_UA, "Accept": "*/*"}
        if op.accepts("BearerAuth"):
            headers["Authorization"] = f"Bearer {self.login.access_token}"
        elif op.accepts("TokenAuth"):
            headers["TOKEN_AUTH"] = self.login.access_token
        case = (
            contract_schema()
            .find_operation_by_id(op.operation_id)
            .Case(path_parameters=dict(path_values) or None, query=dict(query) if query else None, headers=headers)
        )
        url = self._base(op) + case.formatted_path
        self.client.send(op.method, url, headers=headers, params=query or None, case=case)
        exchange = self.client.exchanges[-1]
        learn(self.context, op.operation_id, exchange)
        body = _json(exchange)
        for link in links(op, exchange.status) if body is not None else []:
            for name, value in link_values(link, path_values, body).items():
                self.context.set(name, value)
        return body

    def _base(self, op: SpecOperation) -> str:
        assert self.login is not None
        hosts = self.login.hosts
        if hosts.oauth == hosts.rest:  # --base-url: one URL answers every host
            return hosts.rest
        servers = op.raw.get("servers") or load_spec()["paths"][op.path].get("servers")
        if servers:
            return str(servers[0]["url"]).replace("{tier}", self.login.tier)
        assert hosts.rest is not None
        return hosts.rest

    def command(
        self, op: SpecOperation, path_values: Mapping[str, str], query: Mapping[str, str] | None = None
    ) -> bool | None:
        """Call op and, when its answer links to the command status, poll that until the command completes.

        True when it completed, False when it did not within COMMAND_POLLS, None when there was nothing to await."""
        body = self.call(op, path_values, query)
        status = self.client.exchanges[-1].status
        poll = next((link for link in links(op, status) if link.get("operationId") == COMMAND_STATUS), None)
        if poll is None or body is None:
            return None
        values = {name: str(value) for name, value in link_values(poll, path_values, body).items()}
        status_op = router().by_id(COMMAND_STATUS)
        if {p.name for p in status_op.path_parameters()} - values.keys():
            return False
        for _ in range(COMMAND_POLLS):
            answer = self.call(status_op, values)
            if not isinstance(answer, dict):
                return False
            if answer.get("complete"):
                return True
        return False

    # -- read-only operations, in passes until no more parameters turn up
    def _read_only(self, operations: list[SpecOperation]) -> None:
        pending = [op for op in operations if op.operation_id not in CALLED_BY_LOGIN]
        reasons: dict[str, str] = {}
        progress = True
        while pending and progress:
            progress = False
            for op in list(pending):
                filled = fill_parameters(op, self.context)
                if isinstance(filled, str):
                    reasons[op.operation_id] = filled
                    continue
                pending.remove(op)
                progress = True
                self.command(op, *filled)  # a read-only request that starts a command is awaited too
        self.skipped.extend((op.operation_id, reasons[op.operation_id]) for op in pending)

    # -- mutating operations, each followed by its undo
    def _mutate(self, mutation: Mutation) -> None:
        kind = str(mutation.target.identifies)
        allow_lists = self.config.allow_lists()
        ids = allow_lists.get(kind, ())
        if not ids:
            reason = f"no --{kind} allow-list" if kind in allow_lists else f"no allow-list option for {kind} ids"
            self.skipped.extend((name, f"skipped: {reason}") for name in mutation.operation_ids)
            return
        for object_id in ids:
            item = self._item(mutation.target, object_id)
            if item is None:
                raise RunError(f"{kind} {object_id} is not in this account; nothing was changed")
            self.client.secret(str(object_id))
            path = self._mutation_path(mutation, object_id, item)
            before = _flags(item)
            self._command(mutation.first, path)
            # The homescreen shows whether `first` changed anything. If it did not, the object already was as
            # `first` leaves it: the undo changes it, and `first` puts it back.
            changed = _flags(self._item(mutation.target, object_id)) != before
            for op in (mutation.undo,) if changed else (mutation.undo, mutation.first):
                self._command(op, path)
            if _flags(self._item(mutation.target, object_id)) != before:
                raise RunError(f"could not put {kind} {object_id} back as it was; check it in the Blink app")

    def _item(self, target: Parameter, object_id: int) -> dict[str, Any] | None:
        """The object as the homescreen shows it now (read afresh each time)."""
        homescreen = router().by_id("get_homescreen_v3")
        body = self.call(homescreen, {"account_id": str(self.context.values.get("account_id"))})
        if not isinstance(body, dict):
            raise RunError("cannot read the homescreen around a change; check the account in the Blink app")
        items = _homescreen_items(body, HOMESCREEN_LISTS.get(target.name, ""))
        return next((item for item in items if item["id"] == object_id), None)

    def _mutation_path(self, mutation: Mutation, object_id: int, item: Mapping[str, Any]) -> dict[str, str]:
        path: dict[str, str] = {}
        for parameter in mutation.first.path_parameters():
            if parameter.name == mutation.target.name:
                path[parameter.name] = str(object_id)
            elif parameter.identifies == "network" and item.get("network_id") is not None:
                path[parameter.name] = str(item["network_id"])  # the object's own network
            elif parameter.name in self.context.values:
                path[parameter.name] = self.context.values[parameter.name]
            else:
                raise RunError(f"no {parameter.name} for {mutation.first.operation_id}; nothing was changed")
        return path

    def _command(self, op: SpecOperation, path: Mapping[str, str]) -> None:
        if self.command(op, path) is False:
            raise RunError(f"{op.operation_id} did not complete; check the account in the Blink app")

    def _hide_ids(self) -> None:
        """Ids of account objects are personal data: the report names them only redacted."""
        names = {p.name for op in router().operations for p in op.owned_parameters()}
        values = [value for name, value in self.context.values.items() if name in names]
        homescreen = self.context.homescreen
        values += [str(item["id"]) for key in HOMESCREEN_LISTS.values() for item in _homescreen_items(homescreen, key)]
        self.client.secret(*values)


def _flags(item: Mapping[str, Any] | None) -> dict[str, bool]:
    """What a mutation shows as in the homescreen: the object's switches (`armed`, `enabled`, ...)."""
    return {key: value for key, value in (item or {}).items() if isinstance(value, bool)}
