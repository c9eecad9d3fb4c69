"""A stateful mock of Blink's client REST API, driven by spec/blink.openapi.yaml.

The names below are imported on first use, so that importing the package (as pytest does for the `blink_mock`
plugin in every project that installs the kit) loads neither Starlette nor the spec.
"""

from __future__ import annotations

import importlib
from importlib.metadata import version
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from blink_mock.app import create_app
    from blink_mock.scenario import Scenario, ScenarioError, default_scenario, load_scenario
    from blink_mock.state import MockState

_HOMES = {
    "create_app": "blink_mock.app",
    "MockState": "blink_mock.state",
    "Scenario": "blink_mock.scenario",
    "ScenarioError": "blink_mock.scenario",
    "default_scenario": "blink_mock.scenario",
    "load_scenario": "blink_mock.scenario",
}

# The one version of the kit is its distribution's (pyproject.toml); blink_contract reads the same.
__version__ = version("blink-api-test-kit")

__all__ = ["MockState", "Scenario", "ScenarioError", "create_app", "default_scenario", "load_scenario"]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'blink_mock' has no attribute {name!r}")
    return getattr(importlib.import_module(home), name)
