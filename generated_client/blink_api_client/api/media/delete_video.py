from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.message import Message
from ...types import UNSET, Response, Unset


def _get_kwargs(
    video_id: int,
    *,
    host: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(host, Unset):
        headers["Host"] = host

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/video/{video_id}/delete".format(
            video_id=quote(str(video_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Message | None:
    if response.status_code == 200:
        response_200 = Message.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = Error.from_dict(response.json())

        return response_413

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | Message]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    video_id: int,
    *,
    client: AuthenticatedClient,
    host: str | Unset = UNSET,
) -> Response[Error | Message]:
    """Delete one clip (legacy)

     Deletes one clip of the legacy v2 video API; sent with an empty body. Seed endpoint of the
    2016-2017 protocol notes, which do not show the response: the `Message` shape is assumed
    from the later `delete_media`. Retired with the v2 video API in 2019.

    Args:
        video_id (int):
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Message]
    """

    kwargs = _get_kwargs(
        video_id=video_id,
        host=host,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    video_id: int,
    *,
    client: AuthenticatedClient,
    host: str | Unset = UNSET,
) -> Error | Message | None:
    """Delete one clip (legacy)

     Deletes one clip of the legacy v2 video API; sent with an empty body. Seed endpoint of the
    2016-2017 protocol notes, which do not show the response: the `Message` shape is assumed
    from the later `delete_media`. Retired with the v2 video API in 2019.

    Args:
        video_id (int):
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Message
    """

    return sync_detailed(
        video_id=video_id,
        client=client,
        host=host,
    ).parsed


async def asyncio_detailed(
    video_id: int,
    *,
    client: AuthenticatedClient,
    host: str | Unset = UNSET,
) -> Response[Error | Message]:
    """Delete one clip (legacy)

     Deletes one clip of the legacy v2 video API; sent with an empty body. Seed endpoint of the
    2016-2017 protocol notes, which do not show the response: the `Message` shape is assumed
    from the later `delete_media`. Retired with the v2 video API in 2019.

    Args:
        video_id (int):
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Message]
    """

    kwargs = _get_kwargs(
        video_id=video_id,
        host=host,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    video_id: int,
    *,
    client: AuthenticatedClient,
    host: str | Unset = UNSET,
) -> Error | Message | None:
    """Delete one clip (legacy)

     Deletes one clip of the legacy v2 video API; sent with an empty body. Seed endpoint of the
    2016-2017 protocol notes, which do not show the response: the `Message` shape is assumed
    from the later `delete_media`. Retired with the v2 video API in 2019.

    Args:
        video_id (int):
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Message
    """

    return (
        await asyncio_detailed(
            video_id=video_id,
            client=client,
            host=host,
        )
    ).parsed
