"""``dixit export``: every stored statement to a file, for notebooks and other tools."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path

import typer

from dixit.cli import app, err, report_error, user_errors
from dixit.cli._options import DbOption
from dixit.store import open_database, repository
from dixit.store.database import sessions
from dixit.store.formats import (
    STATEMENT_COLUMNS,
    flat_statement,
    write_csv,
    write_json,
    write_jsonl,
    write_parquet,
)


class ExportFormat(StrEnum):
    """The listing formats that make sense in a file, and Parquet."""

    json = "json"
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

    JSON and JSONL keep each statement's full JSON form; CSV and Parquet are flat tables.

    \b
    Example:
        dixit export --format parquet --output statements.parquet
        dixit export --format csv --output statements.csv
    """
    problem = unwritable(output)
    if problem:
        report_error(f"{output}: {problem}")
        raise typer.Exit(code=2)
    with user_errors():
        engine = open_database(db, existing=True)
    try:
        with sessions(engine)() as session:
            count = write_export(repository.iter_statements(session), output, fmt)
    except OSError as exc:
        report_error(f"{output}: cannot write: {exc.strerror or exc}")
        raise typer.Exit(code=2) from None
    finally:
        engine.dispose()
    err.print(f"{count} statement(s) written to {output}")


def unwritable(path: Path) -> str | None:
    """Why a file cannot be written at ``path`` (checked before the query runs), or None."""
    parent = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        return "is a directory"
    if not parent.exists():
        return f"directory {parent} does not exist"
    if not parent.is_dir():
        return f"{parent} is not a directory"
    return None


def write_export(hits: Iterable[repository.StatementHit], output: Path, fmt: ExportFormat) -> int:
    """Write ``hits`` to ``output`` in ``fmt``; the number of statements written."""
    if fmt is ExportFormat.parquet:
        return write_parquet((flat_statement(h.to_dict()) for h in hits), output, STATEMENT_COLUMNS)
    with output.open("w", encoding="utf-8", newline="") as out:
        if fmt is ExportFormat.jsonl:
            return write_jsonl((h.to_dict() for h in hits), out)
        if fmt is ExportFormat.json:
            return write_json((h.to_dict() for h in hits), out)
        rows = (flat_statement(h.to_dict()) for h in hits)
        return write_csv(rows, out, STATEMENT_COLUMNS)
