from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.command import Command
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    network_id: int,
    camera_id: int,
    *,
    host: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(host, Unset):
        headers["Host"] = host

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/network/{network_id}/camera/{camera_id}/disable".format(
            network_id=quote(str(network_id), safe=""),
            camera_id=quote(str(camera_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Command | Error | None:
    if response.status_code == 200:
        response_200 = Command.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = Error.from_dict(response.json())

        return response_413

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Command | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    network_id: int,
    camera_id: int,
    *,
    client: AuthenticatedClient,
    host: str | Unset = UNSET,
) -> Response[Command | Error]:
    """Turn off motion detection for a camera

     Switches motion detection off for one sync-module camera. One of the original 2017 calls; MattTW
    BlinkMonitorProtocol (2020-08) shows `command: config_lfr`, homebridge-blink-for-home (2022)
    `device_motion_disable`. blinkpy uses it for default cameras. No body.

    Args:
        network_id (int):
        camera_id (int):
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Command | Error]
    """

    kwargs = _get_kwargs(
        network_id=network_id,
        camera_id=camera_id,
        host=host,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    network_id: int,
    camera_id: int,
    *,
    client: AuthenticatedClient,
    host: str | Unset = UNSET,
) -> Command | Error | None:
    """Turn off motion detection for a camera

     Switches motion detection off for one sync-module camera. One of the original 2017 calls; MattTW
    BlinkMonitorProtocol (2020-08) shows `command: config_lfr`, homebridge-blink-for-home (2022)
    `device_motion_disable`. blinkpy uses it for default cameras. No body.

    Args:
        network_id (int):
        camera_id (int):
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Command | Error
    """

    return sync_detailed(
        network_id=network_id,
        camera_id=camera_id,
        client=client,
        host=host,
    ).parsed


async def asyncio_detailed(
    network_id: int,
    camera_id: int,
    *,
    client: AuthenticatedClient,
    host: str | Unset = UNSET,
) -> Response[Command | Error]:
    """Turn off motion detection for a camera

     Switches motion detection off for one sync-module camera. One of the original 2017 calls; MattTW
    BlinkMonitorProtocol (2020-08) shows `command: config_lfr`, homebridge-blink-for-home (2022)
    `device_motion_disable`. blinkpy uses it for default cameras. No body.

    Args:
        network_id (int):
        camera_id (int):
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Command | Error]
    """

    kwargs = _get_kwargs(
        network_id=network_id,
        camera_id=camera_id,
        host=host,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    network_id: int,
    camera_id: int,
    *,
    client: AuthenticatedClient,
    host: str | Unset = UNSET,
) -> Command | Error | None:
    """Turn off motion detection for a camera

     Switches motion detection off for one sync-module camera. One of the original 2017 calls; MattTW
    BlinkMonitorProtocol (2020-08) shows `command: config_lfr`, homebridge-blink-for-home (2022)
    `device_motion_disable`. blinkpy uses it for default cameras. No body.

    Args:
        network_id (int):
        camera_id (int):
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Command | Error
    """

    return (
        await asyncio_detailed(
            network_id=network_id,
            camera_id=camera_id,
            client=client,
            host=host,
        )
    ).parsed
