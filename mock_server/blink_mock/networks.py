"""Networks, sync modules, arm and disarm, command polling, and programs (arm/disarm schedules).

Arming is a command, as on Blink: the network's `armed` flag changes only when the command completes, and
from then on every view of the network (homescreen, /networks, /network/{id}, /network/{id}/update) shows it.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.responses import Response

from blink_mock.call import Call, Handler
from blink_mock.errors import BlinkError, bad_request, not_found
from blink_mock.render import command_full, command_short, iso, json_response
from blink_mock.state import Command, MockState, Network, Program

ARM_COMMANDS = ("arm", "disarm")
# A sync module answers 409 "busy" while it is still working on the previous arm or disarm. A command nobody
# polls would keep a poll-driven network busy for ever, so after this long the next arm simply supersedes it.
BUSY_SECONDS = 10
COMMAND_OK = 908
COMMAND_FAILED = 999  # blinkpy only checks for 908; the spec's failure example (from blinkpy's tests) uses 999
COMMAND_DONE_CODE = 902
PROGRAM_CHANGED_CODE = 802
MAX_PROGRAMS_PER_NETWORK = 50


# -- shapes --------------------------------------------------------------------------------------------------
def pending_arm_command(state: MockState, network: Network) -> Command | None:
    """The network's arm or disarm command that has not finished yet, if any."""
    for cmd in reversed(state.commands.values()):
        if cmd.network_id == network.id and cmd.command in ARM_COMMANDS and not cmd.finished:
            return cmd
    return None


def network_full(state: MockState, network: Network) -> dict[str, Any]:
    """The full network object of /networks, /network/{id} and the network update."""
    videos = sum(1 for m in state.media_of(network.account_id) if m.network_id == network.id and not m.deleted)
    scheduled = any(p.status == "enabled" for p in state.programs_of(network.id))
    return {
        "id": network.id,
        "name": network.name,
        "account_id": network.account_id,
        "created_at": iso(network.created_at),
        "updated_at": iso(network.updated_at),
        "deleted_at": None,
        "armed": network.armed,
        "arm_string": "Armed" if network.armed else "Disarmed",
        "autoarm_geo_enable": False,
        "autoarm_time_enable": scheduled,
        "busy": pending_arm_command(state, network) is not None,
        "camera_error": False,
        "description": "",
        "dst": network.dst,
        "encryption_key": None,
        "feature_plan_id": None,
        "lfr_channel": 0,
        "locale": "",
        "location_id": None,
        "lv_mode": network.lv_mode,
        "lv_save": network.lv_save,
        "network_key": None,
        "network_origin": "normal",
        "ping_interval": 60,
        "sm_backup_enabled": False,
        "storage_total": 0,
        "storage_used": 0,
        "sync_module_error": False,
        "time_zone": network.time_zone,
        "video_count": videos,
        "video_destination": "server",
        "video_history_count": 4000,
    }


def program_view(program: Program) -> dict[str, Any]:
    return {
        "id": program.id,
        "network_id": program.network_id,
        "status": program.status,
        "name": program.name,
        "schedule": program.schedule,
        "format": program.format,
    }


# -- networks ------------------------------------------------------------------------------------------------
def list_networks(call: Call) -> Response:
    state, account = call.state, call.require_account()
    networks = sorted(state.networks_of(account.id), key=lambda n: n.id)
    # blinkpy sets up only what `summary` lists (keyed by the id as a string) and only onboarded networks.
    summary = {str(n.id): {"name": n.name, "onboarded": True} for n in networks}
    return json_response({"summary": summary, "networks": [network_full(state, n) for n in networks]})


def get_network(call: Call) -> Response:
    return json_response({"network": network_full(call.state, call.network())})


def update_network(call: Call) -> Response:
    """Apply the settings sent (blinkpy sends none: it calls this to read the arm state)."""
    state, network = call.state, call.network()
    changes = {k: v for k, v in (call.body or {}).items() if k in ("name", "time_zone", "dst", "lv_save", "lv_mode")}
    if "name" in changes and not str(changes["name"]).strip():
        raise bad_request("Network name can't be blank")
    for key, value in changes.items():
        setattr(network, key, value)
    if changes:
        network.updated_at = state.now()
    # No top-level `network_id`: blinkpy would take the reply for a command and poll it.
    return json_response({"network": network_full(state, network)})


def list_sync_modules(call: Call) -> Response:
    state, network = call.state, call.network()
    module = next((s for s in state.sync_modules.values() if s.network_id == network.id), None)
    if module is None:
        raise not_found("Sync module not found")
    return json_response(
        {
            "syncmodule": {
                "id": module.id,
                "network_id": module.network_id,
                "serial": module.serial,
                "status": module.status,
                "name": module.name,
                "fw_version": module.fw_version,
                "last_hb": iso(state.now() - 30),
                "wifi_strength": 4,
                "onboarded": True,
                "created_at": iso(module.created_at),
                "updated_at": iso(module.updated_at),
                "type": module.type,
                "subtype": None,
                "feature_plan_id": None,
                "os_version": None,
                "enable_temp_alerts": True,
                "local_storage_enabled": module.local_storage_enabled,
                "local_storage_compatible": module.local_storage_compatible,
                "local_storage_status": module.local_storage_status,
            }
        }
    )


# -- arm and disarm ------------------------------------------------------------------------------------------
def start_arm_command(call: Call, armed: bool, *, refuse_when_busy: bool) -> Command:
    state, account, network = call.state, call.require_account(), call.network()
    pending = pending_arm_command(state, network)
    if pending is not None:
        if refuse_when_busy and state.now() - pending.created_at < BUSY_SECONDS:
            raise BlinkError(409, "Sync module is busy")
        # The newer request wins; the older one ends without changing anything.
        pending.failed = True
        state.finish_command(pending)

    def apply() -> None:
        network.armed = armed
        network.updated_at = state.now()

    # The sync module pushes the new mode to each of its cameras: one config_lfr sub-command per camera.
    cameras = [c for c in state.cameras_of(account.id, "camera") if c.network_id == network.id]
    return state.start_command(
        account.id, network.id, "arm" if armed else "disarm", effect=apply, sub_commands=len(cameras)
    )


def arm_network(call: Call) -> Response:
    return json_response(command_short(start_arm_command(call, True, refuse_when_busy=True)))


def disarm_network(call: Call) -> Response:
    return json_response(command_short(start_arm_command(call, False, refuse_when_busy=True)))


def arm_network_legacy(call: Call) -> Response:
    # The legacy paths document no 409, so a second request there supersedes the first.
    return json_response(command_full(call.state, start_arm_command(call, True, refuse_when_busy=False)))


def disarm_network_legacy(call: Call) -> Response:
    return json_response(command_full(call.state, start_arm_command(call, False, refuse_when_busy=False)))


# -- commands ------------------------------------------------------------------------------------------------
def get_command_status(call: Call) -> Response:
    """One poll. Finished commands keep answering: blinkpy and its callers poll the same command again."""
    state = call.state
    cmd = state.poll_command(call.command())
    failed = cmd.finished and cmd.failed
    return json_response(
        {
            "complete": cmd.finished,
            "status": 1 if failed else 0,
            "status_msg": "Command failed" if failed else "Command succeeded",
            "status_code": COMMAND_FAILED if failed else COMMAND_OK,
            "commands": [command_full(state, cmd)],
            "media_id": cmd.media_id,
        }
    )


def mark_command_done(call: Call) -> Response:
    cmd = call.command()
    call.state.finish_command(cmd)
    return json_response({"message": f"Command {cmd.id} set to :done", "code": COMMAND_DONE_CODE})


def update_command(call: Call) -> Response:
    # Apps send this to keep a live view going; the mock's live views last until they are marked done.
    cmd = call.command()
    return json_response({"message": f"Command {cmd.id} updated", "code": COMMAND_DONE_CODE})


# -- programs ------------------------------------------------------------------------------------------------
def list_programs(call: Call) -> Response:
    programs = sorted(call.state.programs_of(call.network().id), key=lambda p: p.id)
    return json_response([program_view(p) for p in programs])


def create_program(call: Call) -> Response:
    state, account, network = call.state, call.require_account(), call.network()
    if len(state.programs_of(network.id)) >= MAX_PROGRAMS_PER_NETWORK:
        raise bad_request(f"A network can have at most {MAX_PROGRAMS_PER_NETWORK} programs")
    body = call.body
    status = body.get("status") if body.get("status") in ("enabled", "disabled") else "disabled"
    # The app sends an `id` of its own when it creates a program; Blink assigns the real one.
    program = Program(
        id=state.new_id(),
        account_id=account.id,
        network_id=network.id,
        name=body["name"],
        status=status,
        schedule=body["schedule"],
        format=body.get("format", "v1"),
        created_at=state.now(),
        updated_at=state.now(),
    )
    state.programs[program.id] = program
    return json_response(program_view(program))


def update_program(call: Call) -> Response:
    """Replace the program; the reply is the stored record (schedule as a JSON string) and its actions."""
    state, account, program = call.state, call.require_account(), call.program()
    body = call.body
    # The dispatcher has checked the schedule against the spec. Days and actions are open strings there
    # (x-blink-known-values): no recorded answer shows Blink refusing a value it does not know, so neither does
    # the mock.
    program.schedule = body["schedule"]
    program.name = body["name"]
    program.format = body.get("format", program.format)
    program.updated_at = state.now()
    updated = iso(program.updated_at)
    owner = {"network_id": program.network_id, "user_id": account.user_id, "account_id": account.id}
    data = {"name": program.name, "schedule": program.schedule, "format": program.format}
    record = {
        "id": program.id,
        "created_at": iso(program.created_at),
        "updated_at": updated,
        "name": program.name,
        "data": json.dumps(data, separators=(",", ":")),
        "status": program.status,
        **owner,
    }
    # Blink expands each schedule entry into one action per weekday, at the entry's clock time.
    actions = [
        {
            "id": state.new_id(),
            "created_at": updated,
            "updated_at": updated,
            "time": entry["time"][11:16],
            "dow": day,
            "alt_when": None,
            "action": entry["action"],
            "devices": json.dumps(entry.get("devices", [])),
            "status": "active",
            "last_execution": None,
            "program_id": program.id,
            **owner,
        }
        for entry in program.schedule
        for day in entry["dow"]
    ]
    return json_response({"program": record, "actions": actions})


def delete_program(call: Call) -> Response:
    program = call.program()
    del call.state.programs[program.id]
    return json_response({"message": f"Successfully deleted program {program.id}"})


def _set_program_status(call: Call, status: str) -> Response:
    program = call.program()
    program.status = status
    program.updated_at = call.state.now()
    verb = "enabled" if status == "enabled" else "disabled"
    return json_response({"message": f"Successfully {verb} program {program.id}", "code": PROGRAM_CHANGED_CODE})


def enable_program(call: Call) -> Response:
    return _set_program_status(call, "enabled")


def disable_program(call: Call) -> Response:
    return _set_program_status(call, "disabled")


HANDLERS: dict[str, Handler] = {
    "list_networks": list_networks,
    "get_network": get_network,
    "update_network": update_network,
    "list_sync_modules": list_sync_modules,
    "arm_network": arm_network,
    "disarm_network": disarm_network,
    "arm_network_legacy": arm_network_legacy,
    "disarm_network_legacy": disarm_network_legacy,
    "get_command_status": get_command_status,
    "mark_command_done": mark_command_done,
    "update_command": update_command,
    "list_programs": list_programs,
    "create_program": create_program,
    "update_program": update_program,
    "delete_program": delete_program,
    "enable_program": enable_program,
    "disable_program": disable_program,
}
