from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    user_agent: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(user_agent, Unset):
        headers["User-Agent"] = user_agent

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/oauth/v2/signin",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 406:
        response_406 = response.text
        return response_406

    if 500 <= response.status_code <= 599:
        response_5xx = response.text
        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    user_agent: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[str]:
    """Fetch the OAuth sign-in page (CSRF token)

     The HTML sign-in page of the OAuth flow, reached by the first `oauth_authorize`
    redirect (blinkpy 0.25 `api.oauth_get_signin_page`, 2025-12 onwards). Clients need
    only one thing from it: the `csrf-token` key of the JSON inside the `script` element
    with `id="oauth-args"` and `type="application/json"`. blinkpy requires both attribute
    values exactly, parses the script text as a JSON object and ignores forms and meta
    tags. Send the session cookie from the authorize call. Any status other than 200 means
    no token and a failed login.

    Args:
        user_agent (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[str]
    """

    kwargs = _get_kwargs(
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
    user_agent: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> str | None:
    """Fetch the OAuth sign-in page (CSRF token)

     The HTML sign-in page of the OAuth flow, reached by the first `oauth_authorize`
    redirect (blinkpy 0.25 `api.oauth_get_signin_page`, 2025-12 onwards). Clients need
    only one thing from it: the `csrf-token` key of the JSON inside the `script` element
    with `id="oauth-args"` and `type="application/json"`. blinkpy requires both attribute
    values exactly, parses the script text as a JSON object and ignores forms and meta
    tags. Send the session cookie from the authorize call. Any status other than 200 means
    no token and a failed login.

    Args:
        user_agent (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        str
    """

    return sync_detailed(
        client=client,
        user_agent=user_agent,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    user_agent: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[str]:
    """Fetch the OAuth sign-in page (CSRF token)

     The HTML sign-in page of the OAuth flow, reached by the first `oauth_authorize`
    redirect (blinkpy 0.25 `api.oauth_get_signin_page`, 2025-12 onwards). Clients need
    only one thing from it: the `csrf-token` key of the JSON inside the `script` element
    with `id="oauth-args"` and `type="application/json"`. blinkpy requires both attribute
    values exactly, parses the script text as a JSON object and ignores forms and meta
    tags. Send the session cookie from the authorize call. Any status other than 200 means
    no token and a failed login.

    Args:
        user_agent (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[str]
    """

    kwargs = _get_kwargs(
        user_agent=user_agent,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    user_agent: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> str | None:
    """Fetch the OAuth sign-in page (CSRF token)

     The HTML sign-in page of the OAuth flow, reached by the first `oauth_authorize`
    redirect (blinkpy 0.25 `api.oauth_get_signin_page`, 2025-12 onwards). Clients need
    only one thing from it: the `csrf-token` key of the JSON inside the `script` element
    with `id="oauth-args"` and `type="application/json"`. blinkpy requires both attribute
    values exactly, parses the script text as a JSON object and ignores forms and meta
    tags. Send the session cookie from the authorize call. Any status other than 200 means
    no token and a failed login.

    Args:
        user_agent (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        str
    """

    return (
        await asyncio_detailed(
            client=client,
            user_agent=user_agent,
            accept_language=accept_language,
        )
    ).parsed
