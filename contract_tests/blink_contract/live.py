"""The live runner: point the spec at a running service (Blink, or the mock served as if it were Blink).

It calls only what is safe on a real account. By default that is the operations marked
`x-blink-safety: read-only` that are not login steps, with path parameters taken from the account's own
homescreen and lists (never invented, never fuzzed). With `--allow-mutating` and an explicit allow-list it
also arms/disarms networks and switches camera motion detection, and puts each back as it was. Destructive
operations are never called. Every exchange, the login's included, is checked against the spec afterwards.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from blink_contract.drift import Exchange, OperationResult, check_exchange
from blink_contract.redact import Redactor
from blink_contract.session import REST_UA, Credentials, Hosts, Login, LoginError, StoredLogin, log_in
from blink_contract.throttle import RETRY_AFTER_CAP_SECONDS, Throttle, retry_after_seconds
from blink_spec import SpecOperation, load_spec, resolve, router

# The only state changes the runner knows how to undo; anything else mutating is refused.
ARM_PAIR = ("arm_network", "disarm_network")
MOTION_PAIR = ("enable_camera_motion", "disable_camera_motion")
SAFE_MUTATIONS = frozenset({*ARM_PAIR, *MOTION_PAIR})
# The tier lookup is part of the login; it is checked from that exchange instead of being called twice.
CALLED_BY_LOGIN = frozenset({"get_tier_info"})
# Calls that give the others their ids, first; the rest follow in spec order.
DISCOVERY_FIRST = ("get_homescreen_v3", "get_user", "list_networks", "list_programs", "get_media_changed")
# Path parameters that are not ids of the account: a fixed, valid value.
FIXED_PATH_VALUES = {"page": "1"}
COMMAND_POLLS = 10  # arm commands complete within a few seconds on Blink; at 1 request/s this is ample
REQUEST_TIMEOUT_SECONDS = 30.0


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
    ) -> httpx.Response:
        request = self.http.build_request(method, url, headers=headers, data=data, params=params)
        response = self._send(request)
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
        return self._send(self.http.build_request(method, url, headers=headers, data=data, params=params))

    def _send(self, request: httpx.Request) -> httpx.Response:
        self.throttle.wait()
        try:
            response = self.http.send(request)
            response.read()
        except httpx.HTTPError as error:
            where = f"{request.method} {request.url.host}{request.url.path}"
            raise RunError(self.redactor.text(f"network error on {where}: {type(error).__name__}")) from None
        self.exchanges.append(
            Exchange(
                method=request.method,
                url=str(request.url),
                status=response.status_code,
                response_headers={name.lower(): value for name, value in response.headers.items()},
                response_body=response.content,
                request_headers={name.lower(): value for name, value in request.headers.items()},
                request_body=request.content,
            )
        )
        # Cookies and Set-Cookie values are secrets too (the OAuth session).
        for cookie in self.http.cookies.jar:
            if cookie.value:
                self.secret(cookie.value)
        self.log(f"{request.method} {request.url.path} -> {response.status_code}")
        return response


# -- choosing the operations ------------------------------------------------------------------------------------
@dataclass
class Plan:
    read_only: list[SpecOperation]
    mutating: set[str]
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (operation_id, reason)


def _raw_operation(op: SpecOperation) -> dict[str, Any]:
    operation: dict[str, Any] = load_spec()["paths"][op.path][op.method.lower()]
    return operation


def is_login(op: SpecOperation) -> bool:
    return bool(_raw_operation(op).get("x-blink-login"))


def is_deprecated(op: SpecOperation) -> bool:
    return bool(_raw_operation(op).get("deprecated"))


def plan_operations(*, only: Sequence[str] = (), include_deprecated: bool = False, allow_mutating: bool) -> Plan:
    """Which operations this run calls; raises UsageError for anything it must never call."""
    operations = {op.operation_id: op for op in router().operations}
    for name in only:
        op = operations.get(name)
        if op is None:
            raise UsageError(f"--operation {name}: no such operationId in the spec")
        if op.safety == "destructive":
            raise UsageError(f"--operation {name}: destructive operations are never called")
        if is_login(op):
            raise UsageError(f"--operation {name}: login steps run only inside the run's single login")
        if op.safety == "mutating" and name not in SAFE_MUTATIONS:
            raise UsageError(f"--operation {name}: the runner can only undo {', '.join(sorted(SAFE_MUTATIONS))}")
        if op.safety == "mutating" and not allow_mutating:
            raise UsageError(f"--operation {name} is mutating: it needs --allow-mutating and an allow-list")
    plan = Plan(read_only=[], mutating=set())
    spec_order = [op for op in load_spec_order() if op.operation_id in operations]
    for op in spec_order:
        name = op.operation_id
        if only and name not in only:
            continue
        if is_login(op) or op.safety == "destructive":
            continue  # never targets; not worth a line per run
        if is_deprecated(op) and not include_deprecated and name not in only:
            plan.skipped.append((name, "skipped: deprecated (--include-deprecated)"))
        elif op.safety == "read-only":
            plan.read_only.append(op)
        elif name in SAFE_MUTATIONS and allow_mutating:
            plan.mutating.add(name)
        else:
            reason = (
                "needs --allow-mutating and an allow-list" if name in SAFE_MUTATIONS else "the runner cannot undo it"
            )
            plan.skipped.append((name, f"skipped: mutating ({reason})"))
    first = [op for name in DISCOVERY_FIRST for op in plan.read_only if op.operation_id == name]
    plan.read_only = first + [op for op in plan.read_only if op not in first]
    return plan


def load_spec_order() -> list[SpecOperation]:
    """The operations in the order the spec lists them (the router sorts them for matching)."""
    by_key = {(op.path, op.method): op for op in router().operations}
    return [
        by_key[(path, method.upper())]
        for path, item in load_spec()["paths"].items()
        for method in item
        if (path, method.upper()) in by_key
    ]


# -- parameters from the account --------------------------------------------------------------------------------
@dataclass
class Context:
    """Valid parameter values found so far, and which network each device id belongs to."""

    values: dict[str, str] = field(default_factory=dict)
    network_of: dict[str, str] = field(default_factory=dict)  # path parameter name -> network id of its device
    homescreen: dict[str, Any] = field(default_factory=dict)

    def set(self, name: str, value: Any) -> None:
        if value is None or isinstance(value, bool) or name in self.values:
            return
        self.values[name] = str(value)


def _json(exchange: Exchange) -> Any:
    if exchange.status >= 300:
        return None
    try:
        return json.loads(exchange.response_body)
    except ValueError:
        return None


def learn(context: Context, operation_id: str, exchange: Exchange) -> None:
    """Take the ids later operations need from a successful answer."""
    body = _json(exchange)
    if operation_id == "get_homescreen_v3" and isinstance(body, dict):
        _learn_homescreen(context, body, exchange.response_headers)
    elif operation_id == "get_user" and isinstance(body, dict):
        context.set("user_id", body.get("id"))
    elif operation_id == "list_networks" and isinstance(body, dict):
        networks = body.get("networks") or [{}]
        context.set("network_id", networks[0].get("id") if isinstance(networks[0], dict) else None)
    elif operation_id == "list_programs" and isinstance(body, list) and body and isinstance(body[0], dict):
        context.set("program_id", body[0].get("id"))
    elif operation_id == "get_media_changed" and isinstance(body, dict):
        media = [item for item in body.get("media") or [] if isinstance(item, dict) and not item.get("deleted")]
        if media:
            # The clip path ends in `<name>.mp4`; the name is what the download operations take.
            found = re.search(r"/([^/]+)\.mp4$", str(media[0].get("media") or ""))
            context.set("media_name", found.group(1) if found else media[0].get("id"))
    elif operation_id == "request_local_storage_manifest" and isinstance(body, dict):
        context.set("command_id", body.get("id"))
    elif operation_id == "get_local_storage_manifest" and isinstance(body, dict):
        context.set("manifest_id", body.get("manifest_id"))
        clips = body.get("clips") or [{}]
        context.set("clip_id", clips[0].get("id") if isinstance(clips[0], dict) else None)
    elif operation_id == "list_account_clients" and isinstance(body, dict):
        clients = body.get("clients") or [{}]
        context.set("client_id", clients[0].get("id") if isinstance(clients[0], dict) else None)
    elif operation_id == "list_videos_page" and isinstance(body, list) and body and isinstance(body[0], dict):
        context.set("video_id", body[0].get("id"))


def _learn_homescreen(context: Context, body: dict[str, Any], headers: Mapping[str, str]) -> None:
    context.homescreen = body
    account = body.get("account")
    if isinstance(account, dict):
        context.set("account_id", account.get("id"))
    context.set("client_id", headers.get("client-id"))
    context.set("user_id", headers.get("user-id"))

    def items(key: str) -> list[dict[str, Any]]:
        return [item for item in body.get(key) or [] if isinstance(item, dict) and "id" in item]

    devices = {"camera_id": items("cameras"), "owl_id": items("owls"), "doorbell_id": items("doorbells")}
    networks = items("networks")
    # The network with the most devices exercises the most operations.
    counts = {str(n["id"]): 0 for n in networks}
    for group in devices.values():
        for device in group:
            key = str(device.get("network_id"))
            if key in counts:
                counts[key] += 1
    if counts:
        context.set("network_id", max(counts, key=lambda key: counts[key]))
    chosen = context.values.get("network_id")
    modules = items("sync_modules")
    for name, group in [*devices.items(), ("sync_module_id", modules)]:
        # Prefer a device of the chosen network, so that one network id serves most paths.
        ordered = sorted(group, key=lambda device: str(device.get("network_id")) != chosen)
        if ordered:
            context.set(name, ordered[0]["id"])
            if ordered[0].get("network_id") is not None:
                context.network_of[name] = str(ordered[0]["network_id"])
            if name == "camera_id":
                context.set("device_type", ordered[0].get("type"))


def fill_parameters(op: SpecOperation, context: Context) -> tuple[dict[str, str], dict[str, str]] | str:
    """(path values, query values) for op, or the reason it cannot be called ("skipped: no <param>")."""
    path_values: dict[str, str] = {}
    for parameter in op.path_parameters():
        value = context.values.get(parameter.name) or FIXED_PATH_VALUES.get(parameter.name)
        if value is None:
            return f"skipped: no {parameter.name}"
        path_values[parameter.name] = value
    # A device of another network than the default one: its own network goes into the path.
    for name in ("camera_id", "owl_id", "doorbell_id", "sync_module_id"):
        if name in path_values and "network_id" in path_values and name in context.network_of:
            path_values["network_id"] = context.network_of[name]
            break
    query: dict[str, str] = {}
    raw_parameters = [resolve(p) for p in _raw_parameters(op)]
    for raw in raw_parameters:
        if raw.get("in") != "query":
            continue
        schema = raw.get("schema") or {}
        for candidate in (raw.get("example"), schema.get("default"), schema.get("example")):
            if candidate is not None:
                query[raw["name"]] = str(candidate).lower() if isinstance(candidate, bool) else str(candidate)
                break
        else:
            if raw.get("required"):
                return f"skipped: no {raw['name']}"
    return path_values, query


def _raw_parameters(op: SpecOperation) -> list[Any]:
    item = load_spec()["paths"][op.path]
    return [*item.get("parameters", []), *_raw_operation(op).get("parameters", [])]


def expand_path(op: SpecOperation, values: Mapping[str, str]) -> str:
    return re.sub(r"\{(\w+)\}", lambda found: values[found.group(1)], op.path)


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
        if self.config.plan.mutating:
            self._mutating(self.config.plan.mutating)
        self._hide_ids()
        results = [check_exchange(exchange) for exchange in self.client.exchanges]
        elapsed = time.monotonic() - started
        return RunOutcome(results, self.skipped, len(self.client.exchanges), elapsed, self.login.method)

    # -- requests
    def call(self, op: SpecOperation, path_values: Mapping[str, str], query: Mapping[str, str] | None = None) -> Any:
        assert self.login is not None
        headers = {"User-Agent": REST_UA, "Accept": "*/*"}
        if op.accepts("BearerAuth"):
            headers["Authorization"] = f"Bearer {self.login.access_token}"
        elif op.accepts("TokenAuth"):
            headers["TOKEN_AUTH"] = self.login.access_token
        url = self._base(op) + expand_path(op, path_values)
        self.client.send(op.method, url, headers=headers, params=query or None)
        exchange = self.client.exchanges[-1]
        learn(self.context, op.operation_id, exchange)
        return _json(exchange)

    def _base(self, op: SpecOperation) -> str:
        assert self.login is not None
        hosts = self.login.hosts
        if hosts.oauth == hosts.rest:  # --base-url: one URL answers every host
            return hosts.rest
        item = load_spec()["paths"][op.path]
        servers = _raw_operation(op).get("servers") or item.get("servers")
        if servers:
            return str(servers[0]["url"]).replace("{tier}", self.login.tier)
        assert hosts.rest is not None
        return hosts.rest

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
                self.call(op, *filled)
                if op.operation_id == "request_local_storage_manifest":
                    self._await_command(self.context.values.get("network_id"), self.context.values.get("command_id"))
        self.skipped.extend((op.operation_id, reasons[op.operation_id]) for op in pending)

    def _await_command(self, network_id: str | None, command_id: Any) -> bool:
        """Poll get_command_status until the command completes; False when it never did."""
        if network_id is None or command_id is None:
            return False
        status = router().by_id("get_command_status")
        for _ in range(COMMAND_POLLS):
            body = self.call(status, {"network_id": str(network_id), "command_id": str(command_id)})
            if not isinstance(body, dict):
                return False
            if body.get("complete"):
                return True
        return False

    # -- mutating operations, each undone
    def _mutating(self, selected: set[str]) -> None:
        homescreen = router().by_id("get_homescreen_v3")
        account = {"account_id": str(self.context.values.get("account_id"))}
        before = self.call(homescreen, account)
        if not isinstance(before, dict):
            raise RunError("cannot read the homescreen before changing anything; nothing was changed")
        networks = {n.get("id"): n for n in before.get("networks") or [] if isinstance(n, dict)}
        cameras = {c.get("id"): c for c in before.get("cameras") or [] if isinstance(c, dict)}
        if selected & set(ARM_PAIR):
            if not self.config.networks:
                self.skipped.extend((name, "skipped: no --network allow-list") for name in ARM_PAIR)
            for network_id in self.config.networks:
                if network_id not in networks:
                    raise RunError(f"network {network_id} is not in this account; nothing was changed")
                armed = bool(networks[network_id].get("armed"))
                self.client.secret(str(network_id))
                order = ("disarm_network", "arm_network") if armed else ARM_PAIR
                for name in order:
                    self._command(name, {**account, "network_id": str(network_id)}, network_id)
                self._check_restored("networks", network_id, "armed", armed, account)
        if selected & set(MOTION_PAIR):
            if not self.config.cameras:
                self.skipped.extend((name, "skipped: no --camera allow-list") for name in MOTION_PAIR)
            for camera_id in self.config.cameras:
                camera = cameras.get(camera_id)
                if camera is None or camera.get("network_id") is None:
                    raise RunError(f"camera {camera_id} is not a camera of this account; nothing was changed")
                enabled = bool(camera.get("enabled"))
                self.client.secret(str(camera_id))
                order = ("disable_camera_motion", "enable_camera_motion") if enabled else MOTION_PAIR
                path = {"network_id": str(camera["network_id"]), "camera_id": str(camera_id)}
                for name in order:
                    self._command(name, path, camera["network_id"])
                self._check_restored("cameras", camera_id, "enabled", enabled, account)

    def _command(self, name: str, path: Mapping[str, str], network_id: Any) -> None:
        body = self.call(router().by_id(name), path)
        command_id = body.get("id") if isinstance(body, dict) else None
        if not self._await_command(str(network_id), command_id):
            raise RunError(f"{name} did not complete; check the account in the Blink app")

    def _check_restored(self, key: str, item_id: int, flag: str, expected: bool, account: Mapping[str, str]) -> None:
        after = self.call(router().by_id("get_homescreen_v3"), account)
        items = after.get(key) if isinstance(after, dict) else None
        found = [item for item in items or [] if isinstance(item, dict) and item.get("id") == item_id]
        if not found or bool(found[0].get(flag)) != expected:
            raise RunError(f"could not restore {key} {item_id} {flag}={expected}; check it in the Blink app")

    def _hide_ids(self) -> None:
        """Account, network, device and client ids are personal data: the report names them only redacted."""
        secret_names = ("account_id", "network_id", "camera_id", "owl_id", "doorbell_id", "sync_module_id")
        values = [self.context.values.get(name) for name in (*secret_names, "client_id", "user_id")]
        values += [str(item.get("id")) for item in _homescreen_items(self.context.homescreen)]
        self.client.secret(*(value for value in values if value))


def _homescreen_items(homescreen: Mapping[str, Any]) -> Iterable[dict[str, Any]]:
    for key in ("networks", "sync_modules", "cameras", "owls", "doorbells"):
        for item in homescreen.get(key) or []:
            if isinstance(item, dict) and item.get("id") is not None:
                yield item
