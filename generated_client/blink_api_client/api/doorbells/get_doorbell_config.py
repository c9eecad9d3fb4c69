from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.doorbell_config import DoorbellConfig
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    account_id: int,
    network_id: int,
    doorbell_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/accounts/{account_id}/networks/{network_id}/doorbells/{doorbell_id}/config".format(
            account_id=quote(str(account_id), safe=""),
            network_id=quote(str(network_id), safe=""),
            doorbell_id=quote(str(doorbell_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DoorbellConfig | Error | None:
    if response.status_code == 200:
        response_200 = DoorbellConfig.from_dict(response.json())

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
) -> Response[DoorbellConfig | Error]:
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
) -> Response[DoorbellConfig | Error]:
    """Get a doorbell's configuration

     Settings of a Blink Video Doorbell ("lotus"). Listed by homebridge-blink-for-home and the Blink
    Android app (2022-2025); no client reads it and no response was ever recorded. The schema assumes
    fields like the Mini's config; the example is hand-written.

    Args:
        account_id (int):
        network_id (int):
        doorbell_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DoorbellConfig | Error]
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
) -> DoorbellConfig | Error | None:
    """Get a doorbell's configuration

     Settings of a Blink Video Doorbell ("lotus"). Listed by homebridge-blink-for-home and the Blink
    Android app (2022-2025); no client reads it and no response was ever recorded. The schema assumes
    fields like the Mini's config; the example is hand-written.

    Args:
        account_id (int):
        network_id (int):
        doorbell_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DoorbellConfig | Error
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
) -> Response[DoorbellConfig | Error]:
    """Get a doorbell's configuration

     Settings of a Blink Video Doorbell ("lotus"). Listed by homebridge-blink-for-home and the Blink
    Android app (2022-2025); no client reads it and no response was ever recorded. The schema assumes
    fields like the Mini's config; the example is hand-written.

    Args:
        account_id (int):
        network_id (int):
        doorbell_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DoorbellConfig | Error]
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
) -> DoorbellConfig | Error | None:
    """Get a doorbell's configuration

     Settings of a Blink Video Doorbell ("lotus"). Listed by homebridge-blink-for-home and the Blink
    Android app (2022-2025); no client reads it and no response was ever recorded. The schema assumes
    fields like the Mini's config; the example is hand-written.

    Args:
        account_id (int):
        network_id (int):
        doorbell_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DoorbellConfig | Error
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            network_id=network_id,
            doorbell_id=doorbell_id,
            client=client,
        )
    ).parsed
