"""`blink`: arm, disarm, look at and download from a Blink account on the command line.

    blink [--base-url URL] [--token-file PATH] [--json] COMMAND ...

Every command resumes the session kept in the token file (the one `blink-contract` uses) and only signs in, with
BLINK_EMAIL / BLINK_PASSWORD / BLINK_2FA_CODE or prompts on a terminal, when there is none. Errors are one line on
stderr and an exit code (see EPILOG); `--json` prints one JSON document on stdout, in the shapes documented in
blink_client/README.md.
"""

from __future__ import annotations

import argparse
import getpass
import io
import json
import os
import re
import shlex
import signal
import sys
import textwrap
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, NoReturn, TextIO

import httpx

from blink_session import __version__, token_store
from blink_session.errors import (
    AppUpdateRequired,
    BlinkError,
    BlinkHTTPError,
    BlockedClient,
    CommandFailed,
    CommandTimeout,
    LockedOut,
    LoginFailed,
    NotFound,
    ServerError,
    TokenFileBusy,
    TwoFactorRequired,
    Unauthorized,
    UnreadableAnswer,
)
from blink_session.progress import DownloadBar
from blink_session.session import BlinkSession, CommandResult

PROG = "blink"

EXIT_OK = 0
EXIT_REFUSED = 1  # Blink refused a request, a command failed or timed out, no such network/camera
EXIT_USAGE = 2  # bad arguments (argparse)
EXIT_AUTH = 3  # login failed, 401 even after a token refresh, 2FA code or credentials needed
EXIT_LOCKED = 4  # locked out (429), blocked client (406), app update required (426)
EXIT_NETWORK = 5  # network error or Blink server error (5xx, including 520)
EXIT_UNREADABLE = 6  # a success whose body the spec does not describe (not JSON, another shape, too deep or large)

EXIT_INTERRUPTED = 130  # Ctrl-C, as a shell reports a process ended by SIGINT
EXIT_TERMINATED = 128 + signal.SIGTERM  # 143

# Every exit code and what it means: the one list, shown in `blink --help` (README.md has a longer table).
EXIT_CODES: tuple[tuple[str, str], ...] = (
    (f"{EXIT_OK}", "ok"),
    (f"{EXIT_REFUSED}", "Blink refused the request, a command failed or timed out, or no such network/camera"),
    (f"{EXIT_USAGE}", "usage error (bad arguments, a bad WHEN, a DIR that is not a folder)"),
    (
        f"{EXIT_AUTH}",
        "authentication: login failed, 401 after a token refresh, no session for the server and no credentials, "
        "a 2FA code needed, or the token file cannot be read (or stays locked)",
    ),
    (f"{EXIT_LOCKED}", "locked out (429), blocked client (406) or app update required (426)"),
    (f"{EXIT_NETWORK}", "network error or Blink server error (5xx, including Cloudflare's 520)"),
    (
        f"{EXIT_UNREADABLE}",
        "Blink's answer did not match the spec: a success this client cannot read (an HTML page, JSON of another "
        "shape, JSON nested too deep or too large); run blink-contract to see what drifted",
    ),
    (f"{EXIT_INTERRUPTED}, {EXIT_TERMINATED}", "interrupted (Ctrl-C) or terminated (SIGTERM), after cleaning up"),
)

DESCRIPTION = "Arm, disarm, inspect and download from a Blink account (or the blink-mock)."


def _exit_code_lines() -> str:
    lines = []
    for codes, meaning in EXIT_CODES:
        wrapped = textwrap.wrap(meaning, width=100)
        lines.append(f"  {codes:<9} {wrapped[0]}")
        lines.extend(f"  {'':<9} {more}" for more in wrapped[1:])
    return "\n".join(lines)


EPILOG = f"""\
credentials:
  BLINK_EMAIL, BLINK_PASSWORD, BLINK_2FA_CODE (the same variables as blink-contract), or prompts when stdin is a
  terminal. The session (refresh token, hardware id; never the password) is kept in the token file, mode 0600,
  so later commands do not sign in again. `blink login` always signs in afresh. The file keeps one session per
  server (Blink, or each --base-url), and sends each only to the server that issued it.

WHEN (for --since):
  an ISO date or date-time (2026-01-05, 2026-01-05T07:30, 2026-01-05T07:30:00+01:00; local time if no offset),
  or an age: a number and s, m, h, d or w (90m, 24h, 7d, 2w).

exit codes:
{_exit_code_lines()}
  Errors are one line on stderr, starting with "blink: ".

examples (against the mock, `blink-mock`, installed with the kit's [mock] extra):
  blink-mock &                    # http://127.0.0.1:8080; demo@example.com / demo-password / 2FA code 123456
  export BLINK_EMAIL=demo@example.com BLINK_PASSWORD=demo-password BLINK_2FA_CODE=123456
  blink --base-url http://127.0.0.1:8080 login
  blink --base-url http://127.0.0.1:8080 arm Home --wait
  blink --base-url http://127.0.0.1:8080 status
  blink --base-url http://127.0.0.1:8080 clips download --since 24h ./clips
"""


class Parser(argparse.ArgumentParser):
    """argparse, with blink's one-line errors: argparse prints the usage and the message on two lines."""

    def error(self, message: str) -> NoReturn:
        command = self.prog.removeprefix(PROG).strip()  # "clips download" for that command's own parser
        where = f"{command}: " if command else ""
        self.exit(EXIT_USAGE, f"{PROG}: {where}{message} (see {self.prog} --help)\n")


_AGE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhdw])\s*$", re.IGNORECASE)
_AGE_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


class Terminated(BaseException):
    """SIGTERM (a scheduler's timeout, a shutdown), raised where `blink` is, so that what it was writing is cleaned
    up (a download's temporary file, the token file's lock) before it exits 143, as killed by SIGTERM would."""


def _terminate(signum: int, frame: object) -> None:
    raise Terminated


class CliError(Exception):
    """A reason to stop, printed as one line, with its exit code."""

    def __init__(self, message: str, exit_code: int = EXIT_REFUSED) -> None:
        super().__init__(message)
        self.exit_code = exit_code


# -- arguments ---------------------------------------------------------------------------------------------------
def parse_when(text: str, *, now: datetime | None = None) -> datetime:
    """An aware datetime from an ISO date/date-time (local time when naive) or an age such as `24h` or `7d`."""
    now = now or datetime.now(UTC)
    age = _AGE.match(text)
    if age:
        return now - timedelta(**{_AGE_UNITS[age.group(2).lower()]: float(age.group(1))})
    try:
        when = datetime.fromisoformat(text.strip())
    except ValueError:
        try:
            when = datetime.combine(date.fromisoformat(text.strip()), datetime.min.time())
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"{text!r} is neither an ISO date/time (2026-01-05, 2026-01-05T07:30) nor an age (24h, 7d)"
            ) from None
    return when if when.tzinfo is not None else when.astimezone()


def _base_url(text: str) -> str:
    try:
        url = httpx.URL(text.strip())
    except httpx.InvalidURL:
        url = httpx.URL()
    if url.scheme not in ("http", "https") or not url.host:
        raise argparse.ArgumentTypeError(f"{text!r} is not an http:// or https:// URL, e.g. http://127.0.0.1:8080")
    return text.strip()


def _positive_seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if value <= 0:
        raise argparse.ArgumentTypeError("must be more than 0 seconds")
    return value


def _add_common(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """The global options, accepted before the command and after it (`blink clips list --since 7d --json`).

    A command's copies default to SUPPRESS, so they only override the top-level values when given."""

    def option(*names: str, default: Any, help_text: str, **kwargs: Any) -> None:
        if top:
            parser.add_argument(*names, default=default, help=help_text, **kwargs)
        else:
            parser.add_argument(*names, default=argparse.SUPPRESS, help=argparse.SUPPRESS, **kwargs)

    option(
        "--base-url",
        metavar="URL",
        type=_base_url,
        default=None,
        help_text="send every request to this server, e.g. the mock at http://127.0.0.1:8080 (default: Blink's hosts)",
    )
    option(
        "--token-file",
        metavar="PATH",
        type=Path,
        default=None,
        help_text=f"where the sessions are kept (default: {token_store.default_path()})",
    )
    option("--json", action="store_true", default=False, help_text="print one machine-readable JSON document on stdout")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog=PROG, description=DESCRIPTION, epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    _add_common(parser, top=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def command(name: str, help_text: str, parent: Any = commands) -> argparse.ArgumentParser:
        sub: argparse.ArgumentParser = parent.add_parser(name, help=help_text, description=help_text)
        _add_common(sub, top=False)
        return sub

    command("login", "sign in (OAuth + 2FA) and save the session to the token file")
    command("status", "networks with their armed state, cameras with enabled/battery")
    for verb in ("arm", "disarm"):
        sub = command(verb, f"{verb} a network (by name or id)")
        sub.add_argument("network", metavar="NETWORK", help="network name or id, e.g. Home")
        sub.add_argument("--wait", action="store_true", help="wait for the command, then print the armed state")
        sub.add_argument("--timeout", type=_positive_seconds, default=60.0, help="seconds to wait (default: 60)")
    command("cameras", "every camera, Mini and doorbell")
    snap = command("snap", "take a new thumbnail with a camera and wait for it")
    snap.add_argument("camera", metavar="CAMERA", help="camera name or id, e.g. 'Front Door'")
    snap.add_argument("--timeout", type=_positive_seconds, default=60.0, help="seconds to wait (default: 60)")

    clips = command("clips", "list or download cloud clips")
    clip_commands = clips.add_subparsers(dest="clips_command", metavar="ACTION", required=True)
    since_help = "clips since WHEN: an ISO date/time or an age such as 24h or 7d"
    clips_list = command("list", "list the clips since WHEN", clip_commands)
    clips_list.add_argument("--since", type=parse_when, required=True, metavar="WHEN", help=since_help)
    download = command("download", "download the clips since WHEN into DIR (skips files already there)", clip_commands)
    download.add_argument("--since", type=parse_when, required=True, metavar="WHEN", help=since_help)
    download.add_argument("--thumbnails", action="store_true", help="download their thumbnails too")
    download.add_argument(
        "--no-progress",
        action="store_true",
        help="no progress bar (there is one on stderr only when stdout and stderr are both a terminal)",
    )
    download.add_argument("dir", metavar="DIR", type=Path, help="folder to download into (created if missing)")
    return parser


# -- credentials and session -------------------------------------------------------------------------------------
@dataclass
class Credentials:
    email: str
    password: str


def _interactive() -> bool:
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def _prompt(label: str) -> str:
    sys.stderr.write(label)
    sys.stderr.flush()
    return input().strip()


def credentials() -> Credentials | None:
    """From BLINK_EMAIL / BLINK_PASSWORD, else prompts when stdin is a terminal, else None."""
    email = os.environ.get("BLINK_EMAIL", "").strip()
    password = os.environ.get("BLINK_PASSWORD", "")
    if email and password:
        return Credentials(email, password)
    if not _interactive():
        return None
    email = email or _prompt("Blink e-mail: ")
    password = password or getpass.getpass("Blink password: ")
    return Credentials(email, password) if email and password else None


def two_factor_code() -> str:
    """The 2FA callback: BLINK_2FA_CODE, else a prompt on a terminal, else TwoFactorRequired."""
    code = os.environ.get("BLINK_2FA_CODE", "").strip()
    if code:
        return code
    if _interactive():
        code = _prompt("Blink 2FA code (sent by e-mail or SMS): ")
        if code:
            return code
    raise TwoFactorRequired("Blink asks for a 2FA code: set BLINK_2FA_CODE or run blink login in a terminal")


class Secrets:
    """Strings that must never reach the output, even inside a server's message."""

    def __init__(self) -> None:
        self.values: set[str] = set()

    def add(self, value: str | None) -> None:
        if value and len(value) >= 4:
            self.values.add(value)

    def redact(self, text: str) -> str:
        for value in sorted(self.values, key=len, reverse=True):
            text = text.replace(value, "***")
        return text


def login_command(args: argparse.Namespace) -> str:
    """The `blink ... login` that signs in to the server and token file of these arguments."""
    words = [PROG]
    if args.base_url:
        words += ["--base-url", args.base_url]
    if Path(args.token_file) != token_store.default_path():
        words += ["--token-file", str(args.token_file)]
    return shlex.join([*words, "login"])


def no_session(session: BlinkSession, args: argparse.Namespace, refused: bool) -> CliError:
    """Why a command cannot go on without signing in, and how to: the server is named, since the token file keeps
    a session per server and one of another server is no session here."""
    server = "Blink" if session.server == token_store.BLINK else session.server
    if refused:
        reason = f"the session for {server} in {args.token_file} has expired (its refresh token was refused)"
    else:
        reason = f"no session for {server} in {args.token_file}"
    return CliError(f"{reason}; log in with: {login_command(args)}", EXIT_AUTH)


def sign_in(session: BlinkSession, secrets: Secrets, *, instead_of: CliError | None = None) -> None:
    """Sign in with the credentials at hand. None at hand: `instead_of` (a command that wanted the kept session),
    or a reason naming what is missing (`blink login`)."""
    found = credentials()
    if found is None:
        if instead_of is not None:
            raise instead_of
        raise CliError(
            "no credentials: set BLINK_EMAIL and BLINK_PASSWORD (and BLINK_2FA_CODE), or run in a terminal", EXIT_AUTH
        )
    secrets.add(found.password)
    try:
        session.login(found.email, found.password, two_factor=two_factor_code)
    except Unauthorized as error:  # wrong password or 2FA code: not a token to renew with `blink login`
        raise CliError(f"login refused (401){_blink_said(error)}", EXIT_AUTH) from None


def open_session(args: argparse.Namespace, secrets: Secrets) -> BlinkSession:
    if args.token_file is None:
        args.token_file = token_store.default_path()  # looked up now: XDG_CONFIG_HOME as it is for this run
    try:
        session = BlinkSession(base_url=args.base_url, token_file=args.token_file)
    except (OSError, ValueError) as error:  # unreadable, or not the JSON object it should be
        raise CliError(f"cannot use the token file {args.token_file}: {error}", EXIT_AUTH) from None
    secrets.add(session.stored.refresh_token)
    # `login` always signs in afresh; every other command resumes the kept session (of this server) when the server
    # still takes it.
    if args.command == "login":
        sign_in(session, secrets)
    else:
        kept = session.stored.refresh_token is not None
        if not session.resume():
            sign_in(session, secrets, instead_of=no_session(session, args, refused=kept))
    secrets.add(session.stored.refresh_token)
    return session


# -- output ------------------------------------------------------------------------------------------------------
def _value(value: Any) -> Any:
    """A generated model's field for JSON: Unset becomes None, datetimes become ISO strings."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, datetime):
        return value.isoformat()
    return None  # Unset, or a shape not promised in the output


def network_json(network: Any) -> dict[str, Any]:
    return {"id": network.id, "name": network.name, "armed": _value(network.armed)}


def camera_json(camera: Any, kind: str) -> dict[str, Any]:
    return {
        "id": camera.id,
        "name": camera.name,
        "network_id": camera.network_id,
        "kind": kind,
        "enabled": _value(camera.enabled),
        "battery": _value(camera.battery),
        "status": _value(camera.status),
    }


def command_json(result: CommandResult) -> dict[str, Any]:
    status = result.status
    return {
        "network_id": result.network_id,
        "id": result.command_id,
        "complete": None if status is None else _value(status.complete),
        "status_code": None if status is None else _value(status.status_code),
        "status_msg": None if status is None else _value(status.status_msg),
    }


def clip_json(clip: Any) -> dict[str, Any]:
    return {
        "id": clip.id,
        "created_at": _value(clip.created_at),
        "camera": _value(clip.device_name),
        "camera_id": _value(clip.device_id),
        "network": _value(clip.network_name),
        "network_id": _value(clip.network_id),
        "type": _value(clip.type_),
        "source": _value(clip.source),
        "watched": _value(clip.watched),
        "media": clip.media,
        "thumbnail": _value(clip.thumbnail),
    }


def armed_word(armed: Any) -> str:
    return "armed" if armed is True else "disarmed" if armed is False else "armed state unknown"


def enabled_word(enabled: Any) -> str:
    return "motion on" if enabled is True else "motion off" if enabled is False else "motion ?"


def cameras_of(homescreen: Any) -> list[dict[str, Any]]:
    """Every camera-like device of the homescreen, in the order cameras, Minis (owls), doorbells."""
    found: list[dict[str, Any]] = []
    for attribute, kind in (("cameras", "camera"), ("owls", "owl"), ("doorbells", "doorbell")):
        devices = getattr(homescreen, attribute, None)
        if isinstance(devices, list):
            found.extend(camera_json(device, kind) for device in devices)
    return found


def camera_lines(cameras: Iterable[dict[str, Any]], indent: str = "") -> list[str]:
    lines = []
    for camera in cameras:
        details = [camera["kind"], enabled_word(camera["enabled"])]
        if camera["battery"] is not None:
            details.append(f"battery {camera['battery']}")
        if camera["status"] is not None:
            details.append(f"status {camera['status']}")
        lines.append(f"{indent}{camera['name']} ({camera['id']}): {', '.join(details)}")
    return lines


def command_line(command: dict[str, Any]) -> str:
    if command["complete"] is None:
        return f"command {command['id']} sent (not waited for)"
    text = f"command {command['id']} complete" if command["complete"] else f"command {command['id']} not complete"
    if command["status_code"] is not None:
        text += f" (status {command['status_code']}"
        text += f": {command['status_msg']})" if command["status_msg"] else ")"
    return text


# -- matching names ----------------------------------------------------------------------------------------------
def pick(items: Sequence[dict[str, Any]], wanted: str, what: str) -> dict[str, Any]:
    """The item whose name is `wanted` (exactly, else ignoring case) or whose id it is."""
    for matches in (
        [item for item in items if item["name"] == wanted],
        [item for item in items if str(item["name"]).casefold() == wanted.strip().casefold()],
        [item for item in items if str(item["id"]) == wanted.strip()],
    ):
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            ids = ", ".join(str(item["id"]) for item in matches)
            raise CliError(f"{len(matches)} {what}s are named {wanted!r} (ids {ids}); give the id instead")
    known = ", ".join(repr(item["name"]) for item in items) or "none"
    raise CliError(f"no {what} named {wanted!r} on this account (there are: {known})")


# -- commands ----------------------------------------------------------------------------------------------------
Output = dict[str, Any]


def do_login(session: BlinkSession, args: argparse.Namespace) -> tuple[Output, list[str]]:
    data = {"account_id": session.account_id, "tier": session.tier, "token_file": str(args.token_file)}
    return data, [f"Logged in: account {session.account_id}, tier {session.tier}; session saved to {args.token_file}"]


def do_status(session: BlinkSession, args: argparse.Namespace) -> tuple[Output, list[str]]:
    homescreen = session.homescreen()
    networks = [network_json(network) for network in homescreen.networks]
    cameras = cameras_of(homescreen)
    lines: list[str] = []
    for network in networks:
        lines.append(f"{network['name']} ({network['id']}): {armed_word(network['armed'])}")
        lines.extend(camera_lines([c for c in cameras if c["network_id"] == network["id"]], indent="  "))
    network_ids = {network["id"] for network in networks}
    lines.extend(camera_lines([c for c in cameras if c["network_id"] not in network_ids]))
    return {"account_id": session.account_id, "networks": networks, "cameras": cameras}, lines


def do_arm(session: BlinkSession, args: argparse.Namespace) -> tuple[Output, list[str]]:
    networks = [network_json(network) for network in session.networks()]
    target = pick(networks, args.network, "network")
    action = session.arm if args.command == "arm" else session.disarm
    result = action(target["id"], wait=args.wait, timeout=args.timeout)
    command = command_json(result)
    if not args.wait:
        line = f"{target['name']} ({target['id']}): {args.command} {command_line(command)}"
        return {"network": {**target, "armed": None}, "command": command}, [line]
    # The final state as Blink now reports it, not what the command asked for.
    final = network_json(session.network(target["id"]))
    return {"network": final, "command": command}, [f"{final['name']} ({final['id']}): {armed_word(final['armed'])}"]


def do_cameras(session: BlinkSession, args: argparse.Namespace) -> tuple[Output, list[str]]:
    cameras = cameras_of(session.homescreen())
    return {"cameras": cameras}, camera_lines(cameras) or ["no cameras"]


def do_snap(session: BlinkSession, args: argparse.Namespace) -> tuple[Output, list[str]]:
    camera = pick(cameras_of(session.homescreen()), args.camera, "camera")
    result = session.snap(camera["id"], wait=True, timeout=args.timeout)
    command = command_json(result)
    line = f"{camera['name']} ({camera['id']}): thumbnail {command_line(command)}"
    return {"camera": camera, "command": command}, [line]


def do_clips_list(session: BlinkSession, args: argparse.Namespace) -> tuple[Output, list[str]]:
    clips = [clip_json(clip) for clip in session.clips_since(args.since)]
    lines = [
        f"{clip['created_at']}  {clip['camera'] or '?'} ({clip['network'] or '?'})  id {clip['id']}  {clip['media']}"
        for clip in clips
    ]
    return {"since": args.since.isoformat(), "clips": clips}, lines or [f"no clips since {args.since.isoformat()}"]


def do_clips_download(session: BlinkSession, args: argparse.Namespace) -> tuple[Output, list[str]]:
    folder: Path = args.dir
    if folder.exists() and not folder.is_dir():
        raise CliError(f"{folder} is not a folder", EXIT_USAGE)
    folder.mkdir(parents=True, exist_ok=True)
    # A bar only for a person watching: not in a log, a pipe or a cron mail, where each redraw would be a line.
    watched = _is_tty(sys.stderr) and _is_tty(sys.stdout)
    bar = DownloadBar(sys.stderr) if watched and not args.no_progress else None
    handled: list[str] = []  # every file of the clips, written now or already there (progress sees both)

    def progress(done: int, total: int, name: str) -> None:
        handled.append(name)
        if bar is not None:
            bar.file_done(done, total, name)

    try:
        paths = session.download_clips(
            args.since,
            folder,
            thumbnails=args.thumbnails,
            progress=progress,
            received=bar.received if bar is not None else None,
        )
    finally:
        if bar is not None:
            bar.finish()
    downloaded = [str(path) for path in paths]
    written = {Path(path).name for path in paths}
    skipped = [str(folder / name) for name in handled if name not in written]
    data = {"since": args.since.isoformat(), "folder": str(folder), "downloaded": downloaded, "skipped": skipped}
    lines = [f"downloaded {path}" for path in downloaded]
    lines.append(f"{len(downloaded)} downloaded, {len(skipped)} already present, in {folder}")
    return data, lines


HANDLERS: dict[str, Callable[[BlinkSession, argparse.Namespace], tuple[Output, list[str]]]] = {
    "login": do_login,
    "status": do_status,
    "arm": do_arm,
    "disarm": do_arm,
    "cameras": do_cameras,
    "snap": do_snap,
    "clips list": do_clips_list,
    "clips download": do_clips_download,
}


# -- errors ------------------------------------------------------------------------------------------------------
def _is_tty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _blink_said(error: BlinkHTTPError) -> str:
    message = getattr(error, "message", None)
    return f": {message}" if message else ""


def describe(error: BaseException) -> tuple[str, int]:
    """One line (without the `blink: ` prefix) and the exit code for an error."""
    if isinstance(error, CliError):
        return str(error), error.exit_code
    if isinstance(error, UnreadableAnswer):
        where = f"{error.status}: " if error.status is not None else ""
        return (
            f"Blink's answer did not match the spec ({where}{error.reason}); run blink-contract to see what drifted",
            EXIT_UNREADABLE,
        )
    if isinstance(error, TokenFileBusy):
        return str(error), EXIT_AUTH
    if isinstance(error, LockedOut):
        remaining = getattr(error, "time_remaining", None)
        when = f"try again in {remaining} s" if remaining is not None else "try again later"
        return f"locked out by Blink; {when}", EXIT_LOCKED
    if isinstance(error, BlockedClient):
        return f"Blink blocked this client (406){_blink_said(error)}", EXIT_LOCKED
    if isinstance(error, AppUpdateRequired):
        return f"Blink requires an app update (426){_blink_said(error)}", EXIT_LOCKED
    if isinstance(error, Unauthorized):
        return f"unauthorized (401){_blink_said(error)}; run blink login", EXIT_AUTH
    if isinstance(error, TwoFactorRequired):
        return f"2FA code needed: {error}", EXIT_AUTH
    if isinstance(error, LoginFailed):
        return f"login failed: {error}", EXIT_AUTH
    if isinstance(error, ServerError):
        return f"Blink server error ({error.status}){_blink_said(error)}", EXIT_NETWORK
    if isinstance(error, NotFound):
        return f"not found (404){_blink_said(error)}", EXIT_REFUSED
    if isinstance(error, BlinkHTTPError):
        return f"Blink refused the request ({error.status}){_blink_said(error)}", EXIT_REFUSED
    if isinstance(error, CommandFailed):
        code = getattr(error, "status_code", None)
        message = getattr(error, "message", None) or str(error)
        return f"command failed (Blink status {code}): {message}", EXIT_REFUSED
    if isinstance(error, CommandTimeout):
        return f"command timed out: {error}", EXIT_REFUSED
    if isinstance(error, BlinkError):
        return f"{type(error).__name__}: {error}", EXIT_REFUSED
    if isinstance(error, httpx.TimeoutException):
        return f"network error: timed out ({type(error).__name__})", EXIT_NETWORK
    if isinstance(error, httpx.TransportError):
        return f"network error: {type(error).__name__}: {error}", EXIT_NETWORK
    if isinstance(error, OSError):
        return f"{type(error).__name__}: {error}", EXIT_REFUSED
    return f"unexpected error: {type(error).__name__}: {error}", EXIT_REFUSED


def fail(message: str, exit_code: int, secrets: Secrets) -> int:
    line = " ".join(secrets.redact(message).split())  # one line, whatever the message held
    print(f"{PROG}: {line}", file=sys.stderr)
    return exit_code


# -- entry point -------------------------------------------------------------------------------------------------
def main(argv: Sequence[str] | None = None) -> int:
    """Run `blink` with `argv` (default: sys.argv[1:]); returns the exit code (the console script exits with it)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # --help or --version (0), or a usage error (2, its one line already printed)
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    if isinstance(sys.stdout, io.TextIOWrapper):  # a camera name the terminal's encoding lacks is no crash
        sys.stdout.reconfigure(errors="backslashreplace")
    if threading.current_thread() is not threading.main_thread():  # signal handlers can only be set there
        return run(args)
    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        return run(args)
    except Terminated:  # while the output was printed
        return fail("terminated", EXIT_TERMINATED, Secrets())
    finally:
        signal.signal(signal.SIGTERM, previous)  # main() called in a longer-lived process leaves it as it was


def run(args: argparse.Namespace) -> int:
    """Run the parsed command: its output on stdout, or one line on stderr; the exit code."""
    name = args.command if args.command != "clips" else f"clips {args.clips_command}"
    secrets = Secrets()
    secrets.add(os.environ.get("BLINK_PASSWORD"))
    try:
        session = open_session(args, secrets)
        try:
            data, lines = HANDLERS[name](session, args)
        finally:
            close = getattr(session, "close", None)
            if callable(close):
                close()
    except KeyboardInterrupt:
        return fail("interrupted", EXIT_INTERRUPTED, secrets)
    except Terminated:
        return fail("terminated", EXIT_TERMINATED, secrets)
    except Exception as error:
        if os.environ.get("BLINK_DEBUG"):
            raise
        message, code = describe(error)
        return fail(message, code, secrets)
    try:
        if args.json:
            print(json.dumps(data, indent=2))
        else:
            for line in lines:
                print(secrets.redact(line))
        sys.stdout.flush()
    except BrokenPipeError:  # `blink status | head -1`
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
