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
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(host, Unset):
        headers["Host"] = host

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

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

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
    page: int,
    *,
    client: AuthenticatedClient,
    host: str | Unset = UNSET,
) -> Response[Error | list[LegacyVideo]]:
    """List one page of clips (legacy)

     Returns one page of the account's clips as a bare JSON array (no envelope). Seed endpoint
    of the 2016-2017 protocol notes ("camera name, creation time, thumbnail URI, size,
    length"); blinkpy 2018 (`sync_module.get_videos`) read `camera_name`, `address`,
    `thumbnail` and `created_at`. Pages start at 0. No recorded response exists: the item
    shape is inferred. Retired in 2019-05 (blinkpy 4db7a33) in favour of `get_media_changed`.

    Args:
        page (int):
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[LegacyVideo]]
    """

    kwargs = _get_kwargs(
        page=page,
        host=host,
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
) -> Error | list[LegacyVideo] | None:
    """List one page of clips (legacy)

     Returns one page of the account's clips as a bare JSON array (no envelope). Seed endpoint
    of the 2016-2017 protocol notes ("camera name, creation time, thumbnail URI, size,
    length"); blinkpy 2018 (`sync_module.get_videos`) read `camera_name`, `address`,
    `thumbnail` and `created_at`. Pages start at 0. No recorded response exists: the item
    shape is inferred. Retired in 2019-05 (blinkpy 4db7a33) in favour of `get_media_changed`.

    Args:
        page (int):
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[LegacyVideo]
    """

    return sync_detailed(
        page=page,
        client=client,
        host=host,
    ).parsed


async def asyncio_detailed(
    page: int,
    *,
    client: AuthenticatedClient,
    host: str | Unset = UNSET,
) -> Response[Error | list[LegacyVideo]]:
    """List one page of clips (legacy)

     Returns one page of the account's clips as a bare JSON array (no envelope). Seed endpoint
    of the 2016-2017 protocol notes ("camera name, creation time, thumbnail URI, size,
    length"); blinkpy 2018 (`sync_module.get_videos`) read `camera_name`, `address`,
    `thumbnail` and `created_at`. Pages start at 0. No recorded response exists: the item
    shape is inferred. Retired in 2019-05 (blinkpy 4db7a33) in favour of `get_media_changed`.

    Args:
        page (int):
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[LegacyVideo]]
    """

    kwargs = _get_kwargs(
        page=page,
        host=host,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    page: int,
    *,
    client: AuthenticatedClient,
    host: str | Unset = UNSET,
) -> Error | list[LegacyVideo] | None:
    """List one page of clips (legacy)

     Returns one page of the account's clips as a bare JSON array (no envelope). Seed endpoint
    of the 2016-2017 protocol notes ("camera name, creation time, thumbnail URI, size,
    length"); blinkpy 2018 (`sync_module.get_videos`) read `camera_name`, `address`,
    `thumbnail` and `created_at`. Pages start at 0. No recorded response exists: the item
    shape is inferred. Retired in 2019-05 (blinkpy 4db7a33) in favour of `get_media_changed`.

    Args:
        page (int):
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[LegacyVideo]
    """

    return (
        await asyncio_detailed(
            page=page,
            client=client,
            host=host,
        )
    ).parsed
