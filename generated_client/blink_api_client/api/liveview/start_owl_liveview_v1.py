from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.live_view_request import LiveViewRequest
from ...models.live_view_session import LiveViewSession
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: int,
    network_id: int,
    owl_id: int,
    *,
    body: LiveViewRequest | Unset = UNSET,
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
        "url": "/api/v1/accounts/{account_id}/networks/{network_id}/owls/{owl_id}/liveview".format(
            account_id=quote(str(account_id), safe=""),
            network_id=quote(str(network_id), safe=""),
            owl_id=quote(str(owl_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | LiveViewSession | str | None:
    if response.status_code == 200:
        response_200 = LiveViewSession.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if response.status_code == 426:
        response_426 = Error.from_dict(response.json())

        return response_426

    if 500 <= response.status_code <= 599:
        response_5xx = response.text
        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | LiveViewSession | str]:
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
    body: LiveViewRequest | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[Error | LiveViewSession | str]:
    """Start a Mini live view (v1)

     The first live-view start of a Blink Mini, before `start_owl_liveview`. homebridge-blink-for-home
    3.9.2 calls it with no body (`getOwlLiveView`, `src/blink-api.js:1169`, from `blink.js:806`); the
    Blink Android app 6.1.2 and 6.18 (`liveViewOwl`) and an old iOS app send
    `{"intent":"liveview","motion_event_start_time":""}`. In 2024 Blink answered with an `immis://`
    session, polled as a command (https://github.com/fronzbot/blinkpy/issues/343, 2024-06-23, which the
    example follows); in 2022 MattTW/BlinkMonitorProtocol#61 confirmed the path. blinkpy moved to the
    v2 path on 2026-05-31.

    Args:
        account_id (int):
        network_id (int):
        owl_id (int):
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):
        body (LiveViewRequest | Unset): Body of the live-view starts. The apps send `intent:
            liveview`, or `extended_liveview` for
            the longer sessions of entitled cameras (blinkpy PR #1312, 2026-09; TheSethRose/blinkpy
            `PROTOCOL.md`); `motion_event_start_time` was an empty string in 2020 captures and is
            `null`
            from blinkpy's v6 call (2026-05).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LiveViewSession | str]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        network_id=network_id,
        owl_id=owl_id,
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
    account_id: int,
    network_id: int,
    owl_id: int,
    *,
    client: AuthenticatedClient,
    body: LiveViewRequest | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Error | LiveViewSession | str | None:
    """Start a Mini live view (v1)

     The first live-view start of a Blink Mini, before `start_owl_liveview`. homebridge-blink-for-home
    3.9.2 calls it with no body (`getOwlLiveView`, `src/blink-api.js:1169`, from `blink.js:806`); the
    Blink Android app 6.1.2 and 6.18 (`liveViewOwl`) and an old iOS app send
    `{"intent":"liveview","motion_event_start_time":""}`. In 2024 Blink answered with an `immis://`
    session, polled as a command (https://github.com/fronzbot/blinkpy/issues/343, 2024-06-23, which the
    example follows); in 2022 MattTW/BlinkMonitorProtocol#61 confirmed the path. blinkpy moved to the
    v2 path on 2026-05-31.

    Args:
        account_id (int):
        network_id (int):
        owl_id (int):
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):
        body (LiveViewRequest | Unset): Body of the live-view starts. The apps send `intent:
            liveview`, or `extended_liveview` for
            the longer sessions of entitled cameras (blinkpy PR #1312, 2026-09; TheSethRose/blinkpy
            `PROTOCOL.md`); `motion_event_start_time` was an empty string in 2020 captures and is
            `null`
            from blinkpy's v6 call (2026-05).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LiveViewSession | str
    """

    return sync_detailed(
        account_id=account_id,
        network_id=network_id,
        owl_id=owl_id,
        client=client,
        body=body,
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
    body: LiveViewRequest | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[Error | LiveViewSession | str]:
    """Start a Mini live view (v1)

     The first live-view start of a Blink Mini, before `start_owl_liveview`. homebridge-blink-for-home
    3.9.2 calls it with no body (`getOwlLiveView`, `src/blink-api.js:1169`, from `blink.js:806`); the
    Blink Android app 6.1.2 and 6.18 (`liveViewOwl`) and an old iOS app send
    `{"intent":"liveview","motion_event_start_time":""}`. In 2024 Blink answered with an `immis://`
    session, polled as a command (https://github.com/fronzbot/blinkpy/issues/343, 2024-06-23, which the
    example follows); in 2022 MattTW/BlinkMonitorProtocol#61 confirmed the path. blinkpy moved to the
    v2 path on 2026-05-31.

    Args:
        account_id (int):
        network_id (int):
        owl_id (int):
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):
        body (LiveViewRequest | Unset): Body of the live-view starts. The apps send `intent:
            liveview`, or `extended_liveview` for
            the longer sessions of entitled cameras (blinkpy PR #1312, 2026-09; TheSethRose/blinkpy
            `PROTOCOL.md`); `motion_event_start_time` was an empty string in 2020 captures and is
            `null`
            from blinkpy's v6 call (2026-05).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LiveViewSession | str]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        network_id=network_id,
        owl_id=owl_id,
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
    account_id: int,
    network_id: int,
    owl_id: int,
    *,
    client: AuthenticatedClient,
    body: LiveViewRequest | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Error | LiveViewSession | str | None:
    """Start a Mini live view (v1)

     The first live-view start of a Blink Mini, before `start_owl_liveview`. homebridge-blink-for-home
    3.9.2 calls it with no body (`getOwlLiveView`, `src/blink-api.js:1169`, from `blink.js:806`); the
    Blink Android app 6.1.2 and 6.18 (`liveViewOwl`) and an old iOS app send
    `{"intent":"liveview","motion_event_start_time":""}`. In 2024 Blink answered with an `immis://`
    session, polled as a command (https://github.com/fronzbot/blinkpy/issues/343, 2024-06-23, which the
    example follows); in 2022 MattTW/BlinkMonitorProtocol#61 confirmed the path. blinkpy moved to the
    v2 path on 2026-05-31.

    Args:
        account_id (int):
        network_id (int):
        owl_id (int):
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):
        body (LiveViewRequest | Unset): Body of the live-view starts. The apps send `intent:
            liveview`, or `extended_liveview` for
            the longer sessions of entitled cameras (blinkpy PR #1312, 2026-09; TheSethRose/blinkpy
            `PROTOCOL.md`); `motion_event_start_time` was an empty string in 2020 captures and is
            `null`
            from blinkpy's v6 call (2026-05).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LiveViewSession | str
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            network_id=network_id,
            owl_id=owl_id,
            client=client,
            body=body,
            user_agent=user_agent,
            app_build=app_build,
            locale=locale,
            x_blink_time_zone=x_blink_time_zone,
            accept_language=accept_language,
        )
    ).parsed
