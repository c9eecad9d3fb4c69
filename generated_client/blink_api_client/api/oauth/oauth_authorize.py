from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    app_brand: str | Unset = UNSET,
    app_version: str | Unset = UNSET,
    client_id: str | Unset = UNSET,
    code_challenge: str | Unset = UNSET,
    code_challenge_method: str | Unset = UNSET,
    device_brand: str | Unset = UNSET,
    device_model: str | Unset = UNSET,
    device_os_version: str | Unset = UNSET,
    hardware_id: str | Unset = UNSET,
    redirect_uri: str | Unset = UNSET,
    response_type: str | Unset = UNSET,
    scope: str | Unset = UNSET,
    state: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(user_agent, Unset):
        headers["User-Agent"] = user_agent

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    params: dict[str, Any] = {}

    params["app_brand"] = app_brand

    params["app_version"] = app_version

    params["client_id"] = client_id

    params["code_challenge"] = code_challenge

    params["code_challenge_method"] = code_challenge_method

    params["device_brand"] = device_brand

    params["device_model"] = device_model

    params["device_os_version"] = device_os_version

    params["hardware_id"] = hardware_id

    params["redirect_uri"] = redirect_uri

    params["response_type"] = response_type

    params["scope"] = scope

    params["state"] = state

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/oauth/v2/authorize",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

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
        response_400 = Error.from_dict(response.json())

        return response_400

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
) -> Response[Any | Error | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    app_brand: str | Unset = UNSET,
    app_version: str | Unset = UNSET,
    client_id: str | Unset = UNSET,
    code_challenge: str | Unset = UNSET,
    code_challenge_method: str | Unset = UNSET,
    device_brand: str | Unset = UNSET,
    device_model: str | Unset = UNSET,
    device_os_version: str | Unset = UNSET,
    hardware_id: str | Unset = UNSET,
    redirect_uri: str | Unset = UNSET,
    response_type: str | Unset = UNSET,
    scope: str | Unset = UNSET,
    state: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[Any | Error | str]:
    """Start or finish the browser-style OAuth authorization

     The authorization endpoint of Blink's OAuth 2 authorization code + PKCE flow, used by
    the iOS app and by blinkpy since 0.25 (`api.oauth_authorize_request` and
    `api.oauth_get_authorization_code`, 2025-12 onwards). A login calls it twice, and the
    session cookie links the two calls:

    1. **First call** with all the query parameters (`client_id=ios`,
       `response_type=code`, `scope=client`, `code_challenge` + `code_challenge_method=S256`,
       `redirect_uri=immedia-blink://applinks.blink.com/signin/callback`, `hardware_id` and
       the device fields; blinkpy sends no `state`) and a browser `User-Agent`. Blink
       answers 302 to `/oauth/v2/signin` and sets the login-session cookie (a direct 200
       sign-in page also occurs). Blink stores the challenge, client id, redirect URI and
       hardware id against that cookie. Clients follow this redirect; success is a final
       200.
    2. **Second call**, after a successful sign-in (and 2FA), with **no query string** and
       only the session cookie. Blink answers 302 with `Location:
       immedia-blink://applinks.blink.com/signin/callback?code=<code>` (optionally
       `&state=`). Do **not** follow this redirect (the scheme is not HTTP): read `code`
       from the query string of `Location` and exchange it with `oauth_token`.

    Quirks: a cookie jar must carry the cookie across authorize, sign-in, 2FA verify and
    the second authorize. Since 2026-07 Cloudflare answers 406 to some automated clients and
    to the shared literal `hardware_id` values `Home Assistant` and `Blinkpy` (blinkpy #1266,
    home-assistant/core PR #178396). blinkpy's comments say any non-UUID value gets 406, but the
    PR's replay found other non-UUID values (`AAAAAAA`, `home assistant`) accepted.

    Args:
        app_brand (str | Unset):
        app_version (str | Unset):
        client_id (str | Unset):
        code_challenge (str | Unset):
        code_challenge_method (str | Unset):
        device_brand (str | Unset):
        device_model (str | Unset):
        device_os_version (str | Unset):
        hardware_id (str | Unset):
        redirect_uri (str | Unset):
        response_type (str | Unset):
        scope (str | Unset):
        state (str | Unset):
        user_agent (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | str]
    """

    kwargs = _get_kwargs(
        app_brand=app_brand,
        app_version=app_version,
        client_id=client_id,
        code_challenge=code_challenge,
        code_challenge_method=code_challenge_method,
        device_brand=device_brand,
        device_model=device_model,
        device_os_version=device_os_version,
        hardware_id=hardware_id,
        redirect_uri=redirect_uri,
        response_type=response_type,
        scope=scope,
        state=state,
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
    app_brand: str | Unset = UNSET,
    app_version: str | Unset = UNSET,
    client_id: str | Unset = UNSET,
    code_challenge: str | Unset = UNSET,
    code_challenge_method: str | Unset = UNSET,
    device_brand: str | Unset = UNSET,
    device_model: str | Unset = UNSET,
    device_os_version: str | Unset = UNSET,
    hardware_id: str | Unset = UNSET,
    redirect_uri: str | Unset = UNSET,
    response_type: str | Unset = UNSET,
    scope: str | Unset = UNSET,
    state: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Any | Error | str | None:
    """Start or finish the browser-style OAuth authorization

     The authorization endpoint of Blink's OAuth 2 authorization code + PKCE flow, used by
    the iOS app and by blinkpy since 0.25 (`api.oauth_authorize_request` and
    `api.oauth_get_authorization_code`, 2025-12 onwards). A login calls it twice, and the
    session cookie links the two calls:

    1. **First call** with all the query parameters (`client_id=ios`,
       `response_type=code`, `scope=client`, `code_challenge` + `code_challenge_method=S256`,
       `redirect_uri=immedia-blink://applinks.blink.com/signin/callback`, `hardware_id` and
       the device fields; blinkpy sends no `state`) and a browser `User-Agent`. Blink
       answers 302 to `/oauth/v2/signin` and sets the login-session cookie (a direct 200
       sign-in page also occurs). Blink stores the challenge, client id, redirect URI and
       hardware id against that cookie. Clients follow this redirect; success is a final
       200.
    2. **Second call**, after a successful sign-in (and 2FA), with **no query string** and
       only the session cookie. Blink answers 302 with `Location:
       immedia-blink://applinks.blink.com/signin/callback?code=<code>` (optionally
       `&state=`). Do **not** follow this redirect (the scheme is not HTTP): read `code`
       from the query string of `Location` and exchange it with `oauth_token`.

    Quirks: a cookie jar must carry the cookie across authorize, sign-in, 2FA verify and
    the second authorize. Since 2026-07 Cloudflare answers 406 to some automated clients and
    to the shared literal `hardware_id` values `Home Assistant` and `Blinkpy` (blinkpy #1266,
    home-assistant/core PR #178396). blinkpy's comments say any non-UUID value gets 406, but the
    PR's replay found other non-UUID values (`AAAAAAA`, `home assistant`) accepted.

    Args:
        app_brand (str | Unset):
        app_version (str | Unset):
        client_id (str | Unset):
        code_challenge (str | Unset):
        code_challenge_method (str | Unset):
        device_brand (str | Unset):
        device_model (str | Unset):
        device_os_version (str | Unset):
        hardware_id (str | Unset):
        redirect_uri (str | Unset):
        response_type (str | Unset):
        scope (str | Unset):
        state (str | Unset):
        user_agent (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | str
    """

    return sync_detailed(
        client=client,
        app_brand=app_brand,
        app_version=app_version,
        client_id=client_id,
        code_challenge=code_challenge,
        code_challenge_method=code_challenge_method,
        device_brand=device_brand,
        device_model=device_model,
        device_os_version=device_os_version,
        hardware_id=hardware_id,
        redirect_uri=redirect_uri,
        response_type=response_type,
        scope=scope,
        state=state,
        user_agent=user_agent,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    app_brand: str | Unset = UNSET,
    app_version: str | Unset = UNSET,
    client_id: str | Unset = UNSET,
    code_challenge: str | Unset = UNSET,
    code_challenge_method: str | Unset = UNSET,
    device_brand: str | Unset = UNSET,
    device_model: str | Unset = UNSET,
    device_os_version: str | Unset = UNSET,
    hardware_id: str | Unset = UNSET,
    redirect_uri: str | Unset = UNSET,
    response_type: str | Unset = UNSET,
    scope: str | Unset = UNSET,
    state: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[Any | Error | str]:
    """Start or finish the browser-style OAuth authorization

     The authorization endpoint of Blink's OAuth 2 authorization code + PKCE flow, used by
    the iOS app and by blinkpy since 0.25 (`api.oauth_authorize_request` and
    `api.oauth_get_authorization_code`, 2025-12 onwards). A login calls it twice, and the
    session cookie links the two calls:

    1. **First call** with all the query parameters (`client_id=ios`,
       `response_type=code`, `scope=client`, `code_challenge` + `code_challenge_method=S256`,
       `redirect_uri=immedia-blink://applinks.blink.com/signin/callback`, `hardware_id` and
       the device fields; blinkpy sends no `state`) and a browser `User-Agent`. Blink
       answers 302 to `/oauth/v2/signin` and sets the login-session cookie (a direct 200
       sign-in page also occurs). Blink stores the challenge, client id, redirect URI and
       hardware id against that cookie. Clients follow this redirect; success is a final
       200.
    2. **Second call**, after a successful sign-in (and 2FA), with **no query string** and
       only the session cookie. Blink answers 302 with `Location:
       immedia-blink://applinks.blink.com/signin/callback?code=<code>` (optionally
       `&state=`). Do **not** follow this redirect (the scheme is not HTTP): read `code`
       from the query string of `Location` and exchange it with `oauth_token`.

    Quirks: a cookie jar must carry the cookie across authorize, sign-in, 2FA verify and
    the second authorize. Since 2026-07 Cloudflare answers 406 to some automated clients and
    to the shared literal `hardware_id` values `Home Assistant` and `Blinkpy` (blinkpy #1266,
    home-assistant/core PR #178396). blinkpy's comments say any non-UUID value gets 406, but the
    PR's replay found other non-UUID values (`AAAAAAA`, `home assistant`) accepted.

    Args:
        app_brand (str | Unset):
        app_version (str | Unset):
        client_id (str | Unset):
        code_challenge (str | Unset):
        code_challenge_method (str | Unset):
        device_brand (str | Unset):
        device_model (str | Unset):
        device_os_version (str | Unset):
        hardware_id (str | Unset):
        redirect_uri (str | Unset):
        response_type (str | Unset):
        scope (str | Unset):
        state (str | Unset):
        user_agent (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | str]
    """

    kwargs = _get_kwargs(
        app_brand=app_brand,
        app_version=app_version,
        client_id=client_id,
        code_challenge=code_challenge,
        code_challenge_method=code_challenge_method,
        device_brand=device_brand,
        device_model=device_model,
        device_os_version=device_os_version,
        hardware_id=hardware_id,
        redirect_uri=redirect_uri,
        response_type=response_type,
        scope=scope,
        state=state,
        user_agent=user_agent,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    app_brand: str | Unset = UNSET,
    app_version: str | Unset = UNSET,
    client_id: str | Unset = UNSET,
    code_challenge: str | Unset = UNSET,
    code_challenge_method: str | Unset = UNSET,
    device_brand: str | Unset = UNSET,
    device_model: str | Unset = UNSET,
    device_os_version: str | Unset = UNSET,
    hardware_id: str | Unset = UNSET,
    redirect_uri: str | Unset = UNSET,
    response_type: str | Unset = UNSET,
    scope: str | Unset = UNSET,
    state: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Any | Error | str | None:
    """Start or finish the browser-style OAuth authorization

     The authorization endpoint of Blink's OAuth 2 authorization code + PKCE flow, used by
    the iOS app and by blinkpy since 0.25 (`api.oauth_authorize_request` and
    `api.oauth_get_authorization_code`, 2025-12 onwards). A login calls it twice, and the
    session cookie links the two calls:

    1. **First call** with all the query parameters (`client_id=ios`,
       `response_type=code`, `scope=client`, `code_challenge` + `code_challenge_method=S256`,
       `redirect_uri=immedia-blink://applinks.blink.com/signin/callback`, `hardware_id` and
       the device fields; blinkpy sends no `state`) and a browser `User-Agent`. Blink
       answers 302 to `/oauth/v2/signin` and sets the login-session cookie (a direct 200
       sign-in page also occurs). Blink stores the challenge, client id, redirect URI and
       hardware id against that cookie. Clients follow this redirect; success is a final
       200.
    2. **Second call**, after a successful sign-in (and 2FA), with **no query string** and
       only the session cookie. Blink answers 302 with `Location:
       immedia-blink://applinks.blink.com/signin/callback?code=<code>` (optionally
       `&state=`). Do **not** follow this redirect (the scheme is not HTTP): read `code`
       from the query string of `Location` and exchange it with `oauth_token`.

    Quirks: a cookie jar must carry the cookie across authorize, sign-in, 2FA verify and
    the second authorize. Since 2026-07 Cloudflare answers 406 to some automated clients and
    to the shared literal `hardware_id` values `Home Assistant` and `Blinkpy` (blinkpy #1266,
    home-assistant/core PR #178396). blinkpy's comments say any non-UUID value gets 406, but the
    PR's replay found other non-UUID values (`AAAAAAA`, `home assistant`) accepted.

    Args:
        app_brand (str | Unset):
        app_version (str | Unset):
        client_id (str | Unset):
        code_challenge (str | Unset):
        code_challenge_method (str | Unset):
        device_brand (str | Unset):
        device_model (str | Unset):
        device_os_version (str | Unset):
        hardware_id (str | Unset):
        redirect_uri (str | Unset):
        response_type (str | Unset):
        scope (str | Unset):
        state (str | Unset):
        user_agent (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | str
    """

    return (
        await asyncio_detailed(
            client=client,
            app_brand=app_brand,
            app_version=app_version,
            client_id=client_id,
            code_challenge=code_challenge,
            code_challenge_method=code_challenge_method,
            device_brand=device_brand,
            device_model=device_model,
            device_os_version=device_os_version,
            hardware_id=hardware_id,
            redirect_uri=redirect_uri,
            response_type=response_type,
            scope=scope,
            state=state,
            user_agent=user_agent,
            accept_language=accept_language,
        )
    ).parsed
