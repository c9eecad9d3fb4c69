from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.lockout_error import LockoutError
from ...models.pin_resend_result import PinResendResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: int,
    client_id: int,
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
        "method": "post",
        "url": "/api/v4/account/{account_id}/client/{client_id}/pin/resend".format(
            account_id=quote(str(account_id), safe=""),
            client_id=quote(str(client_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | LockoutError | PinResendResult | str | None:
    if response.status_code == 200:
        response_200 = PinResendResult.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = LockoutError.from_dict(response.json())

        return response_429

    if 500 <= response.status_code <= 599:
        response_5xx = response.text
        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | LockoutError | PinResendResult | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: int,
    client_id: int,
    *,
    client: AuthenticatedClient,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[Error | LockoutError | PinResendResult | str]:
    """Send a new client-verification PIN (v4)

     Asks Blink to send a new verification PIN for this client (homebridge-blink-for-home
    `resendPIN`, 2020-10; Blink Android app 6.1.2-6.18 with a trailing slash). No body.
    Respect `allow_pin_resend_seconds`. Later app builds declare other paths
    (`/api/v4/users/pin/resend` in the static contracts of the Android app 57.1 and 59.2,
    known only from a decompilation; from which version on is unverified), so no successor is
    modelled.

    Args:
        account_id (int):
        client_id (int):
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LockoutError | PinResendResult | str]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        client_id=client_id,
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
    client_id: int,
    *,
    client: AuthenticatedClient,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Error | LockoutError | PinResendResult | str | None:
    """Send a new client-verification PIN (v4)

     Asks Blink to send a new verification PIN for this client (homebridge-blink-for-home
    `resendPIN`, 2020-10; Blink Android app 6.1.2-6.18 with a trailing slash). No body.
    Respect `allow_pin_resend_seconds`. Later app builds declare other paths
    (`/api/v4/users/pin/resend` in the static contracts of the Android app 57.1 and 59.2,
    known only from a decompilation; from which version on is unverified), so no successor is
    modelled.

    Args:
        account_id (int):
        client_id (int):
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LockoutError | PinResendResult | str
    """

    return sync_detailed(
        account_id=account_id,
        client_id=client_id,
        client=client,
        user_agent=user_agent,
        app_build=app_build,
        locale=locale,
        x_blink_time_zone=x_blink_time_zone,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    account_id: int,
    client_id: int,
    *,
    client: AuthenticatedClient,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[Error | LockoutError | PinResendResult | str]:
    """Send a new client-verification PIN (v4)

     Asks Blink to send a new verification PIN for this client (homebridge-blink-for-home
    `resendPIN`, 2020-10; Blink Android app 6.1.2-6.18 with a trailing slash). No body.
    Respect `allow_pin_resend_seconds`. Later app builds declare other paths
    (`/api/v4/users/pin/resend` in the static contracts of the Android app 57.1 and 59.2,
    known only from a decompilation; from which version on is unverified), so no successor is
    modelled.

    Args:
        account_id (int):
        client_id (int):
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LockoutError | PinResendResult | str]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        client_id=client_id,
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
    client_id: int,
    *,
    client: AuthenticatedClient,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Error | LockoutError | PinResendResult | str | None:
    """Send a new client-verification PIN (v4)

     Asks Blink to send a new verification PIN for this client (homebridge-blink-for-home
    `resendPIN`, 2020-10; Blink Android app 6.1.2-6.18 with a trailing slash). No body.
    Respect `allow_pin_resend_seconds`. Later app builds declare other paths
    (`/api/v4/users/pin/resend` in the static contracts of the Android app 57.1 and 59.2,
    known only from a decompilation; from which version on is unverified), so no successor is
    modelled.

    Args:
        account_id (int):
        client_id (int):
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LockoutError | PinResendResult | str
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client_id=client_id,
            client=client,
            user_agent=user_agent,
            app_build=app_build,
            locale=locale,
            x_blink_time_zone=x_blink_time_zone,
            accept_language=accept_language,
        )
    ).parsed
