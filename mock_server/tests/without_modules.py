"""Run a process as if some packages were not installed, to test the kit's base install (no extras).

A `sitecustomize` on PYTHONPATH, which Python imports at start-up before anything else, puts a finder at the
front of `sys.meta_path` that refuses the named top-level modules as an uninstalled package would be refused.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from importlib.metadata import requires
from pathlib import Path

REFUSER = """\
import sys


class _NotInstalled:
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in {modules!r}:
            raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)
        return None


sys.meta_path.insert(0, _NotInstalled())
"""

# Distributions whose top-level module has another name.
MODULE_OF = {"pyyaml": "yaml"}


def environment_without(modules: Iterable[str], folder: Path) -> dict[str, str]:
    """os.environ for a subprocess in which `modules` cannot be imported (the refuser is written to `folder`)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "sitecustomize.py").write_text(REFUSER.format(modules=sorted(modules)))
    environment = dict(os.environ)
    environment["PYTHONPATH"] = os.pathsep.join(filter(None, [str(folder), environment.get("PYTHONPATH")]))
    return environment


def extra_modules(extra: str) -> set[str]:
    """The top-level modules of the distributions the kit's `extra` adds, as its installed metadata lists them."""
    names = set()
    for requirement in requires("blink-api-test-kit") or []:
        if re.search(rf"""extra\s*==\s*["']{extra}["']""", requirement):
            match = re.match(r"[A-Za-z0-9_.-]+", requirement)
            assert match is not None, requirement
            name = match.group().lower()
            names.add(MODULE_OF.get(name, name.replace("-", "_")))
    return names
