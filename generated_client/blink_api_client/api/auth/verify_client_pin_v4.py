from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.pin_verify_request import PinVerifyRequest
from ...models.pin_verify_result import PinVerifyResult
from ...types import Response


def _get_kwargs(
    account_id: int,
    client_id: int,
    *,
    body: PinVerifyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v4/account/{account_id}/client/{client_id}/pin/verify".format(
            account_id=quote(str(account_id), safe=""),
            client_id=quote(str(client_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PinVerifyResult | None:
    if response.status_code == 200:
        response_200 = PinVerifyResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PinVerifyResult.from_dict(response.json())

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
) -> Response[Error | PinVerifyResult]:
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
    body: PinVerifyRequest,
) -> Response[Error | PinVerifyResult]:
    """Verify this client with the PIN Blink sent (v4)

     Sends the client-verification PIN after a login with `verification_required` (2020-05
    onwards; BlinkMonitorProtocol `auth/verifyPin.md`; homebridge-blink-for-home
    `verifyPIN`, 2020-10). The Android app 6.x writes the path with a trailing slash
    (`.../pin/verify/`). Success is `valid: true`, code 1626; a wrong PIN gives 400 with
    `valid: false`, code 1621. `require_new_pin` asks for a fresh PIN via
    `resend_client_pin_v4`.

    Args:
        account_id (int):
        client_id (int):
        body (PinVerifyRequest): The client-verification PIN that Blink sent by e-mail or SMS.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PinVerifyResult]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        client_id=client_id,
        body=body,
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
    body: PinVerifyRequest,
) -> Error | PinVerifyResult | None:
    """Verify this client with the PIN Blink sent (v4)

     Sends the client-verification PIN after a login with `verification_required` (2020-05
    onwards; BlinkMonitorProtocol `auth/verifyPin.md`; homebridge-blink-for-home
    `verifyPIN`, 2020-10). The Android app 6.x writes the path with a trailing slash
    (`.../pin/verify/`). Success is `valid: true`, code 1626; a wrong PIN gives 400 with
    `valid: false`, code 1621. `require_new_pin` asks for a fresh PIN via
    `resend_client_pin_v4`.

    Args:
        account_id (int):
        client_id (int):
        body (PinVerifyRequest): The client-verification PIN that Blink sent by e-mail or SMS.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PinVerifyResult
    """

    return sync_detailed(
        account_id=account_id,
        client_id=client_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    account_id: int,
    client_id: int,
    *,
    client: AuthenticatedClient,
    body: PinVerifyRequest,
) -> Response[Error | PinVerifyResult]:
    """Verify this client with the PIN Blink sent (v4)

     Sends the client-verification PIN after a login with `verification_required` (2020-05
    onwards; BlinkMonitorProtocol `auth/verifyPin.md`; homebridge-blink-for-home
    `verifyPIN`, 2020-10). The Android app 6.x writes the path with a trailing slash
    (`.../pin/verify/`). Success is `valid: true`, code 1626; a wrong PIN gives 400 with
    `valid: false`, code 1621. `require_new_pin` asks for a fresh PIN via
    `resend_client_pin_v4`.

    Args:
        account_id (int):
        client_id (int):
        body (PinVerifyRequest): The client-verification PIN that Blink sent by e-mail or SMS.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PinVerifyResult]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        client_id=client_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: int,
    client_id: int,
    *,
    client: AuthenticatedClient,
    body: PinVerifyRequest,
) -> Error | PinVerifyResult | None:
    """Verify this client with the PIN Blink sent (v4)

     Sends the client-verification PIN after a login with `verification_required` (2020-05
    onwards; BlinkMonitorProtocol `auth/verifyPin.md`; homebridge-blink-for-home
    `verifyPIN`, 2020-10). The Android app 6.x writes the path with a trailing slash
    (`.../pin/verify/`). Success is `valid: true`, code 1626; a wrong PIN gives 400 with
    `valid: false`, code 1621. `require_new_pin` asks for a fresh PIN via
    `resend_client_pin_v4`.

    Args:
        account_id (int):
        client_id (int):
        body (PinVerifyRequest): The client-verification PIN that Blink sent by e-mail or SMS.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PinVerifyResult
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client_id=client_id,
            client=client,
            body=body,
        )
    ).parsed
