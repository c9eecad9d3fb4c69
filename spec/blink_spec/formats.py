"""The `format`s the spec uses, checked by the kit's own code, so that every install checks them the same way.

jsonschema checks `date-time` only when the optional `rfc3339-validator` happens to be importable: a plain install
of the kit would silently skip it while the development environment (which pulls it in through other tools)
checks it. Blink has changed its timestamp spellings before (`+0000` against `+00:00`), so this is the drift a
user most needs reported, in every install. The checker here starts empty and knows only what the kit defines.

OpenAPI's `binary` and `password` are annotations (a file's bytes, a field to mask), not constraints: they are
listed in `ANNOTATIONS` and never checked.
"""

from __future__ import annotations

import re
from datetime import datetime

from jsonschema import FormatChecker

__all__ = ["ANNOTATIONS", "FORMAT_CHECKER", "is_rfc3339_date_time"]

# RFC 3339 section 5.6: full-date "T" full-time, seconds required, an optional fraction, then `Z` or `+hh:mm`.
_DATE_TIME = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$", re.ASCII
)
ANNOTATIONS = frozenset({"binary", "password"})
FORMAT_CHECKER = FormatChecker(formats=())


@FORMAT_CHECKER.checks("date-time")
def is_rfc3339_date_time(value: object) -> bool:
    """An RFC 3339 timestamp with an offset (`2026-11-26T10:00:00+00:00`, `...Z`, fractional seconds allowed).
    Anything that is not a string is left to the schema's `type`."""
    if not isinstance(value, str):
        return True
    found = _DATE_TIME.match(value)
    if found is None:
        return False
    year, month, day, hour, minute, second = (int(part) for part in found.group(1, 2, 3, 4, 5, 6))
    if found.group(9) is not None and (int(found.group(9)) > 23 or int(found.group(10)) > 59):
        return False
    try:
        # A leap second (60) is valid RFC 3339; datetime cannot hold it, so its date and time are checked at :59.
        datetime(year, month, day, hour, minute, min(second, 59))
    except ValueError:
        return False
    return second <= 60
