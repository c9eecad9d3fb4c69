"""Cloud media: the media-changed list, downloads, deletes, the legacy event log and the legacy v2 video API.

All listings read the same `Media` records, so a clip recorded by a command shows in every one of them, and a
deleted clip leaves every one of them, except `media/changed`, where Blink keeps it with `deleted: true` so that
clients syncing by `since` learn about the deletion.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any

from starlette.responses import Response

from blink_mock.call import Call, Handler
from blink_mock.errors import bad_request, not_found
from blink_mock.media_bytes import clip_mp4, thumbnail_jpeg
from blink_mock.render import iso, json_response
from blink_mock.state import Account, Media, MockState

PAGE_SIZE = 25
CLIP_SECONDS = 1  # the served MP4 is one second long
# An unencoded `+` in the query arrives as a space: `2024-01-01T00:00:00 0000`.
_SINCE = re.compile(
    r"^([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})"
    r"(?:\.([0-9]{1,9}))?(Z|[+ -][0-9]{2}:?[0-9]{2})?$"
)
_LEGACY_CLIP_NAME = re.compile(r"^clip_(\d{1,18})$")


# -- shared lookups ----------------------------------------------------------------------------------------------
def parse_since(raw: str | None) -> float | None:
    """Blink's `since`: `YYYY-MM-DDTHH:MM:SS+0000`; also `Z`, `+00:00`, the space of an unencoded `+`, and the
    fractional seconds of JavaScript's `toISOString()` (`1970-01-01T00:00:01.000Z`, homebridge-blink-for-home).

    The dispatcher has already checked the spec's pattern, so every field is in range; a day past the end of its
    month (`2024-02-30`) rolls over into the next month instead of being refused, so that every value the spec
    allows is accepted."""
    if raw is None or not raw.strip():
        return None
    found = _SINCE.match(raw.strip())
    if found is None:
        raise bad_request(f"Invalid since: {raw!r}, expected YYYY-MM-DDTHH:MM:SS+0000")
    year, month, day, hour, minute, second = (int(part) for part in found.group(1, 2, 3, 4, 5, 6))
    fraction = float(f"0.{found.group(7)}") if found.group(7) else 0.0
    moment = datetime(max(year, 1), month, 1, tzinfo=UTC) + timedelta(
        days=day - 1, hours=hour, minutes=minute, seconds=second + fraction
    )
    offset = found.group(8)
    if offset and offset != "Z":
        sign = -1 if offset[0] == "-" else 1  # a space is an unencoded `+`
        digits = offset[1:].replace(":", "")
        moment -= sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    return moment.timestamp()


def _live_media(state: MockState, account: Account) -> list[Media]:
    return [m for m in state.media_of(account.id) if not m.deleted]


def _media_by_name(call: Call) -> Media:
    # A file name is the clip's id; the legacy `clip_<id>` names belong to the /media/production paths only.
    if not str(call.path["media_name"]).isdigit():
        raise not_found("Media not found")
    return call.media()


def _page(items: list[Any], page: int) -> list[Any]:
    start = (page - 1) * PAGE_SIZE
    return items[start : start + PAGE_SIZE]


def _network_fields(state: MockState, item: Media) -> tuple[str, str]:
    network = state.networks.get(item.network_id)
    return (network.name, network.time_zone) if network is not None else ("", "UTC")


def _download_paths(state: MockState, item: Media, legacy_paths: bool) -> dict[str, str]:
    """Where a listed clip and its thumbnail download from: the 2018 list's event paths; else the 2022 `/api/v3/media`
    paths once Blink served them, and the `/api/v2/accounts/{aid}/media/clip|thumb` ones before (an era's client
    must be handed paths its Blink answered)."""
    if legacy_paths:
        return {"thumbnail": item.event_path, "media": f"{item.event_path}.mp4"}
    if "download_media_clip_v3" in state.rules.live:
        return {"thumbnail": item.thumb_path, "media": item.clip_path}
    base = f"/api/v2/accounts/{item.account_id}/media"
    return {"thumbnail": f"{base}/thumb/{item.id}", "media": f"{base}/clip/{item.id}.mp4"}


# -- media changed -----------------------------------------------------------------------------------------------
def media_item(state: MockState, item: Media, *, legacy_paths: bool = False) -> dict[str, Any]:
    network_name, time_zone = _network_fields(state, item)
    return {
        "id": item.id,
        "created_at": iso(item.created_at),
        "updated_at": iso(item.updated_at),
        "deleted": item.deleted,
        "device": item.device,
        "device_id": item.camera_id,
        "device_name": item.device_name,
        "network_id": item.network_id,
        "network_name": network_name,
        "type": "video",
        "source": item.source,
        "watched": item.watched,
        "partial": False,
        **_download_paths(state, item, legacy_paths),
        "metadata": None,
        "additional_devices": [],
        "time_zone": time_zone,
    }


def _changed_page(call: Call, *, legacy_paths: bool) -> Response:
    since = parse_since(call.query.get("since"))
    page = int(call.query.get("page", 1))
    account = call.require_account()
    changed = [m for m in call.state.media_of(account.id) if since is None or m.updated_at > since]
    return json_response(
        {
            "limit": PAGE_SIZE,
            "purge_id": 0,
            "refresh_count": 0,
            "media": [media_item(call.state, m, legacy_paths=legacy_paths) for m in _page(changed, page)],
        }
    )


def get_media_changed(call: Call) -> Response:
    return _changed_page(call, legacy_paths=False)


def list_videos_changed(call: Call) -> Response:
    return _changed_page(call, legacy_paths=True)


# -- deletes -----------------------------------------------------------------------------------------------------
def _delete(state: MockState, items: list[Media]) -> None:
    now = state.now()
    for item in items:
        item.deleted = True
        item.updated_at = now


def delete_media(call: Call) -> Response:
    account = call.require_account()
    ids = call.body["media_list"]
    # Ids of other accounts are ignored like unknown ones: the answer must not reveal that they exist.
    mine = [m for m in (call.state.media.get(i) for i in ids) if m is not None and m.account_id == account.id]
    _delete(call.state, [m for m in mine if not m.deleted])
    return json_response({"code": 711, "message": "Successfully deleted media"})


def delete_video(call: Call) -> Response:
    _delete(call.state, [call.media()])
    return json_response({"message": "Video deleted"})


def delete_all_videos(call: Call) -> Response:
    _delete(call.state, _live_media(call.state, call.require_account()))
    return json_response({"message": "All videos deleted"})


# -- downloads ---------------------------------------------------------------------------------------------------
def _mp4() -> Response:
    return Response(clip_mp4(), media_type="video/mp4")


def _jpeg() -> Response:
    return Response(thumbnail_jpeg(), media_type="image/jpeg")


def download_media_clip(call: Call) -> Response:
    _media_by_name(call)
    call.require_verified_client()
    return _mp4()


def download_media_thumbnail(call: Call) -> Response:
    _media_by_name(call)
    return _jpeg()


def _listed_media(call: Call) -> Media:
    # The dispatcher has checked that the clip is the caller's and was recorded by the path's network and device;
    # the product type and source segments must be the clip's too, as in the paths its media list gives.
    item = call.media()
    if (call.path["device_type"], call.path["source"]) != (item.product_type, item.source):
        raise not_found("Media not found")
    return item


def download_media_clip_v3(call: Call) -> Response:
    _listed_media(call)
    call.require_verified_client()
    return _mp4()


def download_media_thumbnail_v3(call: Call) -> Response:
    _listed_media(call)
    return _jpeg()


def get_camera_thumbnail_image(call: Call) -> Response:
    # The path names the product type; the same id under another type is another (absent) file.
    if call.device().product_type != call.path["device_type"]:
        raise not_found("Thumbnail not found")
    return _jpeg()


def _event_media(call: Call) -> Media:
    # The dispatcher has checked that the clip is the caller's and was recorded by the path's network and camera.
    if _LEGACY_CLIP_NAME.match(str(call.path["clip_name"])) is None:
        raise not_found("Clip not found")
    return call.media()


def download_event_clip(call: Call) -> Response:
    _event_media(call)
    call.require_verified_client()
    return _mp4()


def download_event_thumbnail(call: Call) -> Response:
    _event_media(call)
    return _jpeg()


# -- the legacy event log ----------------------------------------------------------------------------------------
def list_network_events(call: Call) -> Response:
    network = call.network()
    events = [
        {
            "id": item.id,
            "type": "motion",
            "camera_id": item.camera_id,
            "camera": item.camera_id,
            "camera_name": item.device_name,
            "sync_module_id": None,
            "syncmodule": None,
            "network_id": None,  # often null in Blink's log even though the list is per network
            "account_id": item.account_id,
            "account": item.account_id,
            "created_at": iso(item.created_at),
            "updated_at": iso(item.updated_at),
            "notified": True,
            "video_url": f"{item.event_path}.mp4",
            "video_id": item.id,
            "command_id": None,
            "duration": CLIP_SECONDS,
            "status": None,
            "siren_id": None,
            "siren": None,
        }
        for item in _live_media(call.state, call.require_account())
        if item.network_id == network.id
    ]
    return json_response({"event": events})


# -- the legacy v2 video API -------------------------------------------------------------------------------------
def legacy_video(state: MockState, item: Media) -> dict[str, Any]:
    _, time_zone = _network_fields(state, item)
    return {
        "id": item.id,
        "camera_id": item.camera_id,
        "camera_name": item.device_name,
        "network_id": item.network_id,
        "account_id": item.account_id,
        "event_id": item.id,
        "address": f"{item.event_path}.mp4",
        "thumbnail": item.event_path,
        "description": "",
        "created_at": iso(item.created_at),
        "updated_at": iso(item.updated_at),
        "size": len(clip_mp4()),
        "length": CLIP_SECONDS,
        "watched": item.watched,
        "deleted": item.deleted,
        "encryption": "none",
        "time_zone": time_zone,
    }


def get_video_count(call: Call) -> Response:
    return json_response({"count": len(_live_media(call.state, call.require_account()))})


def list_videos_page(call: Call) -> Response:
    items = _live_media(call.state, call.require_account())
    page = _page(items, int(call.path["page"]) + 1)  # this API counts pages from 0
    return json_response([legacy_video(call.state, m) for m in page])


def get_video(call: Call) -> Response:
    return json_response(legacy_video(call.state, call.media()))


def list_unwatched_videos(call: Call) -> Response:
    items = [m for m in _live_media(call.state, call.require_account()) if not m.watched]
    return json_response([legacy_video(call.state, m) for m in items])


HANDLERS: dict[str, Handler] = {
    "get_media_changed": get_media_changed,
    "list_videos_changed": list_videos_changed,
    "delete_media": delete_media,
    "delete_video": delete_video,
    "delete_all_videos": delete_all_videos,
    "download_media_clip": download_media_clip,
    "download_media_thumbnail": download_media_thumbnail,
    "download_media_clip_v3": download_media_clip_v3,
    "download_media_thumbnail_v3": download_media_thumbnail_v3,
    "get_camera_thumbnail_image": get_camera_thumbnail_image,
    "download_event_clip": download_event_clip,
    "download_event_thumbnail": download_event_thumbnail,
    "list_network_events": list_network_events,
    "get_video_count": get_video_count,
    "list_videos_page": list_videos_page,
    "get_video": get_video,
    "list_unwatched_videos": list_unwatched_videos,
}
