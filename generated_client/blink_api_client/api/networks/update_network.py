from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.network_update import NetworkUpdate
from ...models.network_update_result import NetworkUpdateResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    network_id: int,
    *,
    body: NetworkUpdate | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/network/{network_id}/update".format(
            network_id=quote(str(network_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | NetworkUpdateResult | None:
    if response.status_code == 200:
        response_200 = NetworkUpdateResult.from_dict(response.json())

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

    if response.status_code == 413:
        response_413 = Error.from_dict(response.json())

        return response_413

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | NetworkUpdateResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    network_id: int,
    *,
    client: AuthenticatedClient,
    body: NetworkUpdate | Unset = UNSET,
) -> Response[Error | NetworkUpdateResult]:
    """Update network settings (and refresh its state)

     Changes network settings (time zone, daylight saving, live-view mode, name, saving of
    live views) and answers with the network. Observed in homebridge-blink-for-home
    (`updateNetwork`, capture 2020-10) and the Blink Android app 6.18 (2022), which uses it
    for several settings screens. blinkpy 0.25 (`api.request_network_update`, 2025) posts it
    with NO body on every refresh and reads `network.armed` and `network.sync_module_error`
    from the reply: this is where blinkpy gets the arm state.

    Reply shapes: blinkpy expects `{"network": {...}}`, the homebridge capture is the flat
    network object; both validate against `NetworkUpdateResult`. blinkpy additionally polls
    `get_command_status` when the reply has a top-level `id` and `network_id` (a command);
    a flat network object has `id` (the network id) but no `network_id`, so it is not polled.

    Args:
        network_id (int):
        body (NetworkUpdate | Unset): Settings to change on a network. All fields are optional;
            blinkpy posts no body at all.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NetworkUpdateResult]
    """

    kwargs = _get_kwargs(
        network_id=network_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    network_id: int,
    *,
    client: AuthenticatedClient,
    body: NetworkUpdate | Unset = UNSET,
) -> Error | NetworkUpdateResult | None:
    """Update network settings (and refresh its state)

     Changes network settings (time zone, daylight saving, live-view mode, name, saving of
    live views) and answers with the network. Observed in homebridge-blink-for-home
    (`updateNetwork`, capture 2020-10) and the Blink Android app 6.18 (2022), which uses it
    for several settings screens. blinkpy 0.25 (`api.request_network_update`, 2025) posts it
    with NO body on every refresh and reads `network.armed` and `network.sync_module_error`
    from the reply: this is where blinkpy gets the arm state.

    Reply shapes: blinkpy expects `{"network": {...}}`, the homebridge capture is the flat
    network object; both validate against `NetworkUpdateResult`. blinkpy additionally polls
    `get_command_status` when the reply has a top-level `id` and `network_id` (a command);
    a flat network object has `id` (the network id) but no `network_id`, so it is not polled.

    Args:
        network_id (int):
        body (NetworkUpdate | Unset): Settings to change on a network. All fields are optional;
            blinkpy posts no body at all.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | NetworkUpdateResult
    """

    return sync_detailed(
        network_id=network_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    network_id: int,
    *,
    client: AuthenticatedClient,
    body: NetworkUpdate | Unset = UNSET,
) -> Response[Error | NetworkUpdateResult]:
    """Update network settings (and refresh its state)

     Changes network settings (time zone, daylight saving, live-view mode, name, saving of
    live views) and answers with the network. Observed in homebridge-blink-for-home
    (`updateNetwork`, capture 2020-10) and the Blink Android app 6.18 (2022), which uses it
    for several settings screens. blinkpy 0.25 (`api.request_network_update`, 2025) posts it
    with NO body on every refresh and reads `network.armed` and `network.sync_module_error`
    from the reply: this is where blinkpy gets the arm state.

    Reply shapes: blinkpy expects `{"network": {...}}`, the homebridge capture is the flat
    network object; both validate against `NetworkUpdateResult`. blinkpy additionally polls
    `get_command_status` when the reply has a top-level `id` and `network_id` (a command);
    a flat network object has `id` (the network id) but no `network_id`, so it is not polled.

    Args:
        network_id (int):
        body (NetworkUpdate | Unset): Settings to change on a network. All fields are optional;
            blinkpy posts no body at all.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NetworkUpdateResult]
    """

    kwargs = _get_kwargs(
        network_id=network_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    network_id: int,
    *,
    client: AuthenticatedClient,
    body: NetworkUpdate | Unset = UNSET,
) -> Error | NetworkUpdateResult | None:
    """Update network settings (and refresh its state)

     Changes network settings (time zone, daylight saving, live-view mode, name, saving of
    live views) and answers with the network. Observed in homebridge-blink-for-home
    (`updateNetwork`, capture 2020-10) and the Blink Android app 6.18 (2022), which uses it
    for several settings screens. blinkpy 0.25 (`api.request_network_update`, 2025) posts it
    with NO body on every refresh and reads `network.armed` and `network.sync_module_error`
    from the reply: this is where blinkpy gets the arm state.

    Reply shapes: blinkpy expects `{"network": {...}}`, the homebridge capture is the flat
    network object; both validate against `NetworkUpdateResult`. blinkpy additionally polls
    `get_command_status` when the reply has a top-level `id` and `network_id` (a command);
    a flat network object has `id` (the network id) but no `network_id`, so it is not polled.

    Args:
        network_id (int):
        body (NetworkUpdate | Unset): Settings to change on a network. All fields are optional;
            blinkpy posts no body at all.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | NetworkUpdateResult
    """

    return (
        await asyncio_detailed(
            network_id=network_id,
            client=client,
            body=body,
        )
    ).parsed
