"""blinkpy 0.14.3 (Blink of 2019: `/api/v2/login`, no second factor, `TOKEN_AUTH`), unmodified, through the steps.

Run with that release's Python: `python -m eras.drive_blinkpy_0_14` (see driving.py for the environment).
`start()` logs in (again) and sets up; its first part, `get_auth_token()`, is the login step on its own.
"""

from __future__ import annotations

import sys

from blinkpy.blinkpy import Blink  # type: ignore[import-untyped]
from eras import blinkpy_sync, via_requests
from eras.driving import EMAIL, MOCK_CA, PASSWORD, Report, check


def main() -> int:
    report = Report("blinkpy")
    via_requests.redirect(report)
    blink = Blink(username=EMAIL, password=PASSWORD, refresh_rate=0)
    blink.session.verify = MOCK_CA

    def login() -> str:
        # /api/v2/login, then /login, then rest-piri's /login, until one answers 200 with a token.
        check(blink.get_auth_token(), "get_auth_token() returned False: no login URL gave a token")
        return f"token for region {blink.region_id}, networks {sorted(blink.networks)}"

    def start() -> str:
        blink.start()
        return blinkpy_sync.set_up(blink)

    report.step("login", login)
    report.step("start", start)
    blinkpy_sync.run_steps(report, blink)
    return report.finish()


if __name__ == "__main__":
    sys.exit(main())
