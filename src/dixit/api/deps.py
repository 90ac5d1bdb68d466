"""What every route asks for: a database session, a page window, the write token.

The bounds live here once, so every list endpoint refuses the same bad input with the same
422: a negative or huge ``limit``, an ``offset`` past ``MAX_OFFSET``, a date range that
ends before it starts.
"""

from __future__ import annotations

import hmac
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import date
from typing import Annotated

from fastapi import Depends, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from sqlalchemy.orm import Session

from dixit.api.schemas import DEFAULT_LIMIT, MAX_LIMIT, MAX_OFFSET


async def get_session(request: Request) -> AsyncIterator[Session]:
    """One session per request, closed when the answer is sent.

    Made on the event loop (a session does no I/O until used): routes that read a page
    through indexes run their short queries on the loop too, with no thread hand-off.
    """
    with request.app.state.sessions() as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]


@dataclass(frozen=True)
class Window:
    """Which slice of a result list the client asks for."""

    limit: int
    offset: int


def page_window(
    limit: int = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description="Items per page."),
    offset: int = Query(
        0, ge=0, le=MAX_OFFSET, description=f"Items to skip (at most {MAX_OFFSET})."
    ),
) -> Window:
    return Window(limit, offset)


WindowDep = Annotated[Window, Depends(page_window)]


@dataclass(frozen=True)
class DateRange:
    since: date | None
    until: date | None


def date_range(
    since: date | None = Query(None, description="From this day (YYYY-MM-DD), inclusive."),
    until: date | None = Query(None, description="Up to this day (YYYY-MM-DD), inclusive."),
) -> DateRange:
    if since and until and since > until:
        raise RequestValidationError(
            [
                {
                    "loc": ("query", "until"),
                    "msg": "until is before since",
                    "type": "value_error.date_range",
                }
            ]
        )
    return DateRange(since, until)


DateRangeDep = Annotated[DateRange, Depends(date_range)]


def next_url(request: Request, window: Window, has_more: bool) -> str | None:
    """The URL of the next page, with every other parameter kept; None on the last page."""
    if not has_more or window.offset + window.limit > MAX_OFFSET:
        return None
    return str(request.url.include_query_params(offset=window.offset + window.limit))


def require_writer(request: Request) -> None:
    """Writes need ``Authorization: Bearer <DIXIT_API_TOKEN>``; without a token set, none.

    401 when no bearer credentials are sent, 403 when they are wrong or when the operator
    has not set a token (the server is read-only).
    """
    token: str | None = request.app.state.api_token
    scheme, _, credentials = request.headers.get("authorization", "").partition(" ")
    if not credentials or scheme.lower() != "bearer":
        raise HTTPException(
            401, "Send Authorization: Bearer <token>.", headers={"WWW-Authenticate": "Bearer"}
        )
    if token is None:
        raise HTTPException(403, "This server is read-only: DIXIT_API_TOKEN is not set.")
    if not hmac.compare_digest(credentials.strip().encode(), token.encode()):
        raise HTTPException(403, "The token is not the one this server accepts.")
