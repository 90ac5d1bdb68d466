"""``dixit export``: every stored statement to a file, for notebooks and other tools."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

import typer

from dixit.cli import app, err
from dixit.cli._options import DbOption
from dixit.store import open_database, repository
from dixit.store.database import sessions
from dixit.store.formats import (
    STATEMENT_COLUMNS,
    flat_statement,
    write_csv,
    write_jsonl,
    write_parquet,
)


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


@app.command("export")
def export_command(
    output: Path = typer.Option(..., "--output", "-o", help="File to write."),
    fmt: ExportFormat = typer.Option(ExportFormat.jsonl, "--format", "-f", help="File format."),
    db: str | None = DbOption,
) -> None:
    """Write all stored statements, with their article's title, outlet and date.

    JSONL keeps each statement's full JSON form; CSV and Parquet are flat tables.

    \b
    Example:
        dixit export --format parquet --output statements.parquet
    """
    engine = open_database(db)
    with sessions(engine)() as session:
        hits = repository.iter_statements(session)
        if fmt is ExportFormat.parquet:
            count = write_parquet(
                (flat_statement(h.to_dict()) for h in hits), output, STATEMENT_COLUMNS
            )
        else:
            with output.open("w", encoding="utf-8", newline="") as out:
                if fmt is ExportFormat.jsonl:
                    count = write_jsonl((h.to_dict() for h in hits), out)
                else:
                    rows = (flat_statement(h.to_dict()) for h in hits)
                    count = write_csv(rows, out, STATEMENT_COLUMNS)
    engine.dispose()
    err.print(f"{count} statement(s) written to {output}")
