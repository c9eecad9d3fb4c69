"""Real media bytes for downloads: a 64x36 JPEG and a one-second 64x36 H.264 MP4 (made once with ffmpeg).

Clients save, probe and even decode what they download, so placeholder strings are not good enough.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

ASSETS = Path(__file__).with_name("assets")


@cache
def thumbnail_jpeg() -> bytes:
    return (ASSETS / "thumbnail.jpg").read_bytes()


@cache
def clip_mp4() -> bytes:
    return (ASSETS / "clip.mp4").read_bytes()


def body_for(media_type: str) -> bytes:
    """The bytes served for a binary content type of the spec."""
    return clip_mp4() if media_type == "video/mp4" else thumbnail_jpeg()


def firmware_image() -> bytes:
    """What the firmware downloads serve: no real image is public, and no client looks inside one. The marker
    makes a mock download recognisable on disk."""
    return b"BLINK-MOCK-FIRMWARE\x00" + bytes(44)
