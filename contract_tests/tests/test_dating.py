"""Which era of Blink traffic fits (`blink_contract.dating`): recordings of several eras, the clues each exchange
gives, ties and silence, and the command line's era line, which never changes the exit code."""

from __future__ import annotations

import json
import re
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from blink_contract import cli
from blink_contract.dating import NOT_READ, READ, Dating, Span, as_of, date_traffic, read_clue, segments
from blink_contract.drift import Exchange
from blink_contract.recording import read_recording
from blink_contract.redact import Redactor
from blink_contract.report import write_reports
from blink_spec import behaviours, named_eras, router, windows

REST = "https://rest-prod.immedia-semi.com"
OAUTH = "https://api.oauth.blink.com"
RETIRED = {"message": "An app update is required"}
APP_UA = "27.0ANDROID_28373244"


def record(
    operation_id: str,
    status: int,
    body: Any = None,
    *,
    query: str = "",
    request_headers: dict[str, str] | None = None,
    request_body: str = "",
    content_type: str = "application/json",
) -> dict[str, Any]:
    """One JSON-lines record of a call to `operation_id`; the body defaults to the spec's example for `status`."""
    op = router().by_id(operation_id)
    path = re.sub(r"\{[^}]+\}", "1000123", op.path)
    if body is None and str(status) in op.responses:
        try:
            _, content_type, body = op.example(str(status))
        except (KeyError, LookupError):
            body = None
    host = OAUTH if op.path.startswith("/oauth") else REST
    line: dict[str, Any] = {
        "method": op.method,
        "url": f"{host}{path}{'?' + query if query else ''}",
        "status": status,
        "response_headers": {"Content-Type": content_type},
        "response_body": body if isinstance(body, str) else ("" if body is None else json.dumps(body)),
    }
    if request_headers is not None:
        line["request_headers"] = request_headers
    if request_body:
        line["request_body"] = request_body
    return line


def exchanges(*records: dict[str, Any], tmp_path: Path) -> list[Exchange]:
    """The records as the recording reader reads them from a JSON-lines file."""
    path = tmp_path / "traffic.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in records))
    return read_recording(path)


PASSWORD_GRANT = "grant_type=password&username=me%40example.com&password=hunter22&client_id=android"
FORM = {"Content-Type": "application/x-www-form-urlencoded", "User-Agent": "aiohttp/3.12"}


def november_2025() -> list[dict[str, Any]]:
    # blinkpy 0.24: the password grant answers 412 and texts a code, the same call with `2fa-code` gets tokens.
    return [
        record("oauth_token", 412, "", request_headers=FORM, request_body=PASSWORD_GRANT, content_type="text/plain"),
        record("oauth_token", 200, request_headers={**FORM, "2fa-code": "123456"}, request_body=PASSWORD_GRANT),
        record("get_tier_info", 200),
        record("get_homescreen_v3", 200),
    ]


def pkce_2026() -> list[dict[str, Any]]:
    # blinkpy 0.25.9: authorize, sign-in answered 202 with where the code went, 2FA verify, code exchange.
    return [
        record("oauth_authorize", 200, "<html></html>", query="hardware_id=5D1C3F0E-1B2A", content_type="text/html"),
        record("oauth_signin", 202),
        record("oauth_verify_2fa", 201),
        record("oauth_token", 200, request_headers=FORM, request_body="grant_type=authorization_code&code=abc"),
        record("get_tier_info", 200),
        record("get_homescreen_v3", 200),
    ]


def v5_login(status: int) -> dict[str, Any]:
    body = RETIRED if status == 426 else None
    return record("login_v5", status, body, request_headers={"User-Agent": APP_UA, "Content-Type": "application/json"})


def test_a_november_2025_password_grant_login_is_blink_of_the_password_grant(tmp_path: Path) -> None:
    dating = date_traffic(exchanges(*november_2025(), tmp_path=tmp_path))
    assert dating.verdict == "era" and dating.as_of == "2025-10"
    (best,) = dating.candidates
    assert best.spans == (Span(date(2025, 10, 13), date(2025, 12, 3)),)
    assert [era.login for era in best.eras] == ["oauth_token"]
    assert (len(best.agree), len(dating.clues), best.disagree) == (4, 4, ())
    assert dating.line() == (
        "traffic looks like Blink as of 2025-10 (2025-10-13 to 2025-12-02): 4 of 4 exchanges agree"
    )
    grounds = {clue.operation_id: clue.grounds for clue in dating.clues}
    assert "password_grant" in grounds["oauth_token"] and "device_kinds" in grounds["get_homescreen_v3"]


def test_a_2026_pkce_sign_in_answered_202_is_blink_since_the_202_answers(tmp_path: Path) -> None:
    dating = date_traffic(exchanges(*pkce_2026(), tmp_path=tmp_path))
    assert dating.verdict == "era" and dating.as_of == "today"
    (best,) = dating.candidates
    assert best.spans == (Span(date(2026, 6, 6), None),)
    assert [era.two_factor for era in best.eras] == ["signin_202"]
    # The code exchange and the 2FA verify are dated by their windows; all six fit.
    assert (len(best.agree), len(dating.clues)) == (6, 6)
    assert dating.line().startswith("traffic looks like Blink as of today (since 2026-06-06): 6 of 6 exchanges agree")


def test_a_v5_login_answered_normally_is_before_its_retirement(tmp_path: Path) -> None:
    dating = date_traffic(exchanges(v5_login(200), record("get_homescreen_v3", 200), tmp_path=tmp_path))
    assert dating.verdict == "era" and dating.as_of == "2021-02"
    assert dating.candidates[0].spans == (Span(date(2021, 2, 8), date(2025, 10, 13)),)
    assert [era.login for era in dating.candidates[0].eras] == ["login_v5"]


def test_a_v5_login_answered_426_is_after_its_retirement_which_tells_no_later_era(tmp_path: Path) -> None:
    dating = date_traffic(exchanges(v5_login(426), tmp_path=tmp_path))
    assert dating.verdict == "eras" and dating.as_of is None
    (best,) = dating.candidates
    assert best.spans == (Span(date(2025, 10, 13), None),)
    assert [era.login for era in best.eras] == ["oauth_token", "oauth_authorize", "oauth_authorize"]
    assert dating.line() == (
        "traffic fits Blink since 2025-10-13 (3 eras); nothing in it tells those eras apart: 1 of 1 exchanges agree"
    )
    assert [fit.best for fit in dating.fits] == [0, 0, 0, 0, 0, 1, 1, 1]


def test_the_exchanges_that_disagree_are_counted_and_named(tmp_path: Path) -> None:
    dating = date_traffic(exchanges(*pkce_2026(), v5_login(200), tmp_path=tmp_path))
    assert dating.verdict == "era" and dating.as_of == "today"
    (best,) = dating.candidates
    assert [clue.operation_id for clue in best.disagree] == ["login_v5"]
    assert dating.line().endswith(
        ": 6 of 7 exchanges agree; the 1 that does not: login_v5 answered 200, which fits 2021-02-08 to 2025-10-12"
    )


def test_traffic_that_fits_two_stretches_equally_is_a_tie_and_no_era_is_picked(tmp_path: Path) -> None:
    dating = date_traffic(exchanges(v5_login(200), record("oauth_signin", 202), tmp_path=tmp_path))
    assert dating.verdict == "tie" and dating.as_of is None
    assert [c.spans for c in dating.candidates] == [
        (Span(date(2021, 2, 8), date(2025, 10, 13)),),
        (Span(date(2026, 6, 6), None),),
    ]
    assert dating.line() == (
        "traffic fits Blink 2021-02-08 to 2025-10-12 and since 2026-06-06 equally; nothing in it tells them apart: "
        "1 of 2 exchanges agree"
    )


def test_traffic_with_no_era_evidence_says_so(tmp_path: Path) -> None:
    # Operations served in every era, an outage and a rate limit on dated ones: nothing tells the time.
    silent = [
        record("get_user", 200),
        record("list_account_clients", 200),
        record("login_v5", 503, {"message": "down"}),
        record("oauth_signin", 429, {"message": "slow down"}),
    ]
    dating = date_traffic(exchanges(*silent, tmp_path=tmp_path))
    assert (dating.verdict, dating.clues, dating.candidates, dating.as_of) == ("silent", (), (), None)
    assert dating.line() == "traffic says nothing about Blink's era: none of its 4 exchanges tells when it was recorded"
    assert date_traffic([]).line() == "traffic says nothing about Blink's era: it holds no exchange"


def test_a_single_dated_operation_does_not_pick_one_of_the_eras_it_spans(tmp_path: Path) -> None:
    dating = date_traffic(exchanges(record("get_homescreen_v3", 200), tmp_path=tmp_path))
    assert dating.verdict == "eras" and dating.as_of is None
    assert dating.line().startswith("traffic fits Blink since 2020-04-20 (7 eras); nothing in it tells those eras")


def clue_spans(tmp_path: Path, line: dict[str, Any]) -> tuple[Span, ...] | None:
    (exchange,) = exchanges(line, tmp_path=tmp_path)
    clue = read_clue(0, exchange)
    return None if clue is None else clue.spans


def days(start: tuple[int, int, int] | None, end: tuple[int, int, int] | None) -> tuple[Span]:
    return (Span(None if start is None else date(*start), None if end is None else date(*end)),)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # The password grant refused with 401 unsupported_grant_type: from 2025-12-03.
        (
            record(
                "oauth_token",
                401,
                {"error": "unsupported_grant_type", "error_description": "the grant type is not supported"},
                request_headers=FORM,
                request_body=PASSWORD_GRANT,
            ),
            days((2025, 12, 3), None),
        ),
        # The shared hardware_id literal refused by Cloudflare with a 406, or still let through.
        (
            record("oauth_authorize", 406, "Not Acceptable", query="hardware_id=Blinkpy", content_type="text/plain"),
            days((2026, 7, 18), None),
        ),
        (
            record("oauth_authorize", 200, "<html></html>", query="hardware_id=Blinkpy", content_type="text/html"),
            days((2025, 10, 15), (2026, 7, 18)),
        ),
        # A desktop browser's User-Agent with a TOKEN_AUTH: refused with a plain-text 406 in 2024-2025.
        (
            record(
                "get_homescreen_v3",
                406,
                "406 Not Acceptable",
                request_headers={"User-Agent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_14_1)", "TOKEN_AUTH": "t"},
                content_type="text/plain",
            ),
            days((2024, 1, 6), (2025, 10, 13)),
        ),
        # A library's default User-Agent on the v4 login: served until 2020-08-02, then refused with 426.
        (
            record("login_v4", 200, request_headers={"User-Agent": "python-requests/2.24.0"}),
            days((2020, 6, 5), (2020, 8, 2)),
        ),
        (
            record("login_v4", 426, RETIRED, request_headers={"User-Agent": "python-requests/2.24.0"}),
            days((2020, 8, 2), None),
        ),
        # A TOKEN_AUTH call answered 426 once the legacy tokens were refused.
        (record("get_homescreen_v3", 426, RETIRED, request_headers={"TOKEN_AUTH": "t"}), days((2025, 10, 13), None)),
        # The sign-in's second factor by 412 (both OAuth logins' time), and a retired operation's old answer.
        (record("oauth_signin", 412, ""), days((2025, 10, 15), (2026, 6, 6))),
        (record("list_cameras", 426, RETIRED), days((2019, 2, 28), None)),
        # A path Blink did not serve yet: its 404 page.
        (
            record("start_liveview_v6", 404, "<h1>Not Found</h1>", content_type="text/html"),
            days(None, (2026, 5, 31)),
        ),
        # blinkpy 0.14's `accounts/None` path, served while the token carried the account.
        (
            {
                **record("get_homescreen_v3", 200, request_headers={"TOKEN_AUTH": "t"}),
                "url": f"{REST}/api/v3/accounts/None/homescreen",
            },
            days((2020, 4, 20), (2020, 5, 11)),
        ),
        # blinkpy 0.16's PIN sent as JSON without a Content-Type: refused with 400 from the v5 login on (also
        # once TOKEN_AUTH was refused too: which of two refusals Blink gave first is not recorded, either fits).
        (
            record(
                "verify_client_pin_v4",
                400,
                {"message": "Invalid request parameters", "code": 400},
                request_headers={"User-Agent": "Blinkpy", "TOKEN_AUTH": "t"},
                request_body='{"pin": "123456"}',
            ),
            days((2021, 2, 8), None),
        ),
    ],
    ids=[
        "password-grant-refused",
        "hardware-id-406",
        "hardware-id-accepted",
        "desktop-ua-406",
        "library-ua-served",
        "library-ua-refused",
        "legacy-token-426",
        "signin-412",
        "retired-operation",
        "not-yet-served",
        "path-account-none",
        "untyped-json-body",
    ],
)
def test_each_dated_behaviour_narrows_the_dates(tmp_path: Path, line: dict[str, Any], expected: Any) -> None:
    assert clue_spans(tmp_path, line) == expected


def test_only_a_password_logins_token_is_judged_as_a_legacy_token(tmp_path: Path) -> None:
    # The OAuth access token of the same traffic, sent as TOKEN_AUTH, is no password login's token.
    _, _, tokens = router().by_id("oauth_token").example("200")
    oauth = record("get_regions", 200, request_headers={"TOKEN_AUTH": tokens["access_token"]})
    legacy = record("get_regions", 200, request_headers={"TOKEN-AUTH": "a-v5-login-token"})
    dating = date_traffic(exchanges(*pkce_2026(), oauth, legacy, tmp_path=tmp_path))
    (best,) = dating.candidates
    assert [(clue.index, clue.operation_id) for clue in best.disagree] == [(7, "get_regions")]
    assert dating.clues[-1].spans == days(None, (2025, 10, 13))


def test_an_answer_no_era_explains_says_nothing_about_time_but_is_counted(tmp_path: Path) -> None:
    # A v5 login (2021 on) with requests' agent, refused from 2020-08-02, yet answered 200: no era did that.
    line = record("login_v5", 200, request_headers={"User-Agent": "python-requests/2.31.0"})
    dating = date_traffic(exchanges(line, record("get_user", 200), tmp_path=tmp_path))
    assert (dating.verdict, len(dating.unexplained)) == ("silent", 1)
    assert dating.line() == (
        "traffic says nothing about Blink's era: none of its 2 exchanges tells when it was recorded "
        "(1 fit no era of the spec)"
    )


def test_every_behaviour_of_the_spec_is_read_or_said_to_be_unreadable() -> None:
    assert set(behaviours()) == READ | set(NOT_READ)
    assert not READ & set(NOT_READ)


def test_the_stretches_are_cut_at_every_date_of_the_spec_and_the_named_eras_follow_them() -> None:
    starts = {span.start for span in segments()}
    dated = {day for w in windows() for day in (w.start, w.end) if day}
    dated |= {day for b in behaviours().values() for v in b.variants for day in (v.start, v.end) if day}
    assert starts == {None, *dated}
    assert {era.start for era in named_eras()} <= starts


@pytest.mark.parametrize(
    ("span", "expected"),
    [
        (Span(date(2025, 12, 3), date(2026, 6, 6)), "2025-12"),
        (Span(date(2020, 7, 30), date(2020, 8, 2)), "2020-07"),
        (Span(date(2020, 8, 2), date(2020, 8, 5)), "2020-08-02"),  # no month ends within
        (Span(None, date(2019, 1, 23)), "2018-12"),
        (Span(date(2026, 6, 6), None), "today"),
    ],
)
def test_as_of_names_the_mock_era_that_plays_the_span(span: Span, expected: str) -> None:
    assert as_of(span) == expected


# -- the command line ------------------------------------------------------------------------------------------
def run_cli(tmp_path: Path, records: list[dict[str, Any]], capsys: Any) -> tuple[int, list[str], Path]:
    path = tmp_path / "traffic.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in records))
    report = tmp_path / "report"
    code = cli.main(["validate-recording", str(path), "--report-dir", str(report)])
    return code, capsys.readouterr().out.splitlines(), report


def test_the_command_prints_the_era_line_and_writes_the_era_section(tmp_path: Path, capsys: Any) -> None:
    code, out, report = run_cli(tmp_path, november_2025(), capsys)
    assert code == 0  # an era other than today's is no drift
    assert out[-1] == "traffic looks like Blink as of 2025-10 (2025-10-13 to 2025-12-02): 4 of 4 exchanges agree"
    assert len(out) == 2
    era = json.loads((report / "report.json").read_text())["era"]
    assert (era["verdict"], era["as_of"], era["telling"]) == ("era", "2025-10", 4)
    assert era["best"] == [{"spans": [{"from": "2025-10-13", "to": "2025-12-02"}], "agree": 4, "disagree": []}]
    assert [row["fit"] for row in era["eras"]] == [0, 1, 1, 1, 1, 4, 2, 2]
    markdown = (report / "report.md").read_text()
    assert (
        "## Era" in markdown
        and "| 2025-10-13 to 2025-12-02 | `oauth_token` | `password_grant_412` | 4 (best) |" in (markdown)
    )
    # The request's password, e-mail and 2FA code, and the path's ids, are in no report file.
    for name in ("report.md", "report.json", "junit.xml"):
        text = (report / name).read_text()
        assert not {"hunter22", "example.com", "123456", "1000123"} & {s for s in re.split(r"[\s\"'/|,%]", text)}


def test_the_era_never_changes_the_exit_code(tmp_path: Path, capsys: Any) -> None:
    # Drift (a tier that is no string) stays exit 1, whatever the era says.
    drifted = [*november_2025(), {**record("get_tier_info", 200), "response_body": json.dumps({"tier": 11})}]
    code, out, _ = run_cli(tmp_path, drifted, capsys)
    assert code == 1 and out[-1].startswith("traffic looks like Blink as of 2025-10")
    # A recording that disagrees with itself (two eras at once) without drift stays exit 0.
    code, out, _ = run_cli(tmp_path, [*pkce_2026(), v5_login(200)], capsys)
    assert code == 0 and "the 1 that does not: login_v5 answered 200" in out[-1]
    code, out, _ = run_cli(tmp_path, [record("get_user", 200)], capsys)
    assert code == 0 and out[-1].startswith("traffic says nothing about Blink's era")


def test_the_era_section_is_redacted_like_the_rest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Were a summary to quote a secret or an id, the report would redact it as it redacts every other string.
    sentinel = "sentinel-secret-4242"
    monkeypatch.setattr(Dating, "line", lambda self: f"traffic of {sentinel} at /api/v3/accounts/1000123/homescreen")
    paths = write_reports([], tmp_path, Redactor([sentinel]), title="t", dating=date_traffic([]))
    for path in paths:
        assert sentinel not in path.read_text() and "1000123" not in path.read_text()
    assert "## Era" in paths[0].read_text()
    assert (
        json.loads(paths[1].read_text())["era"]["summary"]
        == "traffic of [REDACTED] at /api/v3/accounts/{id}/homescreen"
    )


def test_the_readme_example_prints_what_the_readme_shows() -> None:
    readme = (Path(__file__).parents[1] / "README.md").read_text()
    section = readme.split("### Which era of Blink the traffic fits", 1)[1].split("\n### ", 1)[0]
    script = section.split("```sh\n", 1)[1].split("```", 1)[0]
    shown = section.split("```text\n", 1)[1].split("```", 1)[0]
    root = Path(__file__).parents[2]
    done = subprocess.run(["bash", "-e", "-c", script], capture_output=True, text=True, timeout=120, cwd=root)
    assert (done.returncode, done.stdout, done.stderr) == (0, shown, "")
