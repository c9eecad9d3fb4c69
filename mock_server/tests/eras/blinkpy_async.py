"""The steps after login and start, for the aiohttp-based blinkpy releases (0.22 on): arm, disarm, a snapshot, clip
download, each checked the way a user of the release sees it.

These releases poll each command until Blink says it is complete, and their throttle waits (rather than dropping the
call) until a few seconds have passed since the last call of its kind. `without_waiting()` sets those waits to none:
the requests are the same, in the same order, only sooner (a run takes under a second instead of about six).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from eras.driving import WORKDIR, Report, check, is_jpeg, is_mp4

CAMERA = "Front Door"


def without_waiting() -> None:
    import blinkpy.api  # type: ignore[import-untyped]
    import blinkpy.helpers.util  # type: ignore[import-untyped]

    async def no_wait(*_: Any, **__: Any) -> None:
        return None

    # Both are read when used: the throttle's `sleep` (imported into helpers.util) and the command poll interval.
    blinkpy.helpers.util.sleep = no_wait
    blinkpy.api.COMMAND_POLL_TIME = 0


def set_up(blink: Any) -> str:
    """What start set up, checked: the system available, a sync module and the camera the steps use."""
    check(blink.available, "blinkpy says the system is not available")
    check(blink.sync, "no sync module was set up")
    check(CAMERA in blink.cameras, f"no camera {CAMERA!r} was set up: {sorted(blink.cameras)}")
    return f"account {blink.account_id}, sync modules {list(blink.sync)}, cameras {sorted(blink.cameras)}"


async def run_steps(report: Report, blink: Any) -> None:
    def home() -> Any:
        return next(iter(blink.sync.values()))

    async def arm(value: bool) -> str:
        # async_arm posts the command and polls it until complete.
        check(await home().async_arm(value), f"async_arm({value}) got no answer")
        await blink.refresh(force=True)
        check(home().arm is value, f"after async_arm({value}) and a refresh, the sync module says arm {home().arm}")
        return f"sync module arm: {home().arm}"

    async def snapshot() -> str:
        camera = blink.cameras[CAMERA]
        before = camera.thumbnail
        check(await camera.snap_picture(), "snap_picture() got no answer")
        await blink.refresh(force=True)
        check(camera.thumbnail != before, f"the thumbnail is still {before} after the snapshot and a refresh")
        image = camera.image_from_cache
        check(is_jpeg(image), f"the thumbnail is not a JPEG: {(image or b'')[:16]!r}")
        return f"thumbnail {camera.thumbnail}"

    async def clips() -> str:
        await blink.download_videos(WORKDIR, since="2000/01/01 00:00", stop=3, delay=0)
        files = sorted(Path(WORKDIR).glob("*.mp4"))
        check(files, "download_videos() wrote no clip")
        # blinkpy writes whatever the answer was: a refused download is a file that is not an MP4.
        bad = [f.name for f in files if not is_mp4(f.read_bytes())]
        check(not bad, f"downloaded files that are not MP4s: {', '.join(bad)}")
        return f"{len(files)} clips: {', '.join(f.name for f in files)}"

    await report.astep("arm", lambda: arm(True))
    await report.astep("disarm", lambda: arm(False))
    await report.astep("snapshot", snapshot)
    await report.astep("clips", clips)
