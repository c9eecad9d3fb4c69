"""Account-wide operations: the homescreen (v3 and legacy), user, options, notifications, clients, usage, health.

The homescreen is the one call every client makes first, so it is built entirely from state: the networks
carry their current `armed` flag, and Minis and doorbells carry every field blinkpy reads as their config.
"""

from __future__ import annotations

import base64
import json
from typing import Any

from starlette.responses import PlainTextResponse, Response

from blink_mock.call import Call, Handler
from blink_mock.render import iso, json_response, render
from blink_mock.state import Account, Camera, MockState, Network, SyncModule
from blink_spec import load_spec

# Signal bars as Blink reports them next to the "ok"/"low" battery word.
BATTERY_BARS = {"ok": 3, "low": 1}
APP_OK_CODE = 103
USAGE_RANGE_DAYS = 7
SECONDS_PER_CLIP = 30  # camera usage counts recorded seconds; the mock's clips are all this long


def _notification_flags() -> frozenset[str]:
    schema = load_spec()["components"]["schemas"]["NotificationFlags"]
    return frozenset(schema["properties"])


# -- shapes --------------------------------------------------------------------------------------------------
def homescreen_network(network: Network) -> dict[str, Any]:
    return {
        "id": network.id,
        "created_at": iso(network.created_at),
        "updated_at": iso(network.updated_at),
        "name": network.name,
        "time_zone": network.time_zone,
        "dst": network.dst,
        "armed": network.armed,
        "lv_save": network.lv_save,
    }


def homescreen_sync_module(state: MockState, module: SyncModule) -> dict[str, Any]:
    return {
        "id": module.id,
        "created_at": iso(module.created_at),
        "updated_at": iso(module.updated_at),
        "onboarded": True,
        "status": module.status,
        "name": module.name,
        "serial": module.serial,
        "fw_version": module.fw_version,
        "type": module.type,
        "subtype": "vertical",
        "last_hb": iso(state.now() - 30),
        "wifi_strength": 4,
        "network_id": module.network_id,
        "enable_temp_alerts": True,
        "local_storage_enabled": module.local_storage_enabled,
        "local_storage_compatible": module.local_storage_compatible,
        "local_storage_status": module.local_storage_status,
        "revision": "01",
    }


def _signals(camera: Camera) -> dict[str, int]:
    return {
        "lfr": camera.lfr,
        "wifi": camera.wifi,
        "temp": camera.temperature,
        "battery": BATTERY_BARS.get(camera.battery, 3),
    }


def homescreen_camera(state: MockState, camera: Camera) -> dict[str, Any]:
    """A sync-module camera; blinkpy builds its thumbnail URL from `thumbnail` (the `&ext=` form)."""
    return {
        "id": camera.id,
        "created_at": iso(camera.created_at),
        "updated_at": iso(camera.updated_at),
        "name": camera.name,
        "serial": camera.serial,
        "fw_version": camera.fw_version,
        "type": camera.product_type,
        "enabled": camera.enabled,
        "thumbnail": state.thumbnail_of(camera),
        "status": "done",
        "battery": camera.battery,
        "usage_rate": False,
        "network_id": camera.network_id,
        "issues": [],
        "signals": _signals(camera),
        "local_storage_enabled": False,
        "local_storage_compatible": True,
        "snooze": False,
        "snooze_time_remaining": None,
        "revision": "01",
    }


def homescreen_device(state: MockState, camera: Camera) -> dict[str, Any]:
    """A Mini (owl) or doorbell. blinkpy uses this entry itself as the device's config (no /config call)."""
    entry: dict[str, Any] = {
        "id": camera.id,
        "created_at": iso(camera.created_at),
        "updated_at": iso(camera.updated_at),
        "name": camera.name,
        "serial": camera.serial,
        "fw_version": camera.fw_version,
        "type": camera.product_type,
        "enabled": camera.enabled,
        "onboarded": True,
        "thumbnail": state.thumbnail_of(camera),
        "status": "online",
        "network_id": camera.network_id,
        "local_storage_enabled": False,
        "local_storage_compatible": True,
        "local_storage_status": "unavailable",
        "revision": "00",
        "wifi_strength": camera.wifi,
        "temperature": camera.temperature,
        "issues": [],
        "snooze": False,
        "snooze_time_remaining": None,
    }
    if camera.kind == "doorbell":
        # Doorbells run on batteries; Minis are mains powered and report no battery at all.
        entry.update(
            battery=camera.battery,
            battery_state=camera.battery,
            battery_voltage=camera.battery_voltage,
            battery_check_time=iso(camera.updated_at),
            signals=_signals(camera),
        )
    else:
        entry["signals"] = {"wifi": camera.wifi, "temp": camera.temperature}
    return entry


def _account_created(state: MockState, account: Account) -> float:
    stamps = [n.created_at for n in state.networks_of(account.id)]
    return min(stamps) if stamps else state.now()


def _by_id(cameras: list[Camera]) -> list[Camera]:
    return sorted(cameras, key=lambda c: c.id)


# -- homescreen ----------------------------------------------------------------------------------------------
def homescreen(
    state: MockState, account: Account, networks: list[Network], modules: list[SyncModule], devices: list[Camera]
) -> dict[str, Any]:
    """The homescreen of `account`, made of nothing but these objects and the clock."""
    created = iso(min((n.created_at for n in networks), default=state.now()))
    return {
        "account": {"id": account.id, "email_verified": True, "email_verification_required": False},
        "networks": [homescreen_network(n) for n in networks],
        "sync_modules": [homescreen_sync_module(state, s) for s in modules],
        "cameras": [homescreen_camera(state, c) for c in devices if c.kind == "camera"],
        "sirens": [],
        "chimes": [],
        "video_stats": {"storage": 0, "auto_delete_days": 30, "auto_delete_day_options": [3, 7, 14, 30, 60]},
        "doorbell_buttons": [],
        "owls": [homescreen_device(state, c) for c in devices if c.kind == "owl"],
        "doorbells": [homescreen_device(state, c) for c in devices if c.kind == "doorbell"],
        "app_updates": {"message": "OK", "code": APP_OK_CODE, "update_available": False, "update_required": False},
        "device_limits": {
            "camera": 10,
            "chime": 5,
            "doorbell": 10,
            "doorbell_button": 2,
            "owl": 10,
            "siren": 5,
            "total_devices": 20,
        },
        "whats_new": {"updated_at": 20250515, "url": "https://updates.blinkforhome.com/"},
        "subscriptions": {"updated_at": created},
        "entitlements": {"updated_at": created},
        "tiv_lock_enable": False,
        "tiv_lock_status": {"locked": False},
        "accessories": {"storm": [], "rosie": []},
    }


# account id -> (what its last homescreen was made of, the bytes of that homescreen)
_HOMESCREENS: dict[int, tuple[tuple[Any, ...], bytes]] = {}


def get_homescreen_v3(call: Call) -> Response:
    state, account = call.state, call.require_account()
    networks = sorted(state.networks_of(account.id), key=lambda n: n.id)
    modules = state.sync_modules_of(account.id)
    devices = _by_id(state.cameras_of(account.id))
    # Every client polls the homescreen, and it is the mock's largest answer, so its bytes are kept and made
    # again only when something they are made of has changed. The key holds all of it: the clock's second
    # (`last_hb`) and every field of every object shown, so that any change, even one a test makes straight on
    # the state's objects, makes a new body. (The one container-valued field among them, a camera's `settings`,
    # is compared by identity, which is why the homescreen must not show it.)
    made_of = (
        int(state.now()),
        account.id,
        *(tuple(vars(item).values()) for item in (*networks, *modules, *devices)),
        # Before 2022-03 a thumbnail names the camera's newest clip, which no field of the camera holds.
        tuple(state.thumbnail_of(camera) for camera in devices),
    )
    kept = _HOMESCREENS.get(account.id)
    if kept is None or kept[0] != made_of:
        kept = _HOMESCREENS[account.id] = (made_of, render(homescreen(state, account, networks, modules, devices)))
    # blinkpy keeps these two headers for its logout URL.
    headers = {"Client-Id": str(account.client_id), "User-Id": str(account.user_id)}
    return Response(kept[1], headers=headers, media_type="application/json")


def get_homescreen_legacy(call: Call) -> Response:
    """The single-network homescreen of 2016-2019: the account's first network and its devices."""
    state, account = call.state, call.require_account()
    notify = int(any(state.notifications.get(account.id, {}).values()))
    networks = sorted(state.networks_of(account.id), key=lambda n: n.id)
    if not networks:
        return json_response({"account": {"notifications": notify}, "network": {}, "devices": []})
    network = networks[0]
    devices: list[dict[str, Any]] = [
        {
            "device_type": "camera",
            "device_id": camera.id,
            "name": camera.name,
            "active": "enabled" if camera.enabled else "disabled",
            "enabled": camera.enabled,
            "armed": network.armed and camera.enabled,
            "battery": BATTERY_BARS.get(camera.battery, 3),
            "temp": camera.temperature,
            "wifi_strength": camera.wifi,
            "lfr_strength": camera.lfr,
            "thumbnail": state.thumbnail_of(camera, event_path=True),
            "status": "done",
            "updated_at": iso(camera.updated_at),
            "notifications": notify,
        }
        for camera in _by_id([c for c in state.cameras_of(account.id, "camera") if c.network_id == network.id])
    ]
    devices += [
        {
            "device_type": "sync_module",
            "device_id": module.id,
            "status": module.status,
            "updated_at": iso(module.updated_at),
            "notifications": 0,
        }
        for module in state.sync_modules_of(account.id)
        if module.network_id == network.id
    ]
    body = {
        "account": {"notifications": notify},
        "network": {
            "name": network.name,
            "armed": network.armed,
            "wifi_strength": 4,
            "warning": 0,
            "notifications": notify,
        },
        "devices": devices,
    }
    return json_response(body)


# -- user and options ----------------------------------------------------------------------------------------
def get_user(call: Call) -> Response:
    state, account = call.state, call.require_account()
    networks = state.networks_of(account.id)
    created = _account_created(state, account)
    return json_response(
        {
            "id": account.user_id,
            "created_at": iso(created),
            "updated_at": iso(created),
            "email": account.email,
            "verified": True,
            "verification_required": False,
            "force_password_reset": False,
            "reset_expiration": None,
            "time_zone": networks[0].time_zone if networks else "UTC",
            "owner": True,
            "name": "",
            "user_access": "write",
            "temp_units": "f" if account.region == "us" else "c",
            "type": "regular",
            "pin_created_at": None,
            "pin_failures": 0,
            "account_id": account.id,
            "country_id": account.region.upper(),
            "locale": "en_US" if account.region == "us" else "en_GB",
            "phone_number": None,
        }
    )


def get_account_options(call: Call) -> Response:
    call.require_account()
    return json_response(
        {
            "owl_app_enabled": True,
            "legacy_account_mini": False,
            "catalina_app_enabled": True,
            "sm2_app_enabled": True,
            "snapshot_app_enabled": True,
            "c2s_clip_list_limit": 100,
            "advanced_motion_regions": {},
            "amazon_account_linking": "available",
            "breadcrumbs": [],
        }
    )


# -- notifications -------------------------------------------------------------------------------------------
def get_notification_config(call: Call) -> Response:
    flags = call.state.notifications.setdefault(call.require_account().id, {})
    return json_response({"notifications": dict(flags)})


def update_notification_config(call: Call) -> Response:
    flags = call.state.notifications.setdefault(call.require_account().id, {})
    known = _notification_flags()
    # The body was validated against NotificationFlags, so every known key carries a boolean; keys the spec
    # does not know are ignored, as Blink does with settings an older app version never sends.
    flags.update({key: value for key, value in call.body["notifications"].items() if key in known})
    return json_response({"message": "Client Notification Configure Update Successful"})


# -- clients -------------------------------------------------------------------------------------------------
def default_client_options(state: MockState, account: Account) -> str:
    """The blob a fresh app installation stores: network and camera display order, one tutorial flag."""
    networks = sorted(state.networks_of(account.id), key=lambda n: n.id)
    devices = _by_id(state.cameras_of(account.id))
    blob = {
        "network_order": [n.id for n in networks],
        "keys": [["client.options.show_homescreen_tutorial_state", "N1"]],
        "schema": 1,
        "camera_order": {str(n.id): [c.id for c in devices if c.network_id == n.id] for n in networks},
    }
    return base64.b64encode(json.dumps(blob, separators=(",", ":")).encode("utf-8")).decode("ascii")


def get_client_options(call: Call) -> Response:
    account = call.require_account()
    options = call.state.client_options.get(account.id)
    return json_response({"options": options if options is not None else default_client_options(call.state, account)})


def update_client_options(call: Call) -> Response:
    # Stored as given: the blob is the app's own business, and clients must cope with one that doesn't decode.
    call.state.client_options[call.require_account().id] = call.body["options"]
    return json_response({"message": "Client options updated"})


def _client(state: MockState, account: Account) -> dict[str, Any]:
    created = _account_created(state, account)
    return {
        "id": account.client_id,
        "created_at": iso(created),
        "updated_at": iso(state.now()),
        "name": "blink-mock client",
        "notify_sound": None,
        "client_type": "android",
        "client_specifier": "blink-mock | 14 | 49.0",
        "notification_key": account.notification_key,
        "aws_key": None,
        "os_version": "14",
        "device_identifier": "blink-mock",
        "app_version": "49.0",
        "unique_id": f"00000000-0000-4000-8000-{account.client_id:012d}",
        "home": None,
        "ssid": None,
        "ssid_updated_at": None,
        "enabled_notifications": 131071,
        "client_options": state.client_options.get(account.id),
        "verified": True,
        "user_id": account.user_id,
        "account_id": account.id,
    }


def update_client(call: Call) -> Response:
    account = call.require_account()
    account.notification_key = call.body["notification_key"]
    return json_response({"client": _client(call.state, account)})


def list_account_clients(call: Call) -> Response:
    state, account = call.state, call.require_account()
    created = _account_created(state, account)
    client = {
        "id": account.client_id,
        "name": "blink-mock client",
        "client_type": "android",
        "created_at": iso(created),
        "updated_at": iso(state.now()),
        "user_id": account.user_id,
    }
    return json_response({"clients": [client]})


# -- usage, health, version ----------------------------------------------------------------------------------
def get_camera_usage(call: Call) -> Response:
    """Usage per network. Every network is listed, even one with only Minis or doorbells: blinkpy looks up
    the network of each Mini and doorbell here and fails its whole setup when one is missing."""
    state, account = call.state, call.require_account()
    since = state.now() - USAGE_RANGE_DAYS * 86400
    recent: dict[int, int] = {}
    for item in state.media_of(account.id):
        if not item.deleted and item.created_at >= since:
            recent[item.camera_id] = recent.get(item.camera_id, 0) + 1
    networks = []
    for network in sorted(state.networks_of(account.id), key=lambda n: n.id):
        cameras = []
        for camera in _by_id([c for c in state.cameras_of(account.id, "camera") if c.network_id == network.id]):
            clip_seconds = recent.get(camera.id, 0) * SECONDS_PER_CLIP
            cameras.append(
                {
                    "id": camera.id,
                    "name": camera.name,
                    "usage": clip_seconds,
                    "lv_seconds": 0,
                    "clip_seconds": clip_seconds,
                }
            )
        networks.append({"network_id": network.id, "name": network.name, "cameras": cameras})
    return json_response({"range_days": USAGE_RANGE_DAYS, "reference": {"usage": 3000}, "networks": networks})


def get_health(call: Call) -> Response:
    return PlainTextResponse("all ports tested are open")


def get_app_version(call: Call) -> Response:
    """Blink's verdict on the app build named in `APP-BUILD`. Which builds Blink retired when is not recorded,
    and the mock cannot tell one build from another: every build is supported. A retired login answers 426
    itself (the era's)."""
    return json_response({"message": "OK", "code": APP_OK_CODE, "update_available": False, "update_required": False})


# -- account changes the mock only acknowledges ------------------------------------------------------------------
def acknowledge(call: Call) -> Response:
    """Notification receipts, clip retention, password change and reset, registration, account settings.

    homebridge-blink-for-home lists these calls (the Android app most of them), but no answer of Blink's is
    recorded and no client of the kit depends on their effect. The mock answers the spec's example and changes
    nothing: above all not the login, so that a test calling them can never lock itself out."""
    _, _, answer = call.op.example()
    return json_response(answer)


HANDLERS: dict[str, Handler] = {
    "get_homescreen_v3": get_homescreen_v3,
    "get_homescreen_legacy": get_homescreen_legacy,
    "get_user": get_user,
    "get_account_options": get_account_options,
    "get_notification_config": get_notification_config,
    "update_notification_config": update_notification_config,
    "get_client_options": get_client_options,
    "update_client_options": update_client_options,
    "update_client": update_client,
    "list_account_clients": list_account_clients,
    "get_camera_usage": get_camera_usage,
    "get_health": get_health,
    "get_app_version": get_app_version,
    "acknowledge_notification": acknowledge,
    "update_video_options": acknowledge,
    "change_password": acknowledge,
    "reset_password": acknowledge,
    "register_account": acknowledge,
    "update_account": acknowledge,
}
