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
    network_id: int,
    sync_module_id: int,
    manifest_id: int,
    clip_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/accounts/{account_id}/networks/{network_id}/sync_modules/{sync_module_id}/local_storage/manifest/{manifest_id}/clip/request/{clip_id}".format(
            account_id=quote(str(account_id), safe=""),
            network_id=quote(str(network_id), safe=""),
            sync_module_id=quote(str(sync_module_id), safe=""),
            manifest_id=quote(str(manifest_id), safe=""),
            clip_id=quote(str(clip_id), safe=""),
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
    network_id: int,
    sync_module_id: int,
    manifest_id: int,
    clip_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Error | File]:
    """Download a clip from the USB stick

     Downloads, as MP4, a local-storage clip after `request_local_storage_clip` has finished
    uploading it. blinkpy 0.25 (`util.local_storage_clip_url_template`, 2025) builds this URL.

    Args:
        account_id (int):
        network_id (int):
        sync_module_id (int):
        manifest_id (int):
        clip_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | File]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        network_id=network_id,
        sync_module_id=sync_module_id,
        manifest_id=manifest_id,
        clip_id=clip_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: int,
    network_id: int,
    sync_module_id: int,
    manifest_id: int,
    clip_id: int,
    *,
    client: AuthenticatedClient,
) -> Error | File | None:
    """Download a clip from the USB stick

     Downloads, as MP4, a local-storage clip after `request_local_storage_clip` has finished
    uploading it. blinkpy 0.25 (`util.local_storage_clip_url_template`, 2025) builds this URL.

    Args:
        account_id (int):
        network_id (int):
        sync_module_id (int):
        manifest_id (int):
        clip_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | File
    """

    return sync_detailed(
        account_id=account_id,
        network_id=network_id,
        sync_module_id=sync_module_id,
        manifest_id=manifest_id,
        clip_id=clip_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    account_id: int,
    network_id: int,
    sync_module_id: int,
    manifest_id: int,
    clip_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Error | File]:
    """Download a clip from the USB stick

     Downloads, as MP4, a local-storage clip after `request_local_storage_clip` has finished
    uploading it. blinkpy 0.25 (`util.local_storage_clip_url_template`, 2025) builds this URL.

    Args:
        account_id (int):
        network_id (int):
        sync_module_id (int):
        manifest_id (int):
        clip_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | File]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        network_id=network_id,
        sync_module_id=sync_module_id,
        manifest_id=manifest_id,
        clip_id=clip_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: int,
    network_id: int,
    sync_module_id: int,
    manifest_id: int,
    clip_id: int,
    *,
    client: AuthenticatedClient,
) -> Error | File | None:
    """Download a clip from the USB stick

     Downloads, as MP4, a local-storage clip after `request_local_storage_clip` has finished
    uploading it. blinkpy 0.25 (`util.local_storage_clip_url_template`, 2025) builds this URL.

    Args:
        account_id (int):
        network_id (int):
        sync_module_id (int):
        manifest_id (int):
        clip_id (int):

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
            sync_module_id=sync_module_id,
            manifest_id=manifest_id,
            clip_id=clip_id,
            client=client,
        )
    ).parsed
