from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.lockout_error import LockoutError
from ...models.o_auth_error import OAuthError
from ...models.o_auth_verify_form import OAuthVerifyForm
from ...models.o_auth_verify_result import OAuthVerifyResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: OAuthVerifyForm,
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
        "url": "/oauth/v2/2fa/verify",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LockoutError | OAuthError | OAuthVerifyResult | str | None:
    if response.status_code == 201:
        response_201 = OAuthVerifyResult.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = OAuthError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = OAuthError.from_dict(response.json())

        return response_401

    if response.status_code == 406:
        response_406 = response.text
        return response_406

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
) -> Response[LockoutError | OAuthError | OAuthVerifyResult | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OAuthVerifyForm,
    user_agent: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    origin: str | Unset = UNSET,
    referer: str | Unset = UNSET,
) -> Response[LockoutError | OAuthError | OAuthVerifyResult | str]:
    """Submit the 2FA code of an OAuth sign-in

     Completes a sign-in that answered 202 or 412 (blinkpy 0.25 `api.oauth_verify_2fa`,
    2025-12 onwards). Send the one-time code, the same CSRF token as the sign-in POST and
    `remember_me=false`, with the session cookie and the same Origin/Referer headers.
    Success is exactly HTTP **201** with a JSON body (JSON Content-Type) whose `status` is
    `auth-completed`; anything else (including 200) should be treated as failure. Then call
    `oauth_authorize` again, without parameters, for the authorization code.

    Args:
        user_agent (str | Unset):
        accept_language (str | Unset):
        origin (str | Unset):
        referer (str | Unset):
        body (OAuthVerifyForm): Form fields of the 2FA code submission.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LockoutError | OAuthError | OAuthVerifyResult | str]
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
    body: OAuthVerifyForm,
    user_agent: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    origin: str | Unset = UNSET,
    referer: str | Unset = UNSET,
) -> LockoutError | OAuthError | OAuthVerifyResult | str | None:
    """Submit the 2FA code of an OAuth sign-in

     Completes a sign-in that answered 202 or 412 (blinkpy 0.25 `api.oauth_verify_2fa`,
    2025-12 onwards). Send the one-time code, the same CSRF token as the sign-in POST and
    `remember_me=false`, with the session cookie and the same Origin/Referer headers.
    Success is exactly HTTP **201** with a JSON body (JSON Content-Type) whose `status` is
    `auth-completed`; anything else (including 200) should be treated as failure. Then call
    `oauth_authorize` again, without parameters, for the authorization code.

    Args:
        user_agent (str | Unset):
        accept_language (str | Unset):
        origin (str | Unset):
        referer (str | Unset):
        body (OAuthVerifyForm): Form fields of the 2FA code submission.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LockoutError | OAuthError | OAuthVerifyResult | str
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
    body: OAuthVerifyForm,
    user_agent: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    origin: str | Unset = UNSET,
    referer: str | Unset = UNSET,
) -> Response[LockoutError | OAuthError | OAuthVerifyResult | str]:
    """Submit the 2FA code of an OAuth sign-in

     Completes a sign-in that answered 202 or 412 (blinkpy 0.25 `api.oauth_verify_2fa`,
    2025-12 onwards). Send the one-time code, the same CSRF token as the sign-in POST and
    `remember_me=false`, with the session cookie and the same Origin/Referer headers.
    Success is exactly HTTP **201** with a JSON body (JSON Content-Type) whose `status` is
    `auth-completed`; anything else (including 200) should be treated as failure. Then call
    `oauth_authorize` again, without parameters, for the authorization code.

    Args:
        user_agent (str | Unset):
        accept_language (str | Unset):
        origin (str | Unset):
        referer (str | Unset):
        body (OAuthVerifyForm): Form fields of the 2FA code submission.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LockoutError | OAuthError | OAuthVerifyResult | str]
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
    body: OAuthVerifyForm,
    user_agent: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    origin: str | Unset = UNSET,
    referer: str | Unset = UNSET,
) -> LockoutError | OAuthError | OAuthVerifyResult | str | None:
    """Submit the 2FA code of an OAuth sign-in

     Completes a sign-in that answered 202 or 412 (blinkpy 0.25 `api.oauth_verify_2fa`,
    2025-12 onwards). Send the one-time code, the same CSRF token as the sign-in POST and
    `remember_me=false`, with the session cookie and the same Origin/Referer headers.
    Success is exactly HTTP **201** with a JSON body (JSON Content-Type) whose `status` is
    `auth-completed`; anything else (including 200) should be treated as failure. Then call
    `oauth_authorize` again, without parameters, for the authorization code.

    Args:
        user_agent (str | Unset):
        accept_language (str | Unset):
        origin (str | Unset):
        referer (str | Unset):
        body (OAuthVerifyForm): Form fields of the 2FA code submission.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LockoutError | OAuthError | OAuthVerifyResult | str
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
