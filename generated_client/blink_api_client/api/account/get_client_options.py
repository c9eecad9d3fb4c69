from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.client_options import ClientOptions
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    account_id: int,
    client_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/accounts/{account_id}/clients/{client_id}/options".format(
            account_id=quote(str(account_id), safe=""),
            client_id=quote(str(client_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClientOptions | Error | None:
    if response.status_code == 200:
        response_200 = ClientOptions.from_dict(response.json())

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
) -> Response[ClientOptions | Error]:
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
) -> Response[ClientOptions | Error]:
    """Get the app settings stored for a client

     Returns the app's own preferences for this installation (network and camera order,
    tutorial flags) as one base64-encoded JSON blob (`ClientOptionsBlob`). Documented by
    MattTW (`system/options.md`, whose example is a placeholder, not base64), captured and
    decoded by homebridge-blink-for-home (2020-10), and listed in the Android app 6.18 (2022)
    as `getClientOptions`. Clients must tolerate a value that does not decode.

    Args:
        account_id (int):
        client_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientOptions | Error]
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
) -> ClientOptions | Error | None:
    """Get the app settings stored for a client

     Returns the app's own preferences for this installation (network and camera order,
    tutorial flags) as one base64-encoded JSON blob (`ClientOptionsBlob`). Documented by
    MattTW (`system/options.md`, whose example is a placeholder, not base64), captured and
    decoded by homebridge-blink-for-home (2020-10), and listed in the Android app 6.18 (2022)
    as `getClientOptions`. Clients must tolerate a value that does not decode.

    Args:
        account_id (int):
        client_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientOptions | Error
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
) -> Response[ClientOptions | Error]:
    """Get the app settings stored for a client

     Returns the app's own preferences for this installation (network and camera order,
    tutorial flags) as one base64-encoded JSON blob (`ClientOptionsBlob`). Documented by
    MattTW (`system/options.md`, whose example is a placeholder, not base64), captured and
    decoded by homebridge-blink-for-home (2020-10), and listed in the Android app 6.18 (2022)
    as `getClientOptions`. Clients must tolerate a value that does not decode.

    Args:
        account_id (int):
        client_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientOptions | Error]
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
) -> ClientOptions | Error | None:
    """Get the app settings stored for a client

     Returns the app's own preferences for this installation (network and camera order,
    tutorial flags) as one base64-encoded JSON blob (`ClientOptionsBlob`). Documented by
    MattTW (`system/options.md`, whose example is a placeholder, not base64), captured and
    decoded by homebridge-blink-for-home (2020-10), and listed in the Android app 6.18 (2022)
    as `getClientOptions`. Clients must tolerate a value that does not decode.

    Args:
        account_id (int):
        client_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientOptions | Error
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client_id=client_id,
            client=client,
        )
    ).parsed
