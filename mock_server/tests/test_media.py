"""Cloud media: media/changed paging and `since`, downloads, deletes, legacy events and v2 videos, isolation."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from support import DEMO, DEMO_NETWORK, OTHER, bearer, operation_at, serving_era

from blink_mock import MockState
from blink_mock.media import PAGE_SIZE, parse_since

CHANGED = f"/api/v1/accounts/{DEMO}/media/changed"
JPEG = b"\xff\xd8\xff"


def changed(client: httpx.Client, token: str, query: str = "") -> list[dict[str, Any]]:
    response = client.get(f"{CHANGED}{query}", headers=bearer(token))
    assert response.status_code == 200, response.text
    media: list[dict[str, Any]] = response.json()["media"]
    return media


def legacy(token: str) -> dict[str, str]:
    return {"TOKEN_AUTH": token}


def old(client: httpx.Client, state: MockState, method: str, path: str, token: str) -> httpx.Response:
    """A call with a password login's token (TOKEN_AUTH) in the latest era that served its operation: the v2
    video list ended in 2019, Blink refused such tokens from 2025-10-13. The world stays as it is."""
    state.era = serving_era(operation_at(method, path))
    try:
        return client.request(method, path, headers=legacy(token))
    finally:
        state.era = "today"


def is_mp4(response: httpx.Response) -> bool:
    return (
        response.status_code == 200
        and response.headers["content-type"] == "video/mp4"
        and response.content[4:8] == b"ftyp"
    )


def is_jpeg(response: httpx.Response) -> bool:
    return (
        response.status_code == 200
        and response.headers["content-type"] == "image/jpeg"
        and response.content.startswith(JPEG)
    )


def visible_ids(client: httpx.Client, state: MockState, token: str, legacy_token: str) -> dict[str, set[int]]:
    """The media ids each listing shows (media/changed without the deleted entries): `token` is an OAuth token
    for the current endpoints, `legacy_token` a password login's for the legacy ones."""
    events = old(client, state, "GET", f"/events/network/{DEMO_NETWORK}", legacy_token).json()["event"]
    return {
        "changed": {m["id"] for m in changed(client, token) if not m["deleted"]},
        "events": {e["video_id"] for e in events},
        "videos": {v["id"] for v in old(client, state, "GET", "/api/v2/videos/page/0", legacy_token).json()},
        "unwatched": {v["id"] for v in old(client, state, "GET", "/api/v2/videos/unwatched", legacy_token).json()},
        "changed_v2": {
            m["id"]
            for m in old(client, state, "GET", "/api/v2/videos/changed", legacy_token).json()["media"]
            if not m["deleted"]
        },
    }


def test_media_changed_lists_the_accounts_media_newest_first(client: httpx.Client, demo_token: str) -> None:
    media = changed(client, demo_token)
    assert [m["device_name"] for m in media] == ["Front Door", "Back Yard", "Living Room"]
    first = media[0]
    # The form media lists carry since 2022: account, network, product type, device, source and id.
    base = f"/api/v3/media/accounts/{DEMO}/networks/{DEMO_NETWORK}/catalina/{first['device_id']}/pir/{first['id']}"
    assert first["media"] == f"{base}.mp4"
    assert first["thumbnail"] == f"{base}.jpg?ext="
    assert (first["network_id"], first["network_name"], first["time_zone"]) == (
        DEMO_NETWORK,
        "Home",
        "America/New_York",
    )
    assert (first["type"], first["deleted"], first["partial"], first["additional_devices"]) == (
        "video",
        False,
        False,
        [],
    )
    assert first["created_at"].endswith("+00:00")


@pytest.mark.parametrize(
    "since",
    ["2000-01-01T00:00:00%2B0000", "2000-01-01T00:00:00+0000", "2000-01-01T00:00:00Z", "2000-01-01T00:00:00%2B00:00"],
)
def test_media_changed_accepts_every_since_spelling(client: httpx.Client, demo_token: str, since: str) -> None:
    # The raw `+` is how blinkpy sends it: the server sees a space.
    assert len(changed(client, demo_token, f"?since={since}&page=1")) == 3


def test_media_changed_since_filters_older_media(client: httpx.Client, demo_token: str, state: MockState) -> None:
    newest = state.media_of(DEMO)[0]
    between = newest.created_at - 60  # the next clip is 75 minutes older
    since = datetime.fromtimestamp(between, UTC).strftime("%Y-%m-%dT%H:%M:%S+0000")
    assert [m["id"] for m in changed(client, demo_token, f"?since={since}")] == [newest.id]
    assert [m["id"] for m in changed(client, demo_token, f"?since={since.replace('+0000', '%2B0000')}")] == [newest.id]
    future = datetime.fromtimestamp(state.now() + 3600, UTC).strftime("%Y-%m-%dT%H:%M:%S+0000")
    assert changed(client, demo_token, f"?since={future}") == []


def test_parse_since_reads_blinks_offsets() -> None:
    expected = datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC).timestamp()
    for text in ("2024-01-02T03:04:05+0000", "2024-01-02T03:04:05 0000", "2024-01-02T03:04:05Z", "2024-01-02T03:04:05"):
        assert parse_since(text) == expected
    assert parse_since("2024-01-02T04:04:05+0100") == expected
    assert parse_since(None) is None


@pytest.mark.parametrize("since", ["yesterday", "2024-13-01T00:00:00+0000", "2024-01-01T00:00:00 +99"])
def test_media_changed_refuses_a_bad_since(client: httpx.Client, demo_token: str, since: str) -> None:
    response = client.get(CHANGED, params={"since": since}, headers=bearer(demo_token))
    assert response.status_code == 400
    assert response.json()["code"] == 400


def test_media_changed_pages_end_with_an_empty_list(client: httpx.Client, demo_token: str, state: MockState) -> None:
    camera = state.cameras[51001]
    for minutes in range(30):
        state.add_media(camera, "pir", created_at=state.now() - 60 * minutes)
    pages = [changed(client, demo_token, f"?page={page}") for page in (1, 2, 3)]
    assert [len(p) for p in pages] == [PAGE_SIZE, 33 - PAGE_SIZE, 0]
    ids = [m["id"] for page in pages for m in page]
    assert len(set(ids)) == 33
    assert client.get(f"{CHANGED}?page=0", headers=bearer(demo_token)).status_code == 400


def test_downloads_return_real_bytes(client: httpx.Client, demo_token: str) -> None:
    item = changed(client, demo_token)[0]
    assert is_mp4(client.get(item["media"], headers=bearer(demo_token)))
    assert is_jpeg(client.get(item["thumbnail"], headers=bearer(demo_token)))
    assert client.get(f"/api/v2/accounts/{DEMO}/media/clip/123.mp4", headers=bearer(demo_token)).status_code == 404


def test_camera_thumbnail_image_checks_the_device_type(client: httpx.Client, demo_token: str, state: MockState) -> None:
    assert is_jpeg(client.get(state.cameras[51001].thumbnail_path, headers=bearer(demo_token)))
    assert is_jpeg(client.get(state.cameras[51003].thumbnail_path, headers=bearer(demo_token)))
    wrong = f"/api/v3/media/accounts/{DEMO}/networks/{DEMO_NETWORK}/owl/51001/thumbnail/thumbnail.jpg"
    assert client.get(wrong, headers=bearer(demo_token)).status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        f"/api/v2/accounts/{DEMO}/media/clip/..%2F..%2Fetc%2Fpasswd.mp4",
        f"/api/v2/accounts/{DEMO}/media/clip/%2e%2e.mp4",
        f"/api/v2/accounts/{DEMO}/media/thumb/..%2F..%2Fetc%2Fpasswd",
        f"/api/v2/accounts/{DEMO}/media/thumb/..",
        f"/media/production/account/{DEMO}/network/{DEMO_NETWORK}/camera/51001/..%2F..%2Fetc%2Fpasswd.mp4",
        f"/media/production/account/{DEMO}/network/{DEMO_NETWORK}/camera/51001/clip_1%00.jpg",
    ],
)
def test_path_traversal_in_media_names_is_a_json_4xx(
    client: httpx.Client, state: MockState, demo_token: str, demo_legacy_token: str, path: str
) -> None:
    state.era = serving_era(operation_at("GET", path))
    response = client.get(path, headers={**bearer(demo_token), **legacy(demo_legacy_token)})
    assert 400 <= response.status_code < 500
    assert response.headers["content-type"].startswith("application/json")
    assert set(response.json()) >= {"message", "code"}


def test_events_and_legacy_videos_point_at_downloadable_clips(
    client: httpx.Client, state: MockState, demo_legacy_token: str
) -> None:
    events = old(client, state, "GET", f"/events/network/{DEMO_NETWORK}", demo_legacy_token).json()["event"]
    assert [e["camera_name"] for e in events] == ["Front Door", "Back Yard", "Living Room"]
    url = events[0]["video_url"]
    assert url.endswith(".mp4")
    assert is_mp4(old(client, state, "GET", url, demo_legacy_token))
    assert is_jpeg(old(client, state, "GET", url.removesuffix(".mp4") + ".jpg", demo_legacy_token))

    assert old(client, state, "GET", "/api/v2/videos/count", demo_legacy_token).json() == {"count": 3}
    videos = old(client, state, "GET", "/api/v2/videos/page/0", demo_legacy_token).json()
    assert [v["id"] for v in videos] == [e["video_id"] for e in events]
    assert old(client, state, "GET", "/api/v2/videos/page/1", demo_legacy_token).json() == []
    video = old(client, state, "GET", f"/api/v2/video/{videos[1]['id']}", demo_legacy_token).json()
    assert is_mp4(old(client, state, "GET", video["address"], demo_legacy_token))
    assert is_jpeg(old(client, state, "GET", video["thumbnail"] + ".jpg", demo_legacy_token))
    legacy_changed = old(client, state, "GET", "/api/v2/videos/changed", demo_legacy_token).json()["media"]
    assert is_mp4(old(client, state, "GET", legacy_changed[0]["media"], demo_legacy_token))


def test_legacy_clip_paths_must_match_the_clips_camera(
    client: httpx.Client, state: MockState, demo_legacy_token: str
) -> None:
    url = old(client, state, "GET", f"/events/network/{DEMO_NETWORK}", demo_legacy_token).json()["event"][0][
        "video_url"
    ]
    other_camera = url.replace("/camera/51001/", "/camera/51002/")
    assert old(client, state, "GET", other_camera, demo_legacy_token).status_code == 404
    assert old(client, state, "GET", url.replace("clip_", "clap_"), demo_legacy_token).status_code == 404


def test_new_media_from_commands_appears_in_every_listing(
    client: httpx.Client, demo_token: str, demo_legacy_token: str, state: MockState
) -> None:
    command = client.post(f"/network/{DEMO_NETWORK}/camera/51002/clip", headers=bearer(demo_token)).json()
    for _ in range(2):
        status = client.get(f"/network/{DEMO_NETWORK}/command/{command['id']}", headers=bearer(demo_token)).json()
    assert status["complete"] is True
    new_id = status["media_id"]
    assert all(new_id in ids for ids in visible_ids(client, state, demo_token, demo_legacy_token).values())
    assert old(client, state, "GET", "/api/v2/videos/count", demo_legacy_token).json() == {"count": 4}


def test_delete_media_removes_it_everywhere(
    client: httpx.Client, demo_token: str, demo_legacy_token: str, state: MockState
) -> None:
    target = changed(client, demo_token)[1]
    response = client.post(
        f"/api/v1/accounts/{DEMO}/media/delete", json={"media_list": [target["id"]]}, headers=bearer(demo_token)
    )
    assert response.status_code == 200
    assert response.json() == {"code": 711, "message": "Successfully deleted media"}

    for listing, ids in visible_ids(client, state, demo_token, demo_legacy_token).items():
        assert target["id"] not in ids, listing
        assert len(ids) == 2, listing
    # media/changed keeps the deleted entry, marked, so that syncing clients learn about it
    entry = next(m for m in changed(client, demo_token) if m["id"] == target["id"])
    assert entry["deleted"] is True
    assert client.get(target["media"], headers=bearer(demo_token)).status_code == 404
    assert client.get(target["thumbnail"], headers=bearer(demo_token)).status_code == 404
    assert old(client, state, "GET", f"/api/v2/video/{target['id']}", demo_legacy_token).status_code == 404
    assert old(client, state, "GET", "/api/v2/videos/count", demo_legacy_token).json() == {"count": 2}


def test_delete_video_removes_one_legacy_clip(
    client: httpx.Client, state: MockState, demo_token: str, demo_legacy_token: str
) -> None:
    video_id = old(client, state, "GET", "/api/v2/videos/page/0", demo_legacy_token).json()[0]["id"]
    assert old(client, state, "POST", f"/api/v2/video/{video_id}/delete", demo_legacy_token).status_code == 200
    assert old(client, state, "POST", f"/api/v2/video/{video_id}/delete", demo_legacy_token).status_code == 404
    assert all(video_id not in ids for ids in visible_ids(client, state, demo_token, demo_legacy_token).values())


def test_delete_all_removes_only_the_callers_media(
    client: httpx.Client, demo_token: str, demo_legacy_token: str, other_token: str, state: MockState
) -> None:
    response = old(client, state, "POST", "/api/v2/videos/deleteall", demo_legacy_token)
    assert response.status_code == 200
    assert all(ids == set() for ids in visible_ids(client, state, demo_token, demo_legacy_token).values())
    assert old(client, state, "GET", "/api/v2/videos/count", demo_legacy_token).json() == {"count": 0}
    assert all(m["deleted"] for m in changed(client, demo_token))
    other_media = client.get(f"/api/v1/accounts/{OTHER}/media/changed", headers=bearer(other_token)).json()["media"]
    assert len(other_media) == 1
    assert other_media[0]["deleted"] is False


def test_other_account_cannot_see_download_or_delete_demo_media(
    client: httpx.Client, demo_token: str, other_token: str, other_legacy_token: str, state: MockState
) -> None:
    demo_item = changed(client, demo_token)[0]
    demo_ids = [m.id for m in state.media_of(DEMO)]
    denied = [
        client.get(CHANGED, headers=bearer(other_token)),
        client.get(demo_item["media"], headers=bearer(other_token)),
        client.get(demo_item["thumbnail"], headers=bearer(other_token)),
        old(client, state, "GET", f"/api/v2/video/{demo_item['id']}", other_legacy_token),
        old(client, state, "POST", f"/api/v2/video/{demo_item['id']}/delete", other_legacy_token),
        old(client, state, "GET", f"/events/network/{DEMO_NETWORK}", other_legacy_token),
        client.get(state.cameras[51001].thumbnail_path, headers=bearer(other_token)),
        client.post(
            f"/api/v1/accounts/{DEMO}/media/delete", json={"media_list": demo_ids}, headers=bearer(other_token)
        ),
    ]
    assert [r.status_code for r in denied] == [404] * len(denied)
    # Through its own account path, the other account's delete of demo ids is ignored: nothing is deleted.
    ignored = client.post(
        f"/api/v1/accounts/{OTHER}/media/delete", json={"media_list": demo_ids}, headers=bearer(other_token)
    )
    assert ignored.status_code == 200
    old(client, state, "POST", "/api/v2/videos/deleteall", other_legacy_token)

    assert not any(state.media[i].deleted for i in demo_ids)
    assert is_mp4(client.get(demo_item["media"], headers=bearer(demo_token)))
    other_videos = old(client, state, "GET", "/api/v2/videos/page/0", other_legacy_token).json()
    assert other_videos == []  # its own clip is gone, and no demo clip shows up
    assert len(changed(client, demo_token)) == 3
