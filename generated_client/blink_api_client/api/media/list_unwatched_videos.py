from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.legacy_video import LegacyVideo
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
        "url": "/api/v2/videos/unwatched",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[LegacyVideo] | None:
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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[LegacyVideo]]:
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
) -> Response[Error | list[LegacyVideo]]:
    """List unwatched clips (legacy)

     Returns the clips not yet watched, as a bare JSON array. Seed endpoint of the 2016-2017
    protocol notes; no recorded response exists, so the item shape is inferred (same as
    `list_videos_page`). Retired with the v2 video API in 2019; `get_media_changed` items
    carry `watched` instead.

    Args:
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[LegacyVideo]]
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
) -> Error | list[LegacyVideo] | None:
    """List unwatched clips (legacy)

     Returns the clips not yet watched, as a bare JSON array. Seed endpoint of the 2016-2017
    protocol notes; no recorded response exists, so the item shape is inferred (same as
    `list_videos_page`). Retired with the v2 video API in 2019; `get_media_changed` items
    carry `watched` instead.

    Args:
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[LegacyVideo]
    """

    return sync_detailed(
        client=client,
        host=host,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    host: str | Unset = UNSET,
) -> Response[Error | list[LegacyVideo]]:
    """List unwatched clips (legacy)

     Returns the clips not yet watched, as a bare JSON array. Seed endpoint of the 2016-2017
    protocol notes; no recorded response exists, so the item shape is inferred (same as
    `list_videos_page`). Retired with the v2 video API in 2019; `get_media_changed` items
    carry `watched` instead.

    Args:
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[LegacyVideo]]
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
) -> Error | list[LegacyVideo] | None:
    """List unwatched clips (legacy)

     Returns the clips not yet watched, as a bare JSON array. Seed endpoint of the 2016-2017
    protocol notes; no recorded response exists, so the item shape is inferred (same as
    `list_videos_page`). Retired with the v2 video API in 2019; `get_media_changed` items
    carry `watched` instead.

    Args:
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[LegacyVideo]
    """

    return (
        await asyncio_detailed(
            client=client,
            host=host,
        )
    ).parsed
