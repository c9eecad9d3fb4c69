from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.camera_usage import CameraUsage
from ...models.error import Error
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/camera/usage",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CameraUsage | Error | None:
    if response.status_code == 200:
        response_200 = CameraUsage.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CameraUsage | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[CameraUsage | Error]:
    """Get camera usage per network

     Lists every network with its sync-module cameras and how many seconds of clips and live
    view each used in the window. blinkpy 0.25 (`api.request_camera_usage`, 2025) builds its
    list of sync-module cameras from this call; every network that has a Mini or doorbell
    must appear too, even with an empty `cameras` list, or blinkpy setup fails. Also captured
    by homebridge-blink-for-home (2022-03) and listed in the Android app 6.18 (2022) as
    `batteryUsage`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CameraUsage | Error]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> CameraUsage | Error | None:
    """Get camera usage per network

     Lists every network with its sync-module cameras and how many seconds of clips and live
    view each used in the window. blinkpy 0.25 (`api.request_camera_usage`, 2025) builds its
    list of sync-module cameras from this call; every network that has a Mini or doorbell
    must appear too, even with an empty `cameras` list, or blinkpy setup fails. Also captured
    by homebridge-blink-for-home (2022-03) and listed in the Android app 6.18 (2022) as
    `batteryUsage`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CameraUsage | Error
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[CameraUsage | Error]:
    """Get camera usage per network

     Lists every network with its sync-module cameras and how many seconds of clips and live
    view each used in the window. blinkpy 0.25 (`api.request_camera_usage`, 2025) builds its
    list of sync-module cameras from this call; every network that has a Mini or doorbell
    must appear too, even with an empty `cameras` list, or blinkpy setup fails. Also captured
    by homebridge-blink-for-home (2022-03) and listed in the Android app 6.18 (2022) as
    `batteryUsage`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CameraUsage | Error]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> CameraUsage | Error | None:
    """Get camera usage per network

     Lists every network with its sync-module cameras and how many seconds of clips and live
    view each used in the window. blinkpy 0.25 (`api.request_camera_usage`, 2025) builds its
    list of sync-module cameras from this call; every network that has a Mini or doorbell
    must appear too, even with an empty `cameras` list, or blinkpy setup fails. Also captured
    by homebridge-blink-for-home (2022-03) and listed in the Android app 6.18 (2022) as
    `batteryUsage`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CameraUsage | Error
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
