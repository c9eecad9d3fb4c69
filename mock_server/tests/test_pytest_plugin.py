"""The blink_mock pytest plugin, run in a pytester sandbox (the project's own suite runs with it disabled)."""

from __future__ import annotations

import subprocess
import sys

import pytest

pytest_plugins = ["pytester"]

# The sandbox does not read the project's addopts (which disable the plugin), so the pytest11 entry point loads it
# anyway; `-p blink_mock` names that entry point explicitly, so the run also works with plugin autoloading off.
PLUGIN = ("-p", "blink_mock")

ARM_POLL_HOMESCREEN = """
from blink_api_client.api.account import get_homescreen_v3
from blink_api_client.api.commands import get_command_status
from blink_api_client.api.networks import arm_network
from blink_api_client.models import CommandShort, CommandStatus, Homescreen


def test_arm_poll_homescreen(blink_client, blink_account, blink_mock_state, blink_mock):
    assert blink_account.email == "demo@example.com"
    network_id = blink_mock_state.networks_of(blink_account.id)[0].id
    command = arm_network.sync(blink_account.id, network_id, client=blink_client)
    assert isinstance(command, CommandShort)
    for _ in range(10):
        status = get_command_status.sync(network_id, command.id, client=blink_client)
        assert isinstance(status, CommandStatus)
        if status.complete:
            break
    homescreen = get_homescreen_v3.sync(blink_account.id, client=blink_client)
    assert isinstance(homescreen, Homescreen)
    assert {n.id: n.armed for n in homescreen.networks}[network_id] is True
    assert blink_mock.calls.call_count >= 3


def test_async_calls_work_too(blink_client, blink_account):
    import asyncio

    async def read():
        async with blink_client:
            return await get_homescreen_v3.asyncio(blink_account.id, client=blink_client)

    assert isinstance(asyncio.run(read()), Homescreen)


def test_each_test_gets_a_fresh_state(blink_mock_state):
    assert not any(n.armed for n in blink_mock_state.networks_of(22001))
"""

REACH_OUT = """
import httpx


def test_reaches_the_internet(blink_mock):
    httpx.get("https://example.com/")
"""

SCENARIO = """
accounts:
  - id: 900
    email: solo@example.com
    password: pw
    tier: e002
    networks: [{id: 901, name: Shed, armed: true}]
"""

WITH_SCENARIO = """
import pytest
from blink_api_client.api.networks import list_networks


@pytest.mark.blink_mock(scenario="solo.yaml")
def test_scenario_from_marker(blink_client, blink_account, blink_mock_state):
    assert blink_account.email == "solo@example.com"
    assert blink_client._base_url == "https://rest-e002.immedia-semi.com"
    networks = list_networks.sync(client=blink_client)
    assert [n.id for n in networks.networks] == [901]
"""


def test_plugin_fixtures_arm_poll_and_read_homescreen(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_user=ARM_POLL_HOMESCREEN)
    result = pytester.runpytest(*PLUGIN)
    result.assert_outcomes(passed=3)


def test_plugin_refuses_a_request_to_another_host(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_user=REACH_OUT)
    result = pytester.runpytest(*PLUGIN)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*AllMockedAssertionError*example.com*not mocked*"])


def test_plugin_marker_loads_a_scenario_next_to_the_test(pytester: pytest.Pytester) -> None:
    pytester.makefile(".yaml", solo=SCENARIO)
    pytester.makepyfile(test_user=WITH_SCENARIO)
    result = pytester.runpytest(*PLUGIN, "--strict-markers")
    result.assert_outcomes(passed=1)


def test_plugin_marker_is_registered(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest(*PLUGIN, "--markers")
    result.stdout.fnmatch_lines(["@pytest.mark.blink_mock(scenario=path, era=YYYY-MM)*"])


def test_loading_the_plugin_imports_nothing_heavy() -> None:
    # pytest loads the plugin in every project that installs the kit, whether its tests use the mock or not.
    heavy = ("starlette", "respx", "httpx", "yaml", "jsonschema", "blink_spec", "blink_api_client")
    code = (
        "import sys, blink_mock.pytest_plugin; "
        f"print(','.join(sorted({{m.split('.')[0] for m in sys.modules}} & set({heavy!r}))))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "", f"loading the plugin imported {done.stdout.strip()}"
