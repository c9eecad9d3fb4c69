from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.lockout_error import LockoutError
from ...models.o_auth_sign_in_form import OAuthSignInForm
from ...models.o_auth_two_factor_challenge import OAuthTwoFactorChallenge
from ...types import Response


def _get_kwargs(
    *,
    body: OAuthSignInForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth/v2/signin",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | LockoutError | OAuthTwoFactorChallenge | None:
    if response.status_code == 202:
        response_202 = OAuthTwoFactorChallenge.from_dict(response.json())

        return response_202

    if response.status_code == 302:
        response_302 = cast(Any, None)
        return response_302

    if response.status_code == 303:
        response_303 = cast(Any, None)
        return response_303

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 406:
        response_406 = Error.from_dict(response.json())

        return response_406

    if response.status_code == 412:
        response_412 = cast(Any, None)
        return response_412

    if response.status_code == 413:
        response_413 = Error.from_dict(response.json())

        return response_413

    if response.status_code == 429:
        response_429 = LockoutError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error | LockoutError | OAuthTwoFactorChallenge]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthSignInForm,
) -> Response[Any | Error | LockoutError | OAuthTwoFactorChallenge]:
    """Submit credentials on the OAuth sign-in page

     Posts the account credentials and the page's CSRF token as a form (blinkpy 0.25
    `api.oauth_signin`, 2025-12 onwards), with `Origin: https://api.oauth.blink.com`,
    `Referer: https://api.oauth.blink.com/oauth/v2/signin` and the session cookie. Do not
    follow redirects. Outcomes:

    * **302/303**: signed in without 2FA; ignore `Location` and call `oauth_authorize`
      again (no query) for the code.
    * **202** (2026-06 onwards, blinkpy #1233): credentials accepted and a one-time code
      sent; the JSON says where. Continue with `oauth_verify_2fa`, reusing the same CSRF
      token and cookie (do not reload the page).
    * **412**: the older way of saying that 2FA is required; the body carries nothing useful.
    * **401**: wrong credentials. **406**: refused by Cloudflare since 2026-07-18
      (blinkpy #1266), before credentials are checked. **429**: too many attempts.

    Although it only reads, this call triggers an SMS or e-mail when 2FA is on.

    Args:
        body (OAuthSignInForm): Form fields of the credential submission on the OAuth sign-in
            page. The CSRF token is
            the `csrf-token` value of the page's `oauth-args` JSON script.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | LockoutError | OAuthTwoFactorChallenge]
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
    body: OAuthSignInForm,
) -> Any | Error | LockoutError | OAuthTwoFactorChallenge | None:
    """Submit credentials on the OAuth sign-in page

     Posts the account credentials and the page's CSRF token as a form (blinkpy 0.25
    `api.oauth_signin`, 2025-12 onwards), with `Origin: https://api.oauth.blink.com`,
    `Referer: https://api.oauth.blink.com/oauth/v2/signin` and the session cookie. Do not
    follow redirects. Outcomes:

    * **302/303**: signed in without 2FA; ignore `Location` and call `oauth_authorize`
      again (no query) for the code.
    * **202** (2026-06 onwards, blinkpy #1233): credentials accepted and a one-time code
      sent; the JSON says where. Continue with `oauth_verify_2fa`, reusing the same CSRF
      token and cookie (do not reload the page).
    * **412**: the older way of saying that 2FA is required; the body carries nothing useful.
    * **401**: wrong credentials. **406**: refused by Cloudflare since 2026-07-18
      (blinkpy #1266), before credentials are checked. **429**: too many attempts.

    Although it only reads, this call triggers an SMS or e-mail when 2FA is on.

    Args:
        body (OAuthSignInForm): Form fields of the credential submission on the OAuth sign-in
            page. The CSRF token is
            the `csrf-token` value of the page's `oauth-args` JSON script.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | LockoutError | OAuthTwoFactorChallenge
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthSignInForm,
) -> Response[Any | Error | LockoutError | OAuthTwoFactorChallenge]:
    """Submit credentials on the OAuth sign-in page

     Posts the account credentials and the page's CSRF token as a form (blinkpy 0.25
    `api.oauth_signin`, 2025-12 onwards), with `Origin: https://api.oauth.blink.com`,
    `Referer: https://api.oauth.blink.com/oauth/v2/signin` and the session cookie. Do not
    follow redirects. Outcomes:

    * **302/303**: signed in without 2FA; ignore `Location` and call `oauth_authorize`
      again (no query) for the code.
    * **202** (2026-06 onwards, blinkpy #1233): credentials accepted and a one-time code
      sent; the JSON says where. Continue with `oauth_verify_2fa`, reusing the same CSRF
      token and cookie (do not reload the page).
    * **412**: the older way of saying that 2FA is required; the body carries nothing useful.
    * **401**: wrong credentials. **406**: refused by Cloudflare since 2026-07-18
      (blinkpy #1266), before credentials are checked. **429**: too many attempts.

    Although it only reads, this call triggers an SMS or e-mail when 2FA is on.

    Args:
        body (OAuthSignInForm): Form fields of the credential submission on the OAuth sign-in
            page. The CSRF token is
            the `csrf-token` value of the page's `oauth-args` JSON script.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | LockoutError | OAuthTwoFactorChallenge]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthSignInForm,
) -> Any | Error | LockoutError | OAuthTwoFactorChallenge | None:
    """Submit credentials on the OAuth sign-in page

     Posts the account credentials and the page's CSRF token as a form (blinkpy 0.25
    `api.oauth_signin`, 2025-12 onwards), with `Origin: https://api.oauth.blink.com`,
    `Referer: https://api.oauth.blink.com/oauth/v2/signin` and the session cookie. Do not
    follow redirects. Outcomes:

    * **302/303**: signed in without 2FA; ignore `Location` and call `oauth_authorize`
      again (no query) for the code.
    * **202** (2026-06 onwards, blinkpy #1233): credentials accepted and a one-time code
      sent; the JSON says where. Continue with `oauth_verify_2fa`, reusing the same CSRF
      token and cookie (do not reload the page).
    * **412**: the older way of saying that 2FA is required; the body carries nothing useful.
    * **401**: wrong credentials. **406**: refused by Cloudflare since 2026-07-18
      (blinkpy #1266), before credentials are checked. **429**: too many attempts.

    Although it only reads, this call triggers an SMS or e-mail when 2FA is on.

    Args:
        body (OAuthSignInForm): Form fields of the credential submission on the OAuth sign-in
            page. The CSRF token is
            the `csrf-token` value of the page's `oauth-args` JSON script.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | LockoutError | OAuthTwoFactorChallenge
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
