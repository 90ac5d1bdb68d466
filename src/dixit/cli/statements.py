"""``dixit statements``: query stored statements by speaker, date, text and kind."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from enum import StrEnum

import typer
from rich.table import Table

from dixit.cli import app, user_errors
from dixit.cli._options import DbOption, OutputFormat, OutputOption, QueryOption, parse_day
from dixit.cli._positions import IssueOption
from dixit.cli._render import cell, data_console
from dixit.model import Certainty, VenueType
from dixit.store import open_database, repository
from dixit.store.database import sessions
from dixit.store.formats import (
    STATEMENT_COLUMNS,
    flat_statement,
    write_csv,
    write_json,
    write_jsonl,
)


class KindChoice(StrEnum):
    direct = "direct"
    indirect = "indirect"
    mixed = "mixed"


@app.command("statements")
def statements_command(
    speaker: str | None = typer.Option(
        None, "--speaker", "-s", help="Speaker id, or part of a name or mention."
    ),
    since: str | None = typer.Option(None, "--since", help="From this date (YYYY-MM-DD)."),
    until: str | None = typer.Option(None, "--until", help="Up to this date (YYYY-MM-DD)."),
    query: str | None = QueryOption,
    kind: KindChoice | None = typer.Option(None, "--kind", help="direct, indirect or mixed."),
    issue: str | None = IssueOption,
    venue_type: VenueType | None = typer.Option(
        None,
        "--venue-type",
        help="Where it was said: interview, press_conference, statement, social_media, "
        "parliament, speech, court or other.",
    ),
    certainty: Certainty | None = typer.Option(
        None, "--certainty", help="asserted, hedged, conditional or denied."
    ),
    limit: int | None = typer.Option(None, "--limit", help="At most this many statements."),
    output: OutputFormat = OutputOption,
    db: str | None = DbOption,
) -> None:
    """Statements stored by dixit ingest, oldest first.

    \b
    Example:
        dixit statements --speaker Oudard --since 2025-03-01 --query tramway
        dixit statements --kind direct --format jsonl > direct.jsonl
        dixit statements --issue retirement-age-64 --format json
        dixit statements --venue-type interview --certainty hedged
    """
    filters = {
        "speaker": speaker,
        "since": parse_day(since),
        "until": parse_day(until),
        "text": query,
        "kind": kind.value if kind else None,
        "issue": issue,
        "venue_type": venue_type.value if venue_type else None,
        "certainty": certainty.value if certainty else None,
    }
    with user_errors():
        engine = open_database(db, existing=True)
    with sessions(engine)() as session:
        hits: Iterable[repository.StatementHit] = repository.iter_statements(session, **filters)
        if limit:
            hits = (h for _, h in zip(range(limit), hits, strict=False))
        if output is OutputFormat.table:
            data_console().print(_table(list(hits)))
        elif output is OutputFormat.jsonl:
            write_jsonl((h.to_dict() for h in hits), sys.stdout)
        elif output is OutputFormat.json:
            write_json((h.to_dict() for h in hits), sys.stdout)
        else:
            write_csv((flat_statement(h.to_dict()) for h in hits), sys.stdout, STATEMENT_COLUMNS)
    engine.dispose()


def _table(hits: list[repository.StatementHit]) -> Table:
    table = Table(title=f"{len(hits)} statement(s)", show_lines=True, expand=True)
    table.add_column("date", min_width=10, no_wrap=True)
    table.add_column("speaker", ratio=2)
    table.add_column("cue", ratio=2)
    table.add_column("said", ratio=6)
    table.add_column("article", ratio=2)
    for hit in hits:
        s = hit.statement
        when = s.statement_date or hit.published
        speaker = s.speaker.name if s.speaker else f"? {s.speaker_mention or ''}".strip()
        cue = (s.cue or "") + (" (neg.)" if s.polarity == "negated" else "")
        table.add_row(
            cell(when.isoformat() if when else ""),
            cell(speaker),
            cell(cue),
            cell(s.content),
            cell(hit.title or s.article),
        )
    return table
