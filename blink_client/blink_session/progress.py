"""A one-line progress bar for terminals, redrawn in place with a carriage return."""

from __future__ import annotations

from typing import TextIO


class ProgressBar:
    """Call it as `bar(done, total, label)`; `finish()` ends the line. It draws nothing until first called."""

    def __init__(self, stream: TextIO, *, width: int = 30, max_label: int = 40) -> None:
        self.stream = stream
        self.width = width
        self.max_label = max_label
        self._drawn = 0

    def __call__(self, done: int, total: int, label: str) -> None:
        fraction = 1.0 if total <= 0 else min(max(done / total, 0.0), 1.0)
        filled = round(fraction * self.width)
        if len(label) > self.max_label:
            label = "…" + label[-(self.max_label - 1) :]
        line = f"[{'#' * filled}{'.' * (self.width - filled)}] {done}/{total} {label}"
        padding = " " * max(self._drawn - len(line), 0)
        self.stream.write(f"\r{line}{padding}")
        self.stream.flush()
        self._drawn = len(line)

    def finish(self) -> None:
        if self._drawn:
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = 0
