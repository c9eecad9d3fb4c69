from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.siren_list import SirenList
from ...types import UNSET, Response, Unset


def _get_kwargs(
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
        "method": "get",
        "url": "/sirens",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SirenList | str | None:
    if response.status_code == 200:
        response_200 = SirenList.from_dict(response.json())

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
) -> Response[Error | SirenList | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[Error | SirenList | str]:
    """List the sirens of every network

     The account's sirens, over all networks. Observed in homebridge-blink-for-home 3.9.2 (`getSirens`,
    `src/blink-api.js:1114`, in its diagnostic dump) at `/sirens`; the Android app 6.1.2 and 6.18 call
    `/api/v1/sirens/` instead (`getSirensForAllNetworks`, answer `SirensReponse`, an object). No answer
    is recorded: the `sirens` list and the fields of a siren are this spec's choice, unverified. The
    homescreen's `sirens` list has only ever been seen empty.

    Args:
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SirenList | str]
    """

    kwargs = _get_kwargs(
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
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Error | SirenList | str | None:
    """List the sirens of every network

     The account's sirens, over all networks. Observed in homebridge-blink-for-home 3.9.2 (`getSirens`,
    `src/blink-api.js:1114`, in its diagnostic dump) at `/sirens`; the Android app 6.1.2 and 6.18 call
    `/api/v1/sirens/` instead (`getSirensForAllNetworks`, answer `SirensReponse`, an object). No answer
    is recorded: the `sirens` list and the fields of a siren are this spec's choice, unverified. The
    homescreen's `sirens` list has only ever been seen empty.

    Args:
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SirenList | str
    """

    return sync_detailed(
        client=client,
        user_agent=user_agent,
        app_build=app_build,
        locale=locale,
        x_blink_time_zone=x_blink_time_zone,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[Error | SirenList | str]:
    """List the sirens of every network

     The account's sirens, over all networks. Observed in homebridge-blink-for-home 3.9.2 (`getSirens`,
    `src/blink-api.js:1114`, in its diagnostic dump) at `/sirens`; the Android app 6.1.2 and 6.18 call
    `/api/v1/sirens/` instead (`getSirensForAllNetworks`, answer `SirensReponse`, an object). No answer
    is recorded: the `sirens` list and the fields of a siren are this spec's choice, unverified. The
    homescreen's `sirens` list has only ever been seen empty.

    Args:
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SirenList | str]
    """

    kwargs = _get_kwargs(
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
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Error | SirenList | str | None:
    """List the sirens of every network

     The account's sirens, over all networks. Observed in homebridge-blink-for-home 3.9.2 (`getSirens`,
    `src/blink-api.js:1114`, in its diagnostic dump) at `/sirens`; the Android app 6.1.2 and 6.18 call
    `/api/v1/sirens/` instead (`getSirensForAllNetworks`, answer `SirensReponse`, an object). No answer
    is recorded: the `sirens` list and the fields of a siren are this spec's choice, unverified. The
    homescreen's `sirens` list has only ever been seen empty.

    Args:
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SirenList | str
    """

    return (
        await asyncio_detailed(
            client=client,
            user_agent=user_agent,
            app_build=app_build,
            locale=locale,
            x_blink_time_zone=x_blink_time_zone,
            accept_language=accept_language,
        )
    ).parsed
