"""Every code block of every README runs as written, against a served mock (`readme_blocks` finds them).

- `python` blocks run in a subprocess with the kit's Python; a block of pytest tests (a plugin example) runs with
  pytest on a file holding it.
- `sh`, `bash` and `console` blocks run with `bash -euo pipefail` and the kit's `.venv/bin` first on PATH (a
  `console` block: its `$ ` commands, not the output shown).
- `yaml` blocks are parsed, and a scenario (any mapping but a spec extension's `x-` example) is checked by
  `parse_scenario`; `json` blocks are parsed; prose blocks (`text`, `jsonc`, no language) are read, not run.

The mock is one `blink-mock` on a free port, reset before each block; the blocks' `127.0.0.1:8080` and
`localhost:8080` name that port. Each block runs in a folder of its own, where whatever it writes in its working
folder lands: a Python block in an empty one, as in a user's project (so the kit's own pytest settings do not
apply), a shell block in one whose entries link to the checkout's top level, as in a clone's root (so
`.venv/bin/blink`, `scripts/...` and `benchmarks/...` resolve). HOME and the XDG folders are a temporary folder,
so no block reads or writes the user's own token file. A block that changes the checkout fails.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import yaml
from readme_blocks import DATA, PROSE, PYTHON, REAL_BLINK, ROOT, SHELL, Block, all_blocks, for_port, shell_script
from running_mock import running_mock

from blink_mock.scenario import parse_scenario

BIN = Path(sys.executable).parent
# A block that takes longer is stuck; the slowest take a few seconds.
BLOCK_TIMEOUT_SECONDS = 120

BLOCKS = all_blocks()
RUN = [block for block in BLOCKS if block.exempt is None and block.language in PYTHON | SHELL]
READ = [block for block in BLOCKS if block.exempt is None and block.language in DATA]


@pytest.fixture(scope="module")
def mock() -> Iterator[str]:
    with running_mock() as base_url:
        yield base_url


@pytest.fixture
def fresh_mock(mock: str) -> str:
    with httpx.Client(base_url=mock, timeout=10) as http:
        http.post("/__mock__/reset").raise_for_status()
    return mock


def workspace(tmp_path: Path, clone: bool) -> tuple[Path, dict[str, str]]:
    """An empty working folder (like a user's project), or with `clone` one whose entries link to the checkout's
    top level (like a clone's root); and an environment whose home is temporary."""
    work = tmp_path / "work"
    work.mkdir()
    if clone:
        for entry in ROOT.iterdir():
            if entry.name != ".git":
                (work / entry.name).symlink_to(entry)
    home = tmp_path / "home"
    env = {name: value for name, value in os.environ.items() if not name.startswith(("BLINK_", "PYTEST_", "XDG_"))}
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
    )
    home.mkdir()
    return work, env


def checkout_status() -> str:
    done = subprocess.run(["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True, check=True)
    return done.stdout


def environment_stamp() -> list[int]:
    """When the kit's environment last gained or lost a file: a block that installs into the linked `.venv` (pip
    rewrites the commands' first lines with the block's temporary path) changes it, and git cannot see that."""
    folders = [BIN, *BIN.parent.glob("lib/python*/site-packages")]
    return [folder.stat().st_mtime_ns for folder in folders]


def run(argv: list[str], work: Path, env: dict[str, str], block: Block) -> None:
    log = work.parent / "output.txt"
    with log.open("w+") as output:
        process = subprocess.Popen(
            argv,
            cwd=work,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            code = process.wait(timeout=BLOCK_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            code = None
        finally:
            # Whatever the block left running (a server started with `&`) goes with it.
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        output.seek(0)
        text = output.read()
    if code is None:
        pytest.fail(f"{block.name} ran over {BLOCK_TIMEOUT_SECONDS} s:\n{text[-4000:]}")
    assert code == 0, f"{block.name} ({block.language}) exited with {code}:\n{text[-4000:]}"


@pytest.mark.parametrize("block", RUN, ids=lambda block: block.name)
def test_block_runs_as_written(block: Block, fresh_mock: str, tmp_path: Path) -> None:
    work, env = workspace(tmp_path, clone=block.language in SHELL)
    port = httpx.URL(fresh_mock).port
    assert port is not None
    text = for_port(block.text, port)
    before, environment = checkout_status(), environment_stamp()
    if block.language in SHELL:
        script = tmp_path / "block.sh"
        script.write_text(shell_script(block.language, text))
        run(["bash", "-euo", "pipefail", str(script)], work, env, block)
    elif block.defines_tests:
        (work / "test_readme_block.py").write_text(text)
        run(
            [str(BIN / "python"), "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_readme_block.py"],
            work,
            env,
            block,
        )
    else:
        (work / "readme_block.py").write_text(text)
        run([str(BIN / "python"), "readme_block.py"], work, env, block)
    assert checkout_status() == before, f"{block.name} changed the checkout"
    assert environment_stamp() == environment, f"{block.name} changed the kit's .venv (mark it as not run)"


@pytest.mark.parametrize("block", READ, ids=lambda block: block.name)
def test_data_block_parses(block: Block) -> None:
    if block.language == "json":
        json.loads(block.text)
        return
    document = yaml.safe_load(block.text)
    if isinstance(document, dict) and not any(str(key).startswith("x-") for key in document):
        parse_scenario(document)


def test_every_block_has_a_language_the_runner_knows() -> None:
    unknown = [
        f"{block.name} ({block.language})" for block in BLOCKS if block.language not in PYTHON | SHELL | DATA | PROSE
    ]
    assert not unknown, f"run these blocks or mark them: {unknown}"


def test_exemptions_are_few_and_each_gives_its_reason() -> None:
    exempt = {block.name: block.exempt for block in BLOCKS if block.exempt is not None}
    assert all(reason == REAL_BLINK or len(reason) > 10 for reason in exempt.values()), exempt
    runnable = [block for block in BLOCKS if block.language in PYTHON | SHELL]
    assert len(exempt) * 2 < len(runnable), f"most runnable blocks must run; exempt: {exempt}"


# -- how blocks are found and read
def test_blocks_are_found_with_their_language_line_and_marker(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text(
        "# Kit\n\n```python\nprint(1)\n```\n\n<!-- needs the real Blink -->\n```sh\nblink login\n```\n"
        "- a list item:\n\n  ```yaml\n  a: 1\n  ```\n\n<!-- not run: starts a server -->\n\n~~~console\n$ x\n~~~\n"
    )
    for skipped in ("node_modules", ".venv-old", "vendored"):
        (tmp_path / skipped).mkdir()
        (tmp_path / skipped / "README.md").write_text("```sh\nfalse\n```\n")
    (tmp_path / "vendored" / "SOURCE.md").write_text("where these files come from\n")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "README.md").write_text("```\nplain\n```\n")
    found = [(block.line, block.language, block.text, block.exempt) for block in all_blocks(tmp_path)]
    assert found == [
        (3, "python", "print(1)\n", None),
        (8, "sh", "blink login\n", REAL_BLINK),
        (13, "yaml", "a: 1\n", None),
        (19, "console", "$ x\n", "starts a server"),
        (1, "", "plain\n", None),
    ]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("```sh\nnever closed\n", "never closed"),
        ("<!-- not run -->\n```sh\ntrue\n```\n", "malformed marker"),
        ("<!-- not run: -->\n```sh\ntrue\n```\n", "gives no reason"),
    ],
)
def test_a_readme_the_runner_cannot_read_fails(tmp_path: Path, text: str, problem: str) -> None:
    (tmp_path / "README.md").write_text(text)
    with pytest.raises(AssertionError, match=problem):
        all_blocks(tmp_path)


def test_a_console_block_runs_its_commands_not_their_output() -> None:
    text = "$ export A=1\n$ blink --base-url URL \\\n    status\nHome (31001): armed\n$ echo done\ndone\n"
    assert shell_script("console", text) == "export A=1\nblink --base-url URL \\\n    status\necho done\n"
    assert shell_script("sh", text) == text


def test_only_the_mocks_address_moves_to_the_test_port() -> None:
    text = "curl localhost:8080/x http://127.0.0.1:8080/y http://127.0.0.1:80800 --port 8080 10.0.0.1:8080"
    assert for_port(text, 4321) == (
        "curl localhost:4321/x http://127.0.0.1:4321/y http://127.0.0.1:80800 --port 8080 10.0.0.1:8080"
    )
