from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.program_input import ProgramInput
from ...models.program_update_result import ProgramUpdateResult
from ...types import Response


def _get_kwargs(
    network_id: int,
    program_id: int,
    *,
    body: ProgramInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/networks/{network_id}/programs/{program_id}/update".format(
            network_id=quote(str(network_id), safe=""),
            program_id=quote(str(program_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ProgramUpdateResult | None:
    if response.status_code == 200:
        response_200 = ProgramUpdateResult.from_dict(response.json())

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
) -> Response[Error | ProgramUpdateResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    network_id: int,
    program_id: int,
    *,
    client: AuthenticatedClient,
    body: ProgramInput,
) -> Response[Error | ProgramUpdateResult]:
    """Replace a program

     Replaces a program's name and schedule. The reply, recorded in MattTW's notes
    (`network/updateProgram.md`, 2020), is the stored program row (the submitted program as
    JSON text in `data`) and one `actions` row per day and time. Also in the Blink Android app
    6.18 (2022) and homebridge-blink-for-home (2022).

    Args:
        network_id (int):
        program_id (int):
        body (ProgramInput): A program to create or replace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProgramUpdateResult]
    """

    kwargs = _get_kwargs(
        network_id=network_id,
        program_id=program_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    network_id: int,
    program_id: int,
    *,
    client: AuthenticatedClient,
    body: ProgramInput,
) -> Error | ProgramUpdateResult | None:
    """Replace a program

     Replaces a program's name and schedule. The reply, recorded in MattTW's notes
    (`network/updateProgram.md`, 2020), is the stored program row (the submitted program as
    JSON text in `data`) and one `actions` row per day and time. Also in the Blink Android app
    6.18 (2022) and homebridge-blink-for-home (2022).

    Args:
        network_id (int):
        program_id (int):
        body (ProgramInput): A program to create or replace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ProgramUpdateResult
    """

    return sync_detailed(
        network_id=network_id,
        program_id=program_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    network_id: int,
    program_id: int,
    *,
    client: AuthenticatedClient,
    body: ProgramInput,
) -> Response[Error | ProgramUpdateResult]:
    """Replace a program

     Replaces a program's name and schedule. The reply, recorded in MattTW's notes
    (`network/updateProgram.md`, 2020), is the stored program row (the submitted program as
    JSON text in `data`) and one `actions` row per day and time. Also in the Blink Android app
    6.18 (2022) and homebridge-blink-for-home (2022).

    Args:
        network_id (int):
        program_id (int):
        body (ProgramInput): A program to create or replace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProgramUpdateResult]
    """

    kwargs = _get_kwargs(
        network_id=network_id,
        program_id=program_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    network_id: int,
    program_id: int,
    *,
    client: AuthenticatedClient,
    body: ProgramInput,
) -> Error | ProgramUpdateResult | None:
    """Replace a program

     Replaces a program's name and schedule. The reply, recorded in MattTW's notes
    (`network/updateProgram.md`, 2020), is the stored program row (the submitted program as
    JSON text in `data`) and one `actions` row per day and time. Also in the Blink Android app
    6.18 (2022) and homebridge-blink-for-home (2022).

    Args:
        network_id (int):
        program_id (int):
        body (ProgramInput): A program to create or replace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ProgramUpdateResult
    """

    return (
        await asyncio_detailed(
            network_id=network_id,
            program_id=program_id,
            client=client,
            body=body,
        )
    ).parsed
