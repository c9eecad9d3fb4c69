"""homebridge-blink-for-home's own recorded answers (its `src/blink-api.sample.js`, 2022-03) validate against the spec,
which names every field in them: the recordings of a second client, checked like the shared corpus.

The samples are read from the installed package (`scripts/install-node-clients`), through Node, so nothing of them
is copied into this repository.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from typing import Any

import pytest
from specutil import operation_by_id, response_schema, unnamed_fields
from test_client_coverage import HOMEBRIDGE, homebridge_endpoints

from blink_spec import validator

# sample export -> (operationId, status) of the answer it records
SAMPLES = {
    "LOGIN": ("login_v5", "200"),
    "LOGIN_INVALID": ("login_v5", "401"),
    "LOGIN_RESEND_PIN": ("resend_client_pin_v4", "200"),
    "LOGIN_VALID_PIN": ("verify_client_pin_v4", "200"),
    "LOGIN_INVALID_PIN": ("verify_client_pin_v4", "400"),
    "LOGOUT": ("logout", "200"),
    "ACCOUNT": ("get_user", "200"),
    "ACCOUNT_OPTIONS": ("get_account_options", "200"),
    "ACCOUNT_STATUS": ("get_account_status", "200"),
    "ACCOUNT_NOTIFICATIONS": ("get_notification_config", "200"),
    "BLINK_APP_VERSION": ("get_app_version", "200"),
    "BLINK_REGIONS": ("get_regions", "200"),
    "HOMESCREEN": ("get_homescreen_v3", "200"),
    "NETWORKS": ("list_networks", "200"),
    "CAMERA_USAGE": ("get_camera_usage", "200"),
    "CAMERA_CONFIG": ("get_camera_config", "200"),
    "CAMERA_SIGNALS": ("get_camera_signals", "200"),
    "CAMERA_STATUS": ("get_camera", "200"),
    "CAMERA_LIVE_VIEW": ("start_liveview_v5", "200"),
    "MEDIA_CHANGE": ("get_media_changed", "200"),
    "COMMAND_SENT": ("get_command_status", "200"),
    "COMMAND_RUNNING": ("get_command_status", "200"),
    "COMMAND_COMPLETE": ("get_command_status", "200"),
    "UPDATE_THUMBNAIL": ("request_camera_thumbnail", "200"),
    "UPDATE_CLIP": ("request_camera_clip", "200"),
    "DELETE_CLIP": ("delete_media", "200"),
    "DISABLE_CAMERA": ("disable_camera_motion", "200"),
    "ENABLE_CAMERA": ("enable_camera_motion", "200"),
    "ARM_NETWORK": ("arm_network", "200"),
    "DISARM_NETWORK": ("disarm_network", "200"),
    "OWL_CONFIG": ("get_owl_config", "200"),
    "DEVICE": ("identify_device", "200"),
    "CAMERA_MOTION_REGIONS": ("get_camera_motion_regions", "200"),
}
# Exports that record no answer the spec can check, and why.
NOT_CHECKED = {
    "LOGIN_CLIENT_DELETED": "recorded without its HTTP status (homebridge reads the body whatever the status)",
    "BLINK_STATUS": "blinkstatus.net, another service",
    "BLINK_SUPPORT": "homebridge's own diagnostic summary, not an answer",
}
# Keys homebridge adds to its sample homescreen to name example devices; Blink never sends them.
HOMEBRIDGE_ALIASES = {"NETWORK_OG", "SYNCMODULE_OG", "CAMERA_OG", "CAMERA_G2", "MINI"}


def load_samples() -> dict[str, Any]:
    homebridge_endpoints()  # skips (fails with CI=true) when the package is not installed, with the fix
    node = shutil.which("node")
    if node is None:
        pytest.skip("Node is not on PATH")
    script = "console.log(JSON.stringify(require(process.argv[1])))"
    sample = str(HOMEBRIDGE / "src" / "blink-api.sample.js")
    done = subprocess.run([node, "-e", script, sample], capture_output=True, text=True, timeout=60, check=True)
    loaded: dict[str, Any] = json.loads(done.stdout)
    return loaded


@pytest.fixture(scope="module")
def samples() -> dict[str, Any]:
    return load_samples()


def test_every_sample_is_mapped_or_explained(samples: dict[str, Any]) -> None:
    exported = {name for name, value in samples.items() if isinstance(value, dict | list)}
    assert exported - SAMPLES.keys() - NOT_CHECKED.keys() == set(), "map new samples in SAMPLES"
    assert SAMPLES.keys() <= exported


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_validates_and_every_field_is_named(samples: dict[str, Any], name: str) -> None:
    operation_id, status = SAMPLES[name]
    instance = samples[name]
    if name == "HOMESCREEN":
        instance = {key: value for key, value in instance.items() if key not in HOMEBRIDGE_ALIASES}
    schema = response_schema(operation_by_id()[operation_id], status)
    problems = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator(schema).iter_errors(instance)]
    assert problems == []
    assert unnamed_fields(schema, instance) == []
