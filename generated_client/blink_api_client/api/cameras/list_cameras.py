from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.camera_list import CameraList
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    network_id: int,
    *,
    host: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(host, Unset):
        headers["Host"] = host

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/network/{network_id}/cameras".format(
            network_id=quote(str(network_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CameraList | Error | None:
    if response.status_code == 200:
        response_200 = CameraList.from_dict(response.json())

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
) -> Response[CameraList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    network_id: int,
    *,
    client: AuthenticatedClient,
    host: str | Unset = UNSET,
) -> Response[CameraList | Error]:
    """List the cameras of a network (legacy)

     One of the original 2017 calls (MattTW BlinkMonitorProtocol notes): the cameras of a network with
    their settings. Clients stopped calling it once the homescreen (2019-03, `get_homescreen_v3`)
    carried
    the camera list; blinkpy keeps `request_cameras` but never calls it during start-up or refresh.
    No live capture exists: the response shape (`cameras`, a list of camera configs) comes from
    blinkpy's 2018 test mock, and the example below is hand-written.

    Args:
        network_id (int):
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CameraList | Error]
    """

    kwargs = _get_kwargs(
        network_id=network_id,
        host=host,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    network_id: int,
    *,
    client: AuthenticatedClient,
    host: str | Unset = UNSET,
) -> CameraList | Error | None:
    """List the cameras of a network (legacy)

     One of the original 2017 calls (MattTW BlinkMonitorProtocol notes): the cameras of a network with
    their settings. Clients stopped calling it once the homescreen (2019-03, `get_homescreen_v3`)
    carried
    the camera list; blinkpy keeps `request_cameras` but never calls it during start-up or refresh.
    No live capture exists: the response shape (`cameras`, a list of camera configs) comes from
    blinkpy's 2018 test mock, and the example below is hand-written.

    Args:
        network_id (int):
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CameraList | Error
    """

    return sync_detailed(
        network_id=network_id,
        client=client,
        host=host,
    ).parsed


async def asyncio_detailed(
    network_id: int,
    *,
    client: AuthenticatedClient,
    host: str | Unset = UNSET,
) -> Response[CameraList | Error]:
    """List the cameras of a network (legacy)

     One of the original 2017 calls (MattTW BlinkMonitorProtocol notes): the cameras of a network with
    their settings. Clients stopped calling it once the homescreen (2019-03, `get_homescreen_v3`)
    carried
    the camera list; blinkpy keeps `request_cameras` but never calls it during start-up or refresh.
    No live capture exists: the response shape (`cameras`, a list of camera configs) comes from
    blinkpy's 2018 test mock, and the example below is hand-written.

    Args:
        network_id (int):
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CameraList | Error]
    """

    kwargs = _get_kwargs(
        network_id=network_id,
        host=host,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    network_id: int,
    *,
    client: AuthenticatedClient,
    host: str | Unset = UNSET,
) -> CameraList | Error | None:
    """List the cameras of a network (legacy)

     One of the original 2017 calls (MattTW BlinkMonitorProtocol notes): the cameras of a network with
    their settings. Clients stopped calling it once the homescreen (2019-03, `get_homescreen_v3`)
    carried
    the camera list; blinkpy keeps `request_cameras` but never calls it during start-up or refresh.
    No live capture exists: the response shape (`cameras`, a list of camera configs) comes from
    blinkpy's 2018 test mock, and the example below is hand-written.

    Args:
        network_id (int):
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CameraList | Error
    """

    return (
        await asyncio_detailed(
            network_id=network_id,
            client=client,
            host=host,
        )
    ).parsed
