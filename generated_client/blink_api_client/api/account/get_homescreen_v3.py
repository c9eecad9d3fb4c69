from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.homescreen import Homescreen
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: int,
    *,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(user_agent, Unset):
        headers["User-Agent"] = user_agent

    if not isinstance(app_build, Unset):
        headers["APP-BUILD"] = app_build

    if not isinstance(locale, Unset):
        headers["LOCALE"] = locale

    if not isinstance(x_blink_time_zone, Unset):
        headers["X-Blink-Time-Zone"] = x_blink_time_zone

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v3/accounts/{account_id}/homescreen".format(
            account_id=quote(str(account_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Homescreen | str | None:
    if response.status_code == 200:
        response_200 = Homescreen.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if 500 <= response.status_code <= 599:
        response_5xx = response.text
        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | Homescreen | str]:
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
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[Error | Homescreen | str]:
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
    * Later Android app builds declare `/api/v4/accounts/{account_id}/homescreen`, which adds
      `changed` and `access` (static contracts of the app 57.1 and 59.2; from which version on
      is unverified); no sample of it is recorded.

    Args:
        account_id (int):
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Homescreen | str]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        user_agent=user_agent,
        app_build=app_build,
        locale=locale,
        x_blink_time_zone=x_blink_time_zone,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: int,
    *,
    client: AuthenticatedClient,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Error | Homescreen | str | None:
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
    * Later Android app builds declare `/api/v4/accounts/{account_id}/homescreen`, which adds
      `changed` and `access` (static contracts of the app 57.1 and 59.2; from which version on
      is unverified); no sample of it is recorded.

    Args:
        account_id (int):
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Homescreen | str
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        user_agent=user_agent,
        app_build=app_build,
        locale=locale,
        x_blink_time_zone=x_blink_time_zone,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    account_id: int,
    *,
    client: AuthenticatedClient,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[Error | Homescreen | str]:
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
    * Later Android app builds declare `/api/v4/accounts/{account_id}/homescreen`, which adds
      `changed` and `access` (static contracts of the app 57.1 and 59.2; from which version on
      is unverified); no sample of it is recorded.

    Args:
        account_id (int):
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Homescreen | str]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        user_agent=user_agent,
        app_build=app_build,
        locale=locale,
        x_blink_time_zone=x_blink_time_zone,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: int,
    *,
    client: AuthenticatedClient,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Error | Homescreen | str | None:
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
    * Later Android app builds declare `/api/v4/accounts/{account_id}/homescreen`, which adds
      `changed` and `access` (static contracts of the app 57.1 and 59.2; from which version on
      is unverified); no sample of it is recorded.

    Args:
        account_id (int):
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Homescreen | str
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            user_agent=user_agent,
            app_build=app_build,
            locale=locale,
            x_blink_time_zone=x_blink_time_zone,
            accept_language=accept_language,
        )
    ).parsed
