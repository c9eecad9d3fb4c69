from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    account_id: int,
    network_id: int,
    device_type: str,
    camera_id: int,
    source: str,
    media_id: int,
    *,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(user_agent, Unset):
        headers["User-Agent"] = user_agent

    if not isinstance(app_build, Unset):
        headers["APP-BUILD"] = app_build

    if not isinstance(locale, Unset):
        headers["LOCALE"] = locale

    if not isinstance(x_blink_time_zone, Unset):
        headers["X-Blink-Time-Zone"] = x_blink_time_zone

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v3/media/accounts/{account_id}/networks/{network_id}/{device_type}/{camera_id}/{source}/{media_id}.mp4".format(
            account_id=quote(str(account_id), safe=""),
            network_id=quote(str(network_id), safe=""),
            device_type=quote(str(device_type), safe=""),
            camera_id=quote(str(camera_id), safe=""),
            source=quote(str(source), safe=""),
            media_id=quote(str(media_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | File | str | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if 500 <= response.status_code <= 599:
        response_5xx = response.text
        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | File | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: int,
    network_id: int,
    device_type: str,
    camera_id: int,
    source: str,
    media_id: int,
    *,
    client: AuthenticatedClient,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[Error | File | str]:
    """Download a cloud clip (2022 form)

     The MP4 of a cloud clip or snapshot: the `media` of a `get_media_changed` item since 2022, used as
    given. Recorded in homebridge-blink-for-home's `blink-api.sample.js` (`MEDIA_CHANGE`, 2022-03),
    whose
    CLI downloads it (`blink-cli.js`), and fetched as given by blinkpy 0.25.9 (`Blink.download_videos`,
    `BlinkCamera.update_images`). blinkpy writes the body to disk whatever the status; check for 200.
    A password login's token whose app client has not verified its PIN is refused with 401
    code 101 here while thumbnails still load (MattTW/BlinkMonitorProtocol #49, 2021); what
    else such a token may do is not known.

    Args:
        account_id (int):
        network_id (int):
        device_type (str):
        camera_id (int):
        source (str):
        media_id (int):
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | File | str]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        network_id=network_id,
        device_type=device_type,
        camera_id=camera_id,
        source=source,
        media_id=media_id,
        user_agent=user_agent,
        app_build=app_build,
        locale=locale,
        x_blink_time_zone=x_blink_time_zone,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: int,
    network_id: int,
    device_type: str,
    camera_id: int,
    source: str,
    media_id: int,
    *,
    client: AuthenticatedClient,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Error | File | str | None:
    """Download a cloud clip (2022 form)

     The MP4 of a cloud clip or snapshot: the `media` of a `get_media_changed` item since 2022, used as
    given. Recorded in homebridge-blink-for-home's `blink-api.sample.js` (`MEDIA_CHANGE`, 2022-03),
    whose
    CLI downloads it (`blink-cli.js`), and fetched as given by blinkpy 0.25.9 (`Blink.download_videos`,
    `BlinkCamera.update_images`). blinkpy writes the body to disk whatever the status; check for 200.
    A password login's token whose app client has not verified its PIN is refused with 401
    code 101 here while thumbnails still load (MattTW/BlinkMonitorProtocol #49, 2021); what
    else such a token may do is not known.

    Args:
        account_id (int):
        network_id (int):
        device_type (str):
        camera_id (int):
        source (str):
        media_id (int):
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | File | str
    """

    return sync_detailed(
        account_id=account_id,
        network_id=network_id,
        device_type=device_type,
        camera_id=camera_id,
        source=source,
        media_id=media_id,
        client=client,
        user_agent=user_agent,
        app_build=app_build,
        locale=locale,
        x_blink_time_zone=x_blink_time_zone,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    account_id: int,
    network_id: int,
    device_type: str,
    camera_id: int,
    source: str,
    media_id: int,
    *,
    client: AuthenticatedClient,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[Error | File | str]:
    """Download a cloud clip (2022 form)

     The MP4 of a cloud clip or snapshot: the `media` of a `get_media_changed` item since 2022, used as
    given. Recorded in homebridge-blink-for-home's `blink-api.sample.js` (`MEDIA_CHANGE`, 2022-03),
    whose
    CLI downloads it (`blink-cli.js`), and fetched as given by blinkpy 0.25.9 (`Blink.download_videos`,
    `BlinkCamera.update_images`). blinkpy writes the body to disk whatever the status; check for 200.
    A password login's token whose app client has not verified its PIN is refused with 401
    code 101 here while thumbnails still load (MattTW/BlinkMonitorProtocol #49, 2021); what
    else such a token may do is not known.

    Args:
        account_id (int):
        network_id (int):
        device_type (str):
        camera_id (int):
        source (str):
        media_id (int):
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | File | str]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        network_id=network_id,
        device_type=device_type,
        camera_id=camera_id,
        source=source,
        media_id=media_id,
        user_agent=user_agent,
        app_build=app_build,
        locale=locale,
        x_blink_time_zone=x_blink_time_zone,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: int,
    network_id: int,
    device_type: str,
    camera_id: int,
    source: str,
    media_id: int,
    *,
    client: AuthenticatedClient,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Error | File | str | None:
    """Download a cloud clip (2022 form)

     The MP4 of a cloud clip or snapshot: the `media` of a `get_media_changed` item since 2022, used as
    given. Recorded in homebridge-blink-for-home's `blink-api.sample.js` (`MEDIA_CHANGE`, 2022-03),
    whose
    CLI downloads it (`blink-cli.js`), and fetched as given by blinkpy 0.25.9 (`Blink.download_videos`,
    `BlinkCamera.update_images`). blinkpy writes the body to disk whatever the status; check for 200.
    A password login's token whose app client has not verified its PIN is refused with 401
    code 101 here while thumbnails still load (MattTW/BlinkMonitorProtocol #49, 2021); what
    else such a token may do is not known.

    Args:
        account_id (int):
        network_id (int):
        device_type (str):
        camera_id (int):
        source (str):
        media_id (int):
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | File | str
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            network_id=network_id,
            device_type=device_type,
            camera_id=camera_id,
            source=source,
            media_id=media_id,
            client=client,
            user_agent=user_agent,
            app_build=app_build,
            locale=locale,
            x_blink_time_zone=x_blink_time_zone,
            accept_language=accept_language,
        )
    ).parsed
