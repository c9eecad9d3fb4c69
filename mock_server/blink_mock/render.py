"""Shapes shared by several handlers: timestamps, JSON responses, and Blink's two command objects."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from starlette.responses import Response

from blink_mock.state import Command, MockState


def iso(timestamp: float | None) -> str | None:
    """Blink's timestamp spelling: ISO 8601, seconds, `+00:00`."""
    if timestamp is None:
        return None
    return _iso(int(timestamp))


@lru_cache(maxsize=4096)
def _iso(seconds: int) -> str:
    # The same few stamps (created_at, updated_at of every device) are spelt on every request.
    return datetime.fromtimestamp(seconds, UTC).isoformat()


def render(content: Any) -> bytes:
    """JSON as Blink sends it: compact, UTF-8."""
    return json.dumps(content, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


class JSON(Response):
    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return render(content)


def json_response(content: Any, status: int = 200, headers: dict[str, str] | None = None) -> JSON:
    return JSON(content, status_code=status, headers=headers)


def command_short(cmd: Command) -> dict[str, Any]:
    """The short form that account-scoped endpoints (arm, disarm, Mini actions) return."""
    body: dict[str, Any] = {"id": cmd.id, "network_id": cmd.network_id, "command": cmd.command, "state": "new"}
    if cmd.sub_command_ids:
        body["commands"] = [
            {"id": sub, "network_id": cmd.network_id, "command": "config_lfr", "state": "running"}
            for sub in cmd.sub_command_ids
        ]
    return body


def command_full(state: MockState, cmd: Command) -> dict[str, Any]:
    """The full command object of network-scoped endpoints and of command polls, staged by progress."""
    created = iso(cmd.created_at)
    stage = "rest"
    condition = "new"
    stamps: dict[str, str | None] = dict.fromkeys(("cs_db", "cs_sent", "sm", "dev", "is", "lv", "vs"))
    if cmd.polls or cmd.finished:
        stage, condition = "cs_sent", "running"
        stamps["cs_db"] = stamps["cs_sent"] = created
    if cmd.finished:
        stage, condition = "dev", "done"
        stamps["sm"] = stamps["dev"] = iso(state.now())
    module = next((s.id for s in state.sync_modules.values() if s.network_id == cmd.network_id), None)
    return {
        "id": cmd.id,
        "created_at": created,
        "updated_at": iso(state.now()) if cmd.finished else created,
        "execute_time": created,
        "command": cmd.command,
        "state_stage": stage,
        "stage_rest": created,
        **{f"stage_{name}": value for name, value in stamps.items()},
        "state_condition": condition,
        "sm_ack": 1 if cmd.finished else None,
        "lfr_ack": 0 if cmd.finished else None,
        "sequence": None,
        "attempts": 0,
        "transaction": f"mock{cmd.id:x}",
        "player_transaction": f"mockp{cmd.id:x}",
        "server": None,
        "duration": None,
        "by_whom": "blink-mock",
        "diagnostic": False,
        "debug": "",
        "opts_1": 0,
        "target": "camera" if cmd.camera_id else None,
        "target_id": cmd.camera_id,
        "parent_command_id": None,
        "camera_id": cmd.camera_id,
        "siren_id": None,
        "firmware_id": None,
        "network_id": cmd.network_id,
        "account_id": cmd.account_id,
        "sync_module_id": module,
    }
