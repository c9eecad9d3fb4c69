from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import File, Response


def _get_kwargs(
    account_id: int,
    media_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/accounts/{account_id}/media/clip/{media_name}.mp4".format(
            account_id=quote(str(account_id), safe=""),
            media_name=quote(str(media_name), safe=""),
        ),
    }

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
    media_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | File]:
    """Download a cloud clip

     Downloads the MP4 of a cloud clip: the `media` path of a `get_media_changed` item joined to
    the REST host. Observed in MattTW's BlinkMonitorProtocol README, homebridge-blink-for-home
    (2020-10) and blinkpy 0.25 (`Blink.download_videos`, `BlinkCamera.update_images`), which
    send it with the same auth header as every REST call. `media_name` is usually the media id.
    blinkpy writes the body to disk whatever the status, so an error body can end up as a
    bogus `.mp4` file; check for 200.

    Args:
        account_id (int):
        media_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | File]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        media_name=media_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: int,
    media_name: str,
    *,
    client: AuthenticatedClient,
) -> Error | File | None:
    """Download a cloud clip

     Downloads the MP4 of a cloud clip: the `media` path of a `get_media_changed` item joined to
    the REST host. Observed in MattTW's BlinkMonitorProtocol README, homebridge-blink-for-home
    (2020-10) and blinkpy 0.25 (`Blink.download_videos`, `BlinkCamera.update_images`), which
    send it with the same auth header as every REST call. `media_name` is usually the media id.
    blinkpy writes the body to disk whatever the status, so an error body can end up as a
    bogus `.mp4` file; check for 200.

    Args:
        account_id (int):
        media_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | File
    """

    return sync_detailed(
        account_id=account_id,
        media_name=media_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    account_id: int,
    media_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | File]:
    """Download a cloud clip

     Downloads the MP4 of a cloud clip: the `media` path of a `get_media_changed` item joined to
    the REST host. Observed in MattTW's BlinkMonitorProtocol README, homebridge-blink-for-home
    (2020-10) and blinkpy 0.25 (`Blink.download_videos`, `BlinkCamera.update_images`), which
    send it with the same auth header as every REST call. `media_name` is usually the media id.
    blinkpy writes the body to disk whatever the status, so an error body can end up as a
    bogus `.mp4` file; check for 200.

    Args:
        account_id (int):
        media_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | File]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        media_name=media_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: int,
    media_name: str,
    *,
    client: AuthenticatedClient,
) -> Error | File | None:
    """Download a cloud clip

     Downloads the MP4 of a cloud clip: the `media` path of a `get_media_changed` item joined to
    the REST host. Observed in MattTW's BlinkMonitorProtocol README, homebridge-blink-for-home
    (2020-10) and blinkpy 0.25 (`Blink.download_videos`, `BlinkCamera.update_images`), which
    send it with the same auth header as every REST call. `media_name` is usually the media id.
    blinkpy writes the body to disk whatever the status, so an error body can end up as a
    bogus `.mp4` file; check for 200.

    Args:
        account_id (int):
        media_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | File
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            media_name=media_name,
            client=client,
        )
    ).parsed
