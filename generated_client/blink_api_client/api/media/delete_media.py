from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.media_delete_request import MediaDeleteRequest
from ...models.message import Message
from ...types import Response


def _get_kwargs(
    account_id: int,
    *,
    body: MediaDeleteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/accounts/{account_id}/media/delete".format(
            account_id=quote(str(account_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Message | None:
    if response.status_code == 200:
        response_200 = Message.from_dict(response.json())

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
) -> Response[Error | Message]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: int,
    *,
    client: AuthenticatedClient,
    body: MediaDeleteRequest,
) -> Response[Error | Message]:
    """Delete cloud media

     Deletes the listed cloud clips and snapshots (ids from `get_media_changed`). Observed in
    MattTW's BlinkMonitorProtocol README and homebridge-blink-for-home (`deleteMedia`,
    2020-10). Success is code 711; a body without a usable `media_list` is rejected with
    code 706. Deletion cannot be undone; the items reappear in `get_media_changed` with
    `deleted: true`.

    Args:
        account_id (int):
        body (MediaDeleteRequest): Ids of cloud media to delete (the `id` values of
            `get_media_changed` items).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Message]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: int,
    *,
    client: AuthenticatedClient,
    body: MediaDeleteRequest,
) -> Error | Message | None:
    """Delete cloud media

     Deletes the listed cloud clips and snapshots (ids from `get_media_changed`). Observed in
    MattTW's BlinkMonitorProtocol README and homebridge-blink-for-home (`deleteMedia`,
    2020-10). Success is code 711; a body without a usable `media_list` is rejected with
    code 706. Deletion cannot be undone; the items reappear in `get_media_changed` with
    `deleted: true`.

    Args:
        account_id (int):
        body (MediaDeleteRequest): Ids of cloud media to delete (the `id` values of
            `get_media_changed` items).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Message
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    account_id: int,
    *,
    client: AuthenticatedClient,
    body: MediaDeleteRequest,
) -> Response[Error | Message]:
    """Delete cloud media

     Deletes the listed cloud clips and snapshots (ids from `get_media_changed`). Observed in
    MattTW's BlinkMonitorProtocol README and homebridge-blink-for-home (`deleteMedia`,
    2020-10). Success is code 711; a body without a usable `media_list` is rejected with
    code 706. Deletion cannot be undone; the items reappear in `get_media_changed` with
    `deleted: true`.

    Args:
        account_id (int):
        body (MediaDeleteRequest): Ids of cloud media to delete (the `id` values of
            `get_media_changed` items).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Message]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: int,
    *,
    client: AuthenticatedClient,
    body: MediaDeleteRequest,
) -> Error | Message | None:
    """Delete cloud media

     Deletes the listed cloud clips and snapshots (ids from `get_media_changed`). Observed in
    MattTW's BlinkMonitorProtocol README and homebridge-blink-for-home (`deleteMedia`,
    2020-10). Success is code 711; a body without a usable `media_list` is rejected with
    code 706. Deletion cannot be undone; the items reappear in `get_media_changed` with
    `deleted: true`.

    Args:
        account_id (int):
        body (MediaDeleteRequest): Ids of cloud media to delete (the `id` values of
            `get_media_changed` items).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Message
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            body=body,
        )
    ).parsed
