from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.lockout_error import LockoutError
from ...models.login_v5_request import LoginV5Request
from ...models.login_v5_response import LoginV5Response
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: LoginV5Request,
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
        "url": "/api/v5/account/login",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | LockoutError | LoginV5Response | str | None:
    if response.status_code == 200:
        response_200 = LoginV5Response.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 426:
        response_426 = Error.from_dict(response.json())

        return response_426

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
) -> Response[Error | LockoutError | LoginV5Response | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LoginV5Request,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[Error | LockoutError | LoginV5Response | str]:
    """Log in with e-mail and password (2021-2025)

     The password login from 2021-02 to 2025-10 (blinkpy 0.17-0.24, `9e793b6`;
    BlinkMonitorProtocol `auth/login.md`; homebridge-blink-for-home, captured 2020-10;
    Blink Android app 6.18, 2022). `auth.token` goes into `TOKEN_AUTH` and `account.tier`
    names the REST host. When `account.client_verification_required` is true a PIN was sent
    (by SMS when `verification.phone.channel` is `sms`) and must be verified with
    `verify_client_pin_v5` (or `verify_client_pin_v4`). Each `unique_id` is one app
    installation: a new one is asked for a PIN, a verified one is not (blinkpy #917, 2024);
    `reauth` makes no visible difference (blinkpy #279), and homebridge-blink-for-home sends
    it as the string `"true"`. homebridge also records a `{"code": 242, "message": "Client
    already deleted. Please re-login", ...}` answer, without its HTTP status, so it is not
    described here. Repeated logins give 429 and a lockout of about an
    hour (homebridge-blink-for-home #148, #159). Since 2025-10-13 Blink answers 426 "An
    app update is required" for every app version (blinkpy #1114); use the OAuth flow.

    Args:
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):
        body (LoginV5Request): JSON body of `/api/v5/account/login` (2021-02 to 2025-10). Only
            `email` and `password`
            are strictly needed; the official apps send the rest.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LockoutError | LoginV5Response | str]
    """

    kwargs = _get_kwargs(
        body=body,
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
    *,
    client: AuthenticatedClient | Client,
    body: LoginV5Request,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Error | LockoutError | LoginV5Response | str | None:
    """Log in with e-mail and password (2021-2025)

     The password login from 2021-02 to 2025-10 (blinkpy 0.17-0.24, `9e793b6`;
    BlinkMonitorProtocol `auth/login.md`; homebridge-blink-for-home, captured 2020-10;
    Blink Android app 6.18, 2022). `auth.token` goes into `TOKEN_AUTH` and `account.tier`
    names the REST host. When `account.client_verification_required` is true a PIN was sent
    (by SMS when `verification.phone.channel` is `sms`) and must be verified with
    `verify_client_pin_v5` (or `verify_client_pin_v4`). Each `unique_id` is one app
    installation: a new one is asked for a PIN, a verified one is not (blinkpy #917, 2024);
    `reauth` makes no visible difference (blinkpy #279), and homebridge-blink-for-home sends
    it as the string `"true"`. homebridge also records a `{"code": 242, "message": "Client
    already deleted. Please re-login", ...}` answer, without its HTTP status, so it is not
    described here. Repeated logins give 429 and a lockout of about an
    hour (homebridge-blink-for-home #148, #159). Since 2025-10-13 Blink answers 426 "An
    app update is required" for every app version (blinkpy #1114); use the OAuth flow.

    Args:
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):
        body (LoginV5Request): JSON body of `/api/v5/account/login` (2021-02 to 2025-10). Only
            `email` and `password`
            are strictly needed; the official apps send the rest.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LockoutError | LoginV5Response | str
    """

    return sync_detailed(
        client=client,
        body=body,
        user_agent=user_agent,
        app_build=app_build,
        locale=locale,
        x_blink_time_zone=x_blink_time_zone,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LoginV5Request,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[Error | LockoutError | LoginV5Response | str]:
    """Log in with e-mail and password (2021-2025)

     The password login from 2021-02 to 2025-10 (blinkpy 0.17-0.24, `9e793b6`;
    BlinkMonitorProtocol `auth/login.md`; homebridge-blink-for-home, captured 2020-10;
    Blink Android app 6.18, 2022). `auth.token` goes into `TOKEN_AUTH` and `account.tier`
    names the REST host. When `account.client_verification_required` is true a PIN was sent
    (by SMS when `verification.phone.channel` is `sms`) and must be verified with
    `verify_client_pin_v5` (or `verify_client_pin_v4`). Each `unique_id` is one app
    installation: a new one is asked for a PIN, a verified one is not (blinkpy #917, 2024);
    `reauth` makes no visible difference (blinkpy #279), and homebridge-blink-for-home sends
    it as the string `"true"`. homebridge also records a `{"code": 242, "message": "Client
    already deleted. Please re-login", ...}` answer, without its HTTP status, so it is not
    described here. Repeated logins give 429 and a lockout of about an
    hour (homebridge-blink-for-home #148, #159). Since 2025-10-13 Blink answers 426 "An
    app update is required" for every app version (blinkpy #1114); use the OAuth flow.

    Args:
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):
        body (LoginV5Request): JSON body of `/api/v5/account/login` (2021-02 to 2025-10). Only
            `email` and `password`
            are strictly needed; the official apps send the rest.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LockoutError | LoginV5Response | str]
    """

    kwargs = _get_kwargs(
        body=body,
        user_agent=user_agent,
        app_build=app_build,
        locale=locale,
        x_blink_time_zone=x_blink_time_zone,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LoginV5Request,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Error | LockoutError | LoginV5Response | str | None:
    """Log in with e-mail and password (2021-2025)

     The password login from 2021-02 to 2025-10 (blinkpy 0.17-0.24, `9e793b6`;
    BlinkMonitorProtocol `auth/login.md`; homebridge-blink-for-home, captured 2020-10;
    Blink Android app 6.18, 2022). `auth.token` goes into `TOKEN_AUTH` and `account.tier`
    names the REST host. When `account.client_verification_required` is true a PIN was sent
    (by SMS when `verification.phone.channel` is `sms`) and must be verified with
    `verify_client_pin_v5` (or `verify_client_pin_v4`). Each `unique_id` is one app
    installation: a new one is asked for a PIN, a verified one is not (blinkpy #917, 2024);
    `reauth` makes no visible difference (blinkpy #279), and homebridge-blink-for-home sends
    it as the string `"true"`. homebridge also records a `{"code": 242, "message": "Client
    already deleted. Please re-login", ...}` answer, without its HTTP status, so it is not
    described here. Repeated logins give 429 and a lockout of about an
    hour (homebridge-blink-for-home #148, #159). Since 2025-10-13 Blink answers 426 "An
    app update is required" for every app version (blinkpy #1114); use the OAuth flow.

    Args:
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):
        body (LoginV5Request): JSON body of `/api/v5/account/login` (2021-02 to 2025-10). Only
            `email` and `password`
            are strictly needed; the official apps send the rest.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LockoutError | LoginV5Response | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            user_agent=user_agent,
            app_build=app_build,
            locale=locale,
            x_blink_time_zone=x_blink_time_zone,
            accept_language=accept_language,
        )
    ).parsed
