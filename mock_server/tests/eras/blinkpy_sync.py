"""The steps after login and start, for the synchronous blinkpy releases (0.14.x to 0.16.x): arm, disarm, a snapshot,
clip download, each checked the way a user of the release sees it.

These releases never poll a command: Blink finished it on its own, and the next refresh shows the result. Their
throttle drops a call made within a few seconds of the last one of its kind (returning None) unless `force=True`, so
every check refreshes with `force=True`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from eras.driving import WORKDIR, Report, check, is_jpeg, is_mp4

CAMERA = "Front Door"


def set_up(blink: Any) -> str:
    """What start set up, checked: a sync module and the camera the steps use."""
    check(blink.sync, "no sync module was set up")
    check(CAMERA in blink.cameras, f"no camera {CAMERA!r} was set up: {sorted(blink.cameras)}")
    return f"account {blink.account_id}, sync modules {list(blink.sync)}, cameras {sorted(blink.cameras)}"


def run_steps(report: Report, blink: Any) -> None:
    def home() -> Any:
        return next(iter(blink.sync.values()))

    def arm(value: bool) -> str:
        home().arm = value
        blink.refresh(force=True)
        check(home().arm is value, f"after arm = {value} and a refresh, the sync module says arm {home().arm}")
        return f"sync module arm: {home().arm}"

    def snapshot() -> str:
        camera = blink.cameras[CAMERA]
        before = camera.thumbnail
        check(camera.snap_picture(), "snap_picture() got no answer")
        blink.refresh(force=True)
        check(camera.thumbnail != before, f"the thumbnail is still {before} after the snapshot and a refresh")
        # A streamed requests.Response: the thumbnail as the client downloaded it.
        image = camera.image_from_cache
        check(image is not None and image.status_code == 200, f"the thumbnail was not downloaded: {image}")
        check(is_jpeg(image.content), f"the thumbnail is not a JPEG: {image.content[:16]!r}")
        return f"thumbnail {camera.thumbnail}"

    def clips() -> str:
        blink.download_videos(WORKDIR, since="2000/01/01 00:00", stop=3)
        files = sorted(Path(WORKDIR).glob("*.mp4"))
        check(files, "download_videos() wrote no clip")
        # These releases write whatever the answer was: a refused download is a file that is not an MP4.
        bad = [f.name for f in files if not is_mp4(f.read_bytes())]
        check(not bad, f"downloaded files that are not MP4s: {', '.join(bad)}")
        return f"{len(files)} clips: {', '.join(f.name for f in files)}"

    report.step("arm", lambda: arm(True))
    report.step("disarm", lambda: arm(False))
    report.step("snapshot", snapshot)
    report.step("clips", clips)
