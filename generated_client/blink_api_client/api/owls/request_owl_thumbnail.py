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
    owl_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/accounts/{account_id}/networks/{network_id}/owls/{owl_id}/thumbnail".format(
            account_id=quote(str(account_id), safe=""),
            network_id=quote(str(network_id), safe=""),
            owl_id=quote(str(owl_id), safe=""),
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
    owl_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[CommandShort | Error]:
    """Take a new Mini thumbnail

     Takes a new still image on a Blink Mini. Documented with a response in MattTW BlinkMonitorProtocol
    (`camera/setOWLThumbnail`, 2020) and used by blinkpy's `snap_picture` for Minis. Unlike the camera
    call it answers the short command form. No body.

    Args:
        account_id (int):
        network_id (int):
        owl_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommandShort | Error]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        network_id=network_id,
        owl_id=owl_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: int,
    network_id: int,
    owl_id: int,
    *,
    client: AuthenticatedClient,
) -> CommandShort | Error | None:
    """Take a new Mini thumbnail

     Takes a new still image on a Blink Mini. Documented with a response in MattTW BlinkMonitorProtocol
    (`camera/setOWLThumbnail`, 2020) and used by blinkpy's `snap_picture` for Minis. Unlike the camera
    call it answers the short command form. No body.

    Args:
        account_id (int):
        network_id (int):
        owl_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommandShort | Error
    """

    return sync_detailed(
        account_id=account_id,
        network_id=network_id,
        owl_id=owl_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    account_id: int,
    network_id: int,
    owl_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[CommandShort | Error]:
    """Take a new Mini thumbnail

     Takes a new still image on a Blink Mini. Documented with a response in MattTW BlinkMonitorProtocol
    (`camera/setOWLThumbnail`, 2020) and used by blinkpy's `snap_picture` for Minis. Unlike the camera
    call it answers the short command form. No body.

    Args:
        account_id (int):
        network_id (int):
        owl_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommandShort | Error]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        network_id=network_id,
        owl_id=owl_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: int,
    network_id: int,
    owl_id: int,
    *,
    client: AuthenticatedClient,
) -> CommandShort | Error | None:
    """Take a new Mini thumbnail

     Takes a new still image on a Blink Mini. Documented with a response in MattTW BlinkMonitorProtocol
    (`camera/setOWLThumbnail`, 2020) and used by blinkpy's `snap_picture` for Minis. Unlike the camera
    call it answers the short command form. No body.

    Args:
        account_id (int):
        network_id (int):
        owl_id (int):

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
            owl_id=owl_id,
            client=client,
        )
    ).parsed
