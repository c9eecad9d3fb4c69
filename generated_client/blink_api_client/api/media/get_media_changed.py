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
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(user_agent, Unset):
        headers["User-Agent"] = user_agent

    if not isinstance(app_build, Unset):
        headers["APP-BUILD"] = app_build

    if not isinstance(locale, Unset):
        headers["LOCALE"] = locale

    if not isinstance(x_blink_time_zone, Unset):
        headers["X-Blink-Time-Zone"] = x_blink_time_zone

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

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

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | MediaChangedResponse | str | None:
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

    if 500 <= response.status_code <= 599:
        response_5xx = response.text
        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | MediaChangedResponse | str]:
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
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[Error | MediaChangedResponse | str]:
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
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MediaChangedResponse | str]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        since=since,
        page=page,
        user_agent=user_agent,
        app_build=app_build,
        locale=locale,
        x_blink_time_zone=x_blink_time_zone,
        accept_language=accept_language,
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
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Error | MediaChangedResponse | str | None:
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
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MediaChangedResponse | str
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        since=since,
        page=page,
        user_agent=user_agent,
        app_build=app_build,
        locale=locale,
        x_blink_time_zone=x_blink_time_zone,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    account_id: int,
    *,
    client: AuthenticatedClient,
    since: str | Unset = UNSET,
    page: int | Unset = 1,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[Error | MediaChangedResponse | str]:
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
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MediaChangedResponse | str]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        since=since,
        page=page,
        user_agent=user_agent,
        app_build=app_build,
        locale=locale,
        x_blink_time_zone=x_blink_time_zone,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: int,
    *,
    client: AuthenticatedClient,
    since: str | Unset = UNSET,
    page: int | Unset = 1,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Error | MediaChangedResponse | str | None:
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
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MediaChangedResponse | str
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            since=since,
            page=page,
            user_agent=user_agent,
            app_build=app_build,
            locale=locale,
            x_blink_time_zone=x_blink_time_zone,
            accept_language=accept_language,
        )
    ).parsed
