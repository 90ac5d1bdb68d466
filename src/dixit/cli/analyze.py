"""``dixit analyze``: statements of articles, for people (table) or scripts (JSON, CSV)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import typer
from rich.table import Table

from dixit.cli import app, err, user_errors
from dixit.cli._inputs import failed_analysis, readable_articles
from dixit.cli._options import (
    CuesOption,
    LanguageOption,
    ModelOption,
    OutputFormat,
    OutputOption,
    ParseOption,
    WorkersOption,
    checked_cues,
    parse_day,
)
from dixit.cli._positions import IssuesOption, catalogue_for
from dixit.cli._render import Tally, cell, data_console
from dixit.ingest.sources import Failure
from dixit.model import Article, Statement
from dixit.ner_windows import ner_mode
from dixit.selection import parse_mode
from dixit.service.catalogues import annotate_article
from dixit.service.estimate import expected_items
from dixit.service.languages import run_language as language_of_run
from dixit.service.workers import PipelineSettings, analyse
from dixit.store.formats import STATEMENT_COLUMNS, flat_statement, write_csv

Results = Iterable[tuple[Article, list[Statement]]]


@app.command("analyze")
def analyze_command(
    inputs: list[str] = typer.Argument(
        ..., help="Text files, directories of them, JSONL corpora, or - for standard input."
    ),
    output: OutputFormat = OutputOption,
    published: str | None = typer.Option(
        None, "--published", help="Publication date (YYYY-MM-DD) for inputs that lack one."
    ),
    language: str | None = LanguageOption,
    model: str | None = ModelOption,
    cues: str | None = CuesOption,
    issues: str | None = IssuesOption,
    db: str | None = typer.Option(
        None, "--db", help="Database whose registered issue catalogue to use (without --issues)."
    ),
    workers: int = WorkersOption,
    parse: str | None = ParseOption,
) -> None:
    """Find who said what in each article.

    Each statement comes with its issues and stances (--issues FILE, else the catalogue
    registered with dixit issues add) and verified=false when the text says it is
    unconfirmed, denied or second-hand. --workers N analyses in N processes; the output
    is the same, in the same order.

    \b
    Example:
        dixit analyze samples/ --format table
        dixit analyze samples/depeches.jsonl --format jsonl > statements.jsonl
        dixit analyze samples/2025-03-21-tramway-opposition.txt --format csv
        dixit analyze samples/depeches.jsonl --cues samples/extra-cues.yaml
        dixit analyze samples/ --issues samples/issues/retraites.yaml --format json
    """
    day = parse_day(published)
    failures: list[Failure] = []
    with user_errors():
        cues = checked_cues(cues)
        catalogue = catalogue_for(issues, db)
        run_language = language_of_run(language)
        articles = readable_articles(
            inputs, failures, published=day, language=language, analysed_in=run_language
        )
        tally = Tally("analyze")
        if tally.enabled:
            tally.expect(expected_items(inputs))
        with tally.shown():
            found = analyse(
                articles,
                PipelineSettings(
                    model,
                    run_language,
                    cues,
                    parse=parse_mode(parse).value,
                    ner=ner_mode().value,
                ),
                workers=workers,
                on_failure=failed_analysis(failures),
            )
            annotated = (
                (article, annotate_article(article, statements, catalogue))
                for article, statements in found
            )
            results = _counted(annotated, tally)
            _write(results, output)
    if failures:
        err.print(f"{len(failures)} input(s) failed")
        raise typer.Exit(code=1)


def _counted(results: Results, tally: Tally) -> Iterator[tuple[Article, list[Statement]]]:
    statements = 0
    for article, found in results:
        statements += len(found)
        tally.advance(f"{statements} statement(s)")
        yield article, found


def _write(results: Results, output: OutputFormat) -> None:
    if output is OutputFormat.table:
        console = data_console()
        for article, statements in results:
            console.print(_table(article, statements))
    elif output is OutputFormat.jsonl:
        for _, statements in results:
            for s in statements:
                sys.stdout.write(json.dumps(s.to_dict(), ensure_ascii=False) + "\n")
    elif output is OutputFormat.csv:
        rows = (flat_statement(s.to_dict()) for _, found in results for s in found)
        write_csv(rows, sys.stdout, STATEMENT_COLUMNS)
    else:
        everything = [s.to_dict() for _, statements in results for s in statements]
        sys.stdout.write(json.dumps(everything, ensure_ascii=False, indent=2) + "\n")


def _table(article: Article, statements: list[Statement]) -> Table:
    source = article.meta.get("source", "")
    title = f"{article.title or Path(source).name or article.id}"
    when = article.published.isoformat() if article.published else "date unknown"
    table = Table(
        title=cell(f"{title} ({when}): {len(statements)} statement(s)"),
        show_lines=True,
        title_justify="left",
        expand=True,
    )
    table.add_column("speaker", ratio=2)
    table.add_column("cue", ratio=2)
    table.add_column("said", ratio=6)
    table.add_column("kind", min_width=8, no_wrap=True)
    table.add_column("date", min_width=10, no_wrap=True)
    for s in statements:
        speaker = s.speaker.name if s.speaker else f"? {s.speaker_mention or ''}".strip()
        cue = s.cue or ""
        if s.polarity == "negated":
            cue += " (neg.)"
        table.add_row(
            cell(speaker),
            cell(cue),
            cell(s.content),
            cell(s.kind),
            cell(s.statement_date.isoformat() if s.statement_date else ""),
        )
    return table
