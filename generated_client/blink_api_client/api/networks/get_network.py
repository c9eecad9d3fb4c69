from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.network_detail import NetworkDetail
from ...types import Response


def _get_kwargs(
    network_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/network/{network_id}".format(
            network_id=quote(str(network_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | NetworkDetail | None:
    if response.status_code == 200:
        response_200 = NetworkDetail.from_dict(response.json())

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
) -> Response[Error | NetworkDetail]:
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
) -> Response[Error | NetworkDetail]:
    """Get one network

     Returns one network wrapped in `network`. Called by blinkpy 0.25 as
    `api.request_network_status` (2025), but not during setup or refresh: blinkpy takes the
    arm state from `update_network` instead. Field list from the homebridge-blink-for-home
    captures (2020-10).

    Args:
        network_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NetworkDetail]
    """

    kwargs = _get_kwargs(
        network_id=network_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    network_id: int,
    *,
    client: AuthenticatedClient,
) -> Error | NetworkDetail | None:
    """Get one network

     Returns one network wrapped in `network`. Called by blinkpy 0.25 as
    `api.request_network_status` (2025), but not during setup or refresh: blinkpy takes the
    arm state from `update_network` instead. Field list from the homebridge-blink-for-home
    captures (2020-10).

    Args:
        network_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | NetworkDetail
    """

    return sync_detailed(
        network_id=network_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    network_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Error | NetworkDetail]:
    """Get one network

     Returns one network wrapped in `network`. Called by blinkpy 0.25 as
    `api.request_network_status` (2025), but not during setup or refresh: blinkpy takes the
    arm state from `update_network` instead. Field list from the homebridge-blink-for-home
    captures (2020-10).

    Args:
        network_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NetworkDetail]
    """

    kwargs = _get_kwargs(
        network_id=network_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    network_id: int,
    *,
    client: AuthenticatedClient,
) -> Error | NetworkDetail | None:
    """Get one network

     Returns one network wrapped in `network`. Called by blinkpy 0.25 as
    `api.request_network_status` (2025), but not during setup or refresh: blinkpy takes the
    arm state from `update_network` instead. Field list from the homebridge-blink-for-home
    captures (2020-10).

    Args:
        network_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | NetworkDetail
    """

    return (
        await asyncio_detailed(
            network_id=network_id,
            client=client,
        )
    ).parsed
