from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.lockout_error import LockoutError
from ...models.o_auth_error import OAuthError
from ...models.o_auth_token_form import OAuthTokenForm
from ...models.o_auth_token_response import OAuthTokenResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: OAuthTokenForm,
    hardware_id: str | Unset = UNSET,
    field_2fa_code: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(hardware_id, Unset):
        headers["hardware_id"] = hardware_id

    if not isinstance(field_2fa_code, Unset):
        headers["2fa-code"] = field_2fa_code

    if not isinstance(user_agent, Unset):
        headers["User-Agent"] = user_agent

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth/token",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | LockoutError | OAuthError | OAuthTokenResponse | str | None:
    if response.status_code == 200:
        response_200 = OAuthTokenResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = OAuthError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = OAuthError.from_dict(response.json())

        return response_401

    if response.status_code == 406:
        response_406 = response.text
        return response_406

    if response.status_code == 412:
        response_412 = cast(Any, None)
        return response_412

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
) -> Response[Any | LockoutError | OAuthError | OAuthTokenResponse | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenForm,
    hardware_id: str | Unset = UNSET,
    field_2fa_code: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[Any | LockoutError | OAuthError | OAuthTokenResponse | str]:
    """Obtain or refresh OAuth tokens

     The OAuth token endpoint. Three grants have been observed:

    * **`password`** (2025-10-13 until 2025-12-03; blinkpy c0b29ff, blinkpy #1114,
      BlinkMonitorProtocol #81): form `username`, `password`, `grant_type=password`,
      `client_id=android`, `scope=client`, with a `hardware_id` header. When 2FA is needed
      Blink answers 412 and texts a code; the client repeats the same request with the code
      in a `2fa-code` header. Retired: now answers 401 `unsupported_grant_type`
      (Flomentum-Solutions/homebridge-blink-for-home-new PR #17, 2026-06).
    * **`authorization_code`** with PKCE S256 (2025-12 onwards; blinkpy 20705d6,
      `api.oauth_exchange_code_for_token`): form `code` (from the second
      `oauth_authorize`), `code_verifier`, `redirect_uri`, `client_id=ios`, `scope=client`,
      `app_brand=blink`, `hardware_id`. Blink checks base64url(SHA-256(verifier)) against
      the stored challenge.
    * **`refresh_token`** (live; blinkpy `api.oauth_refresh_token`): form `refresh_token`,
      `client_id`, `scope=client`, `hardware_id`. blinkpy's in-request refresh still uses
      the older form with `username`, `client_id=android` and the `hardware_id` and
      `2fa-code` headers; both are accepted.

    Success is 200 with JSON; `expires_in` is the access-token lifetime in seconds. After a
    first token, call `get_tier_info` to find the REST host. No cookie is needed here.

    Args:
        hardware_id (str | Unset):
        field_2fa_code (str | Unset):
        user_agent (str | Unset):
        accept_language (str | Unset):
        body (OAuthTokenForm): Form fields of `POST /oauth/token`. Which fields are needed depends
            on `grant_type`:
            * `authorization_code` (2025-12 onwards): `code`, `code_verifier`, `redirect_uri`,
              `client_id=ios`, `scope=client`, `app_brand=blink`, `hardware_id`;
            * `refresh_token`: `refresh_token`, `client_id` (`ios`, or `android` in the older
              blinkpy refresh path), `scope=client`, `hardware_id` or `username`;
            * `password` (2025-10 to about 2025-12, since retired): `username`, `password`,
              `client_id=android`, `scope=client`, with the `hardware_id` (and on the second call
              `2fa-code`) headers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | LockoutError | OAuthError | OAuthTokenResponse | str]
    """

    kwargs = _get_kwargs(
        body=body,
        hardware_id=hardware_id,
        field_2fa_code=field_2fa_code,
        user_agent=user_agent,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenForm,
    hardware_id: str | Unset = UNSET,
    field_2fa_code: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Any | LockoutError | OAuthError | OAuthTokenResponse | str | None:
    """Obtain or refresh OAuth tokens

     The OAuth token endpoint. Three grants have been observed:

    * **`password`** (2025-10-13 until 2025-12-03; blinkpy c0b29ff, blinkpy #1114,
      BlinkMonitorProtocol #81): form `username`, `password`, `grant_type=password`,
      `client_id=android`, `scope=client`, with a `hardware_id` header. When 2FA is needed
      Blink answers 412 and texts a code; the client repeats the same request with the code
      in a `2fa-code` header. Retired: now answers 401 `unsupported_grant_type`
      (Flomentum-Solutions/homebridge-blink-for-home-new PR #17, 2026-06).
    * **`authorization_code`** with PKCE S256 (2025-12 onwards; blinkpy 20705d6,
      `api.oauth_exchange_code_for_token`): form `code` (from the second
      `oauth_authorize`), `code_verifier`, `redirect_uri`, `client_id=ios`, `scope=client`,
      `app_brand=blink`, `hardware_id`. Blink checks base64url(SHA-256(verifier)) against
      the stored challenge.
    * **`refresh_token`** (live; blinkpy `api.oauth_refresh_token`): form `refresh_token`,
      `client_id`, `scope=client`, `hardware_id`. blinkpy's in-request refresh still uses
      the older form with `username`, `client_id=android` and the `hardware_id` and
      `2fa-code` headers; both are accepted.

    Success is 200 with JSON; `expires_in` is the access-token lifetime in seconds. After a
    first token, call `get_tier_info` to find the REST host. No cookie is needed here.

    Args:
        hardware_id (str | Unset):
        field_2fa_code (str | Unset):
        user_agent (str | Unset):
        accept_language (str | Unset):
        body (OAuthTokenForm): Form fields of `POST /oauth/token`. Which fields are needed depends
            on `grant_type`:
            * `authorization_code` (2025-12 onwards): `code`, `code_verifier`, `redirect_uri`,
              `client_id=ios`, `scope=client`, `app_brand=blink`, `hardware_id`;
            * `refresh_token`: `refresh_token`, `client_id` (`ios`, or `android` in the older
              blinkpy refresh path), `scope=client`, `hardware_id` or `username`;
            * `password` (2025-10 to about 2025-12, since retired): `username`, `password`,
              `client_id=android`, `scope=client`, with the `hardware_id` (and on the second call
              `2fa-code`) headers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | LockoutError | OAuthError | OAuthTokenResponse | str
    """

    return sync_detailed(
        client=client,
        body=body,
        hardware_id=hardware_id,
        field_2fa_code=field_2fa_code,
        user_agent=user_agent,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenForm,
    hardware_id: str | Unset = UNSET,
    field_2fa_code: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[Any | LockoutError | OAuthError | OAuthTokenResponse | str]:
    """Obtain or refresh OAuth tokens

     The OAuth token endpoint. Three grants have been observed:

    * **`password`** (2025-10-13 until 2025-12-03; blinkpy c0b29ff, blinkpy #1114,
      BlinkMonitorProtocol #81): form `username`, `password`, `grant_type=password`,
      `client_id=android`, `scope=client`, with a `hardware_id` header. When 2FA is needed
      Blink answers 412 and texts a code; the client repeats the same request with the code
      in a `2fa-code` header. Retired: now answers 401 `unsupported_grant_type`
      (Flomentum-Solutions/homebridge-blink-for-home-new PR #17, 2026-06).
    * **`authorization_code`** with PKCE S256 (2025-12 onwards; blinkpy 20705d6,
      `api.oauth_exchange_code_for_token`): form `code` (from the second
      `oauth_authorize`), `code_verifier`, `redirect_uri`, `client_id=ios`, `scope=client`,
      `app_brand=blink`, `hardware_id`. Blink checks base64url(SHA-256(verifier)) against
      the stored challenge.
    * **`refresh_token`** (live; blinkpy `api.oauth_refresh_token`): form `refresh_token`,
      `client_id`, `scope=client`, `hardware_id`. blinkpy's in-request refresh still uses
      the older form with `username`, `client_id=android` and the `hardware_id` and
      `2fa-code` headers; both are accepted.

    Success is 200 with JSON; `expires_in` is the access-token lifetime in seconds. After a
    first token, call `get_tier_info` to find the REST host. No cookie is needed here.

    Args:
        hardware_id (str | Unset):
        field_2fa_code (str | Unset):
        user_agent (str | Unset):
        accept_language (str | Unset):
        body (OAuthTokenForm): Form fields of `POST /oauth/token`. Which fields are needed depends
            on `grant_type`:
            * `authorization_code` (2025-12 onwards): `code`, `code_verifier`, `redirect_uri`,
              `client_id=ios`, `scope=client`, `app_brand=blink`, `hardware_id`;
            * `refresh_token`: `refresh_token`, `client_id` (`ios`, or `android` in the older
              blinkpy refresh path), `scope=client`, `hardware_id` or `username`;
            * `password` (2025-10 to about 2025-12, since retired): `username`, `password`,
              `client_id=android`, `scope=client`, with the `hardware_id` (and on the second call
              `2fa-code`) headers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | LockoutError | OAuthError | OAuthTokenResponse | str]
    """

    kwargs = _get_kwargs(
        body=body,
        hardware_id=hardware_id,
        field_2fa_code=field_2fa_code,
        user_agent=user_agent,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthTokenForm,
    hardware_id: str | Unset = UNSET,
    field_2fa_code: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Any | LockoutError | OAuthError | OAuthTokenResponse | str | None:
    """Obtain or refresh OAuth tokens

     The OAuth token endpoint. Three grants have been observed:

    * **`password`** (2025-10-13 until 2025-12-03; blinkpy c0b29ff, blinkpy #1114,
      BlinkMonitorProtocol #81): form `username`, `password`, `grant_type=password`,
      `client_id=android`, `scope=client`, with a `hardware_id` header. When 2FA is needed
      Blink answers 412 and texts a code; the client repeats the same request with the code
      in a `2fa-code` header. Retired: now answers 401 `unsupported_grant_type`
      (Flomentum-Solutions/homebridge-blink-for-home-new PR #17, 2026-06).
    * **`authorization_code`** with PKCE S256 (2025-12 onwards; blinkpy 20705d6,
      `api.oauth_exchange_code_for_token`): form `code` (from the second
      `oauth_authorize`), `code_verifier`, `redirect_uri`, `client_id=ios`, `scope=client`,
      `app_brand=blink`, `hardware_id`. Blink checks base64url(SHA-256(verifier)) against
      the stored challenge.
    * **`refresh_token`** (live; blinkpy `api.oauth_refresh_token`): form `refresh_token`,
      `client_id`, `scope=client`, `hardware_id`. blinkpy's in-request refresh still uses
      the older form with `username`, `client_id=android` and the `hardware_id` and
      `2fa-code` headers; both are accepted.

    Success is 200 with JSON; `expires_in` is the access-token lifetime in seconds. After a
    first token, call `get_tier_info` to find the REST host. No cookie is needed here.

    Args:
        hardware_id (str | Unset):
        field_2fa_code (str | Unset):
        user_agent (str | Unset):
        accept_language (str | Unset):
        body (OAuthTokenForm): Form fields of `POST /oauth/token`. Which fields are needed depends
            on `grant_type`:
            * `authorization_code` (2025-12 onwards): `code`, `code_verifier`, `redirect_uri`,
              `client_id=ios`, `scope=client`, `app_brand=blink`, `hardware_id`;
            * `refresh_token`: `refresh_token`, `client_id` (`ios`, or `android` in the older
              blinkpy refresh path), `scope=client`, `hardware_id` or `username`;
            * `password` (2025-10 to about 2025-12, since retired): `username`, `password`,
              `client_id=android`, `scope=client`, with the `hardware_id` (and on the second call
              `2fa-code`) headers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | LockoutError | OAuthError | OAuthTokenResponse | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            hardware_id=hardware_id,
            field_2fa_code=field_2fa_code,
            user_agent=user_agent,
            accept_language=accept_language,
        )
    ).parsed
