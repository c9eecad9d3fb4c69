"""Blink's hosts sent to the mock for the requests-based blinkpy releases (0.14.x, 0.16.x), from outside the client.

Their URLs are hard-coded `https://rest-<region>.immedia-semi.com` (0.14.3 even imports the login URLs by value),
so the redirect sits under requests: urllib3 opens every connection through
`urllib3.util.connection.create_connection`, looked up on the module at each call (urllib3 1.25 and 2.x alike),
and the wrapper connects Blink's hosts to the mock's port. TLS still checks the certificate against the real host
name, with the test CA that the driver gives the client's session as `verify` (`REQUESTS_CA_BUNDLE` would not
work: these releases prepare requests themselves and call `Session.send`, which never reads the environment).

Every request is also recorded for the report, at requests' transport adapter: method, URL, status and, unless the
client streams the answer (its clips and thumbnails), the body.
"""

from __future__ import annotations

from typing import Any

import requests.adapters
import urllib3.util.connection
from eras.driving import MOCK_PORT, Report, is_blink_host


def redirect(report: Report) -> None:
    connect = urllib3.util.connection.create_connection

    def to_the_mock(address: tuple[str, int], *args: Any, **kwargs: Any) -> Any:
        host, _ = address
        if not is_blink_host(host):
            raise OSError(f"the era driver connects only Blink's hosts (to the mock), not {host}")
        return connect(("127.0.0.1", MOCK_PORT), *args, **kwargs)

    urllib3.util.connection.create_connection = to_the_mock

    send = requests.adapters.HTTPAdapter.send

    def recorded(self: requests.adapters.HTTPAdapter, request: Any, **kwargs: Any) -> Any:
        try:
            response = send(self, request, **kwargs)
        except Exception as error:
            report.exchange(str(request.method), str(request.url), None, f"{type(error).__name__}: {error}")
            raise
        kind = response.headers.get("Content-Type", "")
        body = response.text if not kwargs.get("stream") and ("json" in kind or "text" in kind) else None
        report.exchange(str(request.method), str(request.url), response.status_code, body)
        return response

    requests.adapters.HTTPAdapter.send = recorded  # type: ignore[method-assign,assignment]
