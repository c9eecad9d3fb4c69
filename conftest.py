"""The whole suite's one rule about skips: with CI=true nothing may skip.

A test skips when an input it needs is absent (the recorded corpus beside the clone, Node and npx, Chromium).
On a developer's machine that is a convenience; in CI it would hide a missing install step behind a green run,
so there every skip is reported as a failure that carries the skip's reason.
"""

from __future__ import annotations

import os
from collections.abc import Generator

import pytest


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("true", "1")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, object, None]:
    outcome = yield
    report: pytest.TestReport = outcome.get_result()  # type: ignore[attr-defined]
    if _in_ci() and report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"skipped with CI=true, where every input must be present: {reason}"


def pytest_collectreport(report: pytest.CollectReport) -> None:
    # A whole module skipped at import (pytest.importorskip, a module-level skip) never reaches makereport.
    if _in_ci() and report.skipped:
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"module skipped with CI=true, where every input must be present: {reason}"
