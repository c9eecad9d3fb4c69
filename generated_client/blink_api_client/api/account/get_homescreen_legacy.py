from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.legacy_homescreen import LegacyHomescreen
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
        "url": "/homescreen",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | LegacyHomescreen | None:
    if response.status_code == 200:
        response_200 = LegacyHomescreen.from_dict(response.json())

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
) -> Response[Error | LegacyHomescreen]:
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
) -> Response[Error | LegacyHomescreen]:
    """Get the legacy homescreen (single network)

     The original homescreen of the 2016-2017 protocol notes: the account's notification
    count, one network and a flat `devices` list of cameras and the sync module. The
    response shape comes from blinkpy's 2018 test fixtures (`tests/mock_responses.py`,
    e65840d), which mimic real answers. blinkpy moved to
    `/api/v3/accounts/{account_id}/homescreen` in 2019-03 (602b616); the path is obsolete.
    Quirk: `battery` is a number of bars here, a word (`ok`/`low`) in the v3 homescreen.

    Args:
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LegacyHomescreen]
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
) -> Error | LegacyHomescreen | None:
    """Get the legacy homescreen (single network)

     The original homescreen of the 2016-2017 protocol notes: the account's notification
    count, one network and a flat `devices` list of cameras and the sync module. The
    response shape comes from blinkpy's 2018 test fixtures (`tests/mock_responses.py`,
    e65840d), which mimic real answers. blinkpy moved to
    `/api/v3/accounts/{account_id}/homescreen` in 2019-03 (602b616); the path is obsolete.
    Quirk: `battery` is a number of bars here, a word (`ok`/`low`) in the v3 homescreen.

    Args:
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LegacyHomescreen
    """

    return sync_detailed(
        client=client,
        host=host,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    host: str | Unset = UNSET,
) -> Response[Error | LegacyHomescreen]:
    """Get the legacy homescreen (single network)

     The original homescreen of the 2016-2017 protocol notes: the account's notification
    count, one network and a flat `devices` list of cameras and the sync module. The
    response shape comes from blinkpy's 2018 test fixtures (`tests/mock_responses.py`,
    e65840d), which mimic real answers. blinkpy moved to
    `/api/v3/accounts/{account_id}/homescreen` in 2019-03 (602b616); the path is obsolete.
    Quirk: `battery` is a number of bars here, a word (`ok`/`low`) in the v3 homescreen.

    Args:
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LegacyHomescreen]
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
) -> Error | LegacyHomescreen | None:
    """Get the legacy homescreen (single network)

     The original homescreen of the 2016-2017 protocol notes: the account's notification
    count, one network and a flat `devices` list of cameras and the sync module. The
    response shape comes from blinkpy's 2018 test fixtures (`tests/mock_responses.py`,
    e65840d), which mimic real answers. blinkpy moved to
    `/api/v3/accounts/{account_id}/homescreen` in 2019-03 (602b616); the path is obsolete.
    Quirk: `battery` is a number of bars here, a word (`ok`/`low`) in the v3 homescreen.

    Args:
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LegacyHomescreen
    """

    return (
        await asyncio_detailed(
            client=client,
            host=host,
        )
    ).parsed
