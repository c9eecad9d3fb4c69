from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.notification_config import NotificationConfig
from ...types import Response


def _get_kwargs(
    account_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/accounts/{account_id}/notifications/configuration".format(
            account_id=quote(str(account_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | NotificationConfig | None:
    if response.status_code == 200:
        response_200 = NotificationConfig.from_dict(response.json())

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
) -> Response[Error | NotificationConfig]:
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
) -> Response[Error | NotificationConfig]:
    """Get the push notification settings

     Returns which push notifications the account receives. MattTW
    (`system/getNotifications.md`) documents the flags inside a `notifications` object;
    homebridge-blink-for-home's 2020-10 capture got the same flags flat at the top level.
    Read both places. Later versions add `local_storage`, `accessory_*` and `general`.

    Args:
        account_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NotificationConfig]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: int,
    *,
    client: AuthenticatedClient,
) -> Error | NotificationConfig | None:
    """Get the push notification settings

     Returns which push notifications the account receives. MattTW
    (`system/getNotifications.md`) documents the flags inside a `notifications` object;
    homebridge-blink-for-home's 2020-10 capture got the same flags flat at the top level.
    Read both places. Later versions add `local_storage`, `accessory_*` and `general`.

    Args:
        account_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | NotificationConfig
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    account_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Error | NotificationConfig]:
    """Get the push notification settings

     Returns which push notifications the account receives. MattTW
    (`system/getNotifications.md`) documents the flags inside a `notifications` object;
    homebridge-blink-for-home's 2020-10 capture got the same flags flat at the top level.
    Read both places. Later versions add `local_storage`, `accessory_*` and `general`.

    Args:
        account_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NotificationConfig]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: int,
    *,
    client: AuthenticatedClient,
) -> Error | NotificationConfig | None:
    """Get the push notification settings

     Returns which push notifications the account receives. MattTW
    (`system/getNotifications.md`) documents the flags inside a `notifications` object;
    homebridge-blink-for-home's 2020-10 capture got the same flags flat at the top level.
    Read both places. Later versions add `local_storage`, `accessory_*` and `general`.

    Args:
        account_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | NotificationConfig
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
        )
    ).parsed
