"""The fenced code blocks of the kit's READMEs, and how to run each one against a served mock.

Every `README.md` of the repository is read (found by glob, so a new one is covered at once), but none under a
hidden folder (`.venv*`, `.git`), `node_modules` or a vendored folder (one that holds a `SOURCE.md`, the kit's
note of where vendored files come from). A block is exempt only when the line before it says so in the README:
`<!-- needs the real Blink -->`, or `<!-- not run: <reason> -->`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PYTHON = frozenset({"python", "py"})
SHELL = frozenset({"sh", "bash", "shell", "console"})
# Read, never run: YAML and JSON are parsed (a scenario YAML is checked as one), the rest is prose in a box.
DATA = frozenset({"yaml", "yml", "json"})
PROSE = frozenset({"", "text", "jsonc"})

REAL_BLINK = "needs the real Blink"
_MARKER = re.compile(r"^\s*<!--\s*(needs the real Blink|not run:\s*(?P<reason>.*?))\s*-->\s*$")
_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^`\n]*?)[ \t]*$")
# The address the READMEs give the mock; the tests serve it on a free port instead.
MOCK_ADDRESS = re.compile(r"\b(127\.0\.0\.1|localhost):8080\b")


@dataclass(frozen=True)
class Block:
    readme: str  # its path from the top of the checkout
    line: int  # of the opening fence, 1-based
    language: str
    text: str
    exempt: str | None  # the reason given in the README, or None

    @property
    def name(self) -> str:
        return f"{self.readme}:{self.line}"

    @property
    def defines_tests(self) -> bool:
        """A Python block of pytest tests (a plugin example): run by pytest, not by python."""
        return re.search(r"^(async\s+)?def test_|^class Test", self.text, re.MULTILINE) is not None


def readmes(root: Path = ROOT) -> list[Path]:
    found = []
    for path in sorted(root.rglob("README.md")):
        folders = path.relative_to(root).parts[:-1]
        if any(part.startswith(".") or part == "node_modules" for part in folders):
            continue
        if any((root.joinpath(*folders[: depth + 1]) / "SOURCE.md").exists() for depth in range(len(folders))):
            continue
        found.append(path)
    return found


def blocks(readme: Path, root: Path = ROOT) -> list[Block]:
    shown = str(readme.relative_to(root))
    lines = readme.read_text().splitlines()
    found: list[Block] = []
    index = 0
    while index < len(lines):
        opening = _FENCE.match(lines[index])
        if opening is None:
            index += 1
            continue
        indent, fence = opening["indent"], opening["fence"]
        body: list[str] = []
        end = index + 1
        while end < len(lines):
            closing = _FENCE.match(lines[end])
            if (
                closing
                and closing["fence"][0] == fence[0]
                and len(closing["fence"]) >= len(fence)
                and not closing["info"]
            ):
                break
            body.append(lines[end].removeprefix(indent))
            end += 1
        else:
            raise AssertionError(f"{shown}:{index + 1}: a code block is never closed")
        language = opening["info"].split()[0].lower() if opening["info"] else ""
        found.append(Block(shown, index + 1, language, "\n".join(body) + "\n", _exemption(lines, index)))
        index = end + 1
    return found


def _exemption(lines: list[str], fence_index: int) -> str | None:
    before = fence_index - 1
    while before >= 0 and not lines[before].strip():
        before -= 1
    if before < 0:
        return None
    marker = _MARKER.match(lines[before])
    if marker is None:
        if lines[before].lstrip().startswith("<!-- not run"):
            raise AssertionError(f"malformed marker {lines[before].strip()!r}: write <!-- not run: <reason> -->")
        return None
    if marker["reason"] is None:
        return REAL_BLINK
    if not marker["reason"]:
        raise AssertionError(f"{lines[before].strip()!r} gives no reason")
    return marker["reason"]


def all_blocks(root: Path = ROOT) -> list[Block]:
    return [block for readme in readmes(root) for block in blocks(readme, root)]


def for_port(text: str, port: int) -> str:
    """The block's text with the mock's documented address moved to the port the test serves it on."""
    return MOCK_ADDRESS.sub(lambda found: f"{found[1]}:{port}", text)


def shell_script(language: str, text: str) -> str:
    """What bash runs: the block as written, or for a `console` block its `$ ` commands (with their `\\`
    continuation lines) without the output shown between them."""
    if language != "console":
        return text
    commands: list[str] = []
    continued = False
    for line in text.splitlines():
        if continued:
            commands.append(line)
        elif line.startswith("$ "):
            commands.append(line[2:])
        else:
            continue
        continued = line.rstrip().endswith("\\")
    return "\n".join(commands) + "\n"
