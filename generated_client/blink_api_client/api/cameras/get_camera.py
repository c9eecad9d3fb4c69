from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.camera_info import CameraInfo
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
        "method": "get",
        "url": "/network/{network_id}/camera/{camera_id}".format(
            network_id=quote(str(network_id), safe=""),
            camera_id=quote(str(camera_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CameraInfo | Error | None:
    if response.status_code == 200:
        response_200 = CameraInfo.from_dict(response.json())

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
) -> Response[CameraInfo | Error]:
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
) -> Response[CameraInfo | Error]:
    """Get one camera (legacy)

     Original 2017 call for one camera. Until 2019-03 it answered the camera config as a one-element
    `camera` list; blinkpy then moved to `/config` (commit 602b616, 2019-03-01). homebridge-blink-for-
    home
    still called it in 2022 (`getCameraStatus`) and got a different body: a `camera_status` object
    with the camera's last connection report (radio levels in dBm, battery voltage, firmware, MAC and
    IP).
    The Android app dropped it by 6.18 (2022). Both forms are modelled; expect either key.

    Args:
        network_id (int):
        camera_id (int):
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CameraInfo | Error]
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
) -> CameraInfo | Error | None:
    """Get one camera (legacy)

     Original 2017 call for one camera. Until 2019-03 it answered the camera config as a one-element
    `camera` list; blinkpy then moved to `/config` (commit 602b616, 2019-03-01). homebridge-blink-for-
    home
    still called it in 2022 (`getCameraStatus`) and got a different body: a `camera_status` object
    with the camera's last connection report (radio levels in dBm, battery voltage, firmware, MAC and
    IP).
    The Android app dropped it by 6.18 (2022). Both forms are modelled; expect either key.

    Args:
        network_id (int):
        camera_id (int):
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CameraInfo | Error
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
) -> Response[CameraInfo | Error]:
    """Get one camera (legacy)

     Original 2017 call for one camera. Until 2019-03 it answered the camera config as a one-element
    `camera` list; blinkpy then moved to `/config` (commit 602b616, 2019-03-01). homebridge-blink-for-
    home
    still called it in 2022 (`getCameraStatus`) and got a different body: a `camera_status` object
    with the camera's last connection report (radio levels in dBm, battery voltage, firmware, MAC and
    IP).
    The Android app dropped it by 6.18 (2022). Both forms are modelled; expect either key.

    Args:
        network_id (int):
        camera_id (int):
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CameraInfo | Error]
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
) -> CameraInfo | Error | None:
    """Get one camera (legacy)

     Original 2017 call for one camera. Until 2019-03 it answered the camera config as a one-element
    `camera` list; blinkpy then moved to `/config` (commit 602b616, 2019-03-01). homebridge-blink-for-
    home
    still called it in 2022 (`getCameraStatus`) and got a different body: a `camera_status` object
    with the camera's last connection report (radio levels in dBm, battery voltage, firmware, MAC and
    IP).
    The Android app dropped it by 6.18 (2022). Both forms are modelled; expect either key.

    Args:
        network_id (int):
        camera_id (int):
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CameraInfo | Error
    """

    return (
        await asyncio_detailed(
            network_id=network_id,
            camera_id=camera_id,
            client=client,
            host=host,
        )
    ).parsed
