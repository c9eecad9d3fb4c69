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
    *,
    ts: int | Unset = UNSET,
    ext: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ts"] = ts

    params["ext"] = ext

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v3/media/accounts/{account_id}/networks/{network_id}/{device_type}/{camera_id}/thumbnail/thumbnail.jpg".format(
            account_id=quote(str(account_id), safe=""),
            network_id=quote(str(network_id), safe=""),
            device_type=quote(str(device_type), safe=""),
            camera_id=quote(str(camera_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | File]:
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
    *,
    client: AuthenticatedClient,
    ts: int | Unset = UNSET,
    ext: str | Unset = UNSET,
) -> Response[Error | File]:
    """Download a device's latest thumbnail

     Downloads the latest thumbnail of a camera, Mini or doorbell. Since 2022-03 the
    homescreen and camera-config `thumbnail` values are this path with `ts` and an empty
    `ext` already in the query (`…/thumbnail/thumbnail.jpg?ts=1715522601&ext=`); blinkpy 0.19+
    (`BlinkCamera.update_images`) uses such a value as is, and builds it itself when the
    value is a bare number (the `ts`). Also seen in homebridge-blink-for-home homescreen
    captures and home-assistant test fixtures (lotus form). `ts` only busts caches: after a
    new snapshot (`request_camera_thumbnail`) blinkpy re-fetches the URL it already holds, so
    the path keeps serving the newest image. Any Content-Type is accepted by blinkpy; only a
    200 body is kept.

    Args:
        account_id (int):
        network_id (int):
        device_type (str):
        camera_id (int):
        ts (int | Unset):
        ext (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | File]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        network_id=network_id,
        device_type=device_type,
        camera_id=camera_id,
        ts=ts,
        ext=ext,
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
    *,
    client: AuthenticatedClient,
    ts: int | Unset = UNSET,
    ext: str | Unset = UNSET,
) -> Error | File | None:
    """Download a device's latest thumbnail

     Downloads the latest thumbnail of a camera, Mini or doorbell. Since 2022-03 the
    homescreen and camera-config `thumbnail` values are this path with `ts` and an empty
    `ext` already in the query (`…/thumbnail/thumbnail.jpg?ts=1715522601&ext=`); blinkpy 0.19+
    (`BlinkCamera.update_images`) uses such a value as is, and builds it itself when the
    value is a bare number (the `ts`). Also seen in homebridge-blink-for-home homescreen
    captures and home-assistant test fixtures (lotus form). `ts` only busts caches: after a
    new snapshot (`request_camera_thumbnail`) blinkpy re-fetches the URL it already holds, so
    the path keeps serving the newest image. Any Content-Type is accepted by blinkpy; only a
    200 body is kept.

    Args:
        account_id (int):
        network_id (int):
        device_type (str):
        camera_id (int):
        ts (int | Unset):
        ext (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | File
    """

    return sync_detailed(
        account_id=account_id,
        network_id=network_id,
        device_type=device_type,
        camera_id=camera_id,
        client=client,
        ts=ts,
        ext=ext,
    ).parsed


async def asyncio_detailed(
    account_id: int,
    network_id: int,
    device_type: str,
    camera_id: int,
    *,
    client: AuthenticatedClient,
    ts: int | Unset = UNSET,
    ext: str | Unset = UNSET,
) -> Response[Error | File]:
    """Download a device's latest thumbnail

     Downloads the latest thumbnail of a camera, Mini or doorbell. Since 2022-03 the
    homescreen and camera-config `thumbnail` values are this path with `ts` and an empty
    `ext` already in the query (`…/thumbnail/thumbnail.jpg?ts=1715522601&ext=`); blinkpy 0.19+
    (`BlinkCamera.update_images`) uses such a value as is, and builds it itself when the
    value is a bare number (the `ts`). Also seen in homebridge-blink-for-home homescreen
    captures and home-assistant test fixtures (lotus form). `ts` only busts caches: after a
    new snapshot (`request_camera_thumbnail`) blinkpy re-fetches the URL it already holds, so
    the path keeps serving the newest image. Any Content-Type is accepted by blinkpy; only a
    200 body is kept.

    Args:
        account_id (int):
        network_id (int):
        device_type (str):
        camera_id (int):
        ts (int | Unset):
        ext (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | File]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        network_id=network_id,
        device_type=device_type,
        camera_id=camera_id,
        ts=ts,
        ext=ext,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: int,
    network_id: int,
    device_type: str,
    camera_id: int,
    *,
    client: AuthenticatedClient,
    ts: int | Unset = UNSET,
    ext: str | Unset = UNSET,
) -> Error | File | None:
    """Download a device's latest thumbnail

     Downloads the latest thumbnail of a camera, Mini or doorbell. Since 2022-03 the
    homescreen and camera-config `thumbnail` values are this path with `ts` and an empty
    `ext` already in the query (`…/thumbnail/thumbnail.jpg?ts=1715522601&ext=`); blinkpy 0.19+
    (`BlinkCamera.update_images`) uses such a value as is, and builds it itself when the
    value is a bare number (the `ts`). Also seen in homebridge-blink-for-home homescreen
    captures and home-assistant test fixtures (lotus form). `ts` only busts caches: after a
    new snapshot (`request_camera_thumbnail`) blinkpy re-fetches the URL it already holds, so
    the path keeps serving the newest image. Any Content-Type is accepted by blinkpy; only a
    200 body is kept.

    Args:
        account_id (int):
        network_id (int):
        device_type (str):
        camera_id (int):
        ts (int | Unset):
        ext (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | File
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            network_id=network_id,
            device_type=device_type,
            camera_id=camera_id,
            client=client,
            ts=ts,
            ext=ext,
        )
    ).parsed
