from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_client_list import AccountClientList
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    host: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(host, Unset):
        headers["Host"] = host

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/account/clients",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountClientList | Error | None:
    if response.status_code == 200:
        response_200 = AccountClientList.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccountClientList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    host: str | Unset = UNSET,
) -> Response[AccountClientList | Error]:
    """List the clients (app installations) of the account

     Lists the devices that have connected to the account. Only the 2017 protocol notes
    describe it ("type, name, connection time, user ID"); no response was ever recorded, so
    the shape below is inferred from that sentence and the `Client` record, and the field
    names other than those four facts are a best guess. MattTW later struck it out as
    obsolete. The Android app 6.18 (2022) lists clients at
    `/api/v1/accounts/{account_id}/clients/{client_id}/control_panel/clients`, but no sample
    of that exists either, so no successor is given.

    Args:
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountClientList | Error]
    """

    kwargs = _get_kwargs(
        host=host,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    host: str | Unset = UNSET,
) -> AccountClientList | Error | None:
    """List the clients (app installations) of the account

     Lists the devices that have connected to the account. Only the 2017 protocol notes
    describe it ("type, name, connection time, user ID"); no response was ever recorded, so
    the shape below is inferred from that sentence and the `Client` record, and the field
    names other than those four facts are a best guess. MattTW later struck it out as
    obsolete. The Android app 6.18 (2022) lists clients at
    `/api/v1/accounts/{account_id}/clients/{client_id}/control_panel/clients`, but no sample
    of that exists either, so no successor is given.

    Args:
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountClientList | Error
    """

    return sync_detailed(
        client=client,
        host=host,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    host: str | Unset = UNSET,
) -> Response[AccountClientList | Error]:
    """List the clients (app installations) of the account

     Lists the devices that have connected to the account. Only the 2017 protocol notes
    describe it ("type, name, connection time, user ID"); no response was ever recorded, so
    the shape below is inferred from that sentence and the `Client` record, and the field
    names other than those four facts are a best guess. MattTW later struck it out as
    obsolete. The Android app 6.18 (2022) lists clients at
    `/api/v1/accounts/{account_id}/clients/{client_id}/control_panel/clients`, but no sample
    of that exists either, so no successor is given.

    Args:
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountClientList | Error]
    """

    kwargs = _get_kwargs(
        host=host,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    host: str | Unset = UNSET,
) -> AccountClientList | Error | None:
    """List the clients (app installations) of the account

     Lists the devices that have connected to the account. Only the 2017 protocol notes
    describe it ("type, name, connection time, user ID"); no response was ever recorded, so
    the shape below is inferred from that sentence and the `Client` record, and the field
    names other than those four facts are a best guess. MattTW later struck it out as
    obsolete. The Android app 6.18 (2022) lists clients at
    `/api/v1/accounts/{account_id}/clients/{client_id}/control_panel/clients`, but no sample
    of that exists either, so no successor is given.

    Args:
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountClientList | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            host=host,
        )
    ).parsed
