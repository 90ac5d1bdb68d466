"""``dixit ingest``: read sources, find statements, store both in a database."""

from __future__ import annotations

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from dixit.cli import app, err
from dixit.cli._options import LanguageOption, ModelOption, parse_day
from dixit.ingest.run import ingest
from dixit.store import open_database

DbOption = typer.Option(
    None, "--db", help="Database URL (default: DIXIT_DATABASE_URL or sqlite:///dixit.db)."
)


def parse_columns(values: list[str] | None) -> dict[str, str]:
    """``["text=body", "id=ref"]`` to ``{"text": "body", "id": "ref"}``."""
    columns: dict[str, str] = {}
    for value in values or []:
        field, sep, name = value.partition("=")
        if not sep or not field or not name:
            raise typer.BadParameter(f"{value!r}: write FIELD=COLUMN, as in text=body")
        columns[field.strip()] = name.strip()
    return columns


@app.command("ingest")
def ingest_command(
    sources: list[str] = typer.Argument(
        ...,
        help="Files (.txt .html .csv .jsonl .rss .xml .atom .warc .warc.gz), directories, "
        "glob patterns, or - for standard input.",
    ),
    db: str | None = DbOption,
    published: str | None = typer.Option(
        None, "--published", help="Publication date (YYYY-MM-DD) for inputs that lack one."
    ),
    language: str | None = LanguageOption,
    model: str | None = ModelOption,
    csv_column: list[str] | None = typer.Option(
        None, "--csv-column", help="CSV column of a field, as FIELD=COLUMN (text=body)."
    ),
    fetch: bool = typer.Option(
        False, "--fetch", help="Download the page of each feed item instead of its summary."
    ),
) -> None:
    """Store articles and their statements; safe to run again on the same inputs.

    \b
    Example:
        dixit ingest samples/ --db sqlite:///dixit.db
        dixit ingest 'crawl/*.warc.gz' feeds/ --db postgresql://localhost/dixit
    """
    day = parse_day(published)
    columns = parse_columns(csv_column)
    engine = open_database(db)
    console = Console(stderr=True)
    progress = Progress(
        SpinnerColumn(),
        TextColumn("[bold]ingest"),
        BarColumn(bar_width=None),
        TextColumn("{task.completed} item(s): {task.fields[counts]}"),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    )
    tally = {"new": 0, "duplicate": 0, "existing": 0, "skipped": 0, "failed": 0}

    with progress:
        task = progress.add_task("ingest", total=None, counts="")

        def on_item(outcome, item) -> None:
            tally[outcome] += 1
            if outcome == "failed":
                progress.console.print(f"[red]error:[/red] {item}")
            counts = ", ".join(f"{k} {v}" for k, v in tally.items() if v)
            progress.update(task, advance=1, counts=counts)

        try:
            report = ingest(
                sources,
                engine,
                published=day,
                language=language,
                model=model,
                csv_columns=columns,
                fetch=fetch,
                on_item=on_item,
            )
        except ValueError as exc:  # a bad --csv-column field
            raise typer.BadParameter(str(exc)) from None
    err.print(
        f"articles: [green]{report.new} new[/green], {report.duplicate} duplicate, "
        f"{report.existing} already stored, {report.skipped} skipped (language), "
        f"[red]{report.failed} failed[/red]; statements: {report.statements} "
        f"(run {report.run_id}, {engine.url.render_as_string(hide_password=True)})"
    )
    engine.dispose()
    if report.failed:
        raise typer.Exit(code=1)
