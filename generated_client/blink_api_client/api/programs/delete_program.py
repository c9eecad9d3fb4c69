from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.message import Message
from ...types import Response


def _get_kwargs(
    network_id: int,
    program_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/networks/{network_id}/programs/{program_id}/delete".format(
            network_id=quote(str(network_id), safe=""),
            program_id=quote(str(program_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Message | None:
    if response.status_code == 200:
        response_200 = Message.from_dict(response.json())

        return response_200

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
) -> Response[Error | Message]:
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
) -> Response[Error | Message]:
    """Delete a program

     Deletes a program. Seen in homebridge-blink-for-home (2022) and the Blink Android app 6.18
    (`deleteProgram`, 2022); no reply is recorded, a message like the enable/disable replies is
    assumed.

    Args:
        network_id (int):
        program_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Message]
    """

    kwargs = _get_kwargs(
        network_id=network_id,
        program_id=program_id,
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
) -> Error | Message | None:
    """Delete a program

     Deletes a program. Seen in homebridge-blink-for-home (2022) and the Blink Android app 6.18
    (`deleteProgram`, 2022); no reply is recorded, a message like the enable/disable replies is
    assumed.

    Args:
        network_id (int):
        program_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Message
    """

    return sync_detailed(
        network_id=network_id,
        program_id=program_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    network_id: int,
    program_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Error | Message]:
    """Delete a program

     Deletes a program. Seen in homebridge-blink-for-home (2022) and the Blink Android app 6.18
    (`deleteProgram`, 2022); no reply is recorded, a message like the enable/disable replies is
    assumed.

    Args:
        network_id (int):
        program_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Message]
    """

    kwargs = _get_kwargs(
        network_id=network_id,
        program_id=program_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    network_id: int,
    program_id: int,
    *,
    client: AuthenticatedClient,
) -> Error | Message | None:
    """Delete a program

     Deletes a program. Seen in homebridge-blink-for-home (2022) and the Blink Android app 6.18
    (`deleteProgram`, 2022); no reply is recorded, a message like the enable/disable replies is
    assumed.

    Args:
        network_id (int):
        program_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Message
    """

    return (
        await asyncio_detailed(
            network_id=network_id,
            program_id=program_id,
            client=client,
        )
    ).parsed
