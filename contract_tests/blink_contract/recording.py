"""Read recorded traffic into exchanges for the offline drift check (`blink-contract validate-recording`).

Two formats are read; the file's content decides which, not its name.

HAR 1.2, as browsers and mitmproxy export it: a JSON object with `log.entries[]`, each entry carrying
`request {method, url, headers: [{name, value}], postData {text}}` and
`response {status, headers: [{name, value}], content {text, encoding, mimeType}}`. A `content.encoding` of
`base64` means `text` holds the body base64-encoded. Entries whose status is 0 (requests that got no answer:
blocked, aborted) are skipped. HTTP/2 pseudo-headers (`:status`) are dropped.

JSON lines: one JSON object per line, blank lines ignored.

    {"method": "GET",                                  required
     "url": "https://rest-prod.immedia-semi.com/...",  required, a full URL or just the path
     "status": 200,                                    required, an integer
     "response_headers": {"Content-Type": "..."},      optional, name -> value
     "response_body": "{\"account\": ...}",            optional, the body as text (UTF-8)
     "response_body_base64": "AAAAIGZ0eXA...",         optional, instead of response_body, for binary bodies
     "request_headers": {"User-Agent": "..."},         optional
     "request_body": "{\"email\": ...}"}               optional, text

Header names are lower-cased; repeated headers are joined with ", ". Anything unreadable raises
RecordingError with a one-line reason that names the entry or line; so does a file larger than 256 MiB or
nested deeper than 64 levels (`blink_contract.limits`). A body beyond the limits is no reason to stop: the
checks report it as a finding of its exchange.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

from blink_contract import limits
from blink_contract.drift import Exchange

# RFC 9110 `token`: what a request line can carry as its method.
METHOD = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")


class RecordingError(Exception):
    """The recording cannot be read; the message is one line, fit for stderr."""


def read_recording(path: Path) -> list[Exchange]:
    limit = limits.MAX_RECORDING_BYTES
    try:
        with path.open("rb") as handle:
            # A size of 0 is what /dev/zero and named pipes say: read no more than the limit, whatever it says.
            if path.stat().st_size > limit:
                raise RecordingError(f"{path}: larger than {limits.mebibytes(limit)}; split the recording")
            raw = handle.read(limit + 1)
    except OSError as error:
        raise RecordingError(f"cannot read {path}: {error.strerror or error}") from None
    if len(raw) > limit:
        raise RecordingError(f"{path}: larger than {limits.mebibytes(limit)}; split the recording")
    try:
        text = raw.decode("utf-8-sig")  # browsers on Windows write a byte-order mark
    except UnicodeDecodeError:
        raise RecordingError(f"{path} is not UTF-8 text (HAR and JSON lines are)") from None
    if not text.strip():
        raise RecordingError(f"{path} is empty")
    try:
        document = _loads(text, f"{path}")
    except ValueError:
        document = None  # several lines of JSON, or broken: the JSON-lines reader says which
    if isinstance(document, dict) and "log" in document:
        return _read_har(document, path)
    return _read_json_lines(text, path)


def _loads(text: str, where: str) -> Any:
    """One JSON document of the recording. Bodies are strings in both formats, so the recording's own nesting
    is shallow (7 levels in a HAR): deeper is no recording, and stops the check."""
    try:
        return limits.loads(text, max_bytes=limits.MAX_RECORDING_BYTES)
    except limits.TooComplex as error:
        raise RecordingError(f"{where}: {error.reason}; not a HAR or JSON-lines recording") from None


def _headers(pairs: Any, where: str) -> dict[str, str]:
    headers: dict[str, str] = {}
    if isinstance(pairs, dict):
        pairs = [{"name": name, "value": value} for name, value in pairs.items()]
    if not isinstance(pairs, list):
        raise RecordingError(f"{where}: headers must be a list of name/value pairs or an object")
    for pair in pairs:
        if not isinstance(pair, dict) or not isinstance(pair.get("name"), str):
            raise RecordingError(f"{where}: a header has no name")
        name = _valid_text(pair["name"].lower())
        if name.startswith(":"):
            continue
        value = _valid_text(str(pair.get("value", "")))
        headers[name] = f"{headers[name]}, {value}" if name in headers else value
    return headers


def _request_line(method: Any, url: Any, where: str, *, needs: str) -> tuple[str, str]:
    """The method (upper-case) and URL of a recorded request, or RecordingError when they make no request."""
    if not isinstance(method, str) or not isinstance(url, str):
        raise RecordingError(f"{where}: {needs}")
    if not METHOD.fullmatch(method):
        raise RecordingError(f"{where}: method is not an HTTP method: {method[:20]!r}")
    try:
        urlsplit(url)
        httpx.URL(url)
    except (ValueError, httpx.InvalidURL):  # a broken IPv6 host, a bad port, text UTF-8 cannot encode
        raise RecordingError(f"{where}: url is not a URL: {url[:60]!r}") from None
    return method.upper(), url


def _b64(text: Any, where: str) -> bytes:
    if not isinstance(text, str):
        raise RecordingError(f"{where}: a base64 body must be a string")
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise RecordingError(f"{where}: the body is not valid base64") from None


def _valid_text(text: str) -> str:
    """JSON may escape half a UTF-16 pair ("\\ud800"): valid JSON, but no text that a header can carry."""
    return text.encode("utf-8", "replace").decode("utf-8")


def _body_bytes(text: str) -> bytes:
    """The body's bytes. Half a UTF-16 pair stays what it is, bytes that are no UTF-8: the checks say the body
    is not JSON, as they would of the answer itself."""
    return text.encode("utf-8", "surrogatepass")


def _status(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 999:
        raise RecordingError(f"{where}: status must be an HTTP status code, not {str(value)[:20]!r}")
    return value


def _read_har(document: dict[str, Any], path: Path) -> list[Exchange]:
    log = document["log"]
    entries = log.get("entries") if isinstance(log, dict) else None
    if not isinstance(entries, list):
        raise RecordingError(f"{path}: HAR has no log.entries list")
    exchanges: list[Exchange] = []
    for index, entry in enumerate(entries):
        where = f"{path}: log.entries[{index}]"
        request = entry.get("request") if isinstance(entry, dict) else None
        response = entry.get("response") if isinstance(entry, dict) else None
        if not isinstance(request, dict) or not isinstance(response, dict):
            raise RecordingError(f"{where} needs a request and a response object")
        needs = "request needs a method and a url"
        method, url = _request_line(request.get("method"), request.get("url"), where, needs=needs)
        status = _status(response.get("status"), where)
        if status == 0:
            continue
        content = response.get("content") or {}
        if not isinstance(content, dict):
            raise RecordingError(f"{where}: response.content must be an object")
        body_text = content.get("text") or ""
        if content.get("encoding") == "base64":
            body = _b64(body_text, where)
        elif isinstance(body_text, str):
            body = _body_bytes(body_text)
        else:
            raise RecordingError(f"{where}: response.content.text must be a string")
        headers = _headers(response.get("headers", []), where)
        if "content-type" not in headers and content.get("mimeType"):
            # Some exporters keep the type only in content.mimeType.
            headers["content-type"] = _valid_text(str(content["mimeType"]))
        post = request.get("postData") or {}
        request_body = _body_bytes(str(post.get("text") or "")) if isinstance(post, dict) else b""
        exchanges.append(
            Exchange(
                method=method,
                url=url,
                status=status,
                response_headers=headers,
                response_body=body,
                request_headers=_headers(request.get("headers", []), where),
                request_body=request_body,
            )
        )
    return exchanges


def _read_json_lines(text: str, path: Path) -> list[Exchange]:
    exchanges: list[Exchange] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = _loads(line, where)
        except json.JSONDecodeError as error:
            raise RecordingError(f"{where}: not JSON ({error.msg}); expected HAR or one JSON object per line") from None
        if not isinstance(record, dict):
            raise RecordingError(f"{where}: a record must be a JSON object")
        needs = "a record needs string method and url"
        method, url = _request_line(record.get("method"), record.get("url"), where, needs=needs)
        status = _status(record.get("status"), where)
        if "response_body_base64" in record:
            body = _b64(record["response_body_base64"], where)
        else:
            body_text = record.get("response_body") or ""
            if not isinstance(body_text, str):
                raise RecordingError(f"{where}: response_body must be text (use response_body_base64 for bytes)")
            body = _body_bytes(body_text)
        request_body = record.get("request_body") or ""
        if not isinstance(request_body, str):
            raise RecordingError(f"{where}: request_body must be text")
        exchanges.append(
            Exchange(
                method=method,
                url=url,
                status=status,
                response_headers=_headers(record.get("response_headers") or {}, where),
                response_body=body,
                request_headers=_headers(record.get("request_headers") or {}, where),
                request_body=_body_bytes(request_body),
            )
        )
    return exchanges
