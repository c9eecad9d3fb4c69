from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.local_storage_manifest import LocalStorageManifest
from ...types import Response


def _get_kwargs(
    account_id: int,
    network_id: int,
    sync_module_id: int,
    command_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/accounts/{account_id}/networks/{network_id}/sync_modules/{sync_module_id}/local_storage/manifest/request/{command_id}".format(
            account_id=quote(str(account_id), safe=""),
            network_id=quote(str(network_id), safe=""),
            sync_module_id=quote(str(sync_module_id), safe=""),
            command_id=quote(str(command_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | LocalStorageManifest | None:
    if response.status_code == 200:
        response_200 = LocalStorageManifest.from_dict(response.json())

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
) -> Response[Error | LocalStorageManifest]:
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
    command_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Error | LocalStorageManifest]:
    """Get the clip list of the USB stick

     Returns the manifest produced by `request_local_storage_manifest`: a manifest id and the
    clips with id, size, camera name and time. blinkpy 0.25
    (`api.get_local_storage_manifest`, 2025, recorded test reply from 2022-12) reads
    `manifest_id` and `clips[]`; ids and sizes arrive as strings of digits there.
    Also in the Blink Android app 6.18 (2022).

    Args:
        account_id (int):
        network_id (int):
        sync_module_id (int):
        command_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LocalStorageManifest]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        network_id=network_id,
        sync_module_id=sync_module_id,
        command_id=command_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: int,
    network_id: int,
    sync_module_id: int,
    command_id: int,
    *,
    client: AuthenticatedClient,
) -> Error | LocalStorageManifest | None:
    """Get the clip list of the USB stick

     Returns the manifest produced by `request_local_storage_manifest`: a manifest id and the
    clips with id, size, camera name and time. blinkpy 0.25
    (`api.get_local_storage_manifest`, 2025, recorded test reply from 2022-12) reads
    `manifest_id` and `clips[]`; ids and sizes arrive as strings of digits there.
    Also in the Blink Android app 6.18 (2022).

    Args:
        account_id (int):
        network_id (int):
        sync_module_id (int):
        command_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LocalStorageManifest
    """

    return sync_detailed(
        account_id=account_id,
        network_id=network_id,
        sync_module_id=sync_module_id,
        command_id=command_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    account_id: int,
    network_id: int,
    sync_module_id: int,
    command_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Error | LocalStorageManifest]:
    """Get the clip list of the USB stick

     Returns the manifest produced by `request_local_storage_manifest`: a manifest id and the
    clips with id, size, camera name and time. blinkpy 0.25
    (`api.get_local_storage_manifest`, 2025, recorded test reply from 2022-12) reads
    `manifest_id` and `clips[]`; ids and sizes arrive as strings of digits there.
    Also in the Blink Android app 6.18 (2022).

    Args:
        account_id (int):
        network_id (int):
        sync_module_id (int):
        command_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LocalStorageManifest]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        network_id=network_id,
        sync_module_id=sync_module_id,
        command_id=command_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: int,
    network_id: int,
    sync_module_id: int,
    command_id: int,
    *,
    client: AuthenticatedClient,
) -> Error | LocalStorageManifest | None:
    """Get the clip list of the USB stick

     Returns the manifest produced by `request_local_storage_manifest`: a manifest id and the
    clips with id, size, camera name and time. blinkpy 0.25
    (`api.get_local_storage_manifest`, 2025, recorded test reply from 2022-12) reads
    `manifest_id` and `clips[]`; ids and sizes arrive as strings of digits there.
    Also in the Blink Android app 6.18 (2022).

    Args:
        account_id (int):
        network_id (int):
        sync_module_id (int):
        command_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LocalStorageManifest
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            network_id=network_id,
            sync_module_id=sync_module_id,
            command_id=command_id,
            client=client,
        )
    ).parsed
