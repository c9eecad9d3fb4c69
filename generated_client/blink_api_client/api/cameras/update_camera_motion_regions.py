from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.command_short import CommandShort
from ...models.error import Error
from ...models.motion_regions import MotionRegions
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: int,
    network_id: int,
    camera_id: int,
    *,
    body: MotionRegions,
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
        "url": "/api/v1/accounts/{account_id}/networks/{network_id}/cameras/{camera_id}/motion_regions".format(
            account_id=quote(str(account_id), safe=""),
            network_id=quote(str(network_id), safe=""),
            camera_id=quote(str(camera_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CommandShort | Error | str | None:
    if response.status_code == 200:
        response_200 = CommandShort.from_dict(response.json())

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
) -> Response[CommandShort | Error | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: int,
    network_id: int,
    camera_id: int,
    *,
    client: AuthenticatedClient,
    body: MotionRegions,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[CommandShort | Error | str]:
    """Change a device's motion regions

     Sets the motion-detection regions of a camera, Mini or doorbell. Observed in
    homebridge-blink-for-home 3.9.2 (`updateCameraMotionRegions`, `src/blink-api.js:1090`, the caller's
    body, never called by the plugin itself). No answer is recorded: the example is a command, as the
    Android app 6.1.2 declares for its `/zones` counterpart (`setZones` returns a `Command`);
    unverified.

    Args:
        account_id (int):
        network_id (int):
        camera_id (int):
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):
        body (MotionRegions): The motion regions of a device (homebridge-blink-for-home
            `CAMERA_MOTION_REGIONS` sample,
            2022-03): the read answer, and the body that changes them (fields left out stay as they
            are).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommandShort | Error | str]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        network_id=network_id,
        camera_id=camera_id,
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
    camera_id: int,
    *,
    client: AuthenticatedClient,
    body: MotionRegions,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> CommandShort | Error | str | None:
    """Change a device's motion regions

     Sets the motion-detection regions of a camera, Mini or doorbell. Observed in
    homebridge-blink-for-home 3.9.2 (`updateCameraMotionRegions`, `src/blink-api.js:1090`, the caller's
    body, never called by the plugin itself). No answer is recorded: the example is a command, as the
    Android app 6.1.2 declares for its `/zones` counterpart (`setZones` returns a `Command`);
    unverified.

    Args:
        account_id (int):
        network_id (int):
        camera_id (int):
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):
        body (MotionRegions): The motion regions of a device (homebridge-blink-for-home
            `CAMERA_MOTION_REGIONS` sample,
            2022-03): the read answer, and the body that changes them (fields left out stay as they
            are).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommandShort | Error | str
    """

    return sync_detailed(
        account_id=account_id,
        network_id=network_id,
        camera_id=camera_id,
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
    camera_id: int,
    *,
    client: AuthenticatedClient,
    body: MotionRegions,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[CommandShort | Error | str]:
    """Change a device's motion regions

     Sets the motion-detection regions of a camera, Mini or doorbell. Observed in
    homebridge-blink-for-home 3.9.2 (`updateCameraMotionRegions`, `src/blink-api.js:1090`, the caller's
    body, never called by the plugin itself). No answer is recorded: the example is a command, as the
    Android app 6.1.2 declares for its `/zones` counterpart (`setZones` returns a `Command`);
    unverified.

    Args:
        account_id (int):
        network_id (int):
        camera_id (int):
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):
        body (MotionRegions): The motion regions of a device (homebridge-blink-for-home
            `CAMERA_MOTION_REGIONS` sample,
            2022-03): the read answer, and the body that changes them (fields left out stay as they
            are).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommandShort | Error | str]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        network_id=network_id,
        camera_id=camera_id,
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
    camera_id: int,
    *,
    client: AuthenticatedClient,
    body: MotionRegions,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> CommandShort | Error | str | None:
    """Change a device's motion regions

     Sets the motion-detection regions of a camera, Mini or doorbell. Observed in
    homebridge-blink-for-home 3.9.2 (`updateCameraMotionRegions`, `src/blink-api.js:1090`, the caller's
    body, never called by the plugin itself). No answer is recorded: the example is a command, as the
    Android app 6.1.2 declares for its `/zones` counterpart (`setZones` returns a `Command`);
    unverified.

    Args:
        account_id (int):
        network_id (int):
        camera_id (int):
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):
        body (MotionRegions): The motion regions of a device (homebridge-blink-for-home
            `CAMERA_MOTION_REGIONS` sample,
            2022-03): the read answer, and the body that changes them (fields left out stay as they
            are).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommandShort | Error | str
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            network_id=network_id,
            camera_id=camera_id,
            client=client,
            body=body,
            user_agent=user_agent,
            app_build=app_build,
            locale=locale,
            x_blink_time_zone=x_blink_time_zone,
            accept_language=accept_language,
        )
    ).parsed
