"""One virtualenv per pinned blinkpy release that the era matrix drives, built with uv and kept between runs.

Each release gets its own environment because they cannot share one: one package name, and 0.14.3 pins requests
2.22 while 0.25.9 needs requests 2.34. The environments live in `.venv-tests/era-clients/` in the checkout (beside
the install tests' environments: git ignores the folder, and a fresh clone starts without them, so CI proves the
install every time while uv's own download cache keeps that fast). An environment is complete when its marker,
written last, names the same key: the requirements and the Python version it was built with. Anything else there is
rebuilt from scratch.

Run as a script (`scripts/install-era-clients`) to build the missing environments, in parallel.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import platform
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
CACHE = ROOT / ".venv-tests" / "era-clients"
INSTALL = "run scripts/install-era-clients"

# What each environment installs. Only the release is pinned: its own requirements pin what must be pinned
# (0.14.3: requests 2.22.0, testtools 2.3.0), and every release here installs and imports on Python 3.11 with the
# newest versions of the rest.
ENVIRONMENTS: dict[str, tuple[str, ...]] = {
    "0.14.3": ("blinkpy==0.14.3",),
    "0.16.4": ("blinkpy==0.16.4",),
    "0.22.7": ("blinkpy==0.22.7",),
    "0.24.1": ("blinkpy==0.24.1",),
    "0.25.0": ("blinkpy==0.25.0",),
    "0.25.9": ("blinkpy==0.25.9",),
}


def home(version: str) -> Path:
    return CACHE / f"blinkpy-{version}"


def python_of(version: str) -> Path:
    return home(version) / "bin" / "python"


def key(version: str) -> str:
    """The requirements and the interpreter's version: a change to either rebuilds the environment."""
    text = " ".join((*ENVIRONMENTS[version], platform.python_version()))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def marker(version: str) -> Path:
    return home(version) / f".complete-{key(version)}"


def is_complete(version: str) -> bool:
    return marker(version).is_file()


def missing_reason(version: str) -> str | None:
    """Why the environment of `version` cannot be used (a sentence ending in what to run), or None."""
    if is_complete(version):
        return None
    return f"the environment of blinkpy {version} is missing or incomplete in {home(version)}: {INSTALL}"


def build(uv: Path, version: str) -> None:
    """A fresh environment for `version`, its marker written once everything is installed."""
    folder = home(version)
    shutil.rmtree(folder, ignore_errors=True)
    # The interpreter behind the kit's own .venv: the clients run on the Python the kit is tested with.
    interpreter = os.path.realpath(sys.executable)
    run(uv, "venv", "--quiet", "--python", interpreter, folder)
    run(uv, "pip", "install", "--quiet", "--python", folder / "bin" / "python", *ENVIRONMENTS[version])
    marker(version).touch()


def run(*args: str | Path) -> None:
    done = subprocess.run([str(a) for a in args], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, args))} failed: {done.stderr.strip() or done.stdout.strip()}")


def install(versions: list[str]) -> list[str]:
    """Build the environments of `versions` that are not complete, in parallel; returns the ones it built."""
    uv = Path(sys.executable).with_name("uv")
    if not uv.is_file():
        raise RuntimeError(f"{uv} is missing: run scripts/bootstrap (uv comes with the dev extra)")
    CACHE.mkdir(parents=True, exist_ok=True)
    # Two checkouts' scripts/test never share this folder, but two runs in one checkout may: one builds.
    with (CACHE / ".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        todo = [version for version in versions if not is_complete(version)]
        with ThreadPoolExecutor(max_workers=len(todo) or 1) as pool:
            for future in [pool.submit(build, uv, version) for version in todo]:
                future.result()
    return todo


def main(argv: list[str]) -> int:
    versions = argv or list(ENVIRONMENTS)
    unknown = [v for v in versions if v not in ENVIRONMENTS]
    if unknown:
        print(f"install-era-clients: no environment for {', '.join(unknown)} (known: {', '.join(ENVIRONMENTS)})")
        return 2
    try:
        built = install(versions)
    except RuntimeError as error:
        print(f"install-era-clients: {error}")
        return 1
    if built:
        print(f"install-era-clients: built blinkpy {', '.join(built)} in {CACHE.relative_to(ROOT)}/")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
