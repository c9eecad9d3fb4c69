from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.legacy_video import LegacyVideo
from ...types import UNSET, Response, Unset


def _get_kwargs(
    page: int,
    *,
    host: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(host, Unset):
        headers["Host"] = host

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

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/videos/page/{page}".format(
            page=quote(str(page), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[LegacyVideo] | str | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = LegacyVideo.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 426:
        response_426 = Error.from_dict(response.json())

        return response_426

    if 500 <= response.status_code <= 599:
        response_5xx = response.text
        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[LegacyVideo] | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    page: int,
    *,
    client: AuthenticatedClient,
    host: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[Error | list[LegacyVideo] | str]:
    """List one page of clips (legacy)

     Returns one page of the account's clips as a bare JSON array (no envelope). Seed endpoint
    of the 2016-2017 protocol notes ("camera name, creation time, thumbnail URI, size,
    length"); blinkpy 2018 (`sync_module.get_videos`) read `camera_name`, `address`,
    `thumbnail` and `created_at`. Pages start at 0. No recorded response exists: the item
    shape is inferred. Retired on 2019-01-23, when it began to answer "An app update is required"
    (BlinkMonitorProtocol #27); clients moved to `list_videos_changed`, then to `get_media_changed`.

    Args:
        page (int):
        host (str | Unset):
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[LegacyVideo] | str]
    """

    kwargs = _get_kwargs(
        page=page,
        host=host,
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
    page: int,
    *,
    client: AuthenticatedClient,
    host: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Error | list[LegacyVideo] | str | None:
    """List one page of clips (legacy)

     Returns one page of the account's clips as a bare JSON array (no envelope). Seed endpoint
    of the 2016-2017 protocol notes ("camera name, creation time, thumbnail URI, size,
    length"); blinkpy 2018 (`sync_module.get_videos`) read `camera_name`, `address`,
    `thumbnail` and `created_at`. Pages start at 0. No recorded response exists: the item
    shape is inferred. Retired on 2019-01-23, when it began to answer "An app update is required"
    (BlinkMonitorProtocol #27); clients moved to `list_videos_changed`, then to `get_media_changed`.

    Args:
        page (int):
        host (str | Unset):
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[LegacyVideo] | str
    """

    return sync_detailed(
        page=page,
        client=client,
        host=host,
        user_agent=user_agent,
        app_build=app_build,
        locale=locale,
        x_blink_time_zone=x_blink_time_zone,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    page: int,
    *,
    client: AuthenticatedClient,
    host: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[Error | list[LegacyVideo] | str]:
    """List one page of clips (legacy)

     Returns one page of the account's clips as a bare JSON array (no envelope). Seed endpoint
    of the 2016-2017 protocol notes ("camera name, creation time, thumbnail URI, size,
    length"); blinkpy 2018 (`sync_module.get_videos`) read `camera_name`, `address`,
    `thumbnail` and `created_at`. Pages start at 0. No recorded response exists: the item
    shape is inferred. Retired on 2019-01-23, when it began to answer "An app update is required"
    (BlinkMonitorProtocol #27); clients moved to `list_videos_changed`, then to `get_media_changed`.

    Args:
        page (int):
        host (str | Unset):
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[LegacyVideo] | str]
    """

    kwargs = _get_kwargs(
        page=page,
        host=host,
        user_agent=user_agent,
        app_build=app_build,
        locale=locale,
        x_blink_time_zone=x_blink_time_zone,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    page: int,
    *,
    client: AuthenticatedClient,
    host: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Error | list[LegacyVideo] | str | None:
    """List one page of clips (legacy)

     Returns one page of the account's clips as a bare JSON array (no envelope). Seed endpoint
    of the 2016-2017 protocol notes ("camera name, creation time, thumbnail URI, size,
    length"); blinkpy 2018 (`sync_module.get_videos`) read `camera_name`, `address`,
    `thumbnail` and `created_at`. Pages start at 0. No recorded response exists: the item
    shape is inferred. Retired on 2019-01-23, when it began to answer "An app update is required"
    (BlinkMonitorProtocol #27); clients moved to `list_videos_changed`, then to `get_media_changed`.

    Args:
        page (int):
        host (str | Unset):
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[LegacyVideo] | str
    """

    return (
        await asyncio_detailed(
            page=page,
            client=client,
            host=host,
            user_agent=user_agent,
            app_build=app_build,
            locale=locale,
            x_blink_time_zone=x_blink_time_zone,
            accept_language=accept_language,
        )
    ).parsed
