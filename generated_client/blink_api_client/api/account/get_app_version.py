from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_version import AppVersion
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    app_build: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(app_build, Unset):
        headers["APP-BUILD"] = app_build

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/version",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppVersion | None:
    if response.status_code == 200:
        response_200 = AppVersion.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AppVersion]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    app_build: str | Unset = UNSET,
) -> Response[AppVersion]:
    """Check whether the app version is still supported

     Tells an app build whether an update is available or required (`code` 103 OK,
    105 update required). Keyed on the `APP-BUILD` header. Documented by MattTW
    (`Misc/version.md`), captured by homebridge-blink-for-home (2022-03) and listed in the
    Android app 6.18 (2022) as `appUpdateStatus`. The same object appears as
    `app_updates` in the homescreen.

    Args:
        app_build (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppVersion]
    """

    kwargs = _get_kwargs(
        app_build=app_build,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    app_build: str | Unset = UNSET,
) -> AppVersion | None:
    """Check whether the app version is still supported

     Tells an app build whether an update is available or required (`code` 103 OK,
    105 update required). Keyed on the `APP-BUILD` header. Documented by MattTW
    (`Misc/version.md`), captured by homebridge-blink-for-home (2022-03) and listed in the
    Android app 6.18 (2022) as `appUpdateStatus`. The same object appears as
    `app_updates` in the homescreen.

    Args:
        app_build (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppVersion
    """

    return sync_detailed(
        client=client,
        app_build=app_build,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    app_build: str | Unset = UNSET,
) -> Response[AppVersion]:
    """Check whether the app version is still supported

     Tells an app build whether an update is available or required (`code` 103 OK,
    105 update required). Keyed on the `APP-BUILD` header. Documented by MattTW
    (`Misc/version.md`), captured by homebridge-blink-for-home (2022-03) and listed in the
    Android app 6.18 (2022) as `appUpdateStatus`. The same object appears as
    `app_updates` in the homescreen.

    Args:
        app_build (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppVersion]
    """

    kwargs = _get_kwargs(
        app_build=app_build,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    app_build: str | Unset = UNSET,
) -> AppVersion | None:
    """Check whether the app version is still supported

     Tells an app build whether an update is available or required (`code` 103 OK,
    105 update required). Keyed on the `APP-BUILD` header. Documented by MattTW
    (`Misc/version.md`), captured by homebridge-blink-for-home (2022-03) and listed in the
    Android app 6.18 (2022) as `appUpdateStatus`. The same object appears as
    `app_updates` in the homescreen.

    Args:
        app_build (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppVersion
    """

    return (
        await asyncio_detailed(
            client=client,
            app_build=app_build,
        )
    ).parsed
