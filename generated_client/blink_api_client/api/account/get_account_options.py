from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_options import AccountOptions
from ...models.error import Error
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/account/options",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountOptions | Error | None:
    if response.status_code == 200:
        response_200 = AccountOptions.from_dict(response.json())

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
) -> Response[AccountOptions | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[AccountOptions | Error]:
    """Get the account's feature switches

     Returns which app features are switched on for the account (Mini support, Sync
    Module 2, snapshots, Amazon linking, clip-list limit). Documented by MattTW
    (`Misc/accountOptions.md`) and captured by homebridge-blink-for-home (2020-10, 2022-03);
    listed in the Android app 6.18 (2022) as `accountOptions`. The set of keys grows over
    time; treat every key as optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountOptions | Error]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> AccountOptions | Error | None:
    """Get the account's feature switches

     Returns which app features are switched on for the account (Mini support, Sync
    Module 2, snapshots, Amazon linking, clip-list limit). Documented by MattTW
    (`Misc/accountOptions.md`) and captured by homebridge-blink-for-home (2020-10, 2022-03);
    listed in the Android app 6.18 (2022) as `accountOptions`. The set of keys grows over
    time; treat every key as optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountOptions | Error
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[AccountOptions | Error]:
    """Get the account's feature switches

     Returns which app features are switched on for the account (Mini support, Sync
    Module 2, snapshots, Amazon linking, clip-list limit). Documented by MattTW
    (`Misc/accountOptions.md`) and captured by homebridge-blink-for-home (2020-10, 2022-03);
    listed in the Android app 6.18 (2022) as `accountOptions`. The set of keys grows over
    time; treat every key as optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountOptions | Error]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> AccountOptions | Error | None:
    """Get the account's feature switches

     Returns which app features are switched on for the account (Mini support, Sync
    Module 2, snapshots, Amazon linking, clip-list limit). Documented by MattTW
    (`Misc/accountOptions.md`) and captured by homebridge-blink-for-home (2020-10, 2022-03);
    listed in the Android app 6.18 (2022) as `accountOptions`. The set of keys grows over
    time; treat every key as optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountOptions | Error
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
