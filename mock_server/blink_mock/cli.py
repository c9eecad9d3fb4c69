"""`blink-mock`: serve the mock Blink over HTTP (or HTTPS) with uvicorn, one worker."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from blink_mock import __version__
from blink_mock.extra import missing_extra

try:  # the [mock] extra; without it main() says so in one line (the console script imports this module first)
    from blink_mock.app import create_app
    from blink_mock.hosts import host_name, is_loopback
    from blink_mock.scenario import Scenario, ScenarioError, load_scenario
    from blink_mock.server import HEADER_TIMEOUT_SECONDS, KEEP_ALIVE_SECONDS, uvicorn_settings
    from blink_mock.state import MockState
    from blink_spec.eras import parse_era

    MISSING_EXTRA: str | None = None
except ModuleNotFoundError as missing:
    MISSING_EXTRA = missing_extra(missing)
    if MISSING_EXTRA is None:
        raise

DESCRIPTION = "A stateful mock of Blink's client REST API, served from spec/blink.openapi.yaml."

EPILOG = """\
default accounts (embedded scenario):
  demo@example.com   password demo-password   2FA on, code 123456
                     account 22001, network 31001 "Home": sync module, 2 cameras, 1 Mini (owl), 3 clips
  other@example.com  password other-password  no 2FA
                     account 22002, network 31002 "Cabin": 1 camera, 1 doorbell, 1 clip

--era 2019-12 plays blinkpy 0.14's Blink (/api/v2/login, no 2FA), --era 2022-11 the v5 login with a PIN,
--era 2025-11 the OAuth password grant; without it, today's: the older logins answer 426 as they do now.

every Blink host (rest-<tier>, rest.<region>, api.oauth.blink.com) is answered on the one port;
send the real host in the Host header or point the client's resolver at this server. Other names get 421,
and the admin API answers only localhost, addresses and --allowed-host names (a guard against web pages).

limits: URL 16 KiB (414), request head 64 KiB (431), body 1 MiB (413); headers within --timeout-headers.

endpoints of the mock itself:
  /docs                      reference docs of every operation (offline); "Try it out" calls this mock
  /openapi.yaml              the spec it serves
  POST /__mock__/reset       back to the scenario
  GET  /__mock__/state       dump of the state
  GET  /__mock__/requests    recent requests [{method, path, status}], oldest first (DELETE clears)
  GET|PUT|PATCH /__mock__/faults   latency, 500/503, lockout, hardware ids, failing commands, drift
  POST /__mock__/clock       {"seconds": N} moves the mock's clock forward
  POST /__mock__/tokens/expire     {"account_id": N} or {} expires access tokens now
  (bodies sent to /__mock__/ need Content-Type: application/json)

exit codes:
  0  stopped with Ctrl-C (SIGTERM stops it too, with that signal's status: 143 in a shell)
  2  bad arguments, scenario or certificate, or the [mock] extra not installed: one line on stderr
  3  could not listen: the port is in use or the address is not this machine's (uvicorn logs which)
"""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line, like blink-mock's other refusals (argparse prints the whole usage before its message).
        self.exit(2, f"blink-mock: {message} (see {self.prog} --help)\n")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = _Parser(
        prog="blink-mock",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"blink-mock {__version__}")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: %(default)s)")
    parser.add_argument("--port", type=int, default=8080, help="port to bind (default: %(default)s)")
    parser.add_argument(
        "--allowed-host",
        action="append",
        default=[],
        metavar="NAME",
        help="a name clients reach the mock by, besides localhost, IP addresses and Blink's hosts (repeatable)",
    )
    parser.add_argument(
        "--timeout-headers",
        type=float,
        default=HEADER_TIMEOUT_SECONDS,
        metavar="SECONDS",
        help="close a connection whose request headers take longer (default: %(default)s)",
    )
    parser.add_argument(
        "--timeout-keep-alive",
        type=int,
        default=KEEP_ALIVE_SECONDS,
        metavar="SECONDS",
        help="close an idle connection after an answer (default: %(default)s)",
    )
    parser.add_argument("--scenario", metavar="PATH", help="scenario YAML file (default: the embedded scenario)")
    parser.add_argument(
        "--era",
        metavar="YYYY-MM",
        help="serve Blink as it was at the end of that month (or on YYYY-MM-DD): its logins, 2FA and refusals "
        "(default: the scenario's era, else today's Blink)",
    )
    parser.add_argument("--ssl-certfile", metavar="PEM", help="serve HTTPS with this certificate (needs --ssl-keyfile)")
    parser.add_argument("--ssl-keyfile", metavar="PEM", help="private key of --ssl-certfile")
    parser.add_argument(
        "--log-level",
        default="info",
        choices=["critical", "error", "warning", "info", "debug"],
        help="uvicorn log level (default: %(default)s)",
    )
    return parser.parse_args(argv)


class StartupError(Exception):
    """A reason not to start, printed as one line."""


def check_tls(certfile: str | None, keyfile: str | None) -> None:
    if bool(certfile) != bool(keyfile):
        raise StartupError("--ssl-certfile and --ssl-keyfile must be given together")
    for option, path in (("--ssl-certfile", certfile), ("--ssl-keyfile", keyfile)):
        if path is not None and not Path(path).is_file():
            raise StartupError(f"{option} {path}: no such file")


def build_state(scenario_path: str | None, era_text: str | None = None) -> MockState:
    try:
        era = None if era_text is None else parse_era(era_text)
    except ValueError as error:  # one line naming the value: "era '2019-13': month must be in 1..12"
        raise StartupError(str(error)) from None
    if scenario_path is None:
        return MockState(era=era)
    try:
        scenario: Scenario = load_scenario(scenario_path)
        return MockState.from_scenario(scenario, era)
    except ScenarioError as error:
        raise StartupError(str(error)) from None
    except Exception as error:  # a checked scenario the mock still cannot build: a bug, but still one line
        raise StartupError(f"scenario {scenario_path}: {type(error).__name__}: {error}") from None


def main(argv: Sequence[str] | None = None) -> int:
    if MISSING_EXTRA is not None:
        print(f"blink-mock: {MISSING_EXTRA}", file=sys.stderr)
        return 2
    args = parse_args(argv)
    try:
        if not 0 <= args.port <= 65535:
            raise StartupError(f"--port {args.port}: must be between 0 and 65535")
        if not 0 < args.timeout_headers <= 3600:
            raise StartupError(f"--timeout-headers {args.timeout_headers}: must be more than 0 and at most 3600")
        if not 0 < args.timeout_keep_alive <= 3600:
            raise StartupError(f"--timeout-keep-alive {args.timeout_keep_alive}: must be from 1 to 3600")
        if bad := [name for name in args.allowed_host if host_name(name) is None]:
            raise StartupError(f"--allowed-host {bad[0]!r}: not a host name")
        check_tls(args.ssl_certfile, args.ssl_keyfile)
        state = build_state(args.scenario, args.era)
    except StartupError as error:
        print(f"blink-mock: {error}", file=sys.stderr)
        return 2

    import uvicorn

    if not is_loopback(args.host):
        # The admin API has no authentication: anyone who can reach the port can reset or fault the mock.
        print(
            f"blink-mock: warning: --host {args.host} serves beyond this machine, and the admin API "
            "(/__mock__/) has no authentication; use it on a trusted network only",
            file=sys.stderr,
        )
    # The address it binds is a name clients may use too (a LAN name given as --host, say).
    app = create_app(state, allowed_hosts=[*args.allowed_host, args.host])
    try:
        uvicorn.run(
            app,
            host=args.host,
            port=args.port,
            log_level=args.log_level,
            ssl_certfile=args.ssl_certfile,
            ssl_keyfile=args.ssl_keyfile,
            **uvicorn_settings(args.timeout_headers, args.timeout_keep_alive),
        )
    except Exception as error:  # e.g. a certificate that does not load: one line, not a traceback
        print(f"blink-mock: {type(error).__name__}: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
