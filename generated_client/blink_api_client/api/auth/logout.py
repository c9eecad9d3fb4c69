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
    account_id: int,
    client_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/account/{account_id}/client/{client_id}/logout".format(
            account_id=quote(str(account_id), safe=""),
            client_id=quote(str(client_id), safe=""),
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
    account_id: int,
    client_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Error | Message]:
    """End this client's session

     Invalidates the client's token (BlinkMonitorProtocol `auth/logout.md`; blinkpy
    `request_logout`; homebridge-blink-for-home; Android app 6.x writes `.../logout/`).
    Later tokens need a new login, and a new client may need verification again. App 49
    and later use `/api/v4/clients/{client_id}/logout` (decompilation only).

    Args:
        account_id (int):
        client_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Message]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        client_id=client_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: int,
    client_id: int,
    *,
    client: AuthenticatedClient,
) -> Error | Message | None:
    """End this client's session

     Invalidates the client's token (BlinkMonitorProtocol `auth/logout.md`; blinkpy
    `request_logout`; homebridge-blink-for-home; Android app 6.x writes `.../logout/`).
    Later tokens need a new login, and a new client may need verification again. App 49
    and later use `/api/v4/clients/{client_id}/logout` (decompilation only).

    Args:
        account_id (int):
        client_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Message
    """

    return sync_detailed(
        account_id=account_id,
        client_id=client_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    account_id: int,
    client_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Error | Message]:
    """End this client's session

     Invalidates the client's token (BlinkMonitorProtocol `auth/logout.md`; blinkpy
    `request_logout`; homebridge-blink-for-home; Android app 6.x writes `.../logout/`).
    Later tokens need a new login, and a new client may need verification again. App 49
    and later use `/api/v4/clients/{client_id}/logout` (decompilation only).

    Args:
        account_id (int):
        client_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Message]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        client_id=client_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: int,
    client_id: int,
    *,
    client: AuthenticatedClient,
) -> Error | Message | None:
    """End this client's session

     Invalidates the client's token (BlinkMonitorProtocol `auth/logout.md`; blinkpy
    `request_logout`; homebridge-blink-for-home; Android app 6.x writes `.../logout/`).
    Later tokens need a new login, and a new client may need verification again. App 49
    and later use `/api/v4/clients/{client_id}/logout` (decompilation only).

    Args:
        account_id (int):
        client_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Message
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client_id=client_id,
            client=client,
        )
    ).parsed
