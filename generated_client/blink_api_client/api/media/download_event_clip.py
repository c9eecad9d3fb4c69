from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    account_id: int,
    network_id: int,
    camera_id: int,
    clip_name: str,
    *,
    host: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(host, Unset):
        headers["Host"] = host

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/media/production/account/{account_id}/network/{network_id}/camera/{camera_id}/{clip_name}.mp4".format(
            account_id=quote(str(account_id), safe=""),
            network_id=quote(str(network_id), safe=""),
            camera_id=quote(str(camera_id), safe=""),
            clip_name=quote(str(clip_name), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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
) -> Response[Error | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: int,
    network_id: int,
    camera_id: int,
    clip_name: str,
    *,
    client: AuthenticatedClient,
    host: str | Unset = UNSET,
) -> Response[Error | File]:
    """Download a legacy event clip

     Downloads the MP4 clip that a legacy event (`video_url` of `list_network_events`) or a
    legacy video (`address` of `list_videos_page`) points at: the client joins that path to
    the REST host. Seed endpoint of the 2016-2017 protocol notes; blinkpy used it until 2019.
    `clip_name` is the file name without extension, e.g. `clip_Ab3dEf_2018_03_04__06_22PM`
    (random part, then the local date and time of the recording); anything other than
    letters, digits, `_` and `-` is invalid, so the path cannot be escaped. Clips listed by
    `get_media_changed` use `download_media_clip` instead.

    Args:
        account_id (int):
        network_id (int):
        camera_id (int):
        clip_name (str):
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | File]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        network_id=network_id,
        camera_id=camera_id,
        clip_name=clip_name,
        host=host,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: int,
    network_id: int,
    camera_id: int,
    clip_name: str,
    *,
    client: AuthenticatedClient,
    host: str | Unset = UNSET,
) -> Error | File | None:
    """Download a legacy event clip

     Downloads the MP4 clip that a legacy event (`video_url` of `list_network_events`) or a
    legacy video (`address` of `list_videos_page`) points at: the client joins that path to
    the REST host. Seed endpoint of the 2016-2017 protocol notes; blinkpy used it until 2019.
    `clip_name` is the file name without extension, e.g. `clip_Ab3dEf_2018_03_04__06_22PM`
    (random part, then the local date and time of the recording); anything other than
    letters, digits, `_` and `-` is invalid, so the path cannot be escaped. Clips listed by
    `get_media_changed` use `download_media_clip` instead.

    Args:
        account_id (int):
        network_id (int):
        camera_id (int):
        clip_name (str):
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | File
    """

    return sync_detailed(
        account_id=account_id,
        network_id=network_id,
        camera_id=camera_id,
        clip_name=clip_name,
        client=client,
        host=host,
    ).parsed


async def asyncio_detailed(
    account_id: int,
    network_id: int,
    camera_id: int,
    clip_name: str,
    *,
    client: AuthenticatedClient,
    host: str | Unset = UNSET,
) -> Response[Error | File]:
    """Download a legacy event clip

     Downloads the MP4 clip that a legacy event (`video_url` of `list_network_events`) or a
    legacy video (`address` of `list_videos_page`) points at: the client joins that path to
    the REST host. Seed endpoint of the 2016-2017 protocol notes; blinkpy used it until 2019.
    `clip_name` is the file name without extension, e.g. `clip_Ab3dEf_2018_03_04__06_22PM`
    (random part, then the local date and time of the recording); anything other than
    letters, digits, `_` and `-` is invalid, so the path cannot be escaped. Clips listed by
    `get_media_changed` use `download_media_clip` instead.

    Args:
        account_id (int):
        network_id (int):
        camera_id (int):
        clip_name (str):
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | File]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        network_id=network_id,
        camera_id=camera_id,
        clip_name=clip_name,
        host=host,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: int,
    network_id: int,
    camera_id: int,
    clip_name: str,
    *,
    client: AuthenticatedClient,
    host: str | Unset = UNSET,
) -> Error | File | None:
    """Download a legacy event clip

     Downloads the MP4 clip that a legacy event (`video_url` of `list_network_events`) or a
    legacy video (`address` of `list_videos_page`) points at: the client joins that path to
    the REST host. Seed endpoint of the 2016-2017 protocol notes; blinkpy used it until 2019.
    `clip_name` is the file name without extension, e.g. `clip_Ab3dEf_2018_03_04__06_22PM`
    (random part, then the local date and time of the recording); anything other than
    letters, digits, `_` and `-` is invalid, so the path cannot be escaped. Clips listed by
    `get_media_changed` use `download_media_clip` instead.

    Args:
        account_id (int):
        network_id (int):
        camera_id (int):
        clip_name (str):
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | File
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            network_id=network_id,
            camera_id=camera_id,
            clip_name=clip_name,
            client=client,
            host=host,
        )
    ).parsed
