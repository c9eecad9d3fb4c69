from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.lockout_error import LockoutError
from ...models.login_v3_request import LoginV3Request
from ...models.login_v4_response import LoginV4Response
from ...types import Response


def _get_kwargs(
    *,
    body: LoginV3Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v3/login",
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
    body: LoginV3Request,
) -> Response[Error | LockoutError | LoginV4Response]:
    """Log in with client verification (2020)

     The 2020-05 login that introduced client verification (blinkpy 0c79620, 2020-05-05;
    blinkpy #210). The body identifies the app installation (`unique_id` and device
    fields); when `client.verification_required` is true Blink e-mails a PIN that must go
    to `verify_client_pin_v4` before the token works. The `region.tier` value names the
    REST host. From 2020-07-30 it answered 426 "An app update is required"
    (BlinkMonitorProtocol #41).

    Args:
        body (LoginV3Request): JSON body of `/api/v3/login` (2020-05), which introduced client
            verification.

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
    body: LoginV3Request,
) -> Error | LockoutError | LoginV4Response | None:
    """Log in with client verification (2020)

     The 2020-05 login that introduced client verification (blinkpy 0c79620, 2020-05-05;
    blinkpy #210). The body identifies the app installation (`unique_id` and device
    fields); when `client.verification_required` is true Blink e-mails a PIN that must go
    to `verify_client_pin_v4` before the token works. The `region.tier` value names the
    REST host. From 2020-07-30 it answered 426 "An app update is required"
    (BlinkMonitorProtocol #41).

    Args:
        body (LoginV3Request): JSON body of `/api/v3/login` (2020-05), which introduced client
            verification.

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
    body: LoginV3Request,
) -> Response[Error | LockoutError | LoginV4Response]:
    """Log in with client verification (2020)

     The 2020-05 login that introduced client verification (blinkpy 0c79620, 2020-05-05;
    blinkpy #210). The body identifies the app installation (`unique_id` and device
    fields); when `client.verification_required` is true Blink e-mails a PIN that must go
    to `verify_client_pin_v4` before the token works. The `region.tier` value names the
    REST host. From 2020-07-30 it answered 426 "An app update is required"
    (BlinkMonitorProtocol #41).

    Args:
        body (LoginV3Request): JSON body of `/api/v3/login` (2020-05), which introduced client
            verification.

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
    body: LoginV3Request,
) -> Error | LockoutError | LoginV4Response | None:
    """Log in with client verification (2020)

     The 2020-05 login that introduced client verification (blinkpy 0c79620, 2020-05-05;
    blinkpy #210). The body identifies the app installation (`unique_id` and device
    fields); when `client.verification_required` is true Blink e-mails a PIN that must go
    to `verify_client_pin_v4` before the token works. The `region.tier` value names the
    REST host. From 2020-07-30 it answered 426 "An app update is required"
    (BlinkMonitorProtocol #41).

    Args:
        body (LoginV3Request): JSON body of `/api/v3/login` (2020-05), which introduced client
            verification.

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
