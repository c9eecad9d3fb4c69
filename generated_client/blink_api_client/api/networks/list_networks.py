from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.network_list import NetworkList
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
        "url": "/networks",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | NetworkList | None:
    if response.status_code == 200:
        response_200 = NetworkList.from_dict(response.json())

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
) -> Response[Error | NetworkList]:
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
) -> Response[Error | NetworkList]:
    """List the account's networks

     Lists the networks (systems) of the account: a `summary` map keyed by network id and the
    full `networks` array. Documented in the 2017 protocol notes; MattTW's current notes call
    it obsolete, but blinkpy 0.25 (`api.request_networks`, 2025) still calls it at setup and
    reads only `summary` (`name`, `onboarded` of each entry). A missing `summary` makes blinkpy
    fail setup.

    Quirk: blinkpy's 2018 test fixture flattens `summary` to `{"onboarded": true, "name": ...}`
    for a single network. The schema accepts that form too (see `NetworkList.summary`).

    Args:
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NetworkList]
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
) -> Error | NetworkList | None:
    """List the account's networks

     Lists the networks (systems) of the account: a `summary` map keyed by network id and the
    full `networks` array. Documented in the 2017 protocol notes; MattTW's current notes call
    it obsolete, but blinkpy 0.25 (`api.request_networks`, 2025) still calls it at setup and
    reads only `summary` (`name`, `onboarded` of each entry). A missing `summary` makes blinkpy
    fail setup.

    Quirk: blinkpy's 2018 test fixture flattens `summary` to `{"onboarded": true, "name": ...}`
    for a single network. The schema accepts that form too (see `NetworkList.summary`).

    Args:
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | NetworkList
    """

    return sync_detailed(
        client=client,
        host=host,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    host: str | Unset = UNSET,
) -> Response[Error | NetworkList]:
    """List the account's networks

     Lists the networks (systems) of the account: a `summary` map keyed by network id and the
    full `networks` array. Documented in the 2017 protocol notes; MattTW's current notes call
    it obsolete, but blinkpy 0.25 (`api.request_networks`, 2025) still calls it at setup and
    reads only `summary` (`name`, `onboarded` of each entry). A missing `summary` makes blinkpy
    fail setup.

    Quirk: blinkpy's 2018 test fixture flattens `summary` to `{"onboarded": true, "name": ...}`
    for a single network. The schema accepts that form too (see `NetworkList.summary`).

    Args:
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NetworkList]
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
) -> Error | NetworkList | None:
    """List the account's networks

     Lists the networks (systems) of the account: a `summary` map keyed by network id and the
    full `networks` array. Documented in the 2017 protocol notes; MattTW's current notes call
    it obsolete, but blinkpy 0.25 (`api.request_networks`, 2025) still calls it at setup and
    reads only `summary` (`name`, `onboarded` of each entry). A missing `summary` makes blinkpy
    fail setup.

    Quirk: blinkpy's 2018 test fixture flattens `summary` to `{"onboarded": true, "name": ...}`
    for a single network. The schema accepts that form too (see `NetworkList.summary`).

    Args:
        host (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | NetworkList
    """

    return (
        await asyncio_detailed(
            client=client,
            host=host,
        )
    ).parsed
