"""The `blink-contract` command line: exit codes, one-line refusals, and `validate-recording`."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path
from typing import Any

import pytest
from without_modules import environment_without, extra_modules

from blink_contract import cli
from blink_contract.extra import MODULES
from blink_spec import router

BLINK_CONTRACT = Path(sys.executable).with_name("blink-contract")
README = Path(__file__).parents[1] / "README.md"


def tier_info_line(body: dict[str, Any]) -> str:
    op = router().by_id("get_tier_info")
    return json.dumps(
        {
            "method": op.method,
            "url": "https://rest-prod.immedia-semi.com" + op.path,
            "status": 200,
            "response_headers": {"Content-Type": "application/json"},
            "response_body": json.dumps(body),
        }
    )


def test_console_script_refuses_a_destructive_operation_in_one_line(tmp_path: Path) -> None:
    assert BLINK_CONTRACT.exists(), "install the project (scripts/bootstrap)"
    done = subprocess.run(
        [str(BLINK_CONTRACT), "--operation", "delete_media", "--token-file", str(tmp_path / "t.json")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=tmp_path,
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "destructive operations are never called" in done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""
    assert not (tmp_path / "t.json").exists()  # refused before anything was touched


@pytest.mark.parametrize(
    "argv",
    [
        ["run", "--rate", "fast"],
        ["run", "--no-such-flag"],
        ["frobnicate"],
        ["run", "--base-url", "ftp://127.0.0.1"],
        ["validate-recording"],
    ],
)
def test_usage_errors_exit_2_with_one_line(argv: list[str], capsys: Any) -> None:
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("blink-contract: ")
    if argv[0] != "run" or "--base-url" not in argv:  # argparse's refusals point to the help
        assert err.endswith("--help)\n")


def test_help_exits_0(capsys: Any) -> None:
    assert cli.main(["--help"]) == 0
    assert "exit codes" in capsys.readouterr().out


@pytest.mark.parametrize("argv", [["--help"], ["run", "--help"], ["validate-recording", "--help"]])
def test_every_exit_code_is_in_help_and_readme(argv: list[str], capsys: Any) -> None:
    assert cli.main(argv) == 0
    help_text = capsys.readouterr().out.partition("exit codes:")[2]
    in_help = set(re.findall(r"^  (\d)  ", help_text, re.MULTILINE))
    in_readme = set(re.findall(r"^\| (\d) \| ", README.read_text(), re.MULTILINE))
    assert in_help == in_readme == {"0", "1", "2"}


def test_version_is_the_kits_one_version(capsys: Any) -> None:
    assert cli.main(["--version"]) == 0
    assert capsys.readouterr().out == f"blink-contract {version('blink-api-test-kit')}\n"
    done = subprocess.run([str(BLINK_CONTRACT), "--version"], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout == f"blink-contract {version('blink-api-test-kit')}\n"


def test_validate_recording_json_lines(tmp_path: Path, capsys: Any) -> None:
    good = tmp_path / "good.jsonl"
    good.write_text(tier_info_line({"tier": "u011", "account_id": 22001, "region": "us"}) + "\n")
    report_dir = tmp_path / "report"
    assert cli.main(["validate-recording", str(good), "--report-dir", str(report_dir)]) == 0
    assert {p.name for p in report_dir.iterdir()} == {"report.md", "report.json", "junit.xml"}
    assert "1 exchanges checked, 0 drifted" in capsys.readouterr().out

    bad = tmp_path / "bad.jsonl"
    bad.write_text(tier_info_line({"tier": 11, "account_id": 22001, "region": "us"}) + "\n")
    assert cli.main(["validate-recording", str(bad), "--report-dir", str(report_dir)]) == 1
    report = json.loads((report_dir / "report.json").read_text())
    assert report["totals"]["by_kind"]["schema_violation"] == 1
    assert "22001" not in (report_dir / "report.md").read_text()  # the account id is redacted


@pytest.mark.parametrize("content", [None, "{not json", '{"log": 5}'])
def test_unreadable_recordings_exit_2(tmp_path: Path, content: str | None, capsys: Any) -> None:
    path = tmp_path / "rec.har"
    if content is not None:
        path.write_text(content)
    assert cli.main(["validate-recording", str(path), "--report-dir", str(tmp_path / "r")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_the_contract_package_needs_no_mock() -> None:
    # blink_contract stands on the spec layer, the client and the session; the mock is only one of its targets.
    modules = [f"blink_contract.{path.stem}" for path in Path(cli.__file__).parent.glob("*.py")]
    probe = f"import json, sys, {', '.join(modules)}; print(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True)
    loaded = {name.split(".")[0] for name in json.loads(done.stdout) if name.startswith("blink_")}
    assert loaded <= {"blink_contract", "blink_spec", "blink_api_client", "blink_session"}, loaded
    assert "blink_contract" in loaded


def test_console_script_on_a_deeply_nested_body_and_file_never_prints_a_traceback(tmp_path: Path) -> None:
    deep = "[" * 100_000 + "]" * 100_000
    body = tmp_path / "body.jsonl"
    body.write_text(json.dumps({**json.loads(tier_info_line({})), "response_body": deep}) + "\n")
    whole = tmp_path / "whole.har"
    whole.write_text('{"log": ' + deep + "}")
    for path, code in ((body, 1), (whole, 2)):
        done = subprocess.run(
            [str(BLINK_CONTRACT), "validate-recording", str(path), "--report-dir", str(tmp_path / "report")],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert done.returncode == code, done.stderr
        assert "Traceback" not in done.stderr and done.stderr.count("\n") == (code == 2)


def test_the_refused_modules_are_those_of_the_contract_extra() -> None:
    assert extra_modules("contract") <= MODULES


@pytest.mark.parametrize("module", sorted(MODULES))
def test_console_script_without_the_contract_extra_exits_2_in_one_line(module: str, tmp_path: Path) -> None:
    # As installed without [contract] (`pip install blink-api-test-kit`): the module cannot be imported.
    done = subprocess.run(
        [str(BLINK_CONTRACT), "run", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=environment_without({module}, tmp_path / "site"),
    )
    assert done.returncode == 2, done.stdout + done.stderr
    assert done.stdout == ""
    assert done.stderr == (
        f"blink-contract: the [contract] extra is not installed (no module {module!r}); "
        "install it with: pip install 'blink-api-test-kit[contract]'\n"
    )
