"""Cameras, Minis (owls), doorbells (lotus), live view and the sync module's local storage.

Every change a client asks for is a command: the answer comes at once, and the change (motion detection,
new settings, a new thumbnail or clip) lands in the state only when the command completes, as on Blink,
where the camera has to wake up first.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable
from typing import Any

from starlette.responses import Response

from blink_mock.call import Call, Handler
from blink_mock.errors import BlinkError, bad_request, not_found
from blink_mock.media_bytes import clip_mp4, firmware_image
from blink_mock.render import command_full, command_short, iso, json_response
from blink_mock.scenario import CameraKind
from blink_mock.state import (
    DELETE_COMMAND,
    MANIFEST_COMMAND,
    UPLOAD_COMMAND,
    Camera,
    Command,
    Media,
    MockState,
    SyncModule,
)

LIVE_VIEW_SECONDS = 300
LIVE_VIEW_MAX_SECONDS = 5400
EXTENDED_LIVE_VIEW_SECONDS = 5400  # an `elv` session (blinkpy PR #1312)
# blinkpy's floodlight refusal (`camera.py`): Blink's code 307 "busy" while the network records or streams. A
# command nobody polls would keep a poll-driven network busy for ever, so one older than this no longer counts
# (the arm commands use the same limit).
BUSY_CODE = 307
BUSY_SECONDS = 10


# -- shapes ------------------------------------------------------------------------------------------------------
def _dbm(bars: int) -> int:
    """Config objects report radio levels in dBm where signals report bars (0-5)."""
    return -90 + 8 * max(0, min(bars, 5))


def _battery_bars(camera: Camera) -> int:
    return 3 if camera.battery == "ok" else 1


def signals(state: MockState, camera: Camera) -> dict[str, Any]:
    return {
        "updated_at": iso(camera.updated_at),
        "lfr": camera.lfr,
        "wifi": camera.wifi,
        "temp": camera.temperature,
        "battery": _battery_bars(camera),
        "battery_state": camera.battery,
    }


def _sync_module(state: MockState, network_id: int) -> SyncModule | None:
    return next((s for s in state.sync_modules.values() if s.network_id == network_id), None)


def camera_config(state: MockState, camera: Camera) -> dict[str, Any]:
    """A sync-module camera's config: the fields clients read, then whatever settings they changed."""
    network = state.networks[camera.network_id]
    module = _sync_module(state, camera.network_id)
    config: dict[str, Any] = {
        "id": camera.id,
        "name": camera.name,
        "network_id": camera.network_id,
        "account_id": camera.account_id,
        "account": camera.account_id,
        "network": camera.network_id,
        "created_at": iso(camera.created_at),
        "updated_at": iso(camera.updated_at),
        "deleted_at": None,
        "serial": camera.serial,
        "camera_key": "",
        "camera_seq": 1,
        "unit_number": 1,
        "fw_version": camera.fw_version,
        "type": camera.product_type,
        "onboarded": True,
        "enabled": camera.enabled,
        "armed": network.armed,
        "status": "done",
        "thumbnail": state.thumbnail_of(camera),
        "battery": camera.battery,
        "battery_state": camera.battery,
        "battery_voltage": camera.battery_voltage,
        "battery_check_time": iso(camera.updated_at),
        "temperature": camera.temperature,
        "temp_min": 40,
        "temp_max": 95,
        "temp_adjust": 0,
        "wifi_strength": _dbm(camera.wifi),
        "lfr_strength": _dbm(camera.lfr),
        "signals": signals(state, camera),
        "motion_alert": True,
        "motion_sensitivity": 5,
        "motion_regions": camera.motion_regions,
        "alert_interval": 30,
        "video_length": 30,
        "video_quality": "standard",
        "early_termination": True,
        "illuminator_enable": 0,
        "illuminator_intensity": 7,
        "record_audio_enable": True,
        "lfr_sync_interval": 8,
        "local_storage_compatible": module is not None and module.local_storage_compatible,
        "local_storage_enabled": module is not None and module.local_storage_status == "active",
    }
    if module is not None:
        config["sync_module_id"] = module.id
    config.update(camera.settings)
    return config


def _camera_status(state: MockState, camera: Camera) -> dict[str, Any]:
    """The 2022 `camera_status` form of `get_camera`: the camera's last connection report."""
    module = _sync_module(state, camera.network_id)
    status: dict[str, Any] = {
        "id": camera.id,
        "camera_id": camera.id,
        "network_id": camera.network_id,
        "account_id": camera.account_id,
        "created_at": iso(camera.created_at),
        "updated_at": iso(camera.updated_at),
        "serial": camera.serial,
        "unit_number": 1,
        "wifi_strength": _dbm(camera.wifi),
        "lfr_strength": _dbm(camera.lfr),
        "battery_voltage": camera.battery_voltage,
        "temperature": camera.temperature,
        "fw_version": camera.fw_version,
        "mac": f"02:00:00:{camera.id >> 16 & 0xFF:02x}:{camera.id >> 8 & 0xFF:02x}:{camera.id & 0xFF:02x}",
        "ipv": "ipv4",
        "ip_address": None,
        "error_codes": 0,
        "ac_power": False,
        "thumbnail": state.thumbnail_of(camera),
    }
    if module is not None:
        status["sync_module_id"] = module.id
    return status


def _mini_config(camera: Camera) -> dict[str, Any]:
    """Settings of a Mini or a doorbell, which Blink returns bare rather than in a list."""
    config: dict[str, Any] = {
        "name": camera.name,
        "updated_at": iso(camera.updated_at),
        "fw_version": camera.fw_version,
        "enabled": camera.enabled,
        "status": "online",
        "video_quality": "standard",
        "clip_length": 30,
        "retrigger_time": 10,
        "motion_sensitivity": 5,
        "motion_regions": camera.motion_regions,
        "advanced_motion_regions": list(camera.advanced_motion_regions),
        "early_termination": True,
        "night_vision_control": "normal",
        "illuminator_enable": "auto",
        "illuminator_intensity": 4,
        "record_audio_enable": True,
        "volume_control": 5,
        "wifi": camera.wifi,
        "local_storage_enabled": False,
        "local_storage_compatible": camera.kind == "doorbell",
    }
    if camera.kind == "owl":
        config |= {"led_enabled": True, "led_state": "off", "clip_length_max": 30, "flip_video": False}
    else:
        config |= {"battery": camera.battery, "chime_type": "mechanical"}
    config.update(camera.settings)
    return config


# -- commands ----------------------------------------------------------------------------------------------------
def _start(state: MockState, camera: Camera, command: str, effect: Callable[[Command], None] | None = None) -> Command:
    cmd = state.start_command(camera.account_id, camera.network_id, command, camera_id=camera.id)
    if effect is not None:
        cmd.effect = lambda: effect(cmd)
    return cmd


def _touch(state: MockState, camera: Camera) -> None:
    camera.updated_at = state.now()


def _set_motion(state: MockState, camera: Camera, enabled: bool) -> Callable[[Command], None]:
    def apply(_: Command) -> None:
        camera.enabled = enabled
        _touch(state, camera)

    return apply


def _apply_settings(state: MockState, camera: Camera, changes: dict[str, Any]) -> Callable[[Command], None]:
    def apply(_: Command) -> None:
        settings = dict(changes)
        if "name" in settings:
            camera.name = str(settings.pop("name"))
        if "enabled" in settings:
            camera.enabled = bool(settings.pop("enabled"))
        camera.settings.update(settings)
        _touch(state, camera)

    return apply


def _snapshot(state: MockState, camera: Camera) -> Callable[[Command], None]:
    # The thumbnail path keeps its shape and only its `ts` moves, so a client holding the old URL still gets
    # the new image (blinkpy re-fetches the URL it already has after a snapshot).
    def apply(_: Command) -> None:
        camera.thumbnail_at = state.now()
        state.add_media(camera, "snapshot")
        _touch(state, camera)

    return apply


def _record(state: MockState, camera: Camera) -> Callable[[Command], None]:
    # The spec knows no "manual" source: a requested clip is recorded the way a motion trigger records one.
    def apply(cmd: Command) -> None:
        cmd.media_id = state.add_media(camera, "pir").id
        _touch(state, camera)

    return apply


def _full(call: Call, cmd: Command) -> Response:
    return json_response(command_full(call.state, cmd))


def _short(cmd: Command) -> Response:
    return json_response(command_short(cmd))


# -- sync-module cameras -----------------------------------------------------------------------------------------
def list_cameras(call: Call) -> Response:
    network = call.network()
    cameras = [c for c in call.state.cameras_of(network.account_id, "camera") if c.network_id == network.id]
    return json_response({"cameras": [camera_config(call.state, c) for c in cameras]})


def get_camera(call: Call) -> Response:
    return json_response({"camera_status": _camera_status(call.state, call.camera("camera"))})


def get_camera_config(call: Call) -> Response:
    camera = call.camera("camera")
    return json_response({"camera": [camera_config(call.state, camera)], "signals": signals(call.state, camera)})


def get_camera_signals(call: Call) -> Response:
    return json_response(signals(call.state, call.camera("camera")))


def update_camera_config(call: Call) -> Response:
    camera = call.camera("camera")
    changes: dict[str, Any] = dict(call.body or {})
    if "name" in changes and not str(changes["name"]).strip():
        raise bad_request("Camera name must not be empty")
    return _full(call, _start(call.state, camera, "config_set", _apply_settings(call.state, camera, changes)))


def switch_camera_motion(call: Call) -> Response:
    camera = call.camera("camera")
    enabled = call.op.operation_id == "enable_camera_motion"
    command = "device_motion_enable" if enabled else "device_motion_disable"
    return _full(call, _start(call.state, camera, command, _set_motion(call.state, camera, enabled)))


def request_camera_thumbnail(call: Call) -> Response:
    camera = call.camera("camera")
    return _full(call, _start(call.state, camera, "thumbnail", _snapshot(call.state, camera)))


def request_camera_clip(call: Call) -> Response:
    camera = call.camera("camera")
    body = command_full(call.state, _start(call.state, camera, "clip", _record(call.state, camera)))
    body["target"] = body["target_id"] = None  # Blink's quirk: clip commands name no target
    return json_response(body)


def request_camera_status(call: Call) -> Response:
    camera = call.camera("camera")
    return _full(call, _start(call.state, camera, "status", lambda _: _touch(call.state, camera)))


def calibrate_camera_temperature(call: Call) -> Response:
    camera = call.camera("camera")
    body: dict[str, Any] = call.body
    # The path names the camera; the body's `id` and `network` repeat it, and the spec allows any integer there
    # (as it allows any limits): no recorded answer shows Blink refusing a mismatch, so the mock does not either.
    limits: dict[str, int] = {key: body[key] for key in ("temp_min", "temp_max") if key in body}

    def calibrate(_: Command) -> None:
        camera.temperature = int(body["current_temp"])
        camera.settings.update(limits)
        _touch(call.state, camera)

    return _full(call, _start(call.state, camera, "temp_calibrate", calibrate))


# -- Minis and doorbells -----------------------------------------------------------------------------------------
def get_owl_config(call: Call) -> Response:
    return json_response(_mini_config(call.camera("owl")))


def get_doorbell_config(call: Call) -> Response:
    return json_response(_mini_config(call.camera("doorbell")))


def update_owl_config(call: Call) -> Response:
    camera = call.camera("owl")
    changes: dict[str, Any] = dict(call.body or {})
    if "name" in changes and not str(changes["name"]).strip():
        raise bad_request("Camera name must not be empty")
    return _short(_start(call.state, camera, "config_set", _apply_settings(call.state, camera, changes)))


def switch_doorbell_motion(call: Call) -> Response:
    camera = call.camera("doorbell")
    enabled = call.op.operation_id == "enable_doorbell_motion"
    command = "device_motion_enable" if enabled else "device_motion_disable"
    return _short(_start(call.state, camera, command, _set_motion(call.state, camera, enabled)))


def request_mini_thumbnail(call: Call) -> Response:
    camera = call.camera(_kind_of(call))
    return _short(_start(call.state, camera, "thumbnail", _snapshot(call.state, camera)))


def request_mini_clip(call: Call) -> Response:
    camera = call.camera(_kind_of(call))
    return _short(_start(call.state, camera, "clip", _record(call.state, camera)))


def _kind_of(call: Call) -> CameraKind:
    return "owl" if "owl_id" in call.path else "doorbell" if "doorbell_id" in call.path else "camera"


def request_owl_status(call: Call) -> Response:
    camera = call.camera("owl")
    return _short(_start(call.state, camera, "status", lambda _: _touch(call.state, camera)))


def change_owl_wifi(call: Call) -> Response:
    # Onboarding happens between the app and the Mini over Bluetooth and Wi-Fi; the server side only hands out
    # the command the app follows. The Mini stays where it is in the mock: nothing the API shows would change.
    camera = call.camera("owl")
    cmd = _start(call.state, camera, "change_wifi")
    return json_response({"id": cmd.id, "network_id": cmd.network_id})


def _network_busy(state: MockState, network_id: int) -> bool:
    """A live view runs until it is ended; any other command keeps the network busy until it completes."""
    now = state.now()
    return any(
        c.network_id == network_id and not c.finished and (c.streaming or now - c.created_at < BUSY_SECONDS)
        for c in state.commands.values()
    )


def switch_floodlight(call: Call) -> Response:
    camera = call.camera("owl")  # the wired floodlight is addressed as an owl
    state = call.state
    if _network_busy(state, camera.network_id):
        raise BlinkError(409, "System is busy, please wait", BUSY_CODE, error=None)
    on = call.op.operation_id == "turn_on_floodlight"

    def switch(_: Command) -> None:
        camera.lights_on = on

    # blinkpy's answer says the command is done already and blinkpy never polls it; a poll still finds it.
    cmd = _start(state, camera, "lights_on" if on else "lights_off", switch)
    state.finish_command(cmd)
    return json_response({"id": cmd.id, "network_id": cmd.network_id, "state": "done"})


def get_camera_motion_regions(call: Call) -> Response:
    camera = call.device()
    return json_response(
        {"advanced_motion_regions": list(camera.advanced_motion_regions), "motion_regions": camera.motion_regions}
    )


def update_camera_motion_regions(call: Call) -> Response:
    camera = call.device()
    body: dict[str, Any] = call.body

    def apply(_: Command) -> None:
        if "motion_regions" in body:
            camera.motion_regions = body["motion_regions"]
        if "advanced_motion_regions" in body:
            camera.advanced_motion_regions = list(body["advanced_motion_regions"])
        _touch(call.state, camera)

    return _short(_start(call.state, camera, "config_set", apply))


def switch_camera_temp_alert(call: Call) -> Response:
    # Answered at once with a message (the app types the answer as BlinkData, not as a command).
    camera = call.camera("camera")
    enabled = call.op.operation_id == "enable_camera_temp_alert"
    camera.settings["temp_alarm_enable"] = enabled
    _touch(call.state, camera)
    return json_response({"message": f"Temperature alert {'enabled' if enabled else 'disabled'}"})


def download_sync_module_firmware(call: Call) -> Response:
    call.sync_module()  # the dispatcher has found it by its serial among the caller's sync modules
    return Response(firmware_image(), media_type="application/octet-stream")


def download_owl_firmware(call: Call) -> Response:
    if call.device().kind != "owl":  # found by serial among the caller's devices: it must be a Mini
        raise not_found("Device not found")
    return Response(firmware_image(), media_type="application/octet-stream")


# -- live view ---------------------------------------------------------------------------------------------------
def start_liveview(call: Call) -> Response:
    camera = call.camera(_kind_of(call))
    state = call.state
    # A second viewer joins the stream that is already running instead of waking the camera again.
    running = next(
        (
            c
            for c in reversed(state.commands.values())
            if c.command == "lv_relay" and c.camera_id == camera.id and not c.finished
        ),
        None,
    )
    cmd = running or _start(state, camera, "lv_relay")
    cmd.streaming = not cmd.failed  # a live view that fails to start ends like any failed command
    client_id = call.require_account().client_id
    stream = f"{secrets.token_urlsafe(9)}__IMDS_{camera.serial}?client_id={client_id}"
    session: dict[str, Any] = {
        "command_id": cmd.id,
        "network_id": cmd.network_id,
        "join_available": True,
        "join_state": "available",
        "duration": LIVE_VIEW_SECONDS,
        "extended_duration": LIVE_VIEW_MAX_SECONDS,
        "polling_interval": 15,
        "submit_logs": True,
        "new_command": running is None,
        "media_id": None,
    }
    if call.op.operation_id == "start_liveview_v5":
        # 2020-2025: RTSP over TLS from Blink's live-view relay.
        session |= {
            "server": f"rtsps://lv2-app-prod.immedia-semi.com:443/{stream}&blinkRTSP=true",
            "continue_interval": 30,
            "continue_warning": 10,
            "options": {},
        }
    else:
        # 2026: Blink's own immis:// protocol straight to a relay address, with a token for the stream. An
        # extended live view of an entitled camera is an `elv` session of 5400 s (blinkpy PR #1312).
        extended = isinstance(call.body, dict) and call.body.get("intent") == "extended_liveview"
        seconds = EXTENDED_LIVE_VIEW_SECONDS if extended else LIVE_VIEW_SECONDS
        session |= {
            "server": f"immis://198.51.100.24:443/{stream}",
            "parent_command_id": None,
            "continue_interval": seconds if extended else 30,
            "continue_warning": 0,
            "options": {"poor_connection": False},
            "liveview_token": secrets.token_urlsafe(16),
            "video_id": None,
            "is_mclv": False,
            "type": "elv" if extended else "lv",
            "session_duration": seconds,
            "first_joiner": running is None,
        }
    return json_response(session)


# -- local storage (USB stick on a Sync Module 2) ----------------------------------------------------------------
def _active_module(call: Call) -> SyncModule:
    module = call.sync_module()
    if module.local_storage_status != "active":
        raise not_found("Local storage is not available on this sync module")
    return module


def _local_clips(state: MockState, module: SyncModule) -> list[Media]:
    # Snapshots stay in the cloud; the stick holds video clips.
    return [
        m
        for m in state.media_of(module.account_id)
        if m.network_id == module.network_id and not m.deleted and m.source != "snapshot" and m.on_local_storage
    ]


def _alphanumeric(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9]", "", name)


def request_local_storage_manifest(call: Call) -> Response:
    module = _active_module(call)
    cmd = call.state.start_command(module.account_id, module.network_id, MANIFEST_COMMAND)
    cmd.sync_module_id = module.id
    return json_response({"id": cmd.id, "network_id": cmd.network_id})


def get_local_storage_manifest(call: Call) -> Response:
    module = _active_module(call)
    cmd = call.command()  # the dispatcher has checked that it is this sync module's
    if cmd.command != MANIFEST_COMMAND:
        raise not_found("Command not found")
    if not cmd.finished or cmd.failed:
        raise not_found("Manifest not ready")
    clips = [
        {
            "id": str(m.id),
            "size": str(len(clip_mp4())),
            "camera_name": _alphanumeric(m.device_name),
            "created_at": iso(m.created_at),
        }
        for m in _local_clips(call.state, module)
    ]
    return json_response({"version": "1.0", "manifest_id": str(cmd.id), "clips": clips})


def _local_clip(call: Call, module: SyncModule) -> int:
    """The path's clip, on this module's stick. The dispatcher has checked that the manifest is this module's and
    that the clip is a clip of the caller in the module's network."""
    clip: Media = call.owned["local_storage_clip"]
    if clip not in _local_clips(call.state, module):
        raise not_found("Clip not found")
    return clip.id


def request_local_storage_clip(call: Call) -> Response:
    module = _active_module(call)
    clip_id = _local_clip(call, module)
    cmd = call.state.start_command(module.account_id, module.network_id, UPLOAD_COMMAND)
    cmd.sync_module_id = module.id
    cmd.media_id = clip_id
    return json_response({"id": cmd.id, "network_id": cmd.network_id})


def download_local_storage_clip(call: Call) -> Response:
    module = _active_module(call)
    clip_id = _local_clip(call, module)
    uploaded = any(
        c.command == UPLOAD_COMMAND and c.sync_module_id == module.id and c.media_id == clip_id
        for c in call.state.commands.values()
        if c.finished and not c.failed
    )
    if not uploaded:
        raise not_found("Clip has not been uploaded yet")
    return Response(clip_mp4(), media_type="video/mp4")


def delete_local_storage_clip(call: Call) -> Response:
    # blinkpy counts the 200 as done and never polls, so the clip leaves the stick at once; the command the app
    # expects is answered already complete.
    module = _active_module(call)
    clip_id = _local_clip(call, module)
    call.state.media[clip_id].on_local_storage = False
    cmd = call.state.start_command(module.account_id, module.network_id, DELETE_COMMAND)
    cmd.sync_module_id = module.id
    call.state.finish_command(cmd)
    return json_response({"id": cmd.id, "network_id": cmd.network_id})


def get_local_storage_status(call: Call) -> Response:
    return json_response({"status": call.sync_module().local_storage_status, "storage": {}})


HANDLERS: dict[str, Handler] = {
    "list_cameras": list_cameras,
    "get_camera": get_camera,
    "get_camera_config": get_camera_config,
    "get_camera_signals": get_camera_signals,
    "update_camera_config": update_camera_config,
    "enable_camera_motion": switch_camera_motion,
    "disable_camera_motion": switch_camera_motion,
    "request_camera_thumbnail": request_camera_thumbnail,
    "request_camera_clip": request_camera_clip,
    "request_camera_status": request_camera_status,
    "calibrate_camera_temperature": calibrate_camera_temperature,
    "get_owl_config": get_owl_config,
    "get_doorbell_config": get_doorbell_config,
    "update_owl_config": update_owl_config,
    "enable_doorbell_motion": switch_doorbell_motion,
    "disable_doorbell_motion": switch_doorbell_motion,
    "request_owl_thumbnail": request_mini_thumbnail,
    "request_doorbell_thumbnail": request_mini_thumbnail,
    "request_owl_clip": request_mini_clip,
    "request_doorbell_clip": request_mini_clip,
    "start_liveview_v5": start_liveview,
    "start_liveview_v6": start_liveview,
    "start_owl_liveview": start_liveview,
    "start_doorbell_liveview": start_liveview,
    "start_owl_liveview_v1": start_liveview,
    "request_owl_status": request_owl_status,
    "change_owl_wifi": change_owl_wifi,
    "turn_on_floodlight": switch_floodlight,
    "turn_off_floodlight": switch_floodlight,
    "get_camera_motion_regions": get_camera_motion_regions,
    "update_camera_motion_regions": update_camera_motion_regions,
    "enable_camera_temp_alert": switch_camera_temp_alert,
    "disable_camera_temp_alert": switch_camera_temp_alert,
    "download_sync_module_firmware": download_sync_module_firmware,
    "download_owl_firmware": download_owl_firmware,
    "request_local_storage_manifest": request_local_storage_manifest,
    "get_local_storage_manifest": get_local_storage_manifest,
    "request_local_storage_clip": request_local_storage_clip,
    "download_local_storage_clip": download_local_storage_clip,
    "get_local_storage_status": get_local_storage_status,
    "delete_local_storage_clip": delete_local_storage_clip,
}
