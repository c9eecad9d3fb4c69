from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_client_list import AccountClientList
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    host: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(host, Unset):
        headers["Host"] = host

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
        "method": "get",
        "url": "/account/clients",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountClientList | Error | str | None:
    if response.status_code == 200:
        response_200 = AccountClientList.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if 500 <= response.status_code <= 599:
        response_5xx = response.text
        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccountClientList | Error | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    host: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[AccountClientList | Error | str]:
    """List the clients (app installations) of the account

     Lists the devices that have connected to the account. Only the 2017 protocol notes
    describe it ("type, name, connection time, user ID"); no response was ever recorded, so
    the shape below is inferred from that sentence and the `Client` record, and the field
    names other than those four facts are a best guess. MattTW later struck it out as
    obsolete. The Android app 6.18 (2022) lists clients at
    `/api/v1/accounts/{account_id}/clients/{client_id}/control_panel/clients`, but no sample
    of that exists either, so no successor is given.

    Args:
        host (str | Unset):
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountClientList | Error | str]
    """

    kwargs = _get_kwargs(
        host=host,
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
    *,
    client: AuthenticatedClient,
    host: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> AccountClientList | Error | str | None:
    """List the clients (app installations) of the account

     Lists the devices that have connected to the account. Only the 2017 protocol notes
    describe it ("type, name, connection time, user ID"); no response was ever recorded, so
    the shape below is inferred from that sentence and the `Client` record, and the field
    names other than those four facts are a best guess. MattTW later struck it out as
    obsolete. The Android app 6.18 (2022) lists clients at
    `/api/v1/accounts/{account_id}/clients/{client_id}/control_panel/clients`, but no sample
    of that exists either, so no successor is given.

    Args:
        host (str | Unset):
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountClientList | Error | str
    """

    return sync_detailed(
        client=client,
        host=host,
        user_agent=user_agent,
        app_build=app_build,
        locale=locale,
        x_blink_time_zone=x_blink_time_zone,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    host: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[AccountClientList | Error | str]:
    """List the clients (app installations) of the account

     Lists the devices that have connected to the account. Only the 2017 protocol notes
    describe it ("type, name, connection time, user ID"); no response was ever recorded, so
    the shape below is inferred from that sentence and the `Client` record, and the field
    names other than those four facts are a best guess. MattTW later struck it out as
    obsolete. The Android app 6.18 (2022) lists clients at
    `/api/v1/accounts/{account_id}/clients/{client_id}/control_panel/clients`, but no sample
    of that exists either, so no successor is given.

    Args:
        host (str | Unset):
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountClientList | Error | str]
    """

    kwargs = _get_kwargs(
        host=host,
        user_agent=user_agent,
        app_build=app_build,
        locale=locale,
        x_blink_time_zone=x_blink_time_zone,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    host: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> AccountClientList | Error | str | None:
    """List the clients (app installations) of the account

     Lists the devices that have connected to the account. Only the 2017 protocol notes
    describe it ("type, name, connection time, user ID"); no response was ever recorded, so
    the shape below is inferred from that sentence and the `Client` record, and the field
    names other than those four facts are a best guess. MattTW later struck it out as
    obsolete. The Android app 6.18 (2022) lists clients at
    `/api/v1/accounts/{account_id}/clients/{client_id}/control_panel/clients`, but no sample
    of that exists either, so no successor is given.

    Args:
        host (str | Unset):
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountClientList | Error | str
    """

    return (
        await asyncio_detailed(
            client=client,
            host=host,
            user_agent=user_agent,
            app_build=app_build,
            locale=locale,
            x_blink_time_zone=x_blink_time_zone,
            accept_language=accept_language,
        )
    ).parsed
