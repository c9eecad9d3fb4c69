from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    host: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(host, Unset):
        headers["Host"] = host

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/health",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    host: str | Unset = UNSET,
) -> Response[Error | str]:
    """Check service reachability

     A plain-text connectivity check from the 2017 protocol notes, which answer
    "all ports tested are open". No JSON form and no later capture are known; current apps
    (Android 6.18, 2022) and clients (blinkpy, homebridge) do not call it.

    Args:
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | str]
    """

    kwargs = _get_kwargs(
        host=host,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    host: str | Unset = UNSET,
) -> Error | str | None:
    """Check service reachability

     A plain-text connectivity check from the 2017 protocol notes, which answer
    "all ports tested are open". No JSON form and no later capture are known; current apps
    (Android 6.18, 2022) and clients (blinkpy, homebridge) do not call it.

    Args:
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | str
    """

    return sync_detailed(
        client=client,
        host=host,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    host: str | Unset = UNSET,
) -> Response[Error | str]:
    """Check service reachability

     A plain-text connectivity check from the 2017 protocol notes, which answer
    "all ports tested are open". No JSON form and no later capture are known; current apps
    (Android 6.18, 2022) and clients (blinkpy, homebridge) do not call it.

    Args:
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | str]
    """

    kwargs = _get_kwargs(
        host=host,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    host: str | Unset = UNSET,
) -> Error | str | None:
    """Check service reachability

     A plain-text connectivity check from the 2017 protocol notes, which answer
    "all ports tested are open". No JSON form and no later capture are known; current apps
    (Android 6.18, 2022) and clients (blinkpy, homebridge) do not call it.

    Args:
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | str
    """

    return (
        await asyncio_detailed(
            client=client,
            host=host,
        )
    ).parsed
