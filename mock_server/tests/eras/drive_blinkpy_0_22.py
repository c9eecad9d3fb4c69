"""blinkpy 0.22.7 (Blink of 2021 to 2025-10: `/api/v5/account/login`, a PIN for a new client, `TOKEN_AUTH` with
`APP-BUILD`), unmodified, through the steps.

Run with that release's Python: `python -m eras.drive_blinkpy_0_22` (see driving.py for the environment).
With `no_prompt`, `start()` stops after the login when Blink asks for a PIN; `send_auth_key` verifies it and
`setup_post_verify` sets the system up.
"""

from __future__ import annotations

import asyncio
import sys

# blinkpy 0.22.7 calls aiofiles.ospath without importing it, and no aiofiles release imports it by itself
# (AttributeError on the first clip download; fixed in blinkpy 0.24). Its users' programs had imported it.
import aiofiles.os  # type: ignore[import-untyped]  # noqa: F401
from blinkpy.auth import Auth  # type: ignore[import-untyped]
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
            check(await blink.start(), "start() returned False: the login failed")
            # Blink asked every unique_id it had not verified for a PIN (Auth() makes a new one), whatever `reauth`.
            check(blink.key_required, "start() logged in, but Blink asked for no PIN (key_required False)")
            check(await blink.auth.send_auth_key(blink, CODE), "send_auth_key() returned False: PIN not verified")
            return f"token for account {blink.account_id}, client {blink.client_id}, PIN verified"

        async def start() -> str:
            check(await blink.setup_post_verify(), "setup_post_verify() returned False")
            return blinkpy_async.set_up(blink)

        await report.astep("login", login)
        await report.astep("start", start)
        await blinkpy_async.run_steps(report, blink)
    return report.finish()


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
