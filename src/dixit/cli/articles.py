"""``dixit articles``: the stored articles, with date, source and status."""

from __future__ import annotations

import sys

import typer
from rich.console import Console
from rich.table import Table

from dixit.cli import app
from dixit.cli._options import DbOption, parse_day
from dixit.cli.statements import QueryFormat
from dixit.store import open_database, repository
from dixit.store.database import sessions
from dixit.store.formats import write_csv, write_json, write_jsonl

COLUMNS = [
    "id",
    "published",
    "title",
    "outlet",
    "language",
    "source",
    "status",
    "duplicate_of",
    "statements",
]


@app.command("articles")
def articles_command(
    status: str | None = typer.Option(
        None, "--status", help="Only articles with this status: analysed, duplicate, skipped."
    ),
    since: str | None = typer.Option(None, "--since", help="Published from (YYYY-MM-DD)."),
    until: str | None = typer.Option(None, "--until", help="Published up to (YYYY-MM-DD)."),
    limit: int | None = typer.Option(None, "--limit", help="At most this many articles."),
    output: QueryFormat = typer.Option(QueryFormat.table, "--format", "-f", help="Output form."),
    db: str | None = DbOption,
) -> None:
    """Stored articles, newest first, with their number of statements.

    \b
    Example:
        dixit articles --status duplicate
        dixit articles --since 2025-03-01 --format csv > articles.csv
    """
    engine = open_database(db)
    with sessions(engine)() as session:
        rows = repository.list_articles(
            session, status=status, since=parse_day(since), until=parse_day(until), limit=limit
        )
    engine.dispose()
    records = [r.to_dict() for r in rows]
    if output is QueryFormat.jsonl:
        write_jsonl(records, sys.stdout)
    elif output is QueryFormat.json:
        write_json(records, sys.stdout)
    elif output is QueryFormat.csv:
        write_csv(records, sys.stdout, COLUMNS)
    else:
        table = Table(title=f"{len(rows)} article(s)", expand=True)
        for name, ratio in (("published", 1), ("title", 4), ("source", 3), ("status", 1)):
            table.add_column(name, ratio=ratio)
        table.add_column("statements", justify="right")
        for r in rows:
            status_text = r.status if not r.duplicate_of else f"duplicate of {r.duplicate_of}"
            table.add_row(
                r.published.isoformat() if r.published else "",
                r.title or r.id,
                r.outlet or r.source or "",
                status_text,
                str(r.statements),
            )
        Console().print(table)
