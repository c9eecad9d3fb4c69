"""A stateful mock of Blink's client REST API, driven by spec/blink.openapi.yaml."""

from mock_server.app import create_app
from mock_server.scenario import Scenario, ScenarioError, default_scenario, load_scenario
from mock_server.state import MockState

__all__ = ["MockState", "Scenario", "ScenarioError", "create_app", "default_scenario", "load_scenario"]
