"""Constants and helpers shared by the mock's tests (importable because pytest's pythonpath lists this folder)."""

from __future__ import annotations

REST = "https://rest-u011.immedia-semi.com"
OAUTH = "https://api.oauth.blink.com"
DEMO = 22001  # demo@example.com / demo-password, 2FA code 123456
OTHER = 22002  # other@example.com / other-password, no 2FA
DEMO_NETWORK = 31001
OTHER_NETWORK = 31002


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}
