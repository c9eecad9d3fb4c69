"""`blink-contract`: check a live Blink service (or recorded traffic) against the spec and report drift.

Exit codes (EXIT_CODES): 0 no drift, 1 drift, 2 anything that stopped the check (one line on stderr, never a
traceback). An exception nothing else catches is a bug of this tool: one line and exit 2 too, never 1, which
means drift.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn
from urllib.parse import urlparse

from blink_contract import __version__
from blink_contract.extra import missing_extra

try:  # the [contract] extra; without it main() says so in one line (the console script imports this module first)
    from blink_contract.drift import OperationResult, check_exchange
    from blink_contract.live import LiveClient, RunConfig, RunError, Runner, UsageError, plan_operations
    from blink_contract.recording import RecordingError, read_recording
    from blink_contract.redact import Redactor
    from blink_contract.report import write_reports
    from blink_contract.session import Credentials, Hosts, LoginError, default_token_path, load_token_file
    from blink_contract.throttle import MAX_SAFE_RATE, Throttle, check_rate

    MISSING_EXTRA: str | None = None
except ModuleNotFoundError as missing:
    MISSING_EXTRA = missing_extra(missing)
    if MISSING_EXTRA is None:
        raise

EXIT_OK, EXIT_DRIFT, EXIT_ERROR = 0, 1, 2
DEFAULT_REPORT_DIR = Path("blink-contract-report")

EXIT_CODES = """\
exit codes:
  0  every answer matched the spec
  1  drift: at least one answer differs from the spec (see report.md)
  2  the check could not be made: a usage, auth, network or server error, an interruption, the [contract] extra
     not installed, or a bug of blink-contract; one line on stderr says which
"""

DESCRIPTION = f"""\
Check a live Blink service, or recorded traffic, against spec/blink.openapi.yaml.

  blink-contract run                  log in (refresh token first), call the read-only operations, report drift
  blink-contract validate-recording F check a HAR or JSON-lines recording, without network

{EXIT_CODES}"""

RUN_EPILOG = f"""\
credentials: BLINK_EMAIL, BLINK_PASSWORD, BLINK_2FA_CODE (the code is asked for only when a terminal is
attached), or the token file, which keeps the refresh token, account id, tier and this install's hardware_id
(never the password; mode 0600). At most one login per run; a 429 on login stops the run at once.

{EXIT_CODES}"""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line and exit 2, like every other refusal of this tool (argparse prints the whole usage first).
        self.exit(EXIT_ERROR, f"blink-contract: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="blink-contract", description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--version", action="version", version=f"blink-contract {__version__}")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)
    run = commands.add_parser(
        "run",
        help="check a live service (read-only by default)",
        epilog=RUN_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_run_arguments(run)
    recording = commands.add_parser(
        "validate-recording",
        help="check a HAR or JSON-lines recording offline",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    recording.add_argument("file", type=Path, help="HAR (browser or mitmproxy export) or JSON-lines file")
    recording.add_argument("--report-dir", type=Path, default=DEFAULT_REPORT_DIR, help="default: %(default)s")
    return parser


def _add_run_arguments(run: argparse.ArgumentParser) -> None:
    run.add_argument("--base-url", help="one URL answering every Blink host (e.g. the mock); default: tier discovery")
    run.add_argument("--token-file", type=Path, help=f"default: {default_token_path()}")
    run.add_argument("--report-dir", type=Path, default=DEFAULT_REPORT_DIR, help="default: %(default)s")
    run.add_argument(
        "--rate", type=float, default=MAX_SAFE_RATE, help="requests per second, at most 1 (default: %(default)s)"
    )
    # For the test suite against a local mock only; refused for any other host.
    run.add_argument("--unsafe-rate", type=float, help=argparse.SUPPRESS)
    run.add_argument(
        "--operation", action="append", default=[], metavar="ID", help="only this operationId (repeatable)"
    )
    run.add_argument("--include-deprecated", action="store_true", help="also call deprecated read-only operations")
    run.add_argument(
        "--allow-mutating",
        action="store_true",
        help="also call the mutating operations whose undo the spec names (arming, camera motion) on the "
        "allow-listed ids, each followed by its undo",
    )
    run.add_argument("--network", type=int, action="append", default=[], metavar="ID", help="network allow-list")
    run.add_argument("--camera", type=int, action="append", default=[], metavar="ID", help="camera allow-list")
    run.add_argument("-v", "--verbose", action="store_true", help="log every request (redacted) on stderr")


def main(argv: Sequence[str] | None = None) -> int:
    if MISSING_EXTRA is not None:
        return fail(MISSING_EXTRA)
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        return _main(arguments)
    except KeyboardInterrupt:
        # A change of --allow-mutating may be waiting for its undo.
        check = "; check the account in the Blink app" if "--allow-mutating" in arguments else ""
        return fail(f"interrupted{check}")
    except Exception as error:  # the last guard: one line, never a traceback
        # The exception's message may quote an answer or a token: name only its type and where it was raised.
        where = f"{type(error).__name__}{_where(error)}"
        return fail(f"internal error ({where}); this is a bug of blink-contract, please report it")


def _where(error: BaseException) -> str:
    """` at module.py:line`, the innermost frame of the traceback that is this package's or blink_session's."""
    frames = traceback.extract_tb(error.__traceback__)
    ours = [frame for frame in frames if "blink_contract" in frame.filename or "blink_session" in frame.filename]
    if not (ours or frames):
        return ""
    frame = (ours or frames)[-1]
    return f" at {Path(frame.filename).name}:{frame.lineno}"


def _main(arguments: list[str]) -> int:
    if not arguments or (arguments[0].startswith("-") and arguments[0] not in ("-h", "--help", "--version")):
        arguments.insert(0, "run")  # `run` is the default command
    try:
        options = build_parser().parse_args(arguments)
    except SystemExit as stop:
        return int(stop.code or 0) if isinstance(stop.code, int) else EXIT_ERROR
    if options.command == "validate-recording":
        return validate_recording(options.file, options.report_dir)
    return run(options)


def fail(message: str, redactor: Redactor | None = None) -> int:
    line = " ".join(message.split())
    print(f"blink-contract: {redactor.text(line) if redactor else line}", file=sys.stderr)
    return EXIT_ERROR


def validate_recording(path: Path, report_dir: Path) -> int:
    try:
        exchanges = read_recording(path)
    except RecordingError as error:
        return fail(str(error))
    except OSError as error:
        return fail(f"cannot read {path}: {error.strerror or type(error).__name__}")
    redactor = Redactor()
    results = [check_exchange(exchange) for exchange in exchanges]
    return finish(results, [], report_dir, redactor, title=f"Blink contract check of {path.name}")


def finish(
    results: list[OperationResult], skipped: list[tuple[str, str]], report_dir: Path, redactor: Redactor, *, title: str
) -> int:
    try:
        paths = write_reports(results, report_dir, redactor, title=title, skipped=skipped)
    except OSError as error:
        return fail(f"cannot write the report to {report_dir}: {error.strerror or type(error).__name__}")
    drifted = sum(1 for result in results if result.drifted)
    findings = sum(len(result.findings) for result in results)
    print(
        redactor.text(
            f"{len(results)} exchanges checked, {drifted} drifted ({findings} findings), {len(skipped)} operations "
            f"skipped; report: {paths[0]}"
        )
    )
    return EXIT_DRIFT if drifted else EXIT_OK


def run(options: argparse.Namespace) -> int:
    redactor = Redactor()
    host = urlparse(options.base_url).hostname if options.base_url else None
    if options.base_url and (urlparse(options.base_url).scheme not in ("http", "https") or not host):
        return fail("--base-url must be an http(s) URL such as http://127.0.0.1:8080")
    rate = options.unsafe_rate if options.unsafe_rate is not None else options.rate
    problem = check_rate(rate, unsafe=options.unsafe_rate is not None, host=host)
    if problem:
        return fail(problem)
    if options.allow_mutating and not (options.network or options.camera):
        return fail("--allow-mutating needs an allow-list: --network ID and/or --camera ID")
    if (options.network or options.camera) and not options.allow_mutating:
        return fail("--network and --camera are allow-lists for --allow-mutating; add it or drop them")
    try:
        plan = plan_operations(
            only=options.operation, include_deprecated=options.include_deprecated, allow_mutating=options.allow_mutating
        )
    except UsageError as error:
        return fail(str(error))

    credentials = Credentials.from_environment()
    redactor.add(*credentials.secrets())
    token_path = options.token_file or default_token_path()
    try:
        stored = load_token_file(token_path)
    except (LoginError, OSError) as error:
        return fail(str(error) if isinstance(error, LoginError) else f"cannot use token file: {error.strerror}")
    redactor.add(stored.hardware_id)
    hosts = Hosts.single(options.base_url) if options.base_url else Hosts.discovered()

    def log(line: str) -> None:
        if options.verbose:
            print(redactor.text(line), file=sys.stderr)

    client = LiveClient(Throttle(rate), redactor, log=log)
    config = RunConfig(hosts, token_path, credentials, stored, plan, options.network, options.camera)
    try:
        outcome = Runner(client, config).run()
    except RunError as error:
        # The exchanges so far still go into a report: the drift that broke the login is the news.
        _partial_report(client, options.report_dir, redactor)
        return fail(str(error), redactor)
    finally:
        client.close()
    print(
        redactor.text(
            f"{outcome.requests} requests in {outcome.seconds:.1f} s (login: {outcome.login_method}, rate {rate:g}/s)"
        ),
        file=sys.stderr,
    )
    return finish(outcome.results, outcome.skipped, options.report_dir, redactor, title="Blink contract check (live)")


def _partial_report(client: LiveClient, report_dir: Path, redactor: Redactor) -> None:
    if not client.exchanges:
        return
    results = [check_exchange(exchange) for exchange in client.exchanges]
    # The one-line reason on stderr matters more than a partial report.
    with contextlib.suppress(OSError):
        write_reports(results, report_dir, redactor, title="Blink contract check (live, stopped early)")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
