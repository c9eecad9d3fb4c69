"""What to tell someone who installed the kit without its `[mock]` extra and then ran the mock.

The base install (`pip install blink-api-test-kit`) is the client alone; Starlette, uvicorn, respx and the spec
layer's YAML and JSON Schema libraries come with `blink-api-test-kit[mock]`. The pytest plugin and `blink-mock`
turn the ImportError of a missing one into this one line.
"""

from __future__ import annotations

EXTRA = "mock"
INSTALL = f"pip install 'blink-api-test-kit[{EXTRA}]'"
# The top-level modules the [mock] extra of pyproject.toml brings and the mock imports (httptools comes with
# uvicorn[standard], referencing with jsonschema). mock_server/tests/test_extra.py holds this list to pyproject.
MODULES = frozenset({"starlette", "uvicorn", "httptools", "respx", "yaml", "jsonschema", "referencing"})


def missing_extra(error: ImportError) -> str | None:
    """The one-line advice when `error` is a module of the [mock] extra not being installed, else None."""
    if not isinstance(error, ModuleNotFoundError):
        return None
    module = (error.name or "").partition(".")[0]
    if module not in MODULES:
        return None
    return f"the [{EXTRA}] extra is not installed (no module {module!r}); install it with: {INSTALL}"
