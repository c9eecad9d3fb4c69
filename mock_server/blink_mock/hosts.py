"""Which `Host` (and, on the admin API, which `Origin`) a served mock answers: a guard against web pages.

A page in the developer's browser can reach a mock on 127.0.0.1 in two ways. It can POST to it cross-site
without a CORS preflight (a bodiless `POST /__mock__/reset`, a form), and its browser then names the page in
`Origin`. And through DNS rebinding: the page's own name is made to resolve to 127.0.0.1, after which the
browser treats the mock as the page's origin and lets the page read every answer, `GET /__mock__/state`
included; the `Host` header still carries the page's name. So a served mock answers only names that cannot be
rebound that way:

- `localhost` and any IP address literal (`127.0.0.1`, `[::1]`, `192.168.1.20`): an address cannot be made to
  resolve to another one;
- the names its operator allowed (`blink-mock --allowed-host NAME`);
- for Blink's own paths, Blink's hosts (`*.immedia-semi.com`, `*.blink.com`): clients are pointed at the mock
  while they still send those names, and nobody but Blink decides what they resolve to.

The admin API (`/__mock__/`) answers the first two only, and refuses an `Origin` that is not one of them. The
in-process app (`create_app()` without `allowed_hosts`) checks nothing: nothing outside the process reaches it.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from urllib.parse import urlsplit

from blink_mock.errors import MockLimit

BLINK_DOMAINS = ("immedia-semi.com", "blink.com")
LOOPBACK_NAMES = frozenset({"localhost"})


def host_name(value: str) -> str | None:
    """The name or address of a `Host` value, lower case, without port, brackets or a final dot; None when it
    is not one."""
    value = value.strip().lower()
    if value.startswith("["):  # [::1]:8080
        address, bracket, rest = value[1:].partition("]")
        if not bracket or (rest and not (rest.startswith(":") and rest[1:].isdigit())):
            return None
        return address if _is_address(address) else None
    name, colon, port = value.partition(":")
    if colon and not port.isdigit():
        return None
    name = name.removesuffix(".")
    if not name or not all(part and all(c.isalnum() or c in "-_" for c in part) for part in name.split(".")):
        return None
    return name


def _is_address(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


def is_loopback(bind: str) -> bool:
    """Whether an address `blink-mock` binds is reachable from this machine only."""
    address = bind.strip().removeprefix("[").removesuffix("]").lower()
    if address in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return False


class HostPolicy:
    """The hosts a served mock answers: localhost, addresses, `allowed`, and Blink's hosts on Blink's paths."""

    LOCAL, BLINKS, FOREIGN = 0, 1, 2
    MAX_REMEMBERED = 1024

    def __init__(self, allowed: Iterable[str]) -> None:
        self.allowed = frozenset(name for name in map(host_name, allowed) if name is not None)
        # What each raw Host value was found to be: clients send the same few values on every request.
        self._kinds: dict[bytes, int] = {}

    def refusal(self, headers: Iterable[tuple[bytes, bytes]], admin: bool) -> MockLimit | None:
        """The refusal of a request with these (raw ASGI) headers, or None: 421 for a host this mock does not
        serve, 403 for a page's request to the admin API. A request without `Host` (HTTP/1.0) passes: every
        browser sends one."""
        host = origin = None
        for header, value in headers:
            if header == b"host" and host is None:
                host = value
            elif header == b"origin" and origin is None:
                origin = value
        if host is not None:
            kind = self._kinds.get(host)
            if kind is None:
                kind = self._kind(host.decode("latin-1"))
                if len(self._kinds) >= self.MAX_REMEMBERED:
                    self._kinds.clear()
                self._kinds[host] = kind
            if kind == self.FOREIGN or (admin and kind == self.BLINKS):
                shown = host.decode("latin-1")
                shown = shown if len(shown) <= 80 else shown[:77] + "..."
                return MockLimit(
                    421,
                    f"Host {shown!r} is not served here: use localhost or an address, "
                    "or start blink-mock with --allowed-host NAME",
                )
        if admin and origin is not None:
            text = origin.decode("latin-1")
            name = host_name(urlsplit(text).netloc) if "://" in text else None
            if name is None or not self._local(name):
                return MockLimit(403, "The admin API refuses requests from web pages")
        return None

    def _kind(self, host: str) -> int:
        name = host_name(host)
        if name is None:
            return self.FOREIGN
        if self._local(name):
            return self.LOCAL
        return self.BLINKS if _is_blinks(name) else self.FOREIGN

    def _local(self, name: str) -> bool:
        return name in LOOPBACK_NAMES or name in self.allowed or _is_address(name)


def _is_blinks(name: str) -> bool:
    return any(name == domain or name.endswith("." + domain) for domain in BLINK_DOMAINS)
