"""``dixit speakers``: who speaks in a set of articles, under which names, how often."""

from __future__ import annotations

import csv
import json
import sys
from datetime import date
from typing import Any

import typer
from rich.table import Table

from dixit.cli import app, report_error, user_errors
from dixit.cli._inputs import failed_analysis, readable_articles
from dixit.cli._options import (
    CuesOption,
    DbOption,
    LanguageOption,
    ModelOption,
    OutputFormat,
    OutputOption,
    checked_cues,
    parse_day,
)
from dixit.cli._render import cell, data_console
from dixit.core import analyze_many
from dixit.ingest.sources import Failure
from dixit.model import Statement
from dixit.resolve.speakers import SpeakerSummary, summarise_speakers, unify_speakers
from dixit.service.languages import run_language as language_of_run
from dixit.store import repository
from dixit.store.database import open_database, sessions


@app.command("speakers")
def speakers_command(
    inputs: list[str] = typer.Argument(
        None,
        help="Articles to analyse (files, directories, JSONL, -). Without any, the database.",
    ),
    db: str | None = DbOption,
    since: str | None = typer.Option(None, "--since", help="From this day (YYYY-MM-DD)."),
    until: str | None = typer.Option(None, "--until", help="Up to this day (YYYY-MM-DD)."),
    output: OutputFormat = OutputOption,
    published: str | None = typer.Option(
        None, "--published", help="Publication date (YYYY-MM-DD) for inputs that lack one."
    ),
    language: str | None = LanguageOption,
    model: str | None = ModelOption,
    cues: str | None = CuesOption,
) -> None:
    """List the canonical speakers, with statement counts (and mentions, for inputs).

    With inputs, they are analysed now; a surname-only speaker ("Leavitt") is joined across
    articles to the one full name the inputs give ("Karoline Leavitt"). Without inputs, the
    speakers stored by dixit ingest are listed, most quoted first.

    \b
    Example:
        dixit speakers samples/ --format table
        dixit speakers samples/depeches.jsonl --format json > speakers.json
        dixit speakers --db sqlite:///dixit.db --since 2025-03-01 --format csv
    """
    if not inputs:
        _from_database(db, parse_day(since), parse_day(until), output)
        return
    day = parse_day(published)
    failures: list[Failure] = []

    with user_errors():
        cues = checked_cues(cues)
        run_language = language_of_run(language)
        articles = readable_articles(
            inputs, failures, published=day, language=language, analysed_in=run_language
        )
        per_article: list[list[Statement]] = [
            statements
            for _, statements in analyze_many(
                articles,
                model=model,
                language=run_language,
                cues=cues,
                on_failure=failed_analysis(failures),
            )
        ]
    unify_speakers(per_article)
    rows = summarise_speakers(s for statements in per_article for s in statements)
    if output is OutputFormat.table:
        data_console().print(_table(rows, len(per_article)))
    else:
        _write_rows([r.to_dict() for r in rows], output)
    if failures:
        report_error(f"{len(failures)} input(s) failed")
        raise typer.Exit(code=1)


def _from_database(
    db: str | None, since: date | None, until: date | None, output: OutputFormat
) -> None:
    with user_errors():
        engine = open_database(db, existing=True)
        with sessions(engine)() as session:
            rows = repository.speakers(session, since=since, until=until)
    if output is not OutputFormat.table:
        _write_rows([r.to_dict() for r in rows], output)
        return
    table = Table(title=f"{len(rows)} stored speaker(s)", title_justify="left", expand=True)
    for column in ("speaker", "type", "id", "statements", "articles", "first", "last"):
        table.add_column(column)
    for r in rows:
        table.add_row(
            cell(r.name),
            cell(r.type),
            cell(r.id),
            cell(r.statements),
            cell(r.articles),
            cell(r.first.isoformat() if r.first else ""),
            cell(r.last.isoformat() if r.last else ""),
        )
    data_console().print(table)


def _write_rows(rows: list[dict[str, Any]], output: OutputFormat) -> None:
    if output is OutputFormat.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    elif output is OutputFormat.jsonl:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    else:
        flat = [{k: _flat(v) for k, v in row.items()} for row in rows]
        writer = csv.DictWriter(sys.stdout, fieldnames=list(flat[0]) if flat else ["id"])
        writer.writeheader()
        writer.writerows(flat)


def _flat(value: Any) -> Any:
    if isinstance(value, dict):
        return "; ".join(f"{k} ({v})" for k, v in value.items())
    if isinstance(value, list | tuple | set):
        return "; ".join(map(str, value))
    return value


def _table(rows: list[SpeakerSummary], articles: int) -> Table:
    table = Table(
        title=f"{len(rows)} speaker(s) in {articles} article(s)",
        title_justify="left",
        expand=True,
    )
    table.add_column("speaker", ratio=2)
    table.add_column("type", ratio=1)
    table.add_column("id", ratio=2)
    table.add_column("statements", justify="right", ratio=1)
    table.add_column("articles", justify="right", ratio=1)
    table.add_column("mentions", ratio=4)
    for row in rows:
        mentions = ", ".join(f"{m} ({n})" for m, n in row.mentions.most_common())
        table.add_row(
            cell(row.name),
            cell(row.type),
            cell(row.id),
            cell(row.statements),
            cell(len(row.articles)),
            cell(mentions),
        )
    return table
