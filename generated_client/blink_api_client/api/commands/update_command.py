from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.command import Command
from ...models.command_update import CommandUpdate
from ...models.error import Error
from ...models.message import Message
from ...types import UNSET, Response, Unset


def _get_kwargs(
    network_id: int,
    command_id: int,
    *,
    body: CommandUpdate | Unset = UNSET,
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
        "method": "post",
        "url": "/network/{network_id}/command/{command_id}/update/".format(
            network_id=quote(str(network_id), safe=""),
            command_id=quote(str(command_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Command | Message | Error | str | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> Command | Message:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = Message.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = Command.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

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

    if 500 <= response.status_code <= 599:
        response_5xx = response.text
        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Command | Message | Error | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    network_id: int,
    command_id: int,
    *,
    client: AuthenticatedClient,
    body: CommandUpdate | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[Command | Message | Error | str]:
    """Update (extend) a command

     Updates a running command; clients use it to keep a live-view session going. The trailing
    slash is part of the path. Seen in homebridge-blink-for-home (2022) and the Blink Android
    app 6.1.2-6.18 (`updateCommand`, 2020-2022) with an optional `UpdateCommandRequest` body
    whose fields are not public. No reply is recorded: the schema below (a message or a command
    object) is a guess.

    Args:
        network_id (int):
        command_id (int):
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):
        body (CommandUpdate | Unset): Optional body of `update_command`. Blink's Android app sends
            an `UpdateCommandRequest`
            whose fields are not documented publicly, so the object is left open.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Command | Message | Error | str]
    """

    kwargs = _get_kwargs(
        network_id=network_id,
        command_id=command_id,
        body=body,
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
    network_id: int,
    command_id: int,
    *,
    client: AuthenticatedClient,
    body: CommandUpdate | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Command | Message | Error | str | None:
    """Update (extend) a command

     Updates a running command; clients use it to keep a live-view session going. The trailing
    slash is part of the path. Seen in homebridge-blink-for-home (2022) and the Blink Android
    app 6.1.2-6.18 (`updateCommand`, 2020-2022) with an optional `UpdateCommandRequest` body
    whose fields are not public. No reply is recorded: the schema below (a message or a command
    object) is a guess.

    Args:
        network_id (int):
        command_id (int):
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):
        body (CommandUpdate | Unset): Optional body of `update_command`. Blink's Android app sends
            an `UpdateCommandRequest`
            whose fields are not documented publicly, so the object is left open.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Command | Message | Error | str
    """

    return sync_detailed(
        network_id=network_id,
        command_id=command_id,
        client=client,
        body=body,
        user_agent=user_agent,
        app_build=app_build,
        locale=locale,
        x_blink_time_zone=x_blink_time_zone,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    network_id: int,
    command_id: int,
    *,
    client: AuthenticatedClient,
    body: CommandUpdate | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[Command | Message | Error | str]:
    """Update (extend) a command

     Updates a running command; clients use it to keep a live-view session going. The trailing
    slash is part of the path. Seen in homebridge-blink-for-home (2022) and the Blink Android
    app 6.1.2-6.18 (`updateCommand`, 2020-2022) with an optional `UpdateCommandRequest` body
    whose fields are not public. No reply is recorded: the schema below (a message or a command
    object) is a guess.

    Args:
        network_id (int):
        command_id (int):
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):
        body (CommandUpdate | Unset): Optional body of `update_command`. Blink's Android app sends
            an `UpdateCommandRequest`
            whose fields are not documented publicly, so the object is left open.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Command | Message | Error | str]
    """

    kwargs = _get_kwargs(
        network_id=network_id,
        command_id=command_id,
        body=body,
        user_agent=user_agent,
        app_build=app_build,
        locale=locale,
        x_blink_time_zone=x_blink_time_zone,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    network_id: int,
    command_id: int,
    *,
    client: AuthenticatedClient,
    body: CommandUpdate | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    app_build: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    x_blink_time_zone: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Command | Message | Error | str | None:
    """Update (extend) a command

     Updates a running command; clients use it to keep a live-view session going. The trailing
    slash is part of the path. Seen in homebridge-blink-for-home (2022) and the Blink Android
    app 6.1.2-6.18 (`updateCommand`, 2020-2022) with an optional `UpdateCommandRequest` body
    whose fields are not public. No reply is recorded: the schema below (a message or a command
    object) is a guess.

    Args:
        network_id (int):
        command_id (int):
        user_agent (str | Unset):
        app_build (str | Unset):
        locale (str | Unset):
        x_blink_time_zone (str | Unset):
        accept_language (str | Unset):
        body (CommandUpdate | Unset): Optional body of `update_command`. Blink's Android app sends
            an `UpdateCommandRequest`
            whose fields are not documented publicly, so the object is left open.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Command | Message | Error | str
    """

    return (
        await asyncio_detailed(
            network_id=network_id,
            command_id=command_id,
            client=client,
            body=body,
            user_agent=user_agent,
            app_build=app_build,
            locale=locale,
            x_blink_time_zone=x_blink_time_zone,
            accept_language=accept_language,
        )
    ).parsed
