from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.region_list import RegionList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    locale: str | Unset = UNSET,
    host: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(host, Unset):
        headers["Host"] = host

    params: dict[str, Any] = {}

    params["locale"] = locale

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
) -> RegionList | None:
    if response.status_code == 200:
        response_200 = RegionList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RegionList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    locale: str | Unset = UNSET,
    host: str | Unset = UNSET,
) -> Response[RegionList]:
    """List the service regions

     Lists the regions a new account can be created in, with the tier (`dns`) that names its
    REST host `rest-{dns}.immedia-semi.com`, and the region preferred for `locale`.
    In the 2017 protocol notes; documented by MattTW (`Misc/regions.md`), captured by
    homebridge-blink-for-home (2022-03) and listed in the Android app 6.18 (2022).
    No authentication is needed; the 2017 notes sent `TOKEN_AUTH` anyway, which does no harm, so the
    token is accepted but optional.

    Args:
        locale (str | Unset):
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RegionList]
    """

    kwargs = _get_kwargs(
        locale=locale,
        host=host,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    locale: str | Unset = UNSET,
    host: str | Unset = UNSET,
) -> RegionList | None:
    """List the service regions

     Lists the regions a new account can be created in, with the tier (`dns`) that names its
    REST host `rest-{dns}.immedia-semi.com`, and the region preferred for `locale`.
    In the 2017 protocol notes; documented by MattTW (`Misc/regions.md`), captured by
    homebridge-blink-for-home (2022-03) and listed in the Android app 6.18 (2022).
    No authentication is needed; the 2017 notes sent `TOKEN_AUTH` anyway, which does no harm, so the
    token is accepted but optional.

    Args:
        locale (str | Unset):
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RegionList
    """

    return sync_detailed(
        client=client,
        locale=locale,
        host=host,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    locale: str | Unset = UNSET,
    host: str | Unset = UNSET,
) -> Response[RegionList]:
    """List the service regions

     Lists the regions a new account can be created in, with the tier (`dns`) that names its
    REST host `rest-{dns}.immedia-semi.com`, and the region preferred for `locale`.
    In the 2017 protocol notes; documented by MattTW (`Misc/regions.md`), captured by
    homebridge-blink-for-home (2022-03) and listed in the Android app 6.18 (2022).
    No authentication is needed; the 2017 notes sent `TOKEN_AUTH` anyway, which does no harm, so the
    token is accepted but optional.

    Args:
        locale (str | Unset):
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RegionList]
    """

    kwargs = _get_kwargs(
        locale=locale,
        host=host,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    locale: str | Unset = UNSET,
    host: str | Unset = UNSET,
) -> RegionList | None:
    """List the service regions

     Lists the regions a new account can be created in, with the tier (`dns`) that names its
    REST host `rest-{dns}.immedia-semi.com`, and the region preferred for `locale`.
    In the 2017 protocol notes; documented by MattTW (`Misc/regions.md`), captured by
    homebridge-blink-for-home (2022-03) and listed in the Android app 6.18 (2022).
    No authentication is needed; the 2017 notes sent `TOKEN_AUTH` anyway, which does no harm, so the
    token is accepted but optional.

    Args:
        locale (str | Unset):
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RegionList
    """

    return (
        await asyncio_detailed(
            client=client,
            locale=locale,
            host=host,
        )
    ).parsed
