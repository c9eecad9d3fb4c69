from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.command import Command
from ...models.error import Error
from ...models.temperature_calibration import TemperatureCalibration
from ...types import Response


def _get_kwargs(
    network_id: int,
    camera_id: int,
    *,
    body: TemperatureCalibration,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/network/{network_id}/camera/{camera_id}/calibrate".format(
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
) -> Command | Error | None:
    if response.status_code == 200:
        response_200 = Command.from_dict(response.json())

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
    body: TemperatureCalibration,
) -> Response[Command | Error]:
    """Calibrate a camera's temperature sensor

     Tells the camera the true current temperature (°F) so that it can offset its sensor, and sets the
    alert thresholds. Observed in homebridge-blink-for-home's `updateCameraTemperature` (capture of
    2020-10). Quirk: the body repeats the camera id (`id`) and network id (`network`) of the path.
    Answers a full command with `command: temp_calibrate`.

    Args:
        network_id (int):
        camera_id (int):
        body (TemperatureCalibration): Body of `calibrate_camera_temperature` (homebridge-blink-
            for-home `updateCameraTemperature`,
            2020-10). Temperatures are in °F; `id` and `network` repeat the path ids.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Command | Error]
    """

    kwargs = _get_kwargs(
        network_id=network_id,
        camera_id=camera_id,
        body=body,
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
    body: TemperatureCalibration,
) -> Command | Error | None:
    """Calibrate a camera's temperature sensor

     Tells the camera the true current temperature (°F) so that it can offset its sensor, and sets the
    alert thresholds. Observed in homebridge-blink-for-home's `updateCameraTemperature` (capture of
    2020-10). Quirk: the body repeats the camera id (`id`) and network id (`network`) of the path.
    Answers a full command with `command: temp_calibrate`.

    Args:
        network_id (int):
        camera_id (int):
        body (TemperatureCalibration): Body of `calibrate_camera_temperature` (homebridge-blink-
            for-home `updateCameraTemperature`,
            2020-10). Temperatures are in °F; `id` and `network` repeat the path ids.

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
        body=body,
    ).parsed


async def asyncio_detailed(
    network_id: int,
    camera_id: int,
    *,
    client: AuthenticatedClient,
    body: TemperatureCalibration,
) -> Response[Command | Error]:
    """Calibrate a camera's temperature sensor

     Tells the camera the true current temperature (°F) so that it can offset its sensor, and sets the
    alert thresholds. Observed in homebridge-blink-for-home's `updateCameraTemperature` (capture of
    2020-10). Quirk: the body repeats the camera id (`id`) and network id (`network`) of the path.
    Answers a full command with `command: temp_calibrate`.

    Args:
        network_id (int):
        camera_id (int):
        body (TemperatureCalibration): Body of `calibrate_camera_temperature` (homebridge-blink-
            for-home `updateCameraTemperature`,
            2020-10). Temperatures are in °F; `id` and `network` repeat the path ids.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Command | Error]
    """

    kwargs = _get_kwargs(
        network_id=network_id,
        camera_id=camera_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    network_id: int,
    camera_id: int,
    *,
    client: AuthenticatedClient,
    body: TemperatureCalibration,
) -> Command | Error | None:
    """Calibrate a camera's temperature sensor

     Tells the camera the true current temperature (°F) so that it can offset its sensor, and sets the
    alert thresholds. Observed in homebridge-blink-for-home's `updateCameraTemperature` (capture of
    2020-10). Quirk: the body repeats the camera id (`id`) and network id (`network`) of the path.
    Answers a full command with `command: temp_calibrate`.

    Args:
        network_id (int):
        camera_id (int):
        body (TemperatureCalibration): Body of `calibrate_camera_temperature` (homebridge-blink-
            for-home `updateCameraTemperature`,
            2020-10). Temperatures are in °F; `id` and `network` repeat the path ids.

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
            body=body,
        )
    ).parsed
