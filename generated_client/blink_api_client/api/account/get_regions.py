from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.region_list import RegionList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    locale_query: str | Unset = UNSET,
    host: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale_header: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(host, Unset):
        headers["Host"] = host

    if not isinstance(user_agent, Unset):
        headers["User-Agent"] = user_agent

    if not isinstance(app_build, Unset):
        headers["APP-BUILD"] = app_build

    if not isinstance(locale_header, Unset):
        headers["LOCALE"] = locale_header

    if not isinstance(x_blink_time_zone, Unset):
        headers["X-Blink-Time-Zone"] = x_blink_time_zone

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    params: dict[str, Any] = {}

    params["locale"] = locale_query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/regions",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RegionList | str | None:
    if response.status_code == 200:
        response_200 = RegionList.from_dict(response.json())

        return response_200

    if 500 <= response.status_code <= 599:
        response_5xx = response.text
        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RegionList | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    locale_query: str | Unset = UNSET,
    host: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale_header: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[RegionList | str]:
    """List the service regions

     Lists the regions a new account can be created in, with the tier (`dns`) that names its
    REST host `rest-{dns}.immedia-semi.com`, and the region preferred for `locale`.
    In the 2017 protocol notes; documented by MattTW (`Misc/regions.md`), captured by
    homebridge-blink-for-home (2022-03) and listed in the Android app 6.18 (2022).
    No authentication is needed; the 2017 notes sent `TOKEN_AUTH` anyway, which does no harm, so the
    token is accepted but optional. Unverified: what Blink answers here to a password login's token once
    such tokens are refused (from 2025-10-13) is not recorded; the kit treats it as a request without a
    token.

    Args:
        locale_query (str | Unset):
        host (str | Unset):
        user_agent (str | Unset):
        app_build (str | Unset):
        locale_header (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RegionList | str]
    """

    kwargs = _get_kwargs(
        locale_query=locale_query,
        host=host,
        user_agent=user_agent,
        app_build=app_build,
        locale_header=locale_header,
        x_blink_time_zone=x_blink_time_zone,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    locale_query: str | Unset = UNSET,
    host: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale_header: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> RegionList | str | None:
    """List the service regions

     Lists the regions a new account can be created in, with the tier (`dns`) that names its
    REST host `rest-{dns}.immedia-semi.com`, and the region preferred for `locale`.
    In the 2017 protocol notes; documented by MattTW (`Misc/regions.md`), captured by
    homebridge-blink-for-home (2022-03) and listed in the Android app 6.18 (2022).
    No authentication is needed; the 2017 notes sent `TOKEN_AUTH` anyway, which does no harm, so the
    token is accepted but optional. Unverified: what Blink answers here to a password login's token once
    such tokens are refused (from 2025-10-13) is not recorded; the kit treats it as a request without a
    token.

    Args:
        locale_query (str | Unset):
        host (str | Unset):
        user_agent (str | Unset):
        app_build (str | Unset):
        locale_header (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RegionList | str
    """

    return sync_detailed(
        client=client,
        locale_query=locale_query,
        host=host,
        user_agent=user_agent,
        app_build=app_build,
        locale_header=locale_header,
        x_blink_time_zone=x_blink_time_zone,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    locale_query: str | Unset = UNSET,
    host: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale_header: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[RegionList | str]:
    """List the service regions

     Lists the regions a new account can be created in, with the tier (`dns`) that names its
    REST host `rest-{dns}.immedia-semi.com`, and the region preferred for `locale`.
    In the 2017 protocol notes; documented by MattTW (`Misc/regions.md`), captured by
    homebridge-blink-for-home (2022-03) and listed in the Android app 6.18 (2022).
    No authentication is needed; the 2017 notes sent `TOKEN_AUTH` anyway, which does no harm, so the
    token is accepted but optional. Unverified: what Blink answers here to a password login's token once
    such tokens are refused (from 2025-10-13) is not recorded; the kit treats it as a request without a
    token.

    Args:
        locale_query (str | Unset):
        host (str | Unset):
        user_agent (str | Unset):
        app_build (str | Unset):
        locale_header (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RegionList | str]
    """

    kwargs = _get_kwargs(
        locale_query=locale_query,
        host=host,
        user_agent=user_agent,
        app_build=app_build,
        locale_header=locale_header,
        x_blink_time_zone=x_blink_time_zone,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    locale_query: str | Unset = UNSET,
    host: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale_header: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> RegionList | str | None:
    """List the service regions

     Lists the regions a new account can be created in, with the tier (`dns`) that names its
    REST host `rest-{dns}.immedia-semi.com`, and the region preferred for `locale`.
    In the 2017 protocol notes; documented by MattTW (`Misc/regions.md`), captured by
    homebridge-blink-for-home (2022-03) and listed in the Android app 6.18 (2022).
    No authentication is needed; the 2017 notes sent `TOKEN_AUTH` anyway, which does no harm, so the
    token is accepted but optional. Unverified: what Blink answers here to a password login's token once
    such tokens are refused (from 2025-10-13) is not recorded; the kit treats it as a request without a
    token.

    Args:
        locale_query (str | Unset):
        host (str | Unset):
        user_agent (str | Unset):
        app_build (str | Unset):
        locale_header (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RegionList | str
    """

    return (
        await asyncio_detailed(
            client=client,
            locale_query=locale_query,
            host=host,
            user_agent=user_agent,
            app_build=app_build,
            locale_header=locale_header,
            x_blink_time_zone=x_blink_time_zone,
            accept_language=accept_language,
        )
    ).parsed
