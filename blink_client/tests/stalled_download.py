"""Run `blink` in this process against the in-process mock (respx), every clip's body stalling after its first
bytes until the process is killed: `python stalled_download.py clips download --since 7d DIR`.

A test starts it as a subprocess, waits for the temporary file of the first clip, and kills it there, mid-file,
as a scheduler's timeout or a reboot would. With STALL unset in the environment, clips arrive whole."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator

import httpx
from session_support import CLIP_PATH

from blink_mock.media_bytes import clip_mp4
from blink_mock.respx_router import mock_router
from blink_session import cli


class StalledClip(httpx.SyncByteStream):
    def __iter__(self) -> Iterator[bytes]:
        yield clip_mp4()[:100]
        time.sleep(600)
        yield clip_mp4()[100:]


def stalled(request: httpx.Request) -> httpx.Response:
    headers = {"Content-Type": "video/mp4", "Content-Length": str(len(clip_mp4()))}
    return httpx.Response(200, headers=headers, stream=StalledClip())


def main() -> int:
    with mock_router() as router:
        if os.environ.get("STALL"):
            router.get(url__regex=CLIP_PATH).mock(side_effect=stalled)
        return cli.main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
