"""/docs in a real browser: headless Chromium loads the page from a running blink-mock and finds every operation."""

from __future__ import annotations

import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from running_mock import running_mock

from blink_spec import load_spec

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",  # tests may run as root, where Chromium's sandbox refuses to start
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


class DocsPage(HTMLParser):
    """What the browser's DOM holds: operation blocks by id, their visible text, and external references."""

    def __init__(self) -> None:
        super().__init__()
        self.operations: dict[str, str] = {}
        self.external: list[str] = []
        self.operation_count = ""
        self._open: list[tuple[str, str | None]] = []  # (tag, id of the .op it opens or the count span)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for name in ("src", "href"):
            link = values.get(name) or ""
            if link.startswith(("http:", "https:", "//")):
                self.external.append(link)
        marker = None
        if "op" in (values.get("class") or "").split():
            marker = values.get("id") or ""
            self.operations[marker] = ""
        elif values.get("id") == "operation-count":
            marker = "#count"
        if tag not in ("meta", "link", "br", "img", "input"):
            self._open.append((tag, marker))

    def handle_endtag(self, tag: str) -> None:
        while self._open:
            if self._open.pop()[0] == tag:
                break

    def handle_data(self, data: str) -> None:
        for _, marker in self._open:
            if marker == "#count":
                self.operation_count += data
            elif marker is not None:
                self.operations[marker] += data


def spec_operations() -> dict[str, tuple[str, str]]:
    operations = {}
    for path, item in load_spec()["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict) and "operationId" in op:
                operations[op["operationId"]] = (method.upper(), path)
    return operations


def dump_dom(url: str, profile: Path) -> str:
    if not CHROMIUM.exists():
        pytest.fail(
            f"{CHROMIUM} is missing: run scripts/install-chromium (scripts/test does) to install Debian's chromium"
        )
    result = subprocess.run(
        [str(CHROMIUM), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--dump-dom", url],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def test_docs_page_shows_every_operation_in_chromium(tmp_path: Path) -> None:
    expected = spec_operations()
    with running_mock() as base_url:
        dom = dump_dom(f"{base_url}/docs", tmp_path / "chromium-profile")
    page = DocsPage()
    page.feed(dom)

    assert len(page.operations) == len(expected)
    assert set(page.operations) == set(expected)
    assert page.operation_count.strip() == str(len(expected))
    for operation_id in ("oauth_authorize", "arm_network", "get_command_status", "get_homescreen_v3"):
        method, path = expected[operation_id]
        text = " ".join(page.operations[operation_id].split())
        assert operation_id in text
        assert f"{method} {path}" in text
    assert page.external == [], "the docs page must not load anything from another site"
