"""/docs: a documentation page rendered from the spec on the server, with no script or stylesheet from a CDN."""

from __future__ import annotations

import html
from functools import cache
from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse

from blink_spec import load_spec

STYLE = """
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem 2rem;color:#1d2733}
h1{font-size:1.6rem}h2{margin-top:2.2rem;border-bottom:1px solid #d8dee6}
.op{margin:.9rem 0;padding:.6rem .9rem;border:1px solid #d8dee6;border-radius:6px}
.op.deprecated .path{text-decoration:line-through}
.method{display:inline-block;min-width:3.6rem;font-weight:700;font-family:monospace}
.path{font-family:monospace}.id{color:#5b6b7c;font-family:monospace;font-size:.85rem}
.safety{float:right;font-size:.8rem;padding:0 .5rem;border-radius:4px;background:#eef2f6}
.safety.mutating{background:#fff3d6}.safety.destructive{background:#ffe0e0}
details{margin-top:.3rem}pre{white-space:pre-wrap;background:#f6f8fa;padding:.5rem}
nav a{margin-right:.8rem;white-space:nowrap}.mock{background:#f6f8fa;padding:.4rem 1rem;border-radius:6px}
"""

# How to use this mock by hand: the embedded scenario's logins and the mock's own endpoints.
MOCK_NOTES = """
<section class="mock" id="mock"><h2>Using this mock</h2>
<p>Default accounts: <code>demo@example.com</code> / <code>demo-password</code> (2FA code <code>123456</code>)
and <code>other@example.com</code> / <code>other-password</code> (no 2FA).</p>
<p>Mock endpoints: <code>POST /__mock__/reset</code>, <code>GET /__mock__/state</code>,
<code>GET /__mock__/requests</code>, <code>GET|PUT|PATCH /__mock__/faults</code>, <code>POST /__mock__/clock</code>,
<code>POST /__mock__/tokens/expire</code>.</p></section>
"""


def _operation(path: str, method: str, op: dict[str, Any]) -> str:
    classes = "op deprecated" if op.get("deprecated") else "op"
    safety = op.get("x-blink-safety", "")
    statuses = ", ".join(sorted(op.get("responses", {})))
    return (
        f'<div class="{classes}" id="{html.escape(op["operationId"])}">'
        f'<span class="safety {html.escape(safety)}">{html.escape(safety)}</span>'
        f'<span class="method">{method.upper()}</span> <span class="path">{html.escape(path)}</span>'
        f"<div><strong>{html.escape(op.get('summary', ''))}</strong> "
        f'<span class="id">{html.escape(op["operationId"])}</span></div>'
        f"<details><summary>Details (responses {html.escape(statuses)})</summary>"
        f"<pre>{html.escape(op.get('description', ''))}</pre></details></div>"
    )


@cache
def render() -> str:
    spec = load_spec()
    by_tag: dict[str, list[str]] = {tag["name"]: [] for tag in spec.get("tags", [])}
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict) and "operationId" in op:
                by_tag.setdefault(op["tags"][0], []).append(_operation(path, method, op))
    info = spec["info"]
    sections = "".join(
        f'<h2 id="tag-{html.escape(tag)}">{html.escape(tag)}</h2>{"".join(ops)}' for tag, ops in by_tag.items() if ops
    )
    count = sum(len(ops) for ops in by_tag.values())
    nav = " ".join(
        f'<a href="#tag-{html.escape(tag)}">{html.escape(tag)} ({len(ops)})</a>' for tag, ops in by_tag.items() if ops
    )
    return (
        "<!doctype html><html lang=en><head><meta charset=utf-8>"
        f"<title>{html.escape(info['title'])}</title><style>{STYLE}</style></head><body>"
        f"<h1>{html.escape(info['title'])}</h1><p>Version {html.escape(str(info['version']))}, "
        f'<span id="operation-count">{count}</span> operations. '
        'The raw description is at <a href="/openapi.yaml">/openapi.yaml</a>.</p>'
        f"<nav>{nav}</nav>{MOCK_NOTES}{sections}</body></html>"
    )


async def page(request: Request) -> HTMLResponse:
    return HTMLResponse(render())
