"""blinkpy 0.24 and 0.25 (Blink's OAuth logins: the password grant of 2025-10, then OAuth v2 with PKCE; a code by
SMS), unmodified, through the steps.

Run with that release's Python: `python -m eras.drive_blinkpy_oauth` (see driving.py for the environment).
`start()` raises `BlinkTwoFARequiredError` when Blink asks for the code; `send_2fa_code` sends it, finishes the
login and sets the system up (0.24 returns None there, 0.25 True: `available` says whether it worked).
"""

from __future__ import annotations

import asyncio
import sys

from blinkpy.auth import Auth, BlinkTwoFARequiredError  # type: ignore[import-untyped]
from blinkpy.blinkpy import Blink  # type: ignore[import-untyped]
from eras import blinkpy_async, via_aiohttp
from eras.driving import CODE, EMAIL, PASSWORD, Report, check


async def main() -> int:
    report = Report("blinkpy")
    blinkpy_async.without_waiting()
    async with via_aiohttp.session(report) as session:
        blink = Blink(session=session, refresh_rate=0)
        blink.auth = Auth({"username": EMAIL, "password": PASSWORD}, no_prompt=True, session=session)

        async def login() -> str:
            try:
                started = await blink.start()
            except BlinkTwoFARequiredError:
                await blink.send_2fa_code(CODE)
            else:
                check(started, "start() returned False: the login failed")
                raise AssertionError("start() logged in without asking for the code Blink sends by SMS")
            check(blink.auth.token, "send_2fa_code() left blinkpy without a token")
            return f"token for account {blink.account_id} after the 2FA code"

        async def start() -> str:
            # send_2fa_code ran the whole start-up once the login was done.
            return blinkpy_async.set_up(blink)

        await report.astep("login", login)
        await report.astep("start", start)
        await blinkpy_async.run_steps(report, blink)
    return report.finish()


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
