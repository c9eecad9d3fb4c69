from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.command_short import CommandShort
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    account_id: int,
    network_id: int,
    doorbell_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/accounts/{account_id}/networks/{network_id}/doorbells/{doorbell_id}/thumbnail".format(
            account_id=quote(str(account_id), safe=""),
            network_id=quote(str(network_id), safe=""),
            doorbell_id=quote(str(doorbell_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CommandShort | Error | None:
    if response.status_code == 200:
        response_200 = CommandShort.from_dict(response.json())

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
) -> Response[CommandShort | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: int,
    network_id: int,
    doorbell_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[CommandShort | Error]:
    """Take a new doorbell thumbnail

     Takes a new still image on a Video Doorbell (blinkpy 0.25 `snap_picture` for doorbells). Answers a
    short command. Wakes the doorbell and costs battery. No body.

    Args:
        account_id (int):
        network_id (int):
        doorbell_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommandShort | Error]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        network_id=network_id,
        doorbell_id=doorbell_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: int,
    network_id: int,
    doorbell_id: int,
    *,
    client: AuthenticatedClient,
) -> CommandShort | Error | None:
    """Take a new doorbell thumbnail

     Takes a new still image on a Video Doorbell (blinkpy 0.25 `snap_picture` for doorbells). Answers a
    short command. Wakes the doorbell and costs battery. No body.

    Args:
        account_id (int):
        network_id (int):
        doorbell_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommandShort | Error
    """

    return sync_detailed(
        account_id=account_id,
        network_id=network_id,
        doorbell_id=doorbell_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    account_id: int,
    network_id: int,
    doorbell_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[CommandShort | Error]:
    """Take a new doorbell thumbnail

     Takes a new still image on a Video Doorbell (blinkpy 0.25 `snap_picture` for doorbells). Answers a
    short command. Wakes the doorbell and costs battery. No body.

    Args:
        account_id (int):
        network_id (int):
        doorbell_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommandShort | Error]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        network_id=network_id,
        doorbell_id=doorbell_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: int,
    network_id: int,
    doorbell_id: int,
    *,
    client: AuthenticatedClient,
) -> CommandShort | Error | None:
    """Take a new doorbell thumbnail

     Takes a new still image on a Video Doorbell (blinkpy 0.25 `snap_picture` for doorbells). Answers a
    short command. Wakes the doorbell and costs battery. No body.

    Args:
        account_id (int):
        network_id (int):
        doorbell_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommandShort | Error
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            network_id=network_id,
            doorbell_id=doorbell_id,
            client=client,
        )
    ).parsed
