"""blinkpy 0.16.4 (Blink of 2020: `/api/v4/account/login`, an e-mailed PIN, `TOKEN_AUTH`), unmodified, through the
steps.

Run with that release's Python: `python -m eras.drive_blinkpy_0_16` (see driving.py for the environment).
With `no_prompt`, `start()` stops after the login when Blink asks for a PIN; `send_auth_key` verifies it and
`setup_post_verify` sets the system up, as the release's README says.
"""

from __future__ import annotations

import sys

from blinkpy.auth import Auth  # type: ignore[import-untyped]
from blinkpy.blinkpy import Blink  # type: ignore[import-untyped]
from eras import blinkpy_sync, via_requests
from eras.driving import CODE, EMAIL, MOCK_CA, PASSWORD, Report, check


def main() -> int:
    report = Report("blinkpy")
    via_requests.redirect(report)
    blink = Blink(refresh_rate=0)
    blink.auth = Auth({"username": EMAIL, "password": PASSWORD}, no_prompt=True)
    blink.auth.session.verify = MOCK_CA

    def login() -> str:
        check(blink.start(), "start() returned False: the login failed")
        # Blink of the time e-mailed a PIN to every new client (Auth() makes a new unique_id).
        check(blink.key_required, "start() logged in, but Blink asked for no PIN (key_required False)")
        check(blink.auth.send_auth_key(blink, CODE), "send_auth_key() returned False: the PIN was not verified")
        return f"token for account {blink.account_id}, client {blink.client_id}, PIN verified"

    def start() -> str:
        check(blink.setup_post_verify(), "setup_post_verify() returned False")
        return blinkpy_sync.set_up(blink)

    report.step("login", login)
    report.step("start", start)
    blinkpy_sync.run_steps(report, blink)
    return report.finish()


if __name__ == "__main__":
    sys.exit(main())
