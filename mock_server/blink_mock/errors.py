"""Blink's JSON error envelope, the one way the mock says no."""

from __future__ import annotations

from starlette.responses import JSONResponse

# Blink's own codes for the errors the mock produces (the HTTP status is separate).
UNAUTHORIZED_CODE = 101
APP_UPDATE_CODE = 105


class BlinkError(Exception):
    """Raised anywhere in a handler; answered as `{"message": ..., "code": ...}` with `status`."""

    def __init__(self, status: int, message: str, code: int | None = None, **extra: object) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = status if code is None else code
        self.extra = extra


def error_response(status: int, message: str, code: int | None = None, **extra: object) -> JSONResponse:
    body: dict[str, object] = {"message": message, "code": status if code is None else code, **extra}
    headers = {"client-verified": "0"} if status == 401 else None
    return JSONResponse(body, status_code=status, headers=headers)


def unauthorized() -> BlinkError:
    return BlinkError(401, "Unauthorized Access", UNAUTHORIZED_CODE)


def not_found(what: str = "Not found") -> BlinkError:
    return BlinkError(404, what)


def bad_request(message: str) -> BlinkError:
    return BlinkError(400, message)
