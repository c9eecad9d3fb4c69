from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.program import Program
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
        "url": "/api/v1/networks/{network_id}/programs".format(
            network_id=quote(str(network_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[Program] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_program_list_item_data in _response_200:
            componentsschemas_program_list_item = Program.from_dict(
                componentsschemas_program_list_item_data
            )

            response_200.append(componentsschemas_program_list_item)

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
) -> Response[Error | list[Program]]:
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
) -> Response[Error | list[Program]]:
    """List the network's programs

     Lists the arm/disarm schedules ("programs") of a network as a bare array. In the 2017
    protocol notes; the reply is recorded in MattTW's notes (`network/listPrograms.md`, 2020)
    and used by homebridge-blink-for-home (2022) and the Blink Android app 6.18 (2022).
    Schedule times are full timestamps `YYYY-MM-DD HH:MM:SS +0000` of which only the time of
    day matters.

    Args:
        network_id (int):
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Program]]
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
) -> Error | list[Program] | None:
    """List the network's programs

     Lists the arm/disarm schedules ("programs") of a network as a bare array. In the 2017
    protocol notes; the reply is recorded in MattTW's notes (`network/listPrograms.md`, 2020)
    and used by homebridge-blink-for-home (2022) and the Blink Android app 6.18 (2022).
    Schedule times are full timestamps `YYYY-MM-DD HH:MM:SS +0000` of which only the time of
    day matters.

    Args:
        network_id (int):
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Program]
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
) -> Response[Error | list[Program]]:
    """List the network's programs

     Lists the arm/disarm schedules ("programs") of a network as a bare array. In the 2017
    protocol notes; the reply is recorded in MattTW's notes (`network/listPrograms.md`, 2020)
    and used by homebridge-blink-for-home (2022) and the Blink Android app 6.18 (2022).
    Schedule times are full timestamps `YYYY-MM-DD HH:MM:SS +0000` of which only the time of
    day matters.

    Args:
        network_id (int):
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Program]]
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
) -> Error | list[Program] | None:
    """List the network's programs

     Lists the arm/disarm schedules ("programs") of a network as a bare array. In the 2017
    protocol notes; the reply is recorded in MattTW's notes (`network/listPrograms.md`, 2020)
    and used by homebridge-blink-for-home (2022) and the Blink Android app 6.18 (2022).
    Schedule times are full timestamps `YYYY-MM-DD HH:MM:SS +0000` of which only the time of
    day matters.

    Args:
        network_id (int):
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Program]
    """

    return (
        await asyncio_detailed(
            network_id=network_id,
            client=client,
            host=host,
        )
    ).parsed
