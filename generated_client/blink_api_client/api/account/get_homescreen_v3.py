from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.homescreen import Homescreen
from ...types import Response


def _get_kwargs(
    account_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v3/accounts/{account_id}/homescreen".format(
            account_id=quote(str(account_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Homescreen | None:
    if response.status_code == 200:
        response_200 = Homescreen.from_dict(response.json())

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
) -> Response[Error | Homescreen]:
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
) -> Response[Error | Homescreen]:
    """Get the homescreen (all networks and devices)

     Returns the account-wide summary: networks with their armed state, sync modules,
    cameras, Minis (`owls`), doorbells, storage settings, device limits and app-update
    status. Replaced the legacy `/homescreen` in 2019-03 (blinkpy 602b616). Documented by
    MattTW (`system/homescreen.md`, 2020), captured by homebridge-blink-for-home (2020-10,
    2022-03) and called by blinkpy 0.25 (`api.request_homescreen`, 2025) at every start
    and refresh.

    Quirks for client authors:
    * blinkpy parses the body as JSON without checking the status, so it must be served as
      `application/json`.
    * Since 2024-01 a `User-Agent`/`APP-BUILD` that does not match a current app makes
      `app_updates.update_required` true (blinkpy #855).
    * Minis and doorbells have no per-device config call: their homescreen entry is their
      configuration, matched by `name` in blinkpy, so keep device names unique.
    * The Android app 49+ (2025) calls `/api/v4/accounts/{account_id}/homescreen`, which adds
      `changed` and `access`; no sample of it is recorded.

    Args:
        account_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Homescreen]
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
) -> Error | Homescreen | None:
    """Get the homescreen (all networks and devices)

     Returns the account-wide summary: networks with their armed state, sync modules,
    cameras, Minis (`owls`), doorbells, storage settings, device limits and app-update
    status. Replaced the legacy `/homescreen` in 2019-03 (blinkpy 602b616). Documented by
    MattTW (`system/homescreen.md`, 2020), captured by homebridge-blink-for-home (2020-10,
    2022-03) and called by blinkpy 0.25 (`api.request_homescreen`, 2025) at every start
    and refresh.

    Quirks for client authors:
    * blinkpy parses the body as JSON without checking the status, so it must be served as
      `application/json`.
    * Since 2024-01 a `User-Agent`/`APP-BUILD` that does not match a current app makes
      `app_updates.update_required` true (blinkpy #855).
    * Minis and doorbells have no per-device config call: their homescreen entry is their
      configuration, matched by `name` in blinkpy, so keep device names unique.
    * The Android app 49+ (2025) calls `/api/v4/accounts/{account_id}/homescreen`, which adds
      `changed` and `access`; no sample of it is recorded.

    Args:
        account_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Homescreen
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    account_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Error | Homescreen]:
    """Get the homescreen (all networks and devices)

     Returns the account-wide summary: networks with their armed state, sync modules,
    cameras, Minis (`owls`), doorbells, storage settings, device limits and app-update
    status. Replaced the legacy `/homescreen` in 2019-03 (blinkpy 602b616). Documented by
    MattTW (`system/homescreen.md`, 2020), captured by homebridge-blink-for-home (2020-10,
    2022-03) and called by blinkpy 0.25 (`api.request_homescreen`, 2025) at every start
    and refresh.

    Quirks for client authors:
    * blinkpy parses the body as JSON without checking the status, so it must be served as
      `application/json`.
    * Since 2024-01 a `User-Agent`/`APP-BUILD` that does not match a current app makes
      `app_updates.update_required` true (blinkpy #855).
    * Minis and doorbells have no per-device config call: their homescreen entry is their
      configuration, matched by `name` in blinkpy, so keep device names unique.
    * The Android app 49+ (2025) calls `/api/v4/accounts/{account_id}/homescreen`, which adds
      `changed` and `access`; no sample of it is recorded.

    Args:
        account_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Homescreen]
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
) -> Error | Homescreen | None:
    """Get the homescreen (all networks and devices)

     Returns the account-wide summary: networks with their armed state, sync modules,
    cameras, Minis (`owls`), doorbells, storage settings, device limits and app-update
    status. Replaced the legacy `/homescreen` in 2019-03 (blinkpy 602b616). Documented by
    MattTW (`system/homescreen.md`, 2020), captured by homebridge-blink-for-home (2020-10,
    2022-03) and called by blinkpy 0.25 (`api.request_homescreen`, 2025) at every start
    and refresh.

    Quirks for client authors:
    * blinkpy parses the body as JSON without checking the status, so it must be served as
      `application/json`.
    * Since 2024-01 a `User-Agent`/`APP-BUILD` that does not match a current app makes
      `app_updates.update_required` true (blinkpy #855).
    * Minis and doorbells have no per-device config call: their homescreen entry is their
      configuration, matched by `name` in blinkpy, so keep device names unique.
    * The Android app 49+ (2025) calls `/api/v4/accounts/{account_id}/homescreen`, which adds
      `changed` and `access`; no sample of it is recorded.

    Args:
        account_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Homescreen
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
        )
    ).parsed
