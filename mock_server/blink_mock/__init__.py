"""A stateful mock of Blink's client REST API, driven by spec/blink.openapi.yaml."""

from blink_mock.app import create_app
from blink_mock.scenario import Scenario, ScenarioError, default_scenario, load_scenario
from blink_mock.state import MockState

__all__ = ["MockState", "Scenario", "ScenarioError", "create_app", "default_scenario", "load_scenario"]
