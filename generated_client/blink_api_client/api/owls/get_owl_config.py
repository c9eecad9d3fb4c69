from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.owl_config import OwlConfig
from ...types import Response


def _get_kwargs(
    account_id: int,
    network_id: int,
    owl_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/accounts/{account_id}/networks/{network_id}/owls/{owl_id}/config".format(
            account_id=quote(str(account_id), safe=""),
            network_id=quote(str(network_id), safe=""),
            owl_id=quote(str(owl_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | OwlConfig | None:
    if response.status_code == 200:
        response_200 = OwlConfig.from_dict(response.json())

        return response_200

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
) -> Response[Error | OwlConfig]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: int,
    network_id: int,
    owl_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Error | OwlConfig]:
    """Get a Mini's configuration

     Settings of a Blink Mini ("owl"), returned as a bare object. Listed in homebridge-blink-for-home
    (`OWL_CONFIG` sample, 2022-03) and the Android app. blinkpy 0.25 does not read it: it takes a Mini's
    state from its homescreen entry instead. The project corpus holds no recorded response; the example
    is hand-written after the homebridge field list.

    Args:
        account_id (int):
        network_id (int):
        owl_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OwlConfig]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        network_id=network_id,
        owl_id=owl_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: int,
    network_id: int,
    owl_id: int,
    *,
    client: AuthenticatedClient,
) -> Error | OwlConfig | None:
    """Get a Mini's configuration

     Settings of a Blink Mini ("owl"), returned as a bare object. Listed in homebridge-blink-for-home
    (`OWL_CONFIG` sample, 2022-03) and the Android app. blinkpy 0.25 does not read it: it takes a Mini's
    state from its homescreen entry instead. The project corpus holds no recorded response; the example
    is hand-written after the homebridge field list.

    Args:
        account_id (int):
        network_id (int):
        owl_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OwlConfig
    """

    return sync_detailed(
        account_id=account_id,
        network_id=network_id,
        owl_id=owl_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    account_id: int,
    network_id: int,
    owl_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Error | OwlConfig]:
    """Get a Mini's configuration

     Settings of a Blink Mini ("owl"), returned as a bare object. Listed in homebridge-blink-for-home
    (`OWL_CONFIG` sample, 2022-03) and the Android app. blinkpy 0.25 does not read it: it takes a Mini's
    state from its homescreen entry instead. The project corpus holds no recorded response; the example
    is hand-written after the homebridge field list.

    Args:
        account_id (int):
        network_id (int):
        owl_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OwlConfig]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        network_id=network_id,
        owl_id=owl_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: int,
    network_id: int,
    owl_id: int,
    *,
    client: AuthenticatedClient,
) -> Error | OwlConfig | None:
    """Get a Mini's configuration

     Settings of a Blink Mini ("owl"), returned as a bare object. Listed in homebridge-blink-for-home
    (`OWL_CONFIG` sample, 2022-03) and the Android app. blinkpy 0.25 does not read it: it takes a Mini's
    state from its homescreen entry instead. The project corpus holds no recorded response; the example
    is hand-written after the homebridge field list.

    Args:
        account_id (int):
        network_id (int):
        owl_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OwlConfig
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            network_id=network_id,
            owl_id=owl_id,
            client=client,
        )
    ).parsed
