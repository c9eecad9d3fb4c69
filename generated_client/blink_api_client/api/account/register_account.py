from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_registration import AccountRegistration
from ...models.error import Error
from ...models.message import Message
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: AccountRegistration,
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
        "url": "/api/v4/account/register",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Message | str | None:
    if response.status_code == 200:
        response_200 = Message.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if 500 <= response.status_code <= 599:
        response_5xx = response.text
        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | Message | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AccountRegistration,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[Error | Message | str]:
    """Create a Blink account

     Creates a new account. Observed in homebridge-blink-for-home 3.9.2 (`createAccount`,
    `src/blink-api.js:772`, the caller's body, never called by the plugin itself) and the Blink Android
    app 6.1.2 (`registerV4`, body `RegisterBody`, answer `RegisterResponse`; 6.18 moved to
    `/api/v6/account/register`). Needs no token. The fields of both are not recorded: the example answer
    is unverified. It touches no existing account, but nothing in the API undoes it.

    Args:
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):
        body (AccountRegistration): Body of `register_account` (the Android app's `RegisterBody`);
            its fields are not recorded.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Message | str]
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
    client: AuthenticatedClient,
    body: AccountRegistration,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Error | Message | str | None:
    """Create a Blink account

     Creates a new account. Observed in homebridge-blink-for-home 3.9.2 (`createAccount`,
    `src/blink-api.js:772`, the caller's body, never called by the plugin itself) and the Blink Android
    app 6.1.2 (`registerV4`, body `RegisterBody`, answer `RegisterResponse`; 6.18 moved to
    `/api/v6/account/register`). Needs no token. The fields of both are not recorded: the example answer
    is unverified. It touches no existing account, but nothing in the API undoes it.

    Args:
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):
        body (AccountRegistration): Body of `register_account` (the Android app's `RegisterBody`);
            its fields are not recorded.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Message | str
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
    client: AuthenticatedClient,
    body: AccountRegistration,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[Error | Message | str]:
    """Create a Blink account

     Creates a new account. Observed in homebridge-blink-for-home 3.9.2 (`createAccount`,
    `src/blink-api.js:772`, the caller's body, never called by the plugin itself) and the Blink Android
    app 6.1.2 (`registerV4`, body `RegisterBody`, answer `RegisterResponse`; 6.18 moved to
    `/api/v6/account/register`). Needs no token. The fields of both are not recorded: the example answer
    is unverified. It touches no existing account, but nothing in the API undoes it.

    Args:
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):
        body (AccountRegistration): Body of `register_account` (the Android app's `RegisterBody`);
            its fields are not recorded.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Message | str]
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
    client: AuthenticatedClient,
    body: AccountRegistration,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Error | Message | str | None:
    """Create a Blink account

     Creates a new account. Observed in homebridge-blink-for-home 3.9.2 (`createAccount`,
    `src/blink-api.js:772`, the caller's body, never called by the plugin itself) and the Blink Android
    app 6.1.2 (`registerV4`, body `RegisterBody`, answer `RegisterResponse`; 6.18 moved to
    `/api/v6/account/register`). Needs no token. The fields of both are not recorded: the example answer
    is unverified. It touches no existing account, but nothing in the API undoes it.

    Args:
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):
        body (AccountRegistration): Body of `register_account` (the Android app's `RegisterBody`);
            its fields are not recorded.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Message | str
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
