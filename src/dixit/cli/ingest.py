"""``dixit ingest``: read sources, find statements, store both in a database."""

from __future__ import annotations

import logging

import typer
from rich.text import Text

from dixit.cli import app, err, user_errors
from dixit.cli._options import (
    CuesOption,
    DbOption,
    LanguageOption,
    ModelOption,
    ParseOption,
    WorkersOption,
    checked_cues,
    parse_day,
)
from dixit.cli._positions import IssuesOption
from dixit.cli._render import Tally
from dixit.ingest.base import Failure
from dixit.model import Article
from dixit.selection import parse_mode
from dixit.service.catalogues import catalogue_of, read_catalogue_entries
from dixit.service.estimate import expected_items
from dixit.service.ingest import IngestReport, Outcome, ingest
from dixit.store import open_database


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
    cues: str | None = CuesOption,
    csv_column: list[str] | None = typer.Option(
        None, "--csv-column", help="CSV column of a field, as FIELD=COLUMN (text=body)."
    ),
    fetch: bool = typer.Option(
        False, "--fetch", help="Download the page of each feed item instead of its summary."
    ),
    issues: str | None = IssuesOption,
    workers: int = WorkersOption,
    dask: str | None = typer.Option(
        None,
        "--dask",
        help="Analyse on a Dask cluster: its scheduler's address (tcp://host:8786), or "
        "local:N for N worker processes here. This process stores the results.",
    ),
    parse: str | None = ParseOption,
) -> None:
    """Store articles and their statements; safe to run again on the same inputs.

    \b
    Example:
        dixit ingest samples/ --db sqlite:///dixit.db
        dixit ingest samples/depeches.jsonl --cues samples/extra-cues.yaml --db dixit.db
        dixit ingest samples/ --issues samples/issues/retraites.yaml
        dixit ingest samples/depeches.jsonl --workers 2 --db sqlite:///dixit.db

    Statements are stored with their issues and stances (--issues, else the catalogue
    registered with dixit issues add); an article stored before gets its issues again
    from that catalogue, without being analysed again.

    --workers N analyses in N processes on this machine, --dask ADDRESS on a Dask cluster
    (local:N starts one here); this process alone writes, so the rows stored are those of
    one process (docs/scale.md).
    """
    day = parse_day(published)
    columns = parse_columns(csv_column)
    tally = Tally("ingest")
    counts = {outcome: 0 for outcome in Outcome}

    def on_item(outcome: Outcome, item: Article | Failure) -> None:
        counts[outcome] += 1
        if outcome is Outcome.failed:
            tally.print(Text.assemble(("error: ", "bold red"), str(item)))
        tally.advance(", ".join(f"{k} {v}" for k, v in counts.items() if v))

    with user_errors():
        if dask is not None:
            if workers > 1:
                raise typer.BadParameter("--workers is for this machine; with --dask, say local:N")
            from dixit.cluster import local_workers

            local_workers(dask)  # a bad local:N is said before anything is read
            # distributed sets its loggers to INFO; here they follow -v like dixit's own.
            logging.getLogger("distributed").setLevel(logging.getLogger().getEffectiveLevel())
        cues = checked_cues(cues)
        catalogue = catalogue_of(read_catalogue_entries(issues)) if issues else None
        engine = open_database(db)
        if tally.enabled and not fetch:
            tally.expect(expected_items(sources))
        with tally.shown():
            try:
                report = ingest(
                    sources,
                    engine,
                    published=day,
                    language=language,
                    model=model,
                    cues=cues,
                    csv_columns=columns,
                    fetch=fetch,
                    on_item=on_item,
                    issues=catalogue,
                    workers=workers,
                    dask=dask,
                    parse=parse_mode(parse).value,
                )
            except ValueError as exc:  # a bad --csv-column field
                raise typer.BadParameter(str(exc)) from None
    err.print(summary(report, engine.url.render_as_string(hide_password=True)))
    engine.dispose()
    if report.failed:
        raise typer.Exit(code=1)


def summary(report: IngestReport, where: str) -> Text:
    """The one-line account of a run."""
    line = Text.assemble(
        "articles: ",
        (f"{report.new} new", "green"),
        f", {report.duplicate} duplicate, {report.existing} already stored, "
        f"{report.skipped} skipped (language), ",
        (f"{report.failed} failed", "red" if report.failed else ""),
        f"; statements: {report.statements} (run {report.run_id}, {where})",
    )
    if report.interrupted_runs:
        runs = ", ".join(map(str, report.interrupted_runs))
        line.append(f"; closed interrupted run(s) {runs}")
    return line
