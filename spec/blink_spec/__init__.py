"""The spec layer: Blink's OpenAPI description loaded once, with its operations, references and validators.

Every other package of the kit (the mock, the contract tools, the session client, the tests) reads the spec
through this one; it depends on nothing else in the project.
"""

from blink_spec.document import SPEC_URI, escape, load_spec, registry, resolve, resolve_pointer, spec_path, spec_text
from blink_spec.eras import (
    Answer,
    Behaviour,
    Era,
    NamedEra,
    Variant,
    Window,
    behaviours,
    era_table,
    named_eras,
    parse_era,
    today,
    window,
    windows,
)
from blink_spec.operations import (
    HTTP_METHODS,
    SAFETY_CLASSES,
    Parameter,
    Router,
    Safety,
    SpecOperation,
    operations_in_spec_order,
    router,
)
from blink_spec.validators import FORMAT_CHECKER, first_error, is_valid, validator

__all__ = [
    "FORMAT_CHECKER",
    "HTTP_METHODS",
    "SAFETY_CLASSES",
    "SPEC_URI",
    "Answer",
    "Behaviour",
    "Era",
    "NamedEra",
    "Parameter",
    "Router",
    "Safety",
    "SpecOperation",
    "Variant",
    "Window",
    "behaviours",
    "era_table",
    "escape",
    "first_error",
    "is_valid",
    "load_spec",
    "named_eras",
    "operations_in_spec_order",
    "parse_era",
    "registry",
    "resolve",
    "resolve_pointer",
    "router",
    "spec_path",
    "spec_text",
    "today",
    "validator",
    "window",
    "windows",
]
