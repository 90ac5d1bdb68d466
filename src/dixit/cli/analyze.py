"""``dixit analyze``: statements of articles, for people (table) or scripts (JSON)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from dixit.cli import app, err, user_errors
from dixit.cli._inputs import readable_articles
from dixit.cli._options import CuesOption, LanguageOption, ModelOption, OutputFormat, parse_day
from dixit.core import analyze_many
from dixit.ingest.sources import Failure
from dixit.model import Article, Statement


@app.command("analyze")
def analyze_command(
    inputs: list[str] = typer.Argument(
        ..., help="Text files, directories of them, JSONL corpora, or - for standard input."
    ),
    output: OutputFormat = typer.Option(OutputFormat.table, "--format", "-f", help="Output form."),
    published: str | None = typer.Option(
        None, "--published", help="Publication date (YYYY-MM-DD) for inputs that lack one."
    ),
    language: str | None = LanguageOption,
    model: str | None = ModelOption,
    cues: str | None = CuesOption,
) -> None:
    """Find who said what in each article.

    \b
    Example:
        dixit analyze samples/ --format table
        dixit analyze corpus.jsonl --format jsonl > statements.jsonl
        dixit analyze story.txt --published 2025-08-19 --format json
        dixit analyze story.txt --cues my-cues.yaml
    """
    day = parse_day(published)
    failures: list[Failure] = []

    articles = readable_articles(inputs, failures, published=day, language=language)
    with user_errors():
        results = analyze_many(articles, model=model, language=language, cues=cues)
        if output is OutputFormat.table:
            _print_tables(results)
        elif output is OutputFormat.jsonl:
            for _, statements in results:
                for s in statements:
                    sys.stdout.write(json.dumps(s.to_dict(), ensure_ascii=False) + "\n")
        else:
            everything = [s.to_dict() for _, statements in results for s in statements]
            sys.stdout.write(json.dumps(everything, ensure_ascii=False, indent=2) + "\n")
    if failures:
        err.print(f"{len(failures)} input(s) failed")
        raise typer.Exit(code=1)


def _print_tables(results) -> None:
    console = Console()
    for article, statements in results:
        console.print(_table(article, statements))


def _table(article: Article, statements: list[Statement]) -> Table:
    source = article.meta.get("source", "")
    title = f"{article.title or Path(source).name or article.id}"
    when = article.published.isoformat() if article.published else "date unknown"
    table = Table(
        title=f"{title} ({when}): {len(statements)} statement(s)",
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
            speaker,
            cue,
            s.content,
            s.kind,
            s.statement_date.isoformat() if s.statement_date else "",
        )
    return table
