"""The ASGI application behind ``dixit serve``: JSON under ``/api``, pages everywhere else.

``create_app`` takes an engine (the store, migrated by ``open_database``) and everything
else explicitly, so tests build one app per database and the CLI builds it from options
and settings; nothing here reads the environment.
"""

from __future__ import annotations

from collections.abc import Sequence

from fastapi import FastAPI
from sqlalchemy import Engine

from dixit import __version__
from dixit.analyse import Issue
from dixit.api.limits import DEFAULT_MAX_BODY_BYTES, BodySizeLimit
from dixit.api.positions import Positions
from dixit.api.problems import PROBLEM_RESPONSES, install_problem_handlers
from dixit.api.routes import router
from dixit.store.database import sessions

DESCRIPTION = """Statements found in news articles by dixit: who said what, when, and
whether they changed their mind. Read-only unless the server has `DIXIT_API_TOKEN` set;
`POST /api/articles` then needs `Authorization: Bearer <token>`. Errors are problem
details (`application/problem+json`)."""


def create_app(
    engine: Engine,
    *,
    api_token: str | None = None,
    catalogue: Sequence[Issue] = (),
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    web: bool = True,
) -> FastAPI:
    """The app over ``engine``; ``api_token`` allows writes; ``catalogue`` gives issues to
    statements stored without them; ``web`` adds the HTML pages."""
    app = FastAPI(
        title="dixit",
        version=__version__,
        description=DESCRIPTION,
        responses=PROBLEM_RESPONSES,
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.engine = engine
    app.state.sessions = sessions(engine)
    app.state.api_token = api_token or None
    app.state.positions = Positions(catalogue)
    install_problem_handlers(app)
    app.add_middleware(BodySizeLimit, max_bytes=max_body_bytes)
    app.include_router(router)
    if web:
        from dixit.api.docs import api_docs
        from dixit.web.pages import install_pages

        app.add_api_route("/api/docs", api_docs, include_in_schema=False)
        install_pages(app)
    return app
