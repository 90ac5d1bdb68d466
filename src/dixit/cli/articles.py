"""``dixit articles``: the stored articles, with date, source and status."""

from __future__ import annotations

import sys

import typer
from rich.table import Table

from dixit.cli import app, user_errors
from dixit.cli._options import DbOption, OutputFormat, OutputOption, parse_day
from dixit.cli._render import cell, data_console
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
    output: OutputFormat = OutputOption,
    db: str | None = DbOption,
) -> None:
    """Stored articles, newest first, with their number of statements.

    \b
    Example:
        dixit articles --status duplicate
        dixit articles --since 2025-03-01 --format csv > articles.csv
    """
    with user_errors():
        engine = open_database(db, existing=True)
    with sessions(engine)() as session:
        rows = repository.list_articles(
            session, status=status, since=parse_day(since), until=parse_day(until), limit=limit
        )
    engine.dispose()
    records = [r.to_dict() for r in rows]
    if output is OutputFormat.jsonl:
        write_jsonl(records, sys.stdout)
    elif output is OutputFormat.json:
        write_json(records, sys.stdout)
    elif output is OutputFormat.csv:
        write_csv(records, sys.stdout, COLUMNS)
    else:
        data_console().print(_table(rows))


def _table(rows: list[repository.ArticleSummary]) -> Table:
    table = Table(title=f"{len(rows)} article(s)", expand=True)
    for name, ratio in (("published", 1), ("title", 4), ("source", 3), ("status", 1)):
        table.add_column(name, ratio=ratio)
    table.add_column("statements", justify="right")
    for r in rows:
        status = r.status if not r.duplicate_of else f"duplicate of {r.duplicate_of}"
        table.add_row(
            cell(r.published.isoformat() if r.published else ""),
            cell(r.title or r.id),
            cell(r.outlet or r.source or ""),
            cell(status),
            cell(r.statements),
        )
    return table
