from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.device_identity import DeviceIdentity
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    serial_number: str,
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
        "url": "/api/v1/devices/identify/{serial_number}".format(
            serial_number=quote(str(serial_number), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeviceIdentity | Error | str | None:
    if response.status_code == 200:
        response_200 = DeviceIdentity.from_dict(response.json())

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
) -> Response[DeviceIdentity | Error | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    serial_number: str,
    *,
    client: AuthenticatedClient,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[DeviceIdentity | Error | str]:
    """Identify a device by its serial number

     What kind of device a serial number belongs to, asked while adding a device (the device is not yet
    the account's, so the serial names no account object). Observed in homebridge-blink-for-home 3.9.2
    (`getDevice`, `src/blink-api.js:1254`, in its diagnostic dump for every sync module, camera and
    Mini) with the recorded answer `DEVICE` of its `blink-api.sample.js` (2022-03), which the example
    follows. The Android app 6.1.2 and 6.18 call `/api/v2/devices/identify/{serial}` instead.

    Args:
        serial_number (str):
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceIdentity | Error | str]
    """

    kwargs = _get_kwargs(
        serial_number=serial_number,
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
    serial_number: str,
    *,
    client: AuthenticatedClient,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> DeviceIdentity | Error | str | None:
    """Identify a device by its serial number

     What kind of device a serial number belongs to, asked while adding a device (the device is not yet
    the account's, so the serial names no account object). Observed in homebridge-blink-for-home 3.9.2
    (`getDevice`, `src/blink-api.js:1254`, in its diagnostic dump for every sync module, camera and
    Mini) with the recorded answer `DEVICE` of its `blink-api.sample.js` (2022-03), which the example
    follows. The Android app 6.1.2 and 6.18 call `/api/v2/devices/identify/{serial}` instead.

    Args:
        serial_number (str):
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceIdentity | Error | str
    """

    return sync_detailed(
        serial_number=serial_number,
        client=client,
        user_agent=user_agent,
        app_build=app_build,
        locale=locale,
        x_blink_time_zone=x_blink_time_zone,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    serial_number: str,
    *,
    client: AuthenticatedClient,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[DeviceIdentity | Error | str]:
    """Identify a device by its serial number

     What kind of device a serial number belongs to, asked while adding a device (the device is not yet
    the account's, so the serial names no account object). Observed in homebridge-blink-for-home 3.9.2
    (`getDevice`, `src/blink-api.js:1254`, in its diagnostic dump for every sync module, camera and
    Mini) with the recorded answer `DEVICE` of its `blink-api.sample.js` (2022-03), which the example
    follows. The Android app 6.1.2 and 6.18 call `/api/v2/devices/identify/{serial}` instead.

    Args:
        serial_number (str):
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceIdentity | Error | str]
    """

    kwargs = _get_kwargs(
        serial_number=serial_number,
        user_agent=user_agent,
        app_build=app_build,
        locale=locale,
        x_blink_time_zone=x_blink_time_zone,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    serial_number: str,
    *,
    client: AuthenticatedClient,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> DeviceIdentity | Error | str | None:
    """Identify a device by its serial number

     What kind of device a serial number belongs to, asked while adding a device (the device is not yet
    the account's, so the serial names no account object). Observed in homebridge-blink-for-home 3.9.2
    (`getDevice`, `src/blink-api.js:1254`, in its diagnostic dump for every sync module, camera and
    Mini) with the recorded answer `DEVICE` of its `blink-api.sample.js` (2022-03), which the example
    follows. The Android app 6.1.2 and 6.18 call `/api/v2/devices/identify/{serial}` instead.

    Args:
        serial_number (str):
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceIdentity | Error | str
    """

    return (
        await asyncio_detailed(
            serial_number=serial_number,
            client=client,
            user_agent=user_agent,
            app_build=app_build,
            locale=locale,
            x_blink_time_zone=x_blink_time_zone,
            accept_language=accept_language,
        )
    ).parsed
