"""Scenarios: YAML files that describe the accounts, devices, media, command timing and faults of a mock Blink.

A scenario is plain, frozen data, checked when it is read, so that a typo fails at start-up with a one-line
reason naming the field (`accounts[0].networks[1].cameras[2].kind: ...`) instead of turning into odd behaviour
later. `MockState.from_scenario` builds the world a scenario describes; `default_scenario()` is the one embedded
in the package. An id left out is assigned when the world is built.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, NoReturn

from blink_mock.faults import FaultError, Faults, parse_faults
from blink_spec.eras import Era, parse_era

DEFAULT_SCENARIO = Path(__file__).with_name("default_scenario.yaml")
CameraKind = Literal["camera", "owl", "doorbell"]
CAMERA_KINDS: tuple[CameraKind, ...] = ("camera", "owl", "doorbell")
# How the OAuth sign-in asks for the code once Blink answers 202 (the `signin_202` era), where some accounts still got
# 412 (a rollout, blinkpy PR #1229); before that era the era decides.
TWO_FACTOR_STATUSES = (202, 412)
PROGRAM_STATUSES = ("enabled", "disabled")
MAX_ID = 2**63 - 1
MAX_TOKEN_LIFETIME = 365 * 86_400
MAX_COMMAND_POLLS = 1_000_000
SCHEDULE_ENTRY_SCHEMA = "/components/schemas/ProgramScheduleEntry"
_HOST_LABEL = re.compile(r"^[a-z0-9]+$")  # tier and region end up in host names: rest-{tier}, rest.{region}
_SOURCE = re.compile(r"^[a-z_]+$")  # a clip's source is a segment of its download paths (`.../pir/{id}.mp4`)
MAX_SIREN_SECONDS = 86_400


class ScenarioError(ValueError):
    """The scenario file is unreadable or describes something the mock cannot build.

    The message starts with the path of the field (`accounts[0].networks[1].kind: ...`); `where` is the field to
    point at in the file when it is more precise than that (the unknown key itself, for an unknown field)."""

    def __init__(self, message: str, where: str | None = None) -> None:
        super().__init__(message)
        self.where = where


@dataclass(frozen=True)
class ScenarioCamera:
    name: str
    kind: CameraKind = "camera"
    id: int | None = None
    serial: str | None = None
    enabled: bool = True


@dataclass(frozen=True)
class ScenarioClip:
    camera: str  # the name of a camera of the same network
    minutes_ago: float = 60.0
    source: str = "pir"


@dataclass(frozen=True)
class ScenarioProgram:
    name: str
    id: int | None = None
    status: str = "disabled"
    schedule: tuple[dict[str, Any], ...] = ()


@dataclass(frozen=True)
class ScenarioSiren:
    name: str
    id: int | None = None
    duration: int = 30


@dataclass(frozen=True)
class ScenarioSyncModule:
    id: int | None = None
    name: str | None = None  # default: "<network name> Sync"
    serial: str | None = None
    local_storage_status: str = "unavailable"


@dataclass(frozen=True)
class ScenarioNetwork:
    name: str
    id: int | None = None
    armed: bool = False
    time_zone: str = "America/New_York"
    sync_module: ScenarioSyncModule | None = None
    cameras: tuple[ScenarioCamera, ...] = ()
    clips: tuple[ScenarioClip, ...] = ()
    programs: tuple[ScenarioProgram, ...] = ()
    sirens: tuple[ScenarioSiren, ...] = ()


@dataclass(frozen=True)
class ScenarioAccount:
    email: str
    password: str
    id: int | None = None
    user_id: int | None = None
    client_id: int | None = None
    tier: str = "u011"
    region: str = "us"
    two_factor: bool = False
    two_factor_code: str = "123456"
    two_factor_status: int = 202
    phone: str = "+1******0100"
    networks: tuple[ScenarioNetwork, ...] = ()


@dataclass(frozen=True)
class Scenario:
    accounts: tuple[ScenarioAccount, ...]
    # Neither given: commands finish by the era's time (Blink runs them itself; polls only watch). Polls only:
    # after that many polls. Seconds: after that long, and also after the polls where both are given.
    command_polls: int | None = None
    command_seconds: float | None = None
    token_lifetime_seconds: int = 14_400
    # The faults in force after a reset. MockState works on a copy, so the scenario's own never changes.
    faults: Faults = field(default_factory=Faults)
    era: Era | None = None  # the Blink of which day (None: today's), unless the state is given another


# -- reading ---------------------------------------------------------------------------------------------------
_REQUIRED: Any = object()


def _fail(where: str, problem: str, *, at: str | None = None) -> NoReturn:
    raise ScenarioError(f"{where}: {problem}" if where else problem, at)


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


class _Fields:
    """One mapping of the document, read field by field; an unknown field is refused (it is usually a typo)."""

    def __init__(self, raw: Any, where: str, known: tuple[str, ...]) -> None:
        if not isinstance(raw, dict):
            _fail(where, f"must be a mapping, not {_show(raw)}")
        self.raw = raw
        self.where = where
        if unknown := sorted(str(key) for key in raw if key not in known):
            _fail(where, f"unknown field {unknown[0]!r}; known: {', '.join(known)}", at=self.at(unknown[0]))

    def at(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def _get(self, key: str, default: Any) -> Any:
        value = self.raw.get(key, default)
        if value is _REQUIRED:
            _fail(self.where, f"missing {key!r}")
        return value

    def text(self, key: str, default: Any = _REQUIRED, *, pattern: re.Pattern[str] | None = None) -> str:
        value = self._get(key, default)
        if not isinstance(value, str) or not value.strip():
            _fail(self.at(key), f"must be a non-empty string, not {_show(value)}")
        if pattern is not None and not pattern.match(value):
            _fail(self.at(key), f"must match {pattern.pattern}, not {_show(value)}")
        return value

    def optional_text(self, key: str) -> str | None:
        return None if self.raw.get(key) is None else self.text(key)

    def choice(self, key: str, default: Any, choices: tuple[Any, ...]) -> Any:
        value = self._get(key, default)
        # bool == int in Python: `true` must not pass as a status of 1.
        if isinstance(value, bool) or value not in choices:
            _fail(self.at(key), f"must be one of {', '.join(map(str, choices))}, not {_show(value)}")
        return value

    def flag(self, key: str, default: bool) -> bool:
        value = self._get(key, default)
        if not isinstance(value, bool):
            _fail(self.at(key), f"must be true or false, not {_show(value)}")
        return value

    def integer(self, key: str, default: Any, minimum: int, maximum: int) -> int:
        value = self._get(key, default)
        if not isinstance(value, int) or isinstance(value, bool) or not minimum <= value <= maximum:
            _fail(self.at(key), f"must be a whole number from {minimum} to {maximum}, not {_show(value)}")
        return value

    def optional_id(self, key: str) -> int | None:
        return None if self.raw.get(key) is None else self.integer(key, None, 1, MAX_ID)

    def number(self, key: str, default: float, minimum: float, maximum: float) -> float:
        value = self._get(key, default)
        if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
            _fail(self.at(key), f"must be a number, not {_show(value)}")
        if not minimum <= value <= maximum:
            _fail(self.at(key), f"must be from {minimum:g} to {maximum:g}, not {_show(value)}")
        return float(value)

    def items(self, key: str) -> list[tuple[str, Any]]:
        """The entries of a list field, each with its own path (`networks[1]`)."""
        value = self.raw.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            _fail(self.at(key), f"must be a list, not {_show(value)}")
        return [(f"{self.at(key)}[{index}]", item) for index, item in enumerate(value)]


def _camera(raw: Any, where: str) -> ScenarioCamera:
    fields = _Fields(raw, where, ("id", "name", "kind", "serial", "enabled"))
    return ScenarioCamera(
        name=fields.text("name"),
        kind=fields.choice("kind", "camera", CAMERA_KINDS),
        id=fields.optional_id("id"),
        serial=fields.optional_text("serial"),
        enabled=fields.flag("enabled", True),
    )


def _clip(raw: Any, where: str, cameras: tuple[ScenarioCamera, ...]) -> ScenarioClip:
    fields = _Fields(raw, where, ("camera", "minutes_ago", "source"))
    camera = fields.text("camera")
    if camera not in {c.name for c in cameras}:
        _fail(fields.at("camera"), f"no camera named {camera!r} in this network")
    return ScenarioClip(
        camera=camera,
        minutes_ago=fields.number("minutes_ago", 60.0, 0, 100 * 365 * 24 * 60),
        source=fields.text("source", "pir", pattern=_SOURCE),
    )


def _program(raw: Any, where: str) -> ScenarioProgram:
    from blink_spec import first_error

    fields = _Fields(raw, where, ("id", "name", "status", "schedule"))
    schedule = []
    for entry_where, entry in fields.items("schedule"):
        problem = first_error(SCHEDULE_ENTRY_SCHEMA, entry)
        if problem is not None:
            _fail(entry_where, problem.removeprefix("body: "))
        schedule.append(entry)
    return ScenarioProgram(
        name=fields.text("name"),
        id=fields.optional_id("id"),
        status=fields.choice("status", "disabled", PROGRAM_STATUSES),
        schedule=tuple(schedule),
    )


def _siren(raw: Any, where: str) -> ScenarioSiren:
    fields = _Fields(raw, where, ("id", "name", "duration"))
    return ScenarioSiren(
        name=fields.text("name"),
        id=fields.optional_id("id"),
        duration=fields.integer("duration", 30, 0, MAX_SIREN_SECONDS),
    )


def _sync_module(raw: Any, where: str) -> ScenarioSyncModule:
    fields = _Fields(raw, where, ("id", "name", "serial", "local_storage_status"))
    return ScenarioSyncModule(
        id=fields.optional_id("id"),
        name=fields.optional_text("name"),
        serial=fields.optional_text("serial"),
        local_storage_status=fields.text("local_storage_status", "unavailable"),
    )


def _network(raw: Any, where: str) -> ScenarioNetwork:
    known = ("id", "name", "armed", "time_zone", "sync_module", "cameras", "clips", "programs", "sirens")
    fields = _Fields(raw, where, known)
    cameras = tuple(_camera(item, at) for at, item in fields.items("cameras"))
    names = [camera.name for camera in cameras]
    if duplicate := next((name for name in names if names.count(name) > 1), None):
        _fail(fields.at("cameras"), f"two cameras are named {duplicate!r} (clips name their camera)")
    module = fields.raw.get("sync_module")
    return ScenarioNetwork(
        name=fields.text("name"),
        id=fields.optional_id("id"),
        armed=fields.flag("armed", False),
        time_zone=fields.text("time_zone", "America/New_York"),
        sync_module=None if module is None else _sync_module(module, fields.at("sync_module")),
        cameras=cameras,
        clips=tuple(_clip(item, at, cameras) for at, item in fields.items("clips")),
        programs=tuple(_program(item, at) for at, item in fields.items("programs")),
        sirens=tuple(_siren(item, at) for at, item in fields.items("sirens")),
    )


def _account(raw: Any, where: str) -> ScenarioAccount:
    known = (
        "id",
        "email",
        "password",
        "user_id",
        "client_id",
        "tier",
        "region",
        "two_factor",
        "two_factor_code",
        "two_factor_status",
        "phone",
        "networks",
    )
    fields = _Fields(raw, where, known)
    code = fields.raw.get("two_factor_code", "123456")
    if isinstance(code, int) and not isinstance(code, bool):
        code = str(code)  # an unquoted 123456 in YAML is a number
    if not isinstance(code, str) or not code.strip():
        _fail(fields.at("two_factor_code"), f"must be a string of digits, not {_show(code)}")
    return ScenarioAccount(
        email=fields.text("email"),
        password=fields.text("password"),
        id=fields.optional_id("id"),
        user_id=fields.optional_id("user_id"),
        client_id=fields.optional_id("client_id"),
        tier=fields.text("tier", "u011", pattern=_HOST_LABEL),
        region=fields.text("region", "us", pattern=_HOST_LABEL),
        two_factor=fields.flag("two_factor", False),
        two_factor_code=code,
        two_factor_status=fields.choice("two_factor_status", 202, TWO_FACTOR_STATUSES),
        phone=fields.text("phone", "+1******0100"),
        networks=tuple(_network(item, at) for at, item in fields.items("networks")),
    )


def _check_unique(scenario: Scenario) -> None:
    emails = [account.email.strip().lower() for account in scenario.accounts]
    if duplicate := next((email for email in emails if emails.count(email) > 1), None):
        _fail("accounts", f"two accounts share the email {duplicate!r}")
    ids: dict[str, list[int | None]] = {
        "account": [a.id for a in scenario.accounts],
        "network": [n.id for a in scenario.accounts for n in a.networks],
        "sync module": [n.sync_module.id for a in scenario.accounts for n in a.networks if n.sync_module],
        "camera": [c.id for a in scenario.accounts for n in a.networks for c in n.cameras],
        "program": [p.id for a in scenario.accounts for n in a.networks for p in n.programs],
        "siren": [s.id for a in scenario.accounts for n in a.networks for s in n.sirens],
    }
    for kind, values in ids.items():
        given = [value for value in values if value is not None]
        if duplicate_id := next((value for value in given if given.count(value) > 1), None):
            _fail("accounts", f"two {kind}s have the id {duplicate_id}")


def _era(value: Any) -> Era | None:
    if value is None:
        return None
    if not isinstance(value, str):  # YAML reads an unquoted 2019-12-31 as a date
        value = value.isoformat() if hasattr(value, "isoformat") else value
    if not isinstance(value, str):
        _fail("era", f"must be YYYY-MM, YYYY-MM-DD or today, not {_show(value)}")
    try:
        return parse_era(value)
    except ValueError as error:
        _fail("era", str(error))


def parse_scenario(document: Any) -> Scenario:
    """A Scenario from parsed YAML; raises ScenarioError with a one-line reason naming the field."""
    top = _Fields(document, "", ("era", "accounts", "commands", "tokens", "faults"))
    accounts = top.items("accounts")
    if not accounts:
        _fail("accounts", "a scenario needs a non-empty list of accounts")
    commands = _Fields(top.raw.get("commands") or {}, "commands", ("polls_until_complete", "seconds_until_complete"))
    seconds = commands.raw.get("seconds_until_complete")
    polls = commands.raw.get("polls_until_complete")
    tokens = _Fields(top.raw.get("tokens") or {}, "tokens", ("lifetime_seconds",))
    try:
        faults = parse_faults(top.raw.get("faults") or {})
    except FaultError as error:
        raise ScenarioError(str(error)) from None
    scenario = Scenario(
        accounts=tuple(_account(item, at) for at, item in accounts),
        command_polls=None if polls is None else commands.integer("polls_until_complete", 2, 1, MAX_COMMAND_POLLS),
        command_seconds=None if seconds is None else commands.number("seconds_until_complete", 0, 0, 86_400),
        token_lifetime_seconds=tokens.integer("lifetime_seconds", 14_400, 1, MAX_TOKEN_LIFETIME),
        faults=faults,
        era=_era(top.raw.get("era")),
    )
    _check_unique(scenario)
    return scenario


def load_scenario(path: str | Path) -> Scenario:
    """Read and check a scenario file; raises ScenarioError with a one-line reason and the line it is about."""
    import yaml

    try:
        root, document = _compose(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ScenarioError(f"cannot read scenario {path}: {exc.strerror}") from exc
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f", line {mark.line + 1}" if mark is not None else ""
        reason = exc.problem or exc.context or "unreadable"
        raise ScenarioError(f"scenario {path}{where}: not valid YAML: {reason}") from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise ScenarioError(f"scenario {path} is not valid YAML: {str(exc).splitlines()[0]}") from exc
    except RecursionError:  # PyYAML builds nested nodes recursively
        raise ScenarioError(f"scenario {path} is nested too deeply to read") from None
    try:
        return parse_scenario(document)
    except ScenarioError as exc:
        line = _line_of(root, exc.where or _field_path(str(exc)))
        raise ScenarioError(f"scenario {path}{f', line {line}' if line else ''}: {exc}", exc.where) from None


def _compose(text: str) -> tuple[Any, Any]:
    """The YAML node tree of `text` (which knows the line of every key and item) and the document built from it."""
    import yaml

    loader = yaml.SafeLoader(text)
    try:
        root = loader.get_single_node()
        return root, None if root is None else loader.construct_document(root)
    finally:
        loader.dispose()


# The field path a message starts with: `accounts[0].networks[1].cameras[2].kind`, `faults.errors.*`.
_FIELD_PATH = re.compile(r"^[\w*-]+(?:\[\d+\]|\.[\w*-]+)*")
_PATH_STEP = re.compile(r"\[(\d+)\]|\.?([\w*-]+)")


def _field_path(message: str) -> str:
    found = _FIELD_PATH.match(message)
    return found.group() if found else ""


def _line_of(root: Any, where: str) -> int | None:
    """The line (from 1) of the key or list item `where` names in the node tree, or of the deepest part of it
    found there; None when not even its first step is in the file (a default the file does not spell)."""
    import yaml

    node, line = root, None
    for index, key in _PATH_STEP.findall(where):
        if key and isinstance(node, yaml.MappingNode):
            found = next((pair for pair in node.value if getattr(pair[0], "value", None) == key), None)
            if found is None:
                break
            line, node = found[0].start_mark.line + 1, found[1]
        elif index and isinstance(node, yaml.SequenceNode) and int(index) < len(node.value):
            node = node.value[int(index)]
            line = node.start_mark.line + 1
        else:
            break
    return line


def default_scenario() -> Scenario:
    return load_scenario(DEFAULT_SCENARIO)
