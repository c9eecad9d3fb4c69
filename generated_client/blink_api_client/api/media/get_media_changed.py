from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.media_changed_response import MediaChangedResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: int,
    *,
    since: str | Unset = UNSET,
    page: int | Unset = 1,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["since"] = since

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/accounts/{account_id}/media/changed".format(
            account_id=quote(str(account_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | MediaChangedResponse | None:
    if response.status_code == 200:
        response_200 = MediaChangedResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

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
) -> Response[Error | MediaChangedResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: int,
    *,
    client: AuthenticatedClient,
    since: str | Unset = UNSET,
    page: int | Unset = 1,
) -> Response[Error | MediaChangedResponse]:
    """List cloud media changed since a time

     Lists the account's cloud clips and snapshots created, changed or deleted since `since`,
    one page at a time. Observed in MattTW's BlinkMonitorProtocol (`video/getVideoEvents.md`,
    2020), homebridge-blink-for-home (`getMediaChange`, capture of 2020-10-02) and blinkpy
    0.25 (`api.request_videos`, 2019-05 onwards, when it replaced `/api/v2/videos/changed`).
    The Blink app 6.18 (2022) calls an `/api/v2/accounts/{aid}/media/changed` variant with the
    same response.

    Paging: pages start at 1. Past the last page the response has an empty `media` list;
    blinkpy stops at the first empty (or missing) `media` and fetches at most 9 pages, so a
    server that ignored `page` would be read 9 times. Deleted clips stay in the list with
    `deleted: true`. `created_at` is UTC and blinkpy depends on that for motion detection.

    Args:
        account_id (int):
        since (str | Unset):
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MediaChangedResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        since=since,
        page=page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: int,
    *,
    client: AuthenticatedClient,
    since: str | Unset = UNSET,
    page: int | Unset = 1,
) -> Error | MediaChangedResponse | None:
    """List cloud media changed since a time

     Lists the account's cloud clips and snapshots created, changed or deleted since `since`,
    one page at a time. Observed in MattTW's BlinkMonitorProtocol (`video/getVideoEvents.md`,
    2020), homebridge-blink-for-home (`getMediaChange`, capture of 2020-10-02) and blinkpy
    0.25 (`api.request_videos`, 2019-05 onwards, when it replaced `/api/v2/videos/changed`).
    The Blink app 6.18 (2022) calls an `/api/v2/accounts/{aid}/media/changed` variant with the
    same response.

    Paging: pages start at 1. Past the last page the response has an empty `media` list;
    blinkpy stops at the first empty (or missing) `media` and fetches at most 9 pages, so a
    server that ignored `page` would be read 9 times. Deleted clips stay in the list with
    `deleted: true`. `created_at` is UTC and blinkpy depends on that for motion detection.

    Args:
        account_id (int):
        since (str | Unset):
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MediaChangedResponse
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        since=since,
        page=page,
    ).parsed


async def asyncio_detailed(
    account_id: int,
    *,
    client: AuthenticatedClient,
    since: str | Unset = UNSET,
    page: int | Unset = 1,
) -> Response[Error | MediaChangedResponse]:
    """List cloud media changed since a time

     Lists the account's cloud clips and snapshots created, changed or deleted since `since`,
    one page at a time. Observed in MattTW's BlinkMonitorProtocol (`video/getVideoEvents.md`,
    2020), homebridge-blink-for-home (`getMediaChange`, capture of 2020-10-02) and blinkpy
    0.25 (`api.request_videos`, 2019-05 onwards, when it replaced `/api/v2/videos/changed`).
    The Blink app 6.18 (2022) calls an `/api/v2/accounts/{aid}/media/changed` variant with the
    same response.

    Paging: pages start at 1. Past the last page the response has an empty `media` list;
    blinkpy stops at the first empty (or missing) `media` and fetches at most 9 pages, so a
    server that ignored `page` would be read 9 times. Deleted clips stay in the list with
    `deleted: true`. `created_at` is UTC and blinkpy depends on that for motion detection.

    Args:
        account_id (int):
        since (str | Unset):
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MediaChangedResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        since=since,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: int,
    *,
    client: AuthenticatedClient,
    since: str | Unset = UNSET,
    page: int | Unset = 1,
) -> Error | MediaChangedResponse | None:
    """List cloud media changed since a time

     Lists the account's cloud clips and snapshots created, changed or deleted since `since`,
    one page at a time. Observed in MattTW's BlinkMonitorProtocol (`video/getVideoEvents.md`,
    2020), homebridge-blink-for-home (`getMediaChange`, capture of 2020-10-02) and blinkpy
    0.25 (`api.request_videos`, 2019-05 onwards, when it replaced `/api/v2/videos/changed`).
    The Blink app 6.18 (2022) calls an `/api/v2/accounts/{aid}/media/changed` variant with the
    same response.

    Paging: pages start at 1. Past the last page the response has an empty `media` list;
    blinkpy stops at the first empty (or missing) `media` and fetches at most 9 pages, so a
    server that ignored `page` would be read 9 times. Deleted clips stay in the list with
    `deleted: true`. `created_at` is UTC and blinkpy depends on that for motion detection.

    Args:
        account_id (int):
        since (str | Unset):
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MediaChangedResponse
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            since=since,
            page=page,
        )
    ).parsed
