"""Which file of ../shared/corpus is the response (or request) of which operation, and which files map to none."""

from __future__ import annotations

from typing import NamedTuple


class Target(NamedTuple):
    operation_id: str
    part: str = "response"  # "response" or "request"
    status: str = "200"
    select: tuple[str, ...] = ()  # keep only these top-level keys (a fixture that merges responses)
    wrap: tuple[str | int, ...] = ()  # the file is one item at this path of the whole response


BMP = "BlinkMonitorProtocol/"
BP = "blinkpy/tests__mock_responses.py@e65840d__"
BPT = "blinkpy/tests__"
HB = "homebridge-blink-for-home/blink-api.js.comments/"

CORPUS: dict[str, tuple[Target, ...]] = {
    BMP + "Misc__accountOptions.example_response.json": (Target("get_account_options"),),
    BMP + "Misc__regions.example_response.json": (Target("get_regions"),),
    BMP + "Misc__version.example_response.json": (Target("get_app_version"),),
    BMP + "auth__login.example_response.json": (Target("login_v5"),),
    BMP + "auth__logout.example_response.json": (Target("logout"),),
    BMP + "auth__verifyPin.example_response.json": (Target("verify_client_pin_v4"),),
    BMP + "camera__disable.example_response.json": (Target("disable_camera_motion"),),
    BMP + "camera__enable.example_response.json": (Target("enable_camera_motion"),),
    BMP + "camera__liveview.example_response.json": (Target("start_liveview_v5"),),
    BMP + "camera__recordClip.example_response.json": (Target("request_camera_clip"),),
    BMP + "camera__setOWLThumbnail.example_response.json": (Target("request_owl_thumbnail"),),
    BMP + "camera__setThumbnail.example_response.json": (Target("request_camera_thumbnail"),),
    BMP + "network__arm.example_response.json": (Target("arm_network"),),
    BMP + "network__command.example_response.json": (Target("get_command_status"),),
    BMP + "network__disarm.example_response.json": (Target("disarm_network"),),
    BMP + "network__enableProgram.example_response.json": (Target("enable_program"),),
    BMP + "network__listPrograms.example_response.json": (Target("list_programs"),),
    BMP + "network__updateProgram.example_response.json": (Target("update_program"),),
    BMP + "system__getNotifications.example_response.json": (Target("get_notification_config"),),
    BMP + "system__homescreen.example_response.json": (Target("get_homescreen_v3"),),
    BMP + "system__options.example_response.json": (Target("get_client_options"),),
    BMP + "system__setNotifications.example_response.json": (Target("update_notification_config"),),
    BMP + "system__updateoptions.example_response.json": (Target("update_client"),),
    BMP + "video__getVideoEvents.example_response.json": (Target("get_media_changed"),),
    BP + "FIRST_CAMERA.json": (Target("get_homescreen_legacy", wrap=("devices", 0)),),
    BP + "SECOND_CAMERA.json": (Target("get_homescreen_legacy", wrap=("devices", 0)),),
    BP + "SYNC_MODULE.json": (Target("get_homescreen_legacy", wrap=("devices", 0)),),
    BP + "FIRST_EVENT.json": (Target("list_network_events", wrap=("event", 0)),),
    BP + "SECOND_EVENT.json": (Target("list_network_events", wrap=("event", 0)),),
    BP + "LOGIN_RESPONSE.json": (Target("login_legacy"),),
    BP + "NETWORKS_RESPONSE.json": (Target("list_networks"),),
    # blinkpy's 2018 test server answered every URL with this one merged dict.
    BP + "RESPONSE.json": (
        Target("get_homescreen_legacy", select=("account", "devices", "network")),
        Target("list_network_events", select=("event",)),
        Target("list_sync_modules", select=("syncmodule",)),
    ),
    BPT + "test_api.py__COMMAND_COMPLETE.json": (Target("get_command_status"),),
    BPT + "test_api.py__COMMAND_COMPLETE_BAD.json": (Target("get_command_status"),),
    BPT + "test_api.py__COMMAND_NOT_COMPLETE.json": (Target("get_command_status"),),
    BPT + "test_api.py__COMMAND_DONE.json": (Target("mark_command_done"),),
    BPT + "test_livestream.py__livestream_response.json": (Target("start_liveview_v6"),),
    BPT + "test_oauth.py__token_response.json": (Target("oauth_token"),),
    BPT + "test_sync_module.py__local_storage_manifest.json": (Target("get_local_storage_manifest"),),
    HB + "createProgram__POST_api_v1_networks_programs_create.request.json": (
        Target("create_program", part="request"),
    ),
    HB + "getAccountHomescreen__GET_api_v3_accounts_homescreen.response.json": (Target("get_homescreen_v3"),),
    HB + "getAccountNotifications__GET_api_v1_accounts_notifications_configuration.response.json": (
        Target("get_notification_config"),
    ),
    HB + "getAccountOptions__GET_api_v1_account_options.response.json": (Target("get_account_options"),),
    HB + "getAccountStatus__GET_api_v3_account_status.response.json": (Target("get_account_status"),),
    HB + "getAccount__GET_user.response.json": (Target("get_user"),),
    HB + "getCameraLiveViewV5__GET_network_command.response_complete.json": (Target("get_command_status"),),
    HB + "getCameraLiveViewV5__GET_network_command.response_running.json": (Target("get_command_status"),),
    HB + "getCameraLiveViewV5__POST_api_v5_liveview.request.json": (Target("start_liveview_v5", part="request"),),
    HB + "getCameraLiveViewV5__POST_api_v5_liveview.response_a.json": (Target("start_liveview_v5"),),
    HB + "getCameraLiveViewV5__POST_api_v5_liveview.response_b.json": (Target("start_liveview_v5"),),
    HB + "getMediaChange__GET_api_v1_accounts_media_changed.response.json": (Target("get_media_changed"),),
    HB + "login__POST_api_v5_account_login.request.json": (Target("login_v5", part="request"),),
    HB + "login__POST_api_v5_account_login.response.json": (Target("login_v5"),),
    HB + "updateCameraSettings__POST_network_camera_update.request.json": (
        Target("update_camera_config", part="request"),
    ),
    HB + "updateCameraSettings__POST_network_camera_update.response_command.json": (Target("update_camera_config"),),
    HB + "updateCameraTemperature__GET_network_command.response_complete.json": (Target("get_command_status"),),
    HB + "updateCameraTemperature__POST_api_v1_network_camera_calibrate.request.json": (
        Target("calibrate_camera_temperature", part="request"),
    ),
    HB + "updateCameraTemperature__POST_api_v1_network_camera_calibrate.response_command.json": (
        Target("calibrate_camera_temperature"),
    ),
    HB + "updateNetwork__POST_network_update.request.json": (Target("update_network", part="request"),),
    HB + "updateNetwork__POST_network_update.response.json": (Target("update_network"),),
    HB + "verifyPIN__POST_api_v4_account_client_pin_verify.response.json": (Target("verify_client_pin_v4"),),
}
# Decoded content of get_client_options' base64 `options` string: validated against this schema.
SCHEMA_TARGETS: dict[str, str] = {
    HB + "getClientOptions__options_base64_decoded.json": "ClientOptionsBlob",
}

# Corpus files that are not the response of any one operation, with the reason (also listed in spec/README.md).
UNMAPPED: dict[str, str] = {
    BPT + "test_api.py__COMMAND_RESPONSE.json": (
        "a blinkpy unit-test input for wait_for_command with string ids ('12345'); every recorded command "
        "response carries integer ids, so the spec keeps them integer and this literal matches no operation"
    ),
}
# Non-JSON files: endpoint lists extracted from the decompiled Android app, not responses.
NOT_RESPONSES: dict[str, str] = {
    "Blink-XT2/BlinkWebService_6_1_2.endpoints.txt": "endpoint list of the Android app 6.1.2, not a response",
    "Blink-XT2/BlinkWebService_6_2_6.endpoints.txt": "endpoint list of the Android app 6.2.6, not a response",
    "Blink-XT2/BlinkWebService_6_18_0.endpoints.txt": "endpoint list of the Android app 6.18.0, not a response",
}
