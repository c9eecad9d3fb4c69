from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.video_count import VideoCount
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
        "url": "/api/v2/videos/count",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | VideoCount | None:
    if response.status_code == 200:
        response_200 = VideoCount.from_dict(response.json())

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
) -> Response[Error | VideoCount]:
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
) -> Response[Error | VideoCount]:
    """Count the account's clips (legacy)

     Returns the number of cloud clips of the account. Seed endpoint of the 2016-2017 protocol
    notes ("the total video count"), used by blinkpy in 2018 (`video_count`). No recorded
    response exists; the `{count}` shape is inferred from the notes and blinkpy 2018. The
    legacy v2 video API stopped being used in 2019-05 when listings moved to
    `get_media_changed`, which has no count.

    Args:
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VideoCount]
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
) -> Error | VideoCount | None:
    """Count the account's clips (legacy)

     Returns the number of cloud clips of the account. Seed endpoint of the 2016-2017 protocol
    notes ("the total video count"), used by blinkpy in 2018 (`video_count`). No recorded
    response exists; the `{count}` shape is inferred from the notes and blinkpy 2018. The
    legacy v2 video API stopped being used in 2019-05 when listings moved to
    `get_media_changed`, which has no count.

    Args:
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VideoCount
    """

    return sync_detailed(
        client=client,
        host=host,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    host: str | Unset = UNSET,
) -> Response[Error | VideoCount]:
    """Count the account's clips (legacy)

     Returns the number of cloud clips of the account. Seed endpoint of the 2016-2017 protocol
    notes ("the total video count"), used by blinkpy in 2018 (`video_count`). No recorded
    response exists; the `{count}` shape is inferred from the notes and blinkpy 2018. The
    legacy v2 video API stopped being used in 2019-05 when listings moved to
    `get_media_changed`, which has no count.

    Args:
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VideoCount]
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
) -> Error | VideoCount | None:
    """Count the account's clips (legacy)

     Returns the number of cloud clips of the account. Seed endpoint of the 2016-2017 protocol
    notes ("the total video count"), used by blinkpy in 2018 (`video_count`). No recorded
    response exists; the `{count}` shape is inferred from the notes and blinkpy 2018. The
    legacy v2 video API stopped being used in 2019-05 when listings moved to
    `get_media_changed`, which has no count.

    Args:
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VideoCount
    """

    return (
        await asyncio_detailed(
            client=client,
            host=host,
        )
    ).parsed
