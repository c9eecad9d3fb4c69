"""What the sync and async sessions share about media: Blink's `since`, file names, and atomic files."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from blink_api_client.models.media_item import MediaItem
from blink_session.errors import BlinkError

__all__ = ["Download", "atomic_file", "downloads_for", "media_name", "since_param"]

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
MAX_PAGES = 10_000  # a server that ignores `page` must not keep a client paging forever


def since_param(since: datetime) -> str:
    """Blink's `since`: `YYYY-MM-DDTHH:MM:SS+0000` in UTC. A naive datetime is taken as UTC."""
    moment = since.replace(tzinfo=UTC) if since.tzinfo is None else since.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S+0000")


def _safe(text: str) -> str:
    return _UNSAFE.sub("_", text).strip("._-") or "camera"


def media_name(item: MediaItem, extension: str) -> str:
    """`<camera>-<created_at>-<id>.<extension>`, safe on every filesystem, e.g. `Front_Door-20240101T120000Z-7.mp4`."""
    camera = item.device_name if isinstance(item.device_name, str) and item.device_name else "camera"
    created = item.created_at
    created = created.replace(tzinfo=UTC) if created.tzinfo is None else created.astimezone(UTC)
    return f"{_safe(camera)}-{created.strftime('%Y%m%dT%H%M%SZ')}-{item.id}.{extension}"


def _rest_path(path: str) -> str:
    """Media paths are relative to the REST host. Anything else (an absolute URL to another host) is refused:
    the session would send its Bearer token there."""
    if not path.startswith("/") or path.startswith("//"):
        raise BlinkError(f"refusing to download a media path that is not on the REST host: {path!r}")
    return path


@dataclass(frozen=True)
class Download:
    """One file of a clip: its REST path and the file it goes to."""

    item: MediaItem
    path: str
    target: Path


def downloads_for(items: list[MediaItem], folder: Path, *, thumbnails: bool) -> list[Download]:
    """The files to fetch for these clips: the MP4, and the JPEG thumbnail when asked (and known)."""
    planned: list[Download] = []
    for item in items:
        planned.append(Download(item, _rest_path(item.media), folder / media_name(item, "mp4")))
        if thumbnails and isinstance(item.thumbnail, str) and item.thumbnail:
            thumb = item.thumbnail
            if thumb.startswith("/media/production/") and not Path(thumb).suffix:
                thumb += ".jpg"  # the old path form is given without its extension
            planned.append(Download(item, _rest_path(thumb), folder / media_name(item, "jpg")))
    return planned


@contextlib.contextmanager
def atomic_file(target: Path) -> Iterator[IO[bytes]]:
    """A temporary file in the target's folder that replaces `target` only when the block ends normally. If the
    block raises (an interrupted download), the temporary file is removed and `target` is left as it was."""
    descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
