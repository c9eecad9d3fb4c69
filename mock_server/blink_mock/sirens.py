"""Sirens and chimes, the accessories of a network, as homebridge-blink-for-home and the Android app call them.

No answer of Blink's about sirens is recorded, and the homescreen's `sirens` list has only ever been seen empty:
the shapes follow the spec, which says which parts are guesses. What the calls evidently do is modelled: a
siren sounds for a duration until the network's sirens are silenced, and names and durations are kept.
"""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from blink_mock.call import Call, Handler
from blink_mock.errors import not_found
from blink_mock.render import iso, json_response
from blink_mock.scenario import MAX_SIREN_SECONDS
from blink_mock.state import MockState, Siren


def siren_view(siren: Siren) -> dict[str, Any]:
    return {
        "id": siren.id,
        "network_id": siren.network_id,
        "name": siren.name,
        "duration": siren.duration,
        "created_at": iso(siren.created_at),
        "updated_at": iso(siren.updated_at),
    }


def _siren(call: Call) -> Siren:
    siren: Siren = call.owned["siren"]  # the dispatcher has checked that it is the caller's, in the path's network
    return siren


def _network_sirens(call: Call) -> list[Siren]:
    network = call.network()
    return call.state.sirens_of(network.account_id, network.id)


def _sound(state: MockState, sirens: list[Siren], duration: int | None) -> None:
    for siren in sirens:
        seconds = siren.duration if duration is None else duration
        # Any integer is a valid duration in the spec; the mock's clock only has to stay a finite float.
        siren.sounding_until = state.now() + min(max(seconds, 0), MAX_SIREN_SECONDS)


def _duration(call: Call) -> int | None:
    """The body's duration; the app sends no body to sound all sirens, homebridge-blink-for-home sends one."""
    body = call.body if isinstance(call.body, dict) else {}
    duration = body.get("duration")
    return duration if isinstance(duration, int) else None


def list_all_sirens(call: Call) -> Response:
    sirens = call.state.sirens_of(call.require_account().id)
    return json_response({"sirens": [siren_view(s) for s in sirens]})


def list_network_sirens(call: Call) -> Response:
    return json_response([siren_view(s) for s in _network_sirens(call)])


def activate_siren(call: Call) -> Response:
    _sound(call.state, [_siren(call)], _duration(call))
    return json_response({"message": "Siren activated"})


def activate_sirens(call: Call) -> Response:
    sirens = _network_sirens(call)
    if not sirens:
        raise not_found("No sirens in this network")
    _sound(call.state, sirens, _duration(call))
    return json_response({"message": "Sirens activated"})


def deactivate_sirens(call: Call) -> Response:
    for siren in _network_sirens(call):
        siren.sounding_until = 0.0
    return json_response({"message": "Sirens deactivated"})


def update_siren(call: Call) -> Response:
    siren = _siren(call)
    siren.name = call.body["name"]
    siren.updated_at = call.state.now()
    return json_response({"message": "Siren updated"})


def update_sirens(call: Call) -> Response:
    sirens = _network_sirens(call)
    duration = _duration(call)
    if duration is not None:
        for siren in sirens:
            siren.duration = duration
            siren.updated_at = call.state.now()
    return json_response([siren_view(s) for s in sirens])


def add_chime(call: Call) -> Response:
    # Adding a chime pairs hardware; nothing the API shows lists chimes, so the mock only acknowledges it.
    return json_response({"message": "Chime added"})


HANDLERS: dict[str, Handler] = {
    "list_all_sirens": list_all_sirens,
    "list_network_sirens": list_network_sirens,
    "activate_siren": activate_siren,
    "activate_sirens": activate_sirens,
    "deactivate_sirens": deactivate_sirens,
    "update_siren": update_siren,
    "update_sirens": update_sirens,
    "add_chime": add_chime,
}
