from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.client_update_request import ClientUpdateRequest
from ...models.client_update_result import ClientUpdateResult
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    client_id: int,
    *,
    body: ClientUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/client/{client_id}/update".format(
            client_id=quote(str(client_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClientUpdateResult | Error | None:
    if response.status_code == 200:
        response_200 = ClientUpdateResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

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
) -> Response[ClientUpdateResult | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    client_id: int,
    *,
    client: AuthenticatedClient,
    body: ClientUpdateRequest,
) -> Response[ClientUpdateResult | Error]:
    """Update a client's push notification key

     Registers a new push notification token for this installation and returns the whole
    client record. Documented by MattTW (`system/updateoptions.md`, iOS app 6.0.13, 2020-08)
    and listed in the Android app 6.18 (2022). Unlike most account paths it has no
    `/api/vN` prefix and no account id.

    Args:
        client_id (int):
        body (ClientUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientUpdateResult | Error]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_id: int,
    *,
    client: AuthenticatedClient,
    body: ClientUpdateRequest,
) -> ClientUpdateResult | Error | None:
    """Update a client's push notification key

     Registers a new push notification token for this installation and returns the whole
    client record. Documented by MattTW (`system/updateoptions.md`, iOS app 6.0.13, 2020-08)
    and listed in the Android app 6.18 (2022). Unlike most account paths it has no
    `/api/vN` prefix and no account id.

    Args:
        client_id (int):
        body (ClientUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientUpdateResult | Error
    """

    return sync_detailed(
        client_id=client_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    client_id: int,
    *,
    client: AuthenticatedClient,
    body: ClientUpdateRequest,
) -> Response[ClientUpdateResult | Error]:
    """Update a client's push notification key

     Registers a new push notification token for this installation and returns the whole
    client record. Documented by MattTW (`system/updateoptions.md`, iOS app 6.0.13, 2020-08)
    and listed in the Android app 6.18 (2022). Unlike most account paths it has no
    `/api/vN` prefix and no account id.

    Args:
        client_id (int):
        body (ClientUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientUpdateResult | Error]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_id: int,
    *,
    client: AuthenticatedClient,
    body: ClientUpdateRequest,
) -> ClientUpdateResult | Error | None:
    """Update a client's push notification key

     Registers a new push notification token for this installation and returns the whole
    client record. Documented by MattTW (`system/updateoptions.md`, iOS app 6.0.13, 2020-08)
    and listed in the Android app 6.18 (2022). Unlike most account paths it has no
    `/api/vN` prefix and no account id.

    Args:
        client_id (int):
        body (ClientUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientUpdateResult | Error
    """

    return (
        await asyncio_detailed(
            client_id=client_id,
            client=client,
            body=body,
        )
    ).parsed
