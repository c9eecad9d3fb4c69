"""What to tell someone who installed the kit without its `[contract]` extra and then ran `blink-contract`.

The base install (`pip install blink-api-test-kit`) is the client alone; schemathesis (whose checks judge each
answer) and the spec layer's YAML and JSON Schema libraries come with `blink-api-test-kit[contract]`.
"""

from __future__ import annotations

EXTRA = "contract"
INSTALL = f"pip install 'blink-api-test-kit[{EXTRA}]'"
# The top-level modules the [contract] extra of pyproject.toml brings and this package imports (referencing comes
# with jsonschema). contract_tests/tests/test_contract_cli.py holds this list to pyproject.
MODULES = frozenset({"schemathesis", "yaml", "jsonschema", "referencing"})


def missing_extra(error: ImportError) -> str | None:
    """The one-line advice when `error` is a module of the [contract] extra not being installed, else None."""
    if not isinstance(error, ModuleNotFoundError):
        return None
    module = (error.name or "").partition(".")[0]
    if module not in MODULES:
        return None
    return f"the [{EXTRA}] extra is not installed (no module {module!r}); install it with: {INSTALL}"
