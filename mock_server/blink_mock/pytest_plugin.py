"""pytest fixtures for testing a Blink client against the in-process mock (the `blink_mock` pytest11 plugin).

Installed with the package, the plugin gives every test:

- `blink_mock_state`: a fresh MockState, of the scenario named by `@pytest.mark.blink_mock(scenario=...)`
  (a path, relative to the test file's folder unless absolute) or of the embedded default scenario, as Blink was
  in `@pytest.mark.blink_mock(era="2022-11")` (`YYYY-MM`, `YYYY-MM-DD`; default: the scenario's, else today's);
- `blink_mock_app`: the mock's Starlette app over that state;
- `blink_mock`: the respx router, active for the whole test, that sends every Blink host to the app and
  refuses every other host;
- `blink_account`: the logged-in account (demo@example.com in the default scenario, else the first account);
- `blink_client`: a generated `blink_api_client.AuthenticatedClient` logged in as that account, for `sync()`
  and `asyncio()` calls alike.

pytest loads this module in every project that installs the kit, so it imports nothing but pytest when it
loads: the mock, Starlette, respx, httpx and the spec are imported by the fixtures, when a test uses them.
Without the `[mock]` extra, a test that asks for a fixture fails with one line saying how to install it.
Disable the plugin with `-p no:blink_mock`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from starlette.applications import Starlette

    from blink_api_client import AuthenticatedClient
    from blink_mock.respx_router import BlinkMockRouter
    from blink_mock.state import Account, MockState

DEFAULT_LOGIN = "demo@example.com"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "blink_mock(scenario=path, era=YYYY-MM): run the Blink mock fixtures on this scenario file instead of the "
        "default one, and as Blink was in that era instead of today.",
    )


def require_mock() -> None:
    """Import what the fixtures need, failing the test with one line when the [mock] extra is not installed."""
    from blink_mock.extra import missing_extra

    try:
        import blink_mock.app
        import blink_mock.respx_router  # noqa: F401
    except ModuleNotFoundError as error:
        advice = missing_extra(error)
        if advice is None:
            raise
    else:
        return
    # Outside the except block, so that pytest shows this line and not the ImportError it replaces.
    pytest.fail(f"blink_mock fixtures: {advice}", pytrace=False)


@pytest.fixture
def blink_mock_state(request: pytest.FixtureRequest) -> MockState:
    # Every other fixture of the plugin depends on this one.
    require_mock()
    from blink_mock.scenario import Scenario, load_scenario
    from blink_mock.state import MockState

    marker = request.node.get_closest_marker("blink_mock")
    scenario = era = None
    if marker is not None:
        scenario = marker.kwargs.get("scenario", marker.args[0] if marker.args else None)
        era = marker.kwargs.get("era")
    if scenario is None or isinstance(scenario, Scenario):
        return MockState(scenario, era)
    path = Path(scenario)
    if not path.is_absolute():
        path = request.path.parent / path
    return MockState.from_scenario(load_scenario(path), era)


@pytest.fixture
def blink_mock_app(blink_mock_state: MockState) -> Starlette:
    from blink_mock.app import create_app

    return create_app(blink_mock_state)


@pytest.fixture
def blink_mock(blink_mock_app: Starlette) -> Iterator[BlinkMockRouter]:
    from blink_mock.respx_router import mock_router

    with mock_router(blink_mock_app) as router:
        yield router


@pytest.fixture
def blink_account(blink_mock_state: MockState) -> Account:
    account = blink_mock_state.account_by_email(DEFAULT_LOGIN)
    return account if account is not None else next(iter(blink_mock_state.accounts.values()))


@pytest.fixture
def blink_client(
    blink_mock: BlinkMockRouter, blink_mock_state: MockState, blink_account: Account
) -> Iterator[AuthenticatedClient]:
    from blink_api_client import AuthenticatedClient

    token = blink_mock_state.issue_token(blink_account.id, "access").value
    # Bearer (an OAuth token) for today's endpoints, and TOKEN_AUTH (a password login's token, the only kind that
    # header takes) for the older ones that only read that header.
    legacy = blink_mock_state.issue_token(blink_account.id, "legacy", client_id=blink_account.client_id).value
    client = AuthenticatedClient(
        base_url=f"https://rest-{blink_account.tier}.immedia-semi.com", token=token, headers={"TOKEN_AUTH": legacy}
    )
    yield client
    # The generated client opens its httpx clients lazily and never closes them itself.
    client.get_httpx_client().close()
