"""/docs: the spec's reference documentation, offline.

Headless Chromium, driven over the DevTools protocol, loads the page from a running blink-mock: Swagger UI runs
from the package's own files and shows every operation with its safety class and deprecation, an operation's
parameters, security, examples, schema and extensions, and "Try it out" calls the mock. Nothing is requested
from another site.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from browser import Page, chromium_page
from running_mock import running_mock

from blink_mock import docs
from blink_spec import load_spec, resolve, resolve_pointer, router

HOMESCREEN = "#operations-account-get_homescreen_v3"
VERSION = "#operations-account-get_app_version"


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Page]]:
    with running_mock() as base_url, chromium_page(tmp_path_factory.mktemp("chromium-profile")) as page:
        yield base_url, page


def open_page(page: Page, url: str) -> None:
    page.goto("about:blank")  # a new document: Swagger UI reads a deep link only when it starts
    page.goto(url)


def text(page: Page, selector: str) -> str:
    value: str = page.evaluate(f"(e => e ? e.innerText : '')(document.querySelector({json.dumps(selector)}))")
    return value


def test_every_operation_is_listed_with_its_safety_class_and_deprecation(browser: tuple[str, Page]) -> None:
    base_url, page = browser
    operations = {op.operation_id: op for op in router().operations}
    first_request = len(page.requested)
    open_page(page, f"{base_url}/docs")
    page.wait_for(f"document.querySelectorAll('.opblock').length === {len(operations)}", "every operation")
    shown: list[dict[str, Any]] = page.evaluate(
        """Array.from(document.querySelectorAll('.opblock')).map(block => ({
            id: block.querySelector('.opblock-summary-operation-id').innerText.trim(),
            method: block.querySelector('.opblock-summary-method').innerText.trim(),
            path: block.querySelector('.opblock-summary [data-path]').getAttribute('data-path'),
            summary: block.querySelector('.opblock-summary-description').innerText.trim(),
            deprecated: block.classList.contains('opblock-deprecated'),
        }))"""
    )
    assert {entry["id"] for entry in shown} == set(operations)
    for entry in shown:
        op = operations[entry["id"]]
        assert (entry["method"], entry["path"]) == (op.method.upper(), op.path)
        assert entry["summary"] == f"[{op.safety}] {op.raw['summary']}"
        assert entry["deprecated"] == op.deprecated, entry["id"]
    assert any(entry["deprecated"] for entry in shown) and not all(entry["deprecated"] for entry in shown)

    requested = page.requested[first_request:]
    assert f"{base_url}/docs/swagger-ui-bundle.js" in requested and f"{base_url}/docs/openapi.json" in requested
    elsewhere = [url for url in requested if not url.startswith((f"{base_url}/", "data:", "about:"))]
    assert elsewhere == [], "the docs page must not load anything from another site"
    assert page.exceptions == []


def test_an_operation_shows_its_parameters_security_examples_schema_and_extensions(browser: tuple[str, Page]) -> None:
    base_url, page = browser
    op = router().by_id("get_homescreen_v3")
    open_page(page, f"{base_url}/docs#/account/get_homescreen_v3")
    page.wait_for(f"!!document.querySelector('{HOMESCREEN}.is-open .responses-wrapper .example')", "the examples")
    shown = text(page, HOMESCREEN)
    assert "On Blink: https://rest-{tier}.immedia-semi.com" in shown
    for parameter in op.parameters:
        assert parameter.name in shown
    assert page.evaluate(f"!!document.querySelector('{HOMESCREEN} .authorization__btn')")  # it needs a token
    # The documented example of the 200 answer, as the spec writes it.
    example = op.example("200")
    assert json.dumps(example[2]["account"], indent=2).replace("\n", "\n  ") in text(page, f"{HOMESCREEN} .example")
    assert "x-blink-safety" in shown and '"read-only"' in shown  # the extensions table

    # The schema of the 200 answer: its fields, with their types.
    page.click(f"{HOMESCREEN} .responses-wrapper button.tablinks[data-name=model]")
    pointer = op.response_schema("200", "application/json")
    assert pointer is not None
    schema = resolve(resolve_pointer(pointer))
    fields = set(schema["properties"])
    model = page.wait_for(
        f"(e => e && e.innerText)(document.querySelector('{HOMESCREEN} .responses-wrapper .model-box'))", "the schema"
    )
    assert "amazon_account_linked" not in json.dumps(example[2])  # a field of the schema only, not of the example
    for field in (*fields, "amazon_account_linked", "email_verified"):
        assert field in model
    assert page.exceptions == []


def test_try_it_out_calls_the_mock(browser: tuple[str, Page]) -> None:
    base_url, page = browser
    httpx.delete(f"{base_url}/__mock__/requests").raise_for_status()
    open_page(page, f"{base_url}/docs#/account/get_app_version")
    page.wait_for(f"!!document.querySelector('{VERSION}.is-open .try-out__btn')", "the operation")
    page.click(f"{VERSION} .try-out__btn")
    page.wait_for(f"!!document.querySelector('{VERSION} .execute')", "the Execute button")
    page.click(f"{VERSION} .execute")
    page.wait_for(f"!!document.querySelector('{VERSION} .live-responses-table .response-col_description pre')", "")
    assert text(page, f"{VERSION} .request-url pre") == f"{base_url}/api/v1/version"
    assert text(page, f"{VERSION} .live-responses-table .response .response-col_status").strip() == "200"
    assert json.loads(text(page, f"{VERSION} .live-responses-table .response-col_description pre"))["code"] == 103
    # It reached the mock; the page's own files are not Blink requests and stay out of the log.
    log = httpx.get(f"{base_url}/__mock__/requests").json()
    assert log == [{"method": "GET", "path": "/api/v1/version", "status": 200}]


def test_the_served_copy_of_the_spec_points_at_the_mock(client: httpx.Client) -> None:
    served = client.get("/docs/openapi.json").raise_for_status().json()
    assert served["servers"] == [
        {"url": "https://rest-u011.immedia-semi.com", "description": "this mock, which answers every Blink host"}
    ]
    spec = load_spec()
    assert served["paths"].keys() == spec["paths"].keys() and served["components"] == spec["components"]
    for path, item in served["paths"].items():
        assert "servers" not in item
        for method, op in item.items():
            if isinstance(op, dict) and "operationId" in op:
                assert "servers" not in op
                assert op["description"].startswith("On Blink: `https://")
                assert op["summary"] == f"[{op['x-blink-safety']}] {spec['paths'][path][method]['summary']}"
    oauth = served["paths"]["/oauth/token"]["post"]
    assert oauth["description"].startswith("On Blink: `https://api.oauth.blink.com`.")
    assert "servers" in spec["paths"]["/oauth/token"]  # the spec itself is not changed


def test_the_page_and_its_files(client: httpx.Client) -> None:
    page = client.get("/docs")
    assert page.headers["content-type"].startswith("text/html")
    assert "default-src 'none'" in page.headers["content-security-policy"]
    for path, (file, media_type) in docs.FILES.items():
        served = client.get(path)
        assert served.status_code == 200
        assert served.headers["content-type"].startswith(media_type)
        assert served.content == Path(file).read_bytes()
        assert path in page.text
    assert client.get("/docs/nothing.js").status_code == 404
