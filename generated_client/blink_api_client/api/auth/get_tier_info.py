from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.tier_info import TierInfo
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/users/tier_info",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | TierInfo | None:
    if response.status_code == 200:
        response_200 = TierInfo.from_dict(response.json())

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
) -> Response[Error | TierInfo]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Error | TierInfo]:
    """Find the account's tier and account id

     Returns the tier (the `{tier}` in `rest-{tier}.immedia-semi.com`) and the account id for
    an OAuth access token. Always called on `rest-prod` (blinkpy 0.25 `api.request_tier`,
    2025-10 onwards). blinkpy reads only `tier` and `account_id` and cannot start without
    them; other keys are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TierInfo]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> Error | TierInfo | None:
    """Find the account's tier and account id

     Returns the tier (the `{tier}` in `rest-{tier}.immedia-semi.com`) and the account id for
    an OAuth access token. Always called on `rest-prod` (blinkpy 0.25 `api.request_tier`,
    2025-10 onwards). blinkpy reads only `tier` and `account_id` and cannot start without
    them; other keys are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TierInfo
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Error | TierInfo]:
    """Find the account's tier and account id

     Returns the tier (the `{tier}` in `rest-{tier}.immedia-semi.com`) and the account id for
    an OAuth access token. Always called on `rest-prod` (blinkpy 0.25 `api.request_tier`,
    2025-10 onwards). blinkpy reads only `tier` and `account_id` and cannot start without
    them; other keys are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TierInfo]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> Error | TierInfo | None:
    """Find the account's tier and account id

     Returns the tier (the `{tier}` in `rest-{tier}.immedia-semi.com`) and the account id for
    an OAuth access token. Always called on `rest-prod` (blinkpy 0.25 `api.request_tier`,
    2025-10 onwards). blinkpy reads only `tier` and `account_id` and cannot start without
    them; other keys are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TierInfo
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
