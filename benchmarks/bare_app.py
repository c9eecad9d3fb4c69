"""The benchmark's ceiling: a minimal Starlette app on the same uvicorn as `blink-mock`, answering every GET with
the bytes (and headers) of a homescreen the mock served, captured beforehand.

    python benchmarks/bare_app.py --port 8081 --body homescreen.json --header content-type:application/json

It does nothing per request but hand back the stored bytes, so the mock's throughput divided by this app's
shows how much of the time is the mock's own work rather than Python, Starlette and uvicorn.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from blink_mock.server import uvicorn_settings


def bare_app(body: bytes, headers: dict[str, str]) -> Starlette:
    async def answer(request: Request) -> Response:
        return Response(body, headers=headers)

    return Starlette(routes=[Route("/{path:path}", answer)])


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--body", type=Path, required=True, help="file holding the response body")
    parser.add_argument("--header", action="append", default=[], metavar="NAME:VALUE", help="a response header")
    args = parser.parse_args(argv)
    headers = dict(header.split(":", 1) for header in args.header)
    # The same server settings as blink-mock's CLI: one worker, no access log, the same limited protocol.
    uvicorn.run(
        bare_app(args.body.read_bytes(), headers),
        host=args.host,
        port=args.port,
        log_level="info",  # blink-mock's default; neither logs anything per request
        **uvicorn_settings(),
    )


if __name__ == "__main__":
    main()
