"""What the sync and async sessions share about media: Blink's `since`, file names, atomic files, and the checks
a downloaded file passes before it is kept (or before a file already in the folder is skipped).

A clip must come as `video/mp4` and be an MP4 whose top-level boxes (`ftyp` first) fill the file exactly; a
thumbnail must come as `image/jpeg` and be a JPEG from its start marker (FF D8 FF) to its end marker (FF D9). So a
sign-in page answered with 200, and a file cut short (by a dropped connection, a killed process, a full disk), are
never kept, and a later run downloads them again. When the answer gives a `Content-Length`, the file must have
exactly that many bytes.

A download is written to `.<name>.blink-XXXXXXXX.part` in the target folder, locked (`fcntl.flock`) while it is
written, and renamed to its name only once it passes. A process killed mid-file leaves that temporary file; the
next download run into the folder removes every such file that no running download holds.
"""

from __future__ import annotations

import contextlib
import os
import re
import struct
import sys
import tempfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, BinaryIO

import httpx

from blink_api_client.models.media_item import MediaItem
from blink_session.errors import BlinkError, UnreadableAnswer

if sys.platform != "win32":
    import fcntl

__all__ = [
    "Download",
    "MediaKind",
    "atomic_file",
    "downloads_for",
    "expected_size",
    "flaw",
    "kind_of",
    "media_name",
    "refusal",
    "remove_leftovers",
    "since_param",
    "written_flaw",
]

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


# -- what a file must be -------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class MediaKind:
    what: str  # "clip", "thumbnail"
    content_type: str
    check: Callable[[BinaryIO, int], str | None]  # (open file, its size) -> why it is not one, or None


MAX_BOXES = 100_000  # an MP4 of a few seconds has a handful of top-level boxes


def mp4_flaw(handle: BinaryIO, size: int) -> str | None:
    """Why this is not a whole MP4: no `ftyp` box first, or top-level boxes that do not end where the file ends."""
    handle.seek(0)
    if handle.read(8)[4:8] != b"ftyp":
        return "not an MP4 (no ftyp box at its start)"
    offset = boxes = 0
    while offset < size:
        boxes += 1
        if boxes > MAX_BOXES:
            return f"not an MP4 (more than {MAX_BOXES} boxes)"
        handle.seek(offset)
        header = handle.read(16)
        if len(header) < 8:
            return f"truncated (a box header cut at byte {offset} of {size})"
        length = struct.unpack(">I", header[:4])[0]
        if length == 1 and len(header) == 16:  # a 64-bit size follows the type
            length = struct.unpack(">Q", header[8:16])[0]
        elif length == 0:  # the last box, up to the end of the file
            return None
        if length < 8:
            return f"not an MP4 (a box of {length} bytes at byte {offset})"
        offset += length
    if offset != size:
        return f"truncated (its last box ends at byte {offset}, the file at {size})"
    return None


def jpeg_flaw(handle: BinaryIO, size: int) -> str | None:
    """Why this is not a whole JPEG: no start marker FF D8 FF, or no end marker FF D9 at its end (padding aside)."""
    handle.seek(0)
    if handle.read(3) != b"\xff\xd8\xff":
        return "not a JPEG (no FF D8 FF at its start)"
    handle.seek(max(size - 1024, 0))
    if not handle.read().rstrip(b"\x00").endswith(b"\xff\xd9"):
        return "truncated (no FF D9 end-of-image marker at its end)"
    return None


_KINDS = {
    ".mp4": MediaKind("clip", "video/mp4", mp4_flaw),
    ".jpg": MediaKind("thumbnail", "image/jpeg", jpeg_flaw),
}


def kind_of(target: Path) -> MediaKind:
    return _KINDS[target.suffix]


def flaw(path: Path, expected_size: int | None = None, kind: MediaKind | None = None) -> str | None:
    """Why the file at `path` is not a whole `kind` (default: by its name's extension), or None if it is. A file
    that cannot be read counts as missing ("missing")."""
    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if expected_size is not None and size < expected_size:
                return f"truncated ({size} of the {expected_size} bytes announced)"
            if expected_size is not None and size > expected_size:
                return f"longer than announced ({size}, not {expected_size} bytes)"
            return (kind or kind_of(path)).check(handle, size)
    except OSError:
        return "missing"


def _media_type(headers: Mapping[str, str]) -> str:
    value = httpx.Headers(headers).get("content-type")
    return value.split(";")[0].strip().lower() if value else ""


def refusal(target: Path, status: int, headers: Mapping[str, str], url: str | None = None) -> UnreadableAnswer | None:
    """The error for an answer that is not the file at all, known from its headers before any byte is written."""
    kind = kind_of(target)
    media_type = _media_type(headers)
    if media_type == kind.content_type:
        return None
    shown = media_type or "no content type"
    reason = f"a {kind.what} must be {kind.content_type}, not {shown}"
    return UnreadableAnswer(status, reason, headers=headers, url=url)


def expected_size(headers: Mapping[str, str]) -> int | None:
    """The Content-Length the written file must have: None when there is none, or when it counts the bytes of a
    compressed body (the file holds them decoded)."""
    fields = httpx.Headers(headers)
    length = fields.get("content-length", "").strip()
    if not length.isdigit() or fields.get("content-encoding", "identity").strip().lower() != "identity":
        return None
    return int(length)


def written_flaw(
    target: Path, status: int, headers: Mapping[str, str], url: str | None = None
) -> Callable[[Path], None]:
    """The check of a written temporary file, for `atomic_file`: raises UnreadableAnswer when it does not pass."""
    size, kind = expected_size(headers), kind_of(target)

    def check(written: Path) -> None:
        reason = flaw(written, size, kind)
        if reason is not None:
            raise UnreadableAnswer(status, f"the {kind.what} {target.name} is {reason}", headers=headers, url=url)

    return check


# -- temporary files -------------------------------------------------------------------------------------------------
TEMPORARY_MARK = ".blink-"
# `.<name>.blink-XXXXXXXX.part`, as mkstemp names it (8 characters of [a-z0-9_]): nothing else is ever removed.
_TEMPORARY = re.compile(r"^\..+\.blink-[a-z0-9_]{8}\.part$")


def _lock(handle: IO[bytes], *, wait: bool) -> bool:
    if sys.platform == "win32":
        return True
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except BlockingIOError:
        return False
    return True


def remove_leftovers(folder: Path) -> list[Path]:
    """Remove the temporary files an interrupted download left in `folder` (only this tool's, by their name), except
    those a running download holds locked. The files removed."""
    removed: list[Path] = []
    try:
        candidates = [path for path in folder.iterdir() if _TEMPORARY.match(path.name)]
    except FileNotFoundError:
        return removed
    for path in candidates:
        try:
            with path.open("rb") as handle:
                if not _lock(handle, wait=False):
                    continue  # being written by a download running now
                path.unlink()
                removed.append(path)
        except FileNotFoundError:
            continue  # renamed or removed meanwhile by its own download
    return removed


@contextlib.contextmanager
def atomic_file(target: Path, verify: Callable[[Path], None] | None = None) -> Iterator[IO[bytes]]:
    """A temporary file in the target's folder that replaces `target` only when the block ends normally and
    `verify(temporary path)` (if given) does not raise. Otherwise the temporary file is removed and `target` is left
    as it was. The temporary file is locked while it exists, so that `remove_leftovers` in another run leaves it."""
    prefix = f".{target.name}{TEMPORARY_MARK}"
    descriptor, temporary = tempfile.mkstemp(prefix=prefix, suffix=".part", dir=target.parent)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            _lock(handle, wait=True)
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
            if verify is not None:
                verify(Path(temporary))
            os.replace(temporary, target)  # still locked: it is the target now, and no leftover
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
