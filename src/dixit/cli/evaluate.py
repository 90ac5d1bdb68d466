"""``dixit eval``: score the extractor on a gold corpus with the shared rule."""

from __future__ import annotations

import json
from dataclasses import asdict
from enum import StrEnum
from pathlib import Path

import typer
from rich.table import Table

from dixit.cli import app, report_error, user_errors
from dixit.cli._options import CuesOption, LanguageOption, ModelOption, checked_cues
from dixit.cli._render import cell, data_console
from dixit.eval.calibration import Judged, expected_calibration_error, judged, reliability
from dixit.eval.run import evaluate
from dixit.eval.scoring import Score
from dixit.service.languages import run_language


class EvalFormat(StrEnum):
    """Figures as tables for people, or one JSON document for scripts."""

    table = "table"
    json = "json"


@app.command("eval")
def eval_command(
    gold: Path = typer.Option(..., "--gold", help="Gold statements (JSONL, shared format)."),
    articles: Path = typer.Option(..., "--articles", help="The articles (JSONL)."),
    show_errors: bool = typer.Option(False, "--show-errors", help="List misses and mistakes."),
    output: EvalFormat = typer.Option(EvalFormat.table, "--format", "-f", help="Output form."),
    as_json: bool = typer.Option(False, "--json", hidden=True, help="Same as --format json."),
    calibration: bool = typer.Option(
        False,
        "--calibration",
        help="Instead of the scores: the reliability table of confidence (10 bins) and its "
        "expected calibration error.",
    ),
    model: str | None = ModelOption,
    language: str | None = LanguageOption,
    cues: str | None = CuesOption,
) -> None:
    """Score statements, speakers and dates against gold annotations.

    \b
    Example:
        dixit eval --gold tests/fixtures/dev/gold.jsonl \\
                   --articles tests/fixtures/dev/articles.jsonl --show-errors
        dixit eval --format json --gold tests/fixtures/dev/gold.jsonl \\
                   --articles tests/fixtures/dev/articles.jsonl
        dixit eval --calibration --gold tests/fixtures/dev/gold.jsonl \\
                   --articles tests/fixtures/dev/articles.jsonl
    """
    for path in (gold, articles):
        if not path.is_file():
            report_error(f"{path}: no such file")
            raise typer.Exit(code=2)
    if calibration:
        with user_errors():
            _print_calibration(judged(gold, articles, model=model), output)
        return
    with user_errors():
        cues = checked_cues(cues)
        score, failures = evaluate(
            gold, articles, model=model, cues=cues, language=run_language(language)
        )
    for failure in failures:
        report_error(failure)
    if as_json or output is EvalFormat.json:
        report = score.to_dict()
        if show_errors:
            report["errors"] = [asdict(e) for e in score.errors]
        typer.echo(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        _print(score, show_errors)
    if failures:
        raise typer.Exit(code=1)


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _print(score: Score, show_errors: bool) -> None:
    console = data_console()
    if show_errors:
        errors = Table(title="errors", show_lines=False, expand=True)
        for column in ("type", "article", "content", "expected", "got"):
            errors.add_column(column, overflow="fold")
        for e in score.errors:
            errors.add_row(*map(cell, (e.kind, e.article, e.content[:120], e.expected, e.got)))
        console.print(errors)
    table = Table(title=f"dixit eval: {score.articles} article(s)", title_justify="left")
    for column in ("kind", "precision", "recall", "F1", "predicted", "gold", "matched"):
        table.add_column(column)
    rows = [("all", score.statements), *sorted(score.by_kind.items())]
    for name, c in rows:
        table.add_row(
            name,
            _pct(c.precision),
            _pct(c.recall),
            _pct(c.f1),
            str(c.predicted),
            str(c.gold),
            str(c.tp_gold),
        )
    console.print(table)
    s = score.statements
    console.print(f"statements  P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}")
    console.print(f"speaker accuracy {_pct(score.speaker.value)} on {score.speaker.total} pairs")
    console.print(
        f"date accuracy {_pct(score.date.value)} on {score.date.total} pairs; "
        f"over-dated {score.over_dated}"
    )
    console.print(
        f"venue accuracy {_pct(score.venue.value)} on {score.venue.total} pairs; "
        f"venue where gold has none {score.venue_extra}; "
        f"addressee accuracy {_pct(score.addressee.value)} on {score.addressee.total} pairs"
    )
    flag = score.anonymous
    console.print(
        f"anonymous precision {_pct(flag.precision)} on {flag.predicted} flagged; "
        f"recall {_pct(flag.recall)} on {flag.gold} in the gold"
    )


def _print_calibration(found: list[Judged], output: EvalFormat) -> None:
    """The reliability table: per confidence bin, statements, mean confidence, share right."""
    table = reliability(found)
    ece = expected_calibration_error(table)
    if output is EvalFormat.json:
        rows = [
            {
                "low": b.low,
                "high": b.high,
                "count": b.count,
                "confidence": b.confidence,
                "right": b.right,
            }
            for b in table
        ]
        right = sum(e.right for e in found)
        body = {"statements": len(found), "right": right, "ece": round(ece, 4), "bins": rows}
        typer.echo(json.dumps(body, indent=2))
        return
    view = Table(title=f"confidence: {len(found)} statement(s)", title_justify="left")
    for column in ("confidence", "statements", "mean confidence", "right"):
        view.add_column(column)
    for b in table:
        view.add_row(f"{b.low:.1f}-{b.high:.1f}", str(b.count), _pct(b.confidence), _pct(b.right))
    console = data_console()
    console.print(view)
    console.print(f"expected calibration error {ece:.3f}")
