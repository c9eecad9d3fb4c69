from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.message import Message
from ...models.siren_name import SirenName
from ...types import UNSET, Response, Unset


def _get_kwargs(
    network_id: int,
    siren_id: int,
    *,
    body: SirenName,
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
        "url": "/api/v1/networks/{network_id}/sirens/{siren_id}/update".format(
            network_id=quote(str(network_id), safe=""),
            siren_id=quote(str(siren_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Message | str | None:
    if response.status_code == 200:
        response_200 = Message.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if 500 <= response.status_code <= 599:
        response_5xx = response.text
        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | Message | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    network_id: int,
    siren_id: int,
    *,
    client: AuthenticatedClient,
    body: SirenName,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[Error | Message | str]:
    """Rename a siren

     Changes a siren's name. Observed in homebridge-blink-for-home 3.9.2 (`updateSiren`,
    `src/blink-api.js:1142`, the caller's body, named `sirenNameBody` there) and the Blink Android app
    6.1.2 and 6.18 (`updateSiren`, body `SirenNameBody`, answer `BlinkData`). That the body carries
    `name` is read from the app's type name; the answer is unverified.

    Args:
        network_id (int):
        siren_id (int):
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):
        body (SirenName): A siren's new name (the Android app's `SirenNameBody`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Message | str]
    """

    kwargs = _get_kwargs(
        network_id=network_id,
        siren_id=siren_id,
        body=body,
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
    network_id: int,
    siren_id: int,
    *,
    client: AuthenticatedClient,
    body: SirenName,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Error | Message | str | None:
    """Rename a siren

     Changes a siren's name. Observed in homebridge-blink-for-home 3.9.2 (`updateSiren`,
    `src/blink-api.js:1142`, the caller's body, named `sirenNameBody` there) and the Blink Android app
    6.1.2 and 6.18 (`updateSiren`, body `SirenNameBody`, answer `BlinkData`). That the body carries
    `name` is read from the app's type name; the answer is unverified.

    Args:
        network_id (int):
        siren_id (int):
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):
        body (SirenName): A siren's new name (the Android app's `SirenNameBody`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Message | str
    """

    return sync_detailed(
        network_id=network_id,
        siren_id=siren_id,
        client=client,
        body=body,
        user_agent=user_agent,
        app_build=app_build,
        locale=locale,
        x_blink_time_zone=x_blink_time_zone,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    network_id: int,
    siren_id: int,
    *,
    client: AuthenticatedClient,
    body: SirenName,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[Error | Message | str]:
    """Rename a siren

     Changes a siren's name. Observed in homebridge-blink-for-home 3.9.2 (`updateSiren`,
    `src/blink-api.js:1142`, the caller's body, named `sirenNameBody` there) and the Blink Android app
    6.1.2 and 6.18 (`updateSiren`, body `SirenNameBody`, answer `BlinkData`). That the body carries
    `name` is read from the app's type name; the answer is unverified.

    Args:
        network_id (int):
        siren_id (int):
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):
        body (SirenName): A siren's new name (the Android app's `SirenNameBody`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Message | str]
    """

    kwargs = _get_kwargs(
        network_id=network_id,
        siren_id=siren_id,
        body=body,
        user_agent=user_agent,
        app_build=app_build,
        locale=locale,
        x_blink_time_zone=x_blink_time_zone,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    network_id: int,
    siren_id: int,
    *,
    client: AuthenticatedClient,
    body: SirenName,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Error | Message | str | None:
    """Rename a siren

     Changes a siren's name. Observed in homebridge-blink-for-home 3.9.2 (`updateSiren`,
    `src/blink-api.js:1142`, the caller's body, named `sirenNameBody` there) and the Blink Android app
    6.1.2 and 6.18 (`updateSiren`, body `SirenNameBody`, answer `BlinkData`). That the body carries
    `name` is read from the app's type name; the answer is unverified.

    Args:
        network_id (int):
        siren_id (int):
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):
        body (SirenName): A siren's new name (the Android app's `SirenNameBody`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Message | str
    """

    return (
        await asyncio_detailed(
            network_id=network_id,
            siren_id=siren_id,
            client=client,
            body=body,
            user_agent=user_agent,
            app_build=app_build,
            locale=locale,
            x_blink_time_zone=x_blink_time_zone,
            accept_language=accept_language,
        )
    ).parsed
