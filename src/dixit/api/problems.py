"""Errors as RFC 9457 problem details (``application/problem+json``), never a stack trace.

Every error the API answers, a missing article, a bad date, a refused token, a body too
large or a bug, has one shape a client can rely on: ``type``, ``title``, ``status``,
``detail`` and, for invalid input, ``errors`` naming each bad parameter. The input itself
is not echoed back: it may be large, or be the attack.
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger(__name__)

PROBLEM_MEDIA_TYPE = "application/problem+json"


class InvalidParameter(BaseModel):
    """One input that failed validation: where it is and why."""

    loc: list[str | int]
    msg: str
    type: str


class Problem(BaseModel):
    """An error answer (RFC 9457)."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str | None = None
    errors: list[InvalidParameter] | None = None


def problem(
    status: int,
    detail: str | None = None,
    *,
    errors: list[dict[str, Any]] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    """A problem-details response for ``status``, titled by the status's standard phrase."""
    body: dict[str, Any] = {
        "type": "about:blank",
        "title": HTTPStatus(status).phrase,
        "status": status,
    }
    if detail:
        body["detail"] = detail
    if errors is not None:
        body["errors"] = errors
    return JSONResponse(body, status_code=status, headers=headers, media_type=PROBLEM_MEDIA_TYPE)


#: What every route may answer besides success, for the OpenAPI document.
PROBLEM_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": Problem, "content": {PROBLEM_MEDIA_TYPE: {}}, "description": phrase}
    for status, phrase in (
        (404, "Not found"),
        (413, "Request body too large"),
        (422, "Invalid input"),
        (500, "Server error"),
    )
}


def validation_errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    """Each failed input as its location, message and type: no input value echoed."""
    return [
        {
            "loc": [str(part) if not isinstance(part, int) else part for part in e.get("loc", ())],
            "msg": str(e.get("msg", "")),
            "type": str(e.get("type", "")),
        }
        for e in exc.errors()
    ]


async def _http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
    detail = exc.detail if isinstance(exc.detail, str) else None
    if detail == HTTPStatus(exc.status_code).phrase:
        detail = None
    return problem(exc.status_code, detail, headers=getattr(exc, "headers", None))


async def _invalid_input(_request: Request, exc: RequestValidationError) -> JSONResponse:
    return problem(422, "Some input is invalid.", errors=validation_errors(exc))


async def _server_error(request: Request, exc: Exception) -> JSONResponse:
    log.exception("%s %s failed", request.method, request.url.path, exc_info=exc)
    return problem(500, "The server could not answer; the error is in its log.")


def install_problem_handlers(app: FastAPI) -> None:
    """Answer every error of ``app`` as problem details."""
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _invalid_input)
    app.add_exception_handler(Exception, _server_error)
