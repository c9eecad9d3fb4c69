from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/oauth/v2/signin",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 406:
        response_406 = Error.from_dict(response.json())

        return response_406

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | str]:
    """Fetch the OAuth sign-in page (CSRF token)

     The HTML sign-in page of the OAuth flow, reached by the first `oauth_authorize`
    redirect (blinkpy 0.25 `api.oauth_get_signin_page`, 2025-12 onwards). Clients need
    only one thing from it: the `csrf-token` key of the JSON inside the `script` element
    with `id="oauth-args"` and `type="application/json"`. blinkpy requires both attribute
    values exactly, parses the script text as a JSON object and ignores forms and meta
    tags. Send the session cookie from the authorize call. Any status other than 200 means
    no token and a failed login.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | str]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> Error | str | None:
    """Fetch the OAuth sign-in page (CSRF token)

     The HTML sign-in page of the OAuth flow, reached by the first `oauth_authorize`
    redirect (blinkpy 0.25 `api.oauth_get_signin_page`, 2025-12 onwards). Clients need
    only one thing from it: the `csrf-token` key of the JSON inside the `script` element
    with `id="oauth-args"` and `type="application/json"`. blinkpy requires both attribute
    values exactly, parses the script text as a JSON object and ignores forms and meta
    tags. Send the session cookie from the authorize call. Any status other than 200 means
    no token and a failed login.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | str
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | str]:
    """Fetch the OAuth sign-in page (CSRF token)

     The HTML sign-in page of the OAuth flow, reached by the first `oauth_authorize`
    redirect (blinkpy 0.25 `api.oauth_get_signin_page`, 2025-12 onwards). Clients need
    only one thing from it: the `csrf-token` key of the JSON inside the `script` element
    with `id="oauth-args"` and `type="application/json"`. blinkpy requires both attribute
    values exactly, parses the script text as a JSON object and ignores forms and meta
    tags. Send the session cookie from the authorize call. Any status other than 200 means
    no token and a failed login.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | str]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> Error | str | None:
    """Fetch the OAuth sign-in page (CSRF token)

     The HTML sign-in page of the OAuth flow, reached by the first `oauth_authorize`
    redirect (blinkpy 0.25 `api.oauth_get_signin_page`, 2025-12 onwards). Clients need
    only one thing from it: the `csrf-token` key of the JSON inside the `script` element
    with `id="oauth-args"` and `type="application/json"`. blinkpy requires both attribute
    values exactly, parses the script text as a JSON object and ignores forms and meta
    tags. Send the session cookie from the authorize call. Any status other than 200 means
    no token and a failed login.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | str
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
