from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.camera_config_response import CameraConfigResponse
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    network_id: int,
    camera_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/network/{network_id}/camera/{camera_id}/config".format(
            network_id=quote(str(network_id), safe=""),
            camera_id=quote(str(camera_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CameraConfigResponse | Error | None:
    if response.status_code == 200:
        response_200 = CameraConfigResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CameraConfigResponse | Error]:
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
) -> Response[CameraConfigResponse | Error]:
    """Get a camera's configuration

     The full settings of a sync-module camera, plus its signal bars. Introduced when camera info moved
    off `get_camera` (blinkpy 602b616, 2019-03); blinkpy 0.25 calls it for every default camera on each
    refresh (`api.request_camera_info`) and reads `camera[0]`. homebridge-blink-for-home's 2022 sample
    shows about 150 fields. Quirk: `wifi_strength` and `lfr_strength` in the config are dBm values
    (-255 means unknown), while `signals` holds bars (0-5).

    Args:
        network_id (int):
        camera_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CameraConfigResponse | Error]
    """

    kwargs = _get_kwargs(
        network_id=network_id,
        camera_id=camera_id,
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
) -> CameraConfigResponse | Error | None:
    """Get a camera's configuration

     The full settings of a sync-module camera, plus its signal bars. Introduced when camera info moved
    off `get_camera` (blinkpy 602b616, 2019-03); blinkpy 0.25 calls it for every default camera on each
    refresh (`api.request_camera_info`) and reads `camera[0]`. homebridge-blink-for-home's 2022 sample
    shows about 150 fields. Quirk: `wifi_strength` and `lfr_strength` in the config are dBm values
    (-255 means unknown), while `signals` holds bars (0-5).

    Args:
        network_id (int):
        camera_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CameraConfigResponse | Error
    """

    return sync_detailed(
        network_id=network_id,
        camera_id=camera_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    network_id: int,
    camera_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[CameraConfigResponse | Error]:
    """Get a camera's configuration

     The full settings of a sync-module camera, plus its signal bars. Introduced when camera info moved
    off `get_camera` (blinkpy 602b616, 2019-03); blinkpy 0.25 calls it for every default camera on each
    refresh (`api.request_camera_info`) and reads `camera[0]`. homebridge-blink-for-home's 2022 sample
    shows about 150 fields. Quirk: `wifi_strength` and `lfr_strength` in the config are dBm values
    (-255 means unknown), while `signals` holds bars (0-5).

    Args:
        network_id (int):
        camera_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CameraConfigResponse | Error]
    """

    kwargs = _get_kwargs(
        network_id=network_id,
        camera_id=camera_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    network_id: int,
    camera_id: int,
    *,
    client: AuthenticatedClient,
) -> CameraConfigResponse | Error | None:
    """Get a camera's configuration

     The full settings of a sync-module camera, plus its signal bars. Introduced when camera info moved
    off `get_camera` (blinkpy 602b616, 2019-03); blinkpy 0.25 calls it for every default camera on each
    refresh (`api.request_camera_info`) and reads `camera[0]`. homebridge-blink-for-home's 2022 sample
    shows about 150 fields. Quirk: `wifi_strength` and `lfr_strength` in the config are dBm values
    (-255 means unknown), while `signals` holds bars (0-5).

    Args:
        network_id (int):
        camera_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CameraConfigResponse | Error
    """

    return (
        await asyncio_detailed(
            network_id=network_id,
            camera_id=camera_id,
            client=client,
        )
    ).parsed
