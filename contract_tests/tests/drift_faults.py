"""The mock's drift faults that make each finding kind, shared by the CI-path and the live-path tests.

Each fault is on an operation of its own or on a field of its own, so that all of them can be on at once. The
one that removes the `Location` of a sign-in redirect breaks the login, so it is kept apart. `unknown_operation`
has no fault: it is what recorded traffic to a path the spec does not have gives.
"""

from __future__ import annotations

from typing import Any

# finding kind -> a drift entry for `PATCH /__mock__/faults {"drift": [...]}` that makes the mock produce it
KIND_FAULTS: dict[str, dict[str, Any]] = {
    "unknown_field": {
        "operation": "get_homescreen_v3",
        "kind": "rename_field",
        "path": "/networks/0/armed",
        "to": "is_armed",
    },
    "missing_required": {"operation": "get_homescreen_v3", "kind": "remove_field", "path": "/account/id"},
    "unknown_enum_value": {
        "operation": "get_homescreen_v3",
        "kind": "new_enum_value",
        "path": "/cameras/0/status",
        "value": "teleported",
    },
    "schema_violation": {"operation": "list_networks", "kind": "change_type", "path": "/networks/0/name", "value": 5},
    "undocumented_status": {"operation": "get_user", "kind": "status_code", "status": 207},
    "content_type": {"operation": "get_account_options", "kind": "content_type", "content_type": "text/plain"},
}
# A sign-in answered 303 without the `Location` that the spec requires on that redirect.
LOGIN_FAULT = ("missing_header", {"operation": "oauth_signin", "kind": "status_code", "status": 303})
