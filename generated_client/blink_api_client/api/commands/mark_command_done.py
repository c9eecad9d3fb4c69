from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.message import Message
from ...types import Response


def _get_kwargs(
    network_id: int,
    command_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/network/{network_id}/command/{command_id}/done/".format(
            network_id=quote(str(network_id), safe=""),
            command_id=quote(str(command_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Message | None:
    if response.status_code == 200:
        response_200 = Message.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = Error.from_dict(response.json())

        return response_413

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | Message]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    network_id: int,
    command_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Error | Message]:
    """End a command

     Marks a command as done; clients use it to end a live-view session. The trailing slash is
    part of the path. Observed in blinkpy 0.25 (`api.request_command_done`, 2025, with a
    recorded reply) and the Blink Android app 6.1.2-6.18 (`terminateCommand`, 2020-2022).

    Args:
        network_id (int):
        command_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Message]
    """

    kwargs = _get_kwargs(
        network_id=network_id,
        command_id=command_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    network_id: int,
    command_id: int,
    *,
    client: AuthenticatedClient,
) -> Error | Message | None:
    """End a command

     Marks a command as done; clients use it to end a live-view session. The trailing slash is
    part of the path. Observed in blinkpy 0.25 (`api.request_command_done`, 2025, with a
    recorded reply) and the Blink Android app 6.1.2-6.18 (`terminateCommand`, 2020-2022).

    Args:
        network_id (int):
        command_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Message
    """

    return sync_detailed(
        network_id=network_id,
        command_id=command_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    network_id: int,
    command_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Error | Message]:
    """End a command

     Marks a command as done; clients use it to end a live-view session. The trailing slash is
    part of the path. Observed in blinkpy 0.25 (`api.request_command_done`, 2025, with a
    recorded reply) and the Blink Android app 6.1.2-6.18 (`terminateCommand`, 2020-2022).

    Args:
        network_id (int):
        command_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Message]
    """

    kwargs = _get_kwargs(
        network_id=network_id,
        command_id=command_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    network_id: int,
    command_id: int,
    *,
    client: AuthenticatedClient,
) -> Error | Message | None:
    """End a command

     Marks a command as done; clients use it to end a live-view session. The trailing slash is
    part of the path. Observed in blinkpy 0.25 (`api.request_command_done`, 2025, with a
    recorded reply) and the Blink Android app 6.1.2-6.18 (`terminateCommand`, 2020-2022).

    Args:
        network_id (int):
        command_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Message
    """

    return (
        await asyncio_detailed(
            network_id=network_id,
            command_id=command_id,
            client=client,
        )
    ).parsed
