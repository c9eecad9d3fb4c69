"""Scenarios: YAML files that describe the accounts, devices, media, command timing and faults of a mock Blink.

A scenario is validated when it is loaded, so a typo fails at start-up with a one-line reason instead of
turning into odd behaviour later. `default_scenario()` is the one embedded in the package.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

if TYPE_CHECKING:
    from blink_mock.state import MockState

DEFAULT_SCENARIO = Path(__file__).with_name("default_scenario.yaml")
CAMERA_KINDS = {"camera": "catalina", "owl": "owl", "doorbell": "lotus"}


class ScenarioError(ValueError):
    """The scenario file is unreadable or describes something the mock cannot build."""


@dataclass(frozen=True)
class Scenario:
    accounts: list[dict[str, Any]]
    command_polls: int | None = 2  # None: commands finish by time only
    command_seconds: float | None = None
    token_lifetime_seconds: int = 14_400
    faults: dict[str, Any] = field(default_factory=dict)

    def build(self, state: MockState) -> None:
        """Create the scenario's accounts, networks, devices, clips and programs in `state`."""
        from blink_mock.state import Account, Camera, Network, Program, SyncModule

        now = state.now()
        for raw in self.accounts:
            account = Account(
                id=_id(raw, state),
                email=_text(raw, "email"),
                password=_text(raw, "password"),
                user_id=int(raw.get("user_id", state.new_id())),
                client_id=int(raw.get("client_id", state.new_id())),
                tier=str(raw.get("tier", "u011")),
                region=str(raw.get("region", "us")),
                two_factor=bool(raw.get("two_factor", False)),
                two_factor_code=str(raw.get("two_factor_code", "123456")),
                two_factor_status=int(raw.get("two_factor_status", 202)),
                phone=str(raw.get("phone", "+1******0100")),
            )
            if account.two_factor_status not in (202, 412):
                raise ScenarioError(f"account {account.email}: two_factor_status must be 202 or 412")
            state.accounts[account.id] = account
            state.notifications[account.id] = {flag: True for flag in NOTIFICATION_FLAGS}
            for raw_net in raw.get("networks", []):
                network = Network(
                    id=_id(raw_net, state),
                    account_id=account.id,
                    name=_text(raw_net, "name"),
                    armed=bool(raw_net.get("armed", False)),
                    time_zone=str(raw_net.get("time_zone", "America/New_York")),
                    created_at=now - 400 * 86400,
                    updated_at=now - 86400,
                )
                state.networks[network.id] = network
                raw_sm = raw_net.get("sync_module")
                if raw_sm is not None:
                    module = SyncModule(
                        id=_id(raw_sm, state),
                        account_id=account.id,
                        network_id=network.id,
                        name=str(raw_sm.get("name", f"{network.name} Sync")),
                        serial=str(raw_sm.get("serial", f"G8T1-{network.id:08d}")),
                        local_storage_status=str(raw_sm.get("local_storage_status", "unavailable")),
                        created_at=now - 400 * 86400,
                        updated_at=now - 3600,
                    )
                    state.sync_modules[module.id] = module
                by_name: dict[str, Camera] = {}
                for raw_cam in raw_net.get("cameras", []):
                    kind = str(raw_cam.get("kind", "camera"))
                    if kind not in CAMERA_KINDS:
                        raise ScenarioError(f"camera {raw_cam!r}: kind must be one of {sorted(CAMERA_KINDS)}")
                    camera = Camera(
                        id=_id(raw_cam, state),
                        account_id=account.id,
                        network_id=network.id,
                        name=_text(raw_cam, "name"),
                        kind=kind,  # type: ignore[arg-type]
                        serial=str(raw_cam.get("serial", f"B0{len(state.cameras):06d}")),
                        enabled=bool(raw_cam.get("enabled", True)),
                        product_type=CAMERA_KINDS[kind],
                        thumbnail_at=now - 600,
                        created_at=now - 300 * 86400,
                        updated_at=now - 600,
                    )
                    state.cameras[camera.id] = camera
                    by_name[camera.name] = camera
                for raw_clip in raw_net.get("clips", []):
                    name = _text(raw_clip, "camera")
                    if name not in by_name:
                        raise ScenarioError(f"clip {raw_clip!r}: no camera named {name!r} in network {network.name}")
                    created = now - 60 * float(raw_clip.get("minutes_ago", 60))
                    state.add_media(by_name[name], str(raw_clip.get("source", "pir")), created_at=created)
                for raw_prog in raw_net.get("programs", []):
                    program = Program(
                        id=_id(raw_prog, state),
                        account_id=account.id,
                        network_id=network.id,
                        name=_text(raw_prog, "name"),
                        status=str(raw_prog.get("status", "disabled")),
                        schedule=list(raw_prog.get("schedule", [])),
                        created_at=now - 30 * 86400,
                        updated_at=now - 30 * 86400,
                    )
                    state.programs[program.id] = program


NOTIFICATION_FLAGS = (
    "low_battery",
    "camera_offline",
    "camera_usage",
    "scheduling",
    "motion",
    "sync_module_offline",
    "temperature",
    "doorbell",
    "wifi",
    "lfr",
    "bandwidth",
    "battery_dead",
    "local_storage",
)


def _id(raw: dict[str, Any], state: MockState) -> int:
    return int(raw["id"]) if "id" in raw else state.new_id()


def _text(raw: dict[str, Any], key: str) -> str:
    if not isinstance(raw, dict) or key not in raw:
        raise ScenarioError(f"{raw!r}: missing {key!r}")
    return str(raw[key])


def parse_scenario(document: Any) -> Scenario:
    """Build a Scenario from parsed YAML, checking the parts the mock depends on."""
    from blink_mock.state import Faults

    if not isinstance(document, dict) or not isinstance(document.get("accounts"), list) or not document["accounts"]:
        raise ScenarioError("a scenario needs a non-empty 'accounts' list")
    for section in ("commands", "tokens", "faults"):
        if not isinstance(document.get(section) or {}, dict):
            raise ScenarioError(f"'{section}' must be a mapping")
    for account in document["accounts"]:
        if not isinstance(account, dict):
            raise ScenarioError(f"each account must be a mapping, not {account!r}")
        for key in ("networks",):
            if not isinstance(account.get(key, []), list):
                raise ScenarioError(f"account {account.get('email', '?')}: '{key}' must be a list")
    commands = document.get("commands") or {}
    tokens = document.get("tokens") or {}
    faults = document.get("faults") or {}
    known = {f.name for f in fields(Faults)}
    if unknown := set(faults) - known:
        raise ScenarioError(f"unknown faults {sorted(unknown)}; known: {sorted(known)}")
    try:
        from blink_mock.drift import check_drift

        check_drift(faults.get("drift", []))
    except ValueError as exc:
        raise ScenarioError(f"faults: {exc}") from exc
    seconds = commands.get("seconds_until_complete")
    # Timing is either/or: a scenario that gives seconds finishes commands by time unless it also gives polls.
    polls = commands.get("polls_until_complete", 2 if seconds is None else None)
    scenario = Scenario(
        accounts=document["accounts"],
        command_polls=None if polls is None else int(polls),
        command_seconds=None if seconds is None else float(seconds),
        token_lifetime_seconds=int(tokens.get("lifetime_seconds", 14_400)),
        faults=dict(faults),
    )
    emails = [str(a.get("email", "")).lower() for a in scenario.accounts]
    if len(set(emails)) != len(emails):
        raise ScenarioError("two accounts share an email")
    return scenario


def load_scenario(path: str | Path) -> Scenario:
    """Read and check a scenario file; raises ScenarioError with a one-line reason."""
    try:
        document = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ScenarioError(f"cannot read scenario {path}: {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        raise ScenarioError(f"scenario {path} is not valid YAML: {str(exc).splitlines()[0]}") from exc
    return parse_scenario(document)


def default_scenario() -> Scenario:
    return load_scenario(DEFAULT_SCENARIO)
