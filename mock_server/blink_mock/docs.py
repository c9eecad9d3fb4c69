"""/docs: the spec as reference documentation, rendered in the browser by Swagger UI, whose files ship in the
package (`assets/swagger-ui/`, see `SOURCE.md` there), so that the page loads nothing from another site.

The page reads `/docs/openapi.json`, a copy of the spec made for it:

- its `servers` is this mock, at the origin the page was loaded from, and the `servers` of paths and operations
  are gone, so that "Try it out" calls the mock and never Blink; each operation's description names the Blink
  hosts that serve it instead;
- each operation's summary starts with its safety class (`x-blink-safety`: read-only, mutating or destructive),
  which Swagger UI would otherwise show only once the operation is opened (as it shows every `x-` extension).
  Deprecated operations are shown as such by Swagger UI itself.
"""

from __future__ import annotations

import copy
import html
import json
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, Response
from starlette.routing import Route

from blink_spec import HTTP_METHODS, load_spec

ASSETS = Path(__file__).with_name("assets")
# What the page may load, and from where: only this origin (Swagger UI draws its icons from data: URLs and sets
# inline styles; the empty data: icon keeps the browser from asking for /favicon.ico). A script from a CDN
# slipped into the page would simply not run.
POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
# path -> (file, media type)
FILES = {
    "/docs/swagger-ui-bundle.js": (ASSETS / "swagger-ui" / "swagger-ui-bundle.js", "text/javascript"),
    "/docs/swagger-ui.css": (ASSETS / "swagger-ui" / "swagger-ui.css", "text/css"),
    "/docs/docs.js": (ASSETS / "docs.js", "text/javascript"),
    "/docs/docs.css": (ASSETS / "docs.css", "text/css"),
}
SPEC_PATH = "/docs/openapi.json"
PATHS = frozenset({"/docs", SPEC_PATH, *FILES})  # every path this module answers

# How to use this mock by hand: the embedded scenario's logins and the mock's own endpoints.
MOCK_NOTES = """
<section class="mock" id="mock"><h2>Using this mock</h2>
<p>Default accounts: <code>demo@example.com</code> / <code>demo-password</code> (2FA code <code>123456</code>)
and <code>other@example.com</code> / <code>other-password</code> (no 2FA).
"Try it out" sends the request to this mock, never to Blink.</p>
<p>Mock endpoints: <code>POST /__mock__/reset</code>, <code>GET /__mock__/state</code>,
<code>GET /__mock__/requests</code>, <code>GET|PUT|PATCH /__mock__/faults</code>, <code>POST /__mock__/clock</code>,
<code>POST /__mock__/tokens/expire</code>. The spec as written is at <a href="/openapi.yaml">/openapi.yaml</a>.</p>
</section>
"""


@cache
def _copy() -> dict[str, Any]:
    """The spec with servers named in each operation's description and safety classes in the summaries."""
    spec = copy.deepcopy(load_spec())
    blink_servers = spec.pop("servers", [])
    for item in spec["paths"].values():
        path_servers = item.pop("servers", None)
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            servers = op.pop("servers", None) or path_servers or blink_servers
            hosts = ", ".join(f"`{server['url']}`" for server in servers)
            op["description"] = f"On Blink: {hosts}.\n\n{op.get('description', '')}".rstrip()
            if safety := op.get("x-blink-safety"):
                op["summary"] = f"[{safety}] {op.get('summary', '')}".rstrip()
    return spec


@lru_cache(maxsize=16)
def _document(origin: str) -> bytes:
    spec = {**_copy(), "servers": [{"url": origin, "description": "this mock, which answers every Blink host"}]}
    return json.dumps(spec, ensure_ascii=False).encode()


def render() -> str:
    info = load_spec()["info"]
    title = html.escape(f"{info['title']} {info['version']}")
    return (
        "<!doctype html><html lang=en><head><meta charset=utf-8>"
        f'<meta name=viewport content="width=device-width, initial-scale=1"><title>{title}</title>'
        '<link rel=icon href="data:,">'
        '<link rel=stylesheet href="/docs/swagger-ui.css"><link rel=stylesheet href="/docs/docs.css"></head><body>'
        f'{MOCK_NOTES}<div id="swagger-ui" data-spec="{SPEC_PATH}"><noscript><p>This page needs JavaScript; the spec '
        'is at <a href="/openapi.yaml">/openapi.yaml</a>.</p></noscript></div>'
        '<script src="/docs/swagger-ui-bundle.js"></script><script src="/docs/docs.js"></script></body></html>'
    )


async def page(request: Request) -> Response:
    return HTMLResponse(render(), headers={"Content-Security-Policy": POLICY})


async def spec(request: Request) -> Response:
    # The origin the browser used (a served mock answers only the hosts hosts.py allows).
    origin = str(request.base_url).rstrip("/")
    return Response(_document(origin), media_type="application/json")


def _file(path: str) -> Any:
    file, media_type = FILES[path]

    async def serve(request: Request) -> Response:
        return FileResponse(file, media_type=media_type)

    return serve


def routes() -> list[Route]:
    return [Route("/docs", page), Route(SPEC_PATH, spec), *(Route(path, _file(path)) for path in FILES)]
