from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.lockout_error import LockoutError
from ...models.o_auth_error import OAuthError
from ...models.o_auth_sign_in_form import OAuthSignInForm
from ...models.o_auth_two_factor_challenge import OAuthTwoFactorChallenge
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: OAuthSignInForm,
    user_agent: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    origin: str | Unset = UNSET,
    referer: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(user_agent, Unset):
        headers["User-Agent"] = user_agent

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    if not isinstance(origin, Unset):
        headers["Origin"] = origin

    if not isinstance(referer, Unset):
        headers["Referer"] = referer

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
) -> Any | LockoutError | OAuthError | OAuthTwoFactorChallenge | str | None:
    if response.status_code == 202:
        response_202 = OAuthTwoFactorChallenge.from_dict(response.json())

        return response_202

    if response.status_code == 301:
        response_301 = cast(Any, None)
        return response_301

    if response.status_code == 302:
        response_302 = cast(Any, None)
        return response_302

    if response.status_code == 303:
        response_303 = cast(Any, None)
        return response_303

    if response.status_code == 307:
        response_307 = cast(Any, None)
        return response_307

    if response.status_code == 308:
        response_308 = cast(Any, None)
        return response_308

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
) -> Response[Any | LockoutError | OAuthError | OAuthTwoFactorChallenge | str]:
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
    user_agent: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    origin: str | Unset = UNSET,
    referer: str | Unset = UNSET,
) -> Response[Any | LockoutError | OAuthError | OAuthTwoFactorChallenge | str]:
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
        user_agent (str | Unset):
        accept_language (str | Unset):
        origin (str | Unset):
        referer (str | Unset):
        body (OAuthSignInForm): Form fields of the credential submission on the OAuth sign-in
            page. The CSRF token is
            the `csrf-token` value of the page's `oauth-args` JSON script.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | LockoutError | OAuthError | OAuthTwoFactorChallenge | str]
    """

    kwargs = _get_kwargs(
        body=body,
        user_agent=user_agent,
        accept_language=accept_language,
        origin=origin,
        referer=referer,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthSignInForm,
    user_agent: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    origin: str | Unset = UNSET,
    referer: str | Unset = UNSET,
) -> Any | LockoutError | OAuthError | OAuthTwoFactorChallenge | str | None:
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
        user_agent (str | Unset):
        accept_language (str | Unset):
        origin (str | Unset):
        referer (str | Unset):
        body (OAuthSignInForm): Form fields of the credential submission on the OAuth sign-in
            page. The CSRF token is
            the `csrf-token` value of the page's `oauth-args` JSON script.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | LockoutError | OAuthError | OAuthTwoFactorChallenge | str
    """

    return sync_detailed(
        client=client,
        body=body,
        user_agent=user_agent,
        accept_language=accept_language,
        origin=origin,
        referer=referer,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthSignInForm,
    user_agent: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    origin: str | Unset = UNSET,
    referer: str | Unset = UNSET,
) -> Response[Any | LockoutError | OAuthError | OAuthTwoFactorChallenge | str]:
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
        user_agent (str | Unset):
        accept_language (str | Unset):
        origin (str | Unset):
        referer (str | Unset):
        body (OAuthSignInForm): Form fields of the credential submission on the OAuth sign-in
            page. The CSRF token is
            the `csrf-token` value of the page's `oauth-args` JSON script.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | LockoutError | OAuthError | OAuthTwoFactorChallenge | str]
    """

    kwargs = _get_kwargs(
        body=body,
        user_agent=user_agent,
        accept_language=accept_language,
        origin=origin,
        referer=referer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthSignInForm,
    user_agent: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    origin: str | Unset = UNSET,
    referer: str | Unset = UNSET,
) -> Any | LockoutError | OAuthError | OAuthTwoFactorChallenge | str | None:
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
        user_agent (str | Unset):
        accept_language (str | Unset):
        origin (str | Unset):
        referer (str | Unset):
        body (OAuthSignInForm): Form fields of the credential submission on the OAuth sign-in
            page. The CSRF token is
            the `csrf-token` value of the page's `oauth-args` JSON script.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | LockoutError | OAuthError | OAuthTwoFactorChallenge | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            user_agent=user_agent,
            accept_language=accept_language,
            origin=origin,
            referer=referer,
        )
    ).parsed
