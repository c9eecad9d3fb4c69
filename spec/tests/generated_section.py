"""README sections that a test generates: the text between two marker comments, read to compare and rewritten."""

from __future__ import annotations

from pathlib import Path


def read_section(path: Path, start: str, end: str) -> str:
    text = path.read_text(encoding="utf-8")
    assert start in text and end in text, f"{path.name} lacks the markers {start} ... {end}"
    return text.split(start, 1)[1].split(end, 1)[0].strip("\n") + "\n"


def write_section(path: Path, start: str, end: str, body: str) -> None:
    text = path.read_text(encoding="utf-8")
    head, rest = text.split(start, 1)
    tail = rest.split(end, 1)[1]
    path.write_text(f"{head}{start}\n{body}{end}{tail}", encoding="utf-8")
