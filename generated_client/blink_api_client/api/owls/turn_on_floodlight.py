from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.busy_error import BusyError
from ...models.command_short import CommandShort
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: int,
    network_id: int,
    owl_id: int,
    *,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(user_agent, Unset):
        headers["User-Agent"] = user_agent

    if not isinstance(app_build, Unset):
        headers["APP-BUILD"] = app_build

    if not isinstance(locale, Unset):
        headers["LOCALE"] = locale

    if not isinstance(x_blink_time_zone, Unset):
        headers["X-Blink-Time-Zone"] = x_blink_time_zone

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/accounts/{account_id}/networks/{network_id}/owls/{owl_id}/lights/on".format(
            account_id=quote(str(account_id), safe=""),
            network_id=quote(str(network_id), safe=""),
            owl_id=quote(str(owl_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BusyError | CommandShort | Error | str | None:
    if response.status_code == 200:
        response_200 = CommandShort.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = BusyError.from_dict(response.json())

        return response_409

    if 500 <= response.status_code <= 599:
        response_5xx = response.text
        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BusyError | CommandShort | Error | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: int,
    network_id: int,
    owl_id: int,
    *,
    client: AuthenticatedClient,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[BusyError | CommandShort | Error | str]:
    """Turn a wired floodlight's lights on

     Switches on the lamp of a Blink Wired Floodlight camera (product type `superior`), which the API
    addresses as a Mini ("owl"). No body. Observed in blinkpy 0.25.9 (`api.request_floodlight`,
    `api.py:727-741`; `BlinkCamera.async_set_floodlight`, `camera.py:197-220`; added by
    https://github.com/fronzbot/blinkpy/pull/1258, 2026-07, after the endpoint was shared in
    https://github.com/fronzbot/blinkpy/issues/583, 2022-06). blinkpy does not wait for a command.

    The success body is unverified: it follows blinkpy's own test fixture (`tests/test_floodlight.py`,
    `{"network_id", "id", "state": "done"}`), not a capture. While the network is busy (a camera is
    recording or streaming) Blink refuses with a body whose `code` is 307; blinkpy looks only at that
    `code`. The HTTP status of that refusal is unverified: this spec documents it as 409, the status of
    Blink's other "busy" answers, which blinkpy and homebridge-blink-for-home both read as a body; it
    may as well be 200.

    Args:
        account_id (int):
        network_id (int):
        owl_id (int):
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BusyError | CommandShort | Error | str]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        network_id=network_id,
        owl_id=owl_id,
        user_agent=user_agent,
        app_build=app_build,
        locale=locale,
        x_blink_time_zone=x_blink_time_zone,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: int,
    network_id: int,
    owl_id: int,
    *,
    client: AuthenticatedClient,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> BusyError | CommandShort | Error | str | None:
    """Turn a wired floodlight's lights on

     Switches on the lamp of a Blink Wired Floodlight camera (product type `superior`), which the API
    addresses as a Mini ("owl"). No body. Observed in blinkpy 0.25.9 (`api.request_floodlight`,
    `api.py:727-741`; `BlinkCamera.async_set_floodlight`, `camera.py:197-220`; added by
    https://github.com/fronzbot/blinkpy/pull/1258, 2026-07, after the endpoint was shared in
    https://github.com/fronzbot/blinkpy/issues/583, 2022-06). blinkpy does not wait for a command.

    The success body is unverified: it follows blinkpy's own test fixture (`tests/test_floodlight.py`,
    `{"network_id", "id", "state": "done"}`), not a capture. While the network is busy (a camera is
    recording or streaming) Blink refuses with a body whose `code` is 307; blinkpy looks only at that
    `code`. The HTTP status of that refusal is unverified: this spec documents it as 409, the status of
    Blink's other "busy" answers, which blinkpy and homebridge-blink-for-home both read as a body; it
    may as well be 200.

    Args:
        account_id (int):
        network_id (int):
        owl_id (int):
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BusyError | CommandShort | Error | str
    """

    return sync_detailed(
        account_id=account_id,
        network_id=network_id,
        owl_id=owl_id,
        client=client,
        user_agent=user_agent,
        app_build=app_build,
        locale=locale,
        x_blink_time_zone=x_blink_time_zone,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    account_id: int,
    network_id: int,
    owl_id: int,
    *,
    client: AuthenticatedClient,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[BusyError | CommandShort | Error | str]:
    """Turn a wired floodlight's lights on

     Switches on the lamp of a Blink Wired Floodlight camera (product type `superior`), which the API
    addresses as a Mini ("owl"). No body. Observed in blinkpy 0.25.9 (`api.request_floodlight`,
    `api.py:727-741`; `BlinkCamera.async_set_floodlight`, `camera.py:197-220`; added by
    https://github.com/fronzbot/blinkpy/pull/1258, 2026-07, after the endpoint was shared in
    https://github.com/fronzbot/blinkpy/issues/583, 2022-06). blinkpy does not wait for a command.

    The success body is unverified: it follows blinkpy's own test fixture (`tests/test_floodlight.py`,
    `{"network_id", "id", "state": "done"}`), not a capture. While the network is busy (a camera is
    recording or streaming) Blink refuses with a body whose `code` is 307; blinkpy looks only at that
    `code`. The HTTP status of that refusal is unverified: this spec documents it as 409, the status of
    Blink's other "busy" answers, which blinkpy and homebridge-blink-for-home both read as a body; it
    may as well be 200.

    Args:
        account_id (int):
        network_id (int):
        owl_id (int):
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BusyError | CommandShort | Error | str]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        network_id=network_id,
        owl_id=owl_id,
        user_agent=user_agent,
        app_build=app_build,
        locale=locale,
        x_blink_time_zone=x_blink_time_zone,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: int,
    network_id: int,
    owl_id: int,
    *,
    client: AuthenticatedClient,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> BusyError | CommandShort | Error | str | None:
    """Turn a wired floodlight's lights on

     Switches on the lamp of a Blink Wired Floodlight camera (product type `superior`), which the API
    addresses as a Mini ("owl"). No body. Observed in blinkpy 0.25.9 (`api.request_floodlight`,
    `api.py:727-741`; `BlinkCamera.async_set_floodlight`, `camera.py:197-220`; added by
    https://github.com/fronzbot/blinkpy/pull/1258, 2026-07, after the endpoint was shared in
    https://github.com/fronzbot/blinkpy/issues/583, 2022-06). blinkpy does not wait for a command.

    The success body is unverified: it follows blinkpy's own test fixture (`tests/test_floodlight.py`,
    `{"network_id", "id", "state": "done"}`), not a capture. While the network is busy (a camera is
    recording or streaming) Blink refuses with a body whose `code` is 307; blinkpy looks only at that
    `code`. The HTTP status of that refusal is unverified: this spec documents it as 409, the status of
    Blink's other "busy" answers, which blinkpy and homebridge-blink-for-home both read as a body; it
    may as well be 200.

    Args:
        account_id (int):
        network_id (int):
        owl_id (int):
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BusyError | CommandShort | Error | str
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            network_id=network_id,
            owl_id=owl_id,
            client=client,
            user_agent=user_agent,
            app_build=app_build,
            locale=locale,
            x_blink_time_zone=x_blink_time_zone,
            accept_language=accept_language,
        )
    ).parsed
