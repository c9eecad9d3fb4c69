from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.lockout_error import LockoutError
from ...models.login_v4_request import LoginV4Request
from ...models.login_v4_response import LoginV4Response
from ...types import Response


def _get_kwargs(
    *,
    body: LoginV4Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/account/login",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | LockoutError | LoginV4Response | None:
    if response.status_code == 200:
        response_200 = LoginV4Response.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 413:
        response_413 = Error.from_dict(response.json())

        return response_413

    if response.status_code == 426:
        response_426 = Error.from_dict(response.json())

        return response_426

    if response.status_code == 429:
        response_429 = LockoutError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | LockoutError | LoginV4Response]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LoginV4Request,
) -> Response[Error | LockoutError | LoginV4Response]:
    """Log in with client verification and reauth (2020-2021)

     The login of blinkpy 0.15-0.16 (blinkpy f80a93f..9e793b6, 2020) and of the Blink
    Android app 6.1.2 (2020-11). Same as `login_v3` plus `reauth`: re-logging in with the
    same `unique_id` and `reauth` avoids a new PIN. Replaced by `login_v5` in 2021-02.

    Args:
        body (LoginV4Request): JSON body of `/api/v4/account/login`, the v3 body plus `reauth`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LockoutError | LoginV4Response]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: LoginV4Request,
) -> Error | LockoutError | LoginV4Response | None:
    """Log in with client verification and reauth (2020-2021)

     The login of blinkpy 0.15-0.16 (blinkpy f80a93f..9e793b6, 2020) and of the Blink
    Android app 6.1.2 (2020-11). Same as `login_v3` plus `reauth`: re-logging in with the
    same `unique_id` and `reauth` avoids a new PIN. Replaced by `login_v5` in 2021-02.

    Args:
        body (LoginV4Request): JSON body of `/api/v4/account/login`, the v3 body plus `reauth`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LockoutError | LoginV4Response
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LoginV4Request,
) -> Response[Error | LockoutError | LoginV4Response]:
    """Log in with client verification and reauth (2020-2021)

     The login of blinkpy 0.15-0.16 (blinkpy f80a93f..9e793b6, 2020) and of the Blink
    Android app 6.1.2 (2020-11). Same as `login_v3` plus `reauth`: re-logging in with the
    same `unique_id` and `reauth` avoids a new PIN. Replaced by `login_v5` in 2021-02.

    Args:
        body (LoginV4Request): JSON body of `/api/v4/account/login`, the v3 body plus `reauth`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LockoutError | LoginV4Response]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LoginV4Request,
) -> Error | LockoutError | LoginV4Response | None:
    """Log in with client verification and reauth (2020-2021)

     The login of blinkpy 0.15-0.16 (blinkpy f80a93f..9e793b6, 2020) and of the Blink
    Android app 6.1.2 (2020-11). Same as `login_v3` plus `reauth`: re-logging in with the
    same `unique_id` and `reauth` avoids a new PIN. Replaced by `login_v5` in 2021-02.

    Args:
        body (LoginV4Request): JSON body of `/api/v4/account/login`, the v3 body plus `reauth`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LockoutError | LoginV4Response
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
