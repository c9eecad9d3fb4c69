from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.program import Program
from ...models.program_input import ProgramInput
from ...types import Response


def _get_kwargs(
    network_id: int,
    *,
    body: ProgramInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/networks/{network_id}/programs/create".format(
            network_id=quote(str(network_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Program | None:
    if response.status_code == 200:
        response_200 = Program.from_dict(response.json())

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
) -> Response[Error | Program]:
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
    body: ProgramInput,
) -> Response[Error | Program]:
    """Create a program

     Creates an arm/disarm schedule. The request is recorded in homebridge-blink-for-home
    (`createProgram`, 2020-10 capture; it sends an `id` too) and the call exists in the Blink
    Android app 6.18 (2022). Blink's reply is not recorded: the `Program` schema below is an
    assumption.

    Args:
        network_id (int):
        body (ProgramInput): A program to create or replace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Program]
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
    body: ProgramInput,
) -> Error | Program | None:
    """Create a program

     Creates an arm/disarm schedule. The request is recorded in homebridge-blink-for-home
    (`createProgram`, 2020-10 capture; it sends an `id` too) and the call exists in the Blink
    Android app 6.18 (2022). Blink's reply is not recorded: the `Program` schema below is an
    assumption.

    Args:
        network_id (int):
        body (ProgramInput): A program to create or replace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Program
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
    body: ProgramInput,
) -> Response[Error | Program]:
    """Create a program

     Creates an arm/disarm schedule. The request is recorded in homebridge-blink-for-home
    (`createProgram`, 2020-10 capture; it sends an `id` too) and the call exists in the Blink
    Android app 6.18 (2022). Blink's reply is not recorded: the `Program` schema below is an
    assumption.

    Args:
        network_id (int):
        body (ProgramInput): A program to create or replace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Program]
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
    body: ProgramInput,
) -> Error | Program | None:
    """Create a program

     Creates an arm/disarm schedule. The request is recorded in homebridge-blink-for-home
    (`createProgram`, 2020-10 capture; it sends an `id` too) and the call exists in the Blink
    Android app 6.18 (2022). Blink's reply is not recorded: the `Program` schema below is an
    assumption.

    Args:
        network_id (int):
        body (ProgramInput): A program to create or replace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Program
    """

    return (
        await asyncio_detailed(
            network_id=network_id,
            client=client,
            body=body,
        )
    ).parsed
