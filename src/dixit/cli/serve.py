"""``dixit serve``: the REST API and the web pages over a store, with uvicorn."""

from __future__ import annotations

import typer

from dixit.cli import app, err, user_errors
from dixit.cli._options import DbOption
from dixit.settings import get_settings
from dixit.store import open_database


@app.command("serve")
def serve_command(
    db: str | None = DbOption,
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
    issues: list[str] | None = typer.Option(
        None,
        "--issues",
        help="Issue catalogue (YAML, as samples/issues/) for statements stored without "
        "issues, and for computed reversals; may be repeated.",
    ),
    check: bool = typer.Option(
        False, "--check", help="Open the database and catalogues, build the app, then exit."
    ),
) -> None:
    """Serve the stored statements: JSON under /api (docs at /api/docs), pages at /.

    Read-only unless DIXIT_API_TOKEN is set; then POST /api/articles with
    "Authorization: Bearer <token>" analyses and stores one article. It runs until
    stopped (Ctrl-C), e.g. dixit serve --db dixit.db --port 8000; --check stops once the
    database and catalogues are open and the app is built.

    \b
    Example:
        dixit ingest samples/ --db dixit.db
        dixit serve --db dixit.db --issues samples/issues/retraites.yaml --check
    """
    import uvicorn

    from dixit.analyse import load_catalogue
    from dixit.api import create_app

    with user_errors():
        catalogue = [issue for path in issues or () for issue in load_catalogue(path)]
        engine = open_database(db)
    application = create_app(engine, api_token=get_settings().api_token, catalogue=catalogue)
    where = engine.url.render_as_string(hide_password=True)
    if check:
        err.print(f"dixit: ready to serve {where} ({len(catalogue)} catalogue issues)")
        engine.dispose()
        return
    err.print(f"dixit: serving {where} on http://{host}:{port}/ (API docs: /api/docs)")
    uvicorn.run(application, host=host, port=port, log_level="warning", server_header=False)
    engine.dispose()
