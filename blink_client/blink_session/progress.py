"""One-line progress bars for terminals, redrawn in place with a carriage return."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TextIO

__all__ = ["DownloadBar", "ProgressBar", "size"]


class ProgressBar:
    """Call it as `bar(done, total, label)`; `finish()` ends the line. It draws nothing until first called."""

    def __init__(self, stream: TextIO, *, width: int = 30, max_label: int = 40) -> None:
        self.stream = stream
        self.width = width
        self.max_label = max_label
        self._drawn = 0

    def __call__(self, done: int, total: int, label: str) -> None:
        fraction = 1.0 if total <= 0 else done / total
        self.draw(fraction, f"{done}/{total}", label)

    def draw(self, fraction: float | None, amount: str, label: str) -> None:
        """Redraw the line: the bar filled to `fraction` (None: not known, left empty), then `amount` and `label`."""
        filled = 0 if fraction is None else round(min(max(fraction, 0.0), 1.0) * self.width)
        if len(label) > self.max_label:
            label = "…" + label[-(self.max_label - 1) :]
        line = f"[{'#' * filled}{'.' * (self.width - filled)}] {amount} {label}"
        padding = " " * max(self._drawn - len(line), 0)
        self.stream.write(f"\r{line}{padding}")
        self.stream.flush()
        self._drawn = len(line)

    def finish(self) -> None:
        if self._drawn:
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = 0


def size(count: int) -> str:
    """A byte count for people: 512 B, 1.5 kB, 12.0 MB (powers of 1000, as file managers count)."""
    if count < 1000:
        return f"{count} B"
    value = float(count)
    for unit in ("kB", "MB", "GB"):
        value /= 1000
        if value < 1000 or unit == "GB":
            return f"{value:.1f} {unit}"
    raise AssertionError("unreachable")


class DownloadBar:
    """The bytes of the file being downloaded, and how many files are done: `received` and `file_done` are the
    `received` and `progress` callbacks of `download_clips`. Redrawn at most every `interval` seconds (a clip
    arrives in many small chunks), and always when a file starts or is complete."""

    def __init__(
        self, stream: TextIO, *, width: int = 30, interval: float = 0.1, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.bar = ProgressBar(stream, width=width)
        self.interval = interval
        self.clock = clock
        self.files_done = 0
        self.files: int | None = None  # known once the first file is done
        self._last = float("-inf")
        self._name = ""  # the file drawn last: a new one is drawn at once

    def received(self, done: int, total: int | None, name: str) -> None:
        now = self.clock()
        if done != total and name == self._name and now - self._last < self.interval:
            return
        self._last, self._name = now, name
        fraction = None if not total else done / total
        amount = size(done) if total is None else f"{size(done)} / {size(total)}"
        which = f"file {self.files_done + 1}" + (f" of {self.files}" if self.files is not None else "")
        self.bar.draw(fraction, f"{amount} ({which})", name)

    def file_done(self, done: int, total: int, name: str) -> None:
        self.files_done, self.files = done, total

    def finish(self) -> None:
        self.bar.finish()
