"""An unmodified blinkpy 0.25.9, a client nobody here wrote, logs in and works against the mock over real HTTPS.

blinkpy hard-codes Blink's hosts on port 443. The mock runs with a self-signed certificate on a free local
port, and blinkpy gets an aiohttp session whose resolver sends every Blink host to that port, with certificate
checks off. Nothing in blinkpy is patched: every request below goes through its own code, over TLS and HTTP/1.1,
into the mock's ASGI app.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import pytest
import trustme
import uvicorn
from aiohttp.abc import AbstractResolver, ResolveResult
from blinkpy.auth import Auth, BlinkTwoFARequiredError  # type: ignore[import-untyped]
from blinkpy.blinkpy import Blink  # type: ignore[import-untyped]
from support import DEMO, DEMO_NETWORK, REST

from blink_mock import MockState, create_app

BLINK_HOSTS = ("api.oauth.blink.com", "rest-prod.immedia-semi.com", "rest-u011.immedia-semi.com")
FRONT_DOOR = 51001
JPEG_START = b"\xff\xd8\xff"


@dataclass
class RunningMock:
    state: MockState
    port: int

    def failed_requests(self) -> list[str]:
        """Requests the mock answered with a 5xx: with validate_responses on, these are non-conforming responses."""
        return [f"{r.method} {r.path} -> {r.status}" for r in self.state.requests if r.status >= 500]

    def request_log(self) -> str:
        return "\n".join(f"{r.method} {r.path} -> {r.status}" for r in self.state.requests)


class BlinkHostsResolver(AbstractResolver):
    """Resolves Blink's hosts to the local mock, port included (aiohttp connects to the port a resolver returns).

    Any other host fails to resolve, so the test can never reach the real Blink or anything else.
    """

    def __init__(self, port: int) -> None:
        self.port = port

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        if host not in BLINK_HOSTS:
            raise OSError(f"the blinkpy test resolves only Blink's hosts, not {host}")
        return [
            {
                "hostname": host,
                "host": "127.0.0.1",
                "port": self.port,
                "family": socket.AF_INET,
                "proto": 0,
                "flags": socket.AI_NUMERICHOST,
            }
        ]

    async def close(self) -> None:
        return None


@pytest.fixture
def https_mock(tmp_path: Path) -> Iterator[RunningMock]:
    """The mock on a free local port behind TLS, with a certificate for Blink's hosts, in a background thread."""
    ca = trustme.CA()
    leaf = ca.issue_cert(*BLINK_HOSTS, "127.0.0.1")
    certfile, keyfile = tmp_path / "cert.pem", tmp_path / "key.pem"
    leaf.cert_chain_pems[0].write_to_path(str(certfile))
    leaf.private_key_pem.write_to_path(str(keyfile))

    state = MockState()
    # Every response blinkpy gets is checked against the spec; a non-conforming one becomes a 500 in the log.
    app = create_app(state, validate_responses=True)
    config = uvicorn.Config(
        app,
        ssl_certfile=str(certfile),
        ssl_keyfile=str(keyfile),
        lifespan="off",
        log_level="warning",
        access_log=False,
    )
    server = uvicorn.Server(config)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="blink-mock-https", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the HTTPS mock did not start")
        time.sleep(0.01)
    try:
        yield RunningMock(state, port)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


@pytest.fixture
async def blink_session(https_mock: RunningMock) -> AsyncIterator[aiohttp.ClientSession]:
    connector = aiohttp.TCPConnector(resolver=BlinkHostsResolver(https_mock.port), ssl=False)
    async with aiohttp.ClientSession(connector=connector) as session:
        yield session


def media_of_camera(state: MockState, camera_id: int) -> set[int]:
    return {m.id for m in state.media.values() if m.camera_id == camera_id and not m.deleted}


# Read through functions, so that the type checker does not carry one assertion's narrowing over the arm calls.
def sync_arm(sync: Any) -> Any:
    return sync.arm


def state_armed(state: MockState) -> bool:
    return state.networks[DEMO_NETWORK].armed


@pytest.mark.anyio
async def test_blinkpy_logs_in_arms_snaps_and_downloads_clips(
    https_mock: RunningMock, blink_session: aiohttp.ClientSession, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="blinkpy")
    state = https_mock.state
    blink = Blink(session=blink_session)
    blink.auth = Auth(
        {"username": "demo@example.com", "password": "demo-password"}, session=blink_session, no_prompt=True
    )

    def context() -> str:
        errors = "\n".join(r.getMessage() for r in caplog.records)
        return f"\nblinkpy said:\n{errors}\nthe mock answered:\n{https_mock.request_log()}"

    # OAuth 2 + PKCE: authorize, sign-in page with the CSRF token, sign-in -> 2FA required.
    with pytest.raises(BlinkTwoFARequiredError):
        await blink.start()
    # 2FA verify, authorization code, token exchange, tier info, then the whole setup.
    assert await blink.send_2fa_code("123456") is True, context()
    assert blink.available, context()
    login = [(r.method, r.path, r.status) for r in state.requests if r.path.startswith("/oauth/")]
    assert ("POST", "/oauth/v2/signin", 202) in login, context()
    assert ("POST", "/oauth/v2/2fa/verify", 201) in login, context()
    assert login[-1] == ("POST", "/oauth/token", 200), context()
    assert blink.account_id == DEMO
    assert blink.urls.base_url == REST
    assert {"Front Door", "Back Yard", "Living Room"} <= set(blink.cameras.keys()), context()
    home = blink.sync["Home"]
    assert home.available, context()
    assert int(home.network_id) == DEMO_NETWORK
    assert sync_arm(home) is False
    assert blink.cameras["Living Room"].camera_type == "mini"

    # blinkpy throttles the homescreen to one call per 5 s (api.MIN_THROTTLE_TIME), so a full refresh right after
    # each step would sleep for seconds. Each step below is checked through the call refresh itself makes for
    # that state (POST /network/{id}/update for the arm state), and one full refresh at the end checks it all.

    # Arm: blinkpy posts state/arm and polls the command ("running", then "complete") before returning.
    armed = await home.async_arm(True)
    assert armed and armed.get("network_id") == DEMO_NETWORK, context()
    assert state_armed(state) is True, context()
    assert await home.get_network_info(), context()
    assert sync_arm(home) is True, context()

    # Snapshot: a thumbnail command, then blinkpy downloads the thumbnail URL it already holds.
    before = media_of_camera(state, FRONT_DOOR)
    front_door = blink.cameras["Front Door"]
    snap = await front_door.snap_picture()
    assert snap and snap.get("id"), context()
    new_media = media_of_camera(state, FRONT_DOOR) - before
    assert len(new_media) == 1, "the snapshot added no media" + context()
    assert front_door.image_from_cache is not None, context()
    assert front_door.image_from_cache.startswith(JPEG_START)

    # Clips: media/changed paged until an empty page, each clip downloaded as real MP4 bytes.
    await blink.download_videos(str(tmp_path), since="2000/01/01 00:00", stop=3, delay=0)
    clips = sorted(tmp_path.glob("*.mp4"))
    names = " ".join(clip.name for clip in clips)
    for camera in ("front-door", "back-yard", "living-room"):
        assert camera in names, names + context()
    for clip in clips:
        assert clip.read_bytes()[4:8] == b"ftyp", clip.name

    # Disarm (blinkpy throttles arm and disarm separately, so no wait here), then the app's periodic refresh:
    # homescreen, network update, media changed since the last refresh, camera configs, thumbnails and clips.
    await home.async_arm(False)
    assert state_armed(state) is False, context()
    assert await blink.refresh(force=True), context()
    assert sync_arm(home) is False, context()
    # The snapshot is the newest media of Front Door, so the refresh attaches it as the camera's latest clip.
    (media_id,) = new_media
    assert front_door.clip == REST + state.media[media_id].clip_path, context()
    assert front_door.video_from_cache is not None, context()
    assert front_door.video_from_cache[4:8] == b"ftyp"
    assert front_door.image_from_cache.startswith(JPEG_START)

    assert https_mock.failed_requests() == [], context()
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], context()
