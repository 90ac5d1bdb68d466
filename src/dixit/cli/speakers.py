"""``dixit speakers``: who speaks in a set of articles, under which names, how often."""

from __future__ import annotations

import json
import sys
from enum import StrEnum

import typer
from rich.console import Console
from rich.table import Table

from dixit.cli import app, report_error
from dixit.cli._inputs import readable_articles
from dixit.cli._options import LanguageOption, ModelOption, parse_day
from dixit.core import analyze_many
from dixit.ingest.sources import Failure
from dixit.model import Statement
from dixit.resolve.speakers import SpeakerSummary, summarise_speakers, unify_speakers


class SpeakersFormat(StrEnum):
    table = "table"
    json = "json"


@app.command("speakers")
def speakers_command(
    inputs: list[str] = typer.Argument(
        ..., help="Text files, directories of them, JSONL corpora, or - for standard input."
    ),
    output: SpeakersFormat = typer.Option(
        SpeakersFormat.table, "--format", "-f", help="Output form."
    ),
    published: str | None = typer.Option(
        None, "--published", help="Publication date (YYYY-MM-DD) for inputs that lack one."
    ),
    language: str | None = LanguageOption,
    model: str | None = ModelOption,
) -> None:
    """List the canonical speakers of the inputs, with statement counts and their mentions.

    A surname-only speaker ("Leavitt") is joined across articles to the one full name the
    inputs give ("Karoline Leavitt"); two candidates leave it alone.

    \b
    Example:
        dixit speakers samples/ --format table
        dixit speakers corpus.jsonl --format json > speakers.json
    """
    day = parse_day(published)
    failures: list[Failure] = []

    articles = readable_articles(inputs, failures, published=day, language=language)
    per_article: list[list[Statement]] = [
        statements for _, statements in analyze_many(articles, model=model, language=language)
    ]
    unify_speakers(per_article)
    rows = summarise_speakers(s for statements in per_article for s in statements)
    if output is SpeakersFormat.json:
        sys.stdout.write(
            json.dumps([r.to_dict() for r in rows], ensure_ascii=False, indent=2) + "\n"
        )
    else:
        Console().print(_table(rows, len(per_article)))
    if failures:
        report_error(f"{len(failures)} input(s) failed")
        raise typer.Exit(code=1)


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
            row.name,
            row.type,
            row.id,
            str(row.statements),
            str(len(row.articles)),
            mentions,
        )
    return table
