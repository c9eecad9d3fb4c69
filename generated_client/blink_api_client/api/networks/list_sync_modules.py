from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.sync_module_response import SyncModuleResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    network_id: int,
    *,
    host: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(host, Unset):
        headers["Host"] = host

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/network/{network_id}/syncmodules".format(
            network_id=quote(str(network_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SyncModuleResponse | None:
    if response.status_code == 200:
        response_200 = SyncModuleResponse.from_dict(response.json())

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
) -> Response[Error | SyncModuleResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    network_id: int,
    *,
    client: AuthenticatedClient,
    host: str | Unset = UNSET,
) -> Response[Error | SyncModuleResponse]:
    """Get the network's sync module

     Returns the sync module of a network (despite the plural path, one object under
    `syncmodule`). Documented in the 2017 protocol notes as a way to check that the module is
    online before arming; blinkpy 2018 called `/syncmodule`, blinkpy 0.25
    (`api.request_syncmodule`, 2025) calls this path at setup and needs `id` and `network_id`
    (it replaces its network id with the returned one). MattTW's current notes call it
    obsolete; the homescreen's `sync_modules[]` carries the same data today.

    Args:
        network_id (int):
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SyncModuleResponse]
    """

    kwargs = _get_kwargs(
        network_id=network_id,
        host=host,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    network_id: int,
    *,
    client: AuthenticatedClient,
    host: str | Unset = UNSET,
) -> Error | SyncModuleResponse | None:
    """Get the network's sync module

     Returns the sync module of a network (despite the plural path, one object under
    `syncmodule`). Documented in the 2017 protocol notes as a way to check that the module is
    online before arming; blinkpy 2018 called `/syncmodule`, blinkpy 0.25
    (`api.request_syncmodule`, 2025) calls this path at setup and needs `id` and `network_id`
    (it replaces its network id with the returned one). MattTW's current notes call it
    obsolete; the homescreen's `sync_modules[]` carries the same data today.

    Args:
        network_id (int):
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SyncModuleResponse
    """

    return sync_detailed(
        network_id=network_id,
        client=client,
        host=host,
    ).parsed


async def asyncio_detailed(
    network_id: int,
    *,
    client: AuthenticatedClient,
    host: str | Unset = UNSET,
) -> Response[Error | SyncModuleResponse]:
    """Get the network's sync module

     Returns the sync module of a network (despite the plural path, one object under
    `syncmodule`). Documented in the 2017 protocol notes as a way to check that the module is
    online before arming; blinkpy 2018 called `/syncmodule`, blinkpy 0.25
    (`api.request_syncmodule`, 2025) calls this path at setup and needs `id` and `network_id`
    (it replaces its network id with the returned one). MattTW's current notes call it
    obsolete; the homescreen's `sync_modules[]` carries the same data today.

    Args:
        network_id (int):
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SyncModuleResponse]
    """

    kwargs = _get_kwargs(
        network_id=network_id,
        host=host,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    network_id: int,
    *,
    client: AuthenticatedClient,
    host: str | Unset = UNSET,
) -> Error | SyncModuleResponse | None:
    """Get the network's sync module

     Returns the sync module of a network (despite the plural path, one object under
    `syncmodule`). Documented in the 2017 protocol notes as a way to check that the module is
    online before arming; blinkpy 2018 called `/syncmodule`, blinkpy 0.25
    (`api.request_syncmodule`, 2025) calls this path at setup and needs `id` and `network_id`
    (it replaces its network id with the returned one). MattTW's current notes call it
    obsolete; the homescreen's `sync_modules[]` carries the same data today.

    Args:
        network_id (int):
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SyncModuleResponse
    """

    return (
        await asyncio_detailed(
            network_id=network_id,
            client=client,
            host=host,
        )
    ).parsed
