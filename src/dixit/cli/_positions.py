"""What the position commands share: their options, the catalogue they read, their output."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import typer
from sqlalchemy.engine import make_url

from dixit.analyse import Issue
from dixit.cli._options import OutputFormat
from dixit.errors import DixitError
from dixit.service.catalogues import choose_catalogue
from dixit.settings import get_settings
from dixit.store import open_database
from dixit.store.database import DatabaseError, normalise_url, sessions
from dixit.store.formats import write_csv, write_json, write_jsonl

log = logging.getLogger(__name__)

IssuesOption = typer.Option(
    None,
    "--issues",
    help="Issue catalogue (YAML, as samples/issues/ukraine-2025.yaml); "
    "default: the catalogue registered with dixit issues add.",
)
IssueOption = typer.Option(None, "--issue", "-i", help="Only this issue (its id).")
SinceOption = typer.Option(None, "--since", help="From this day on (YYYY-MM-DD).")


class BadOption(DixitError):
    """An option value that cannot be used, named with the option."""

    def __init__(self, option: str, reason: str) -> None:
        super().__init__(f"{option}: {reason}")


def day_option(value: str | None, option: str) -> date | None:
    """A YYYY-MM-DD option value; a bad one is a one-line :class:`BadOption`."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise BadOption(option, f"{value!r} is not a date in YYYY-MM-DD form") from None


def catalogue_for(issues: str | None, db: str | None) -> list[Issue]:
    """The catalogue of a command that may have no database (``dixit analyze``).

    ``--issues FILE`` wins; else the registered catalogue of ``--db``, or of the default
    database when it exists (an absent SQLite file is not created just to find none, and
    an unreachable default database leaves the statements without issues, with a warning).
    """
    if issues is not None or not database_exists(db):
        return choose_catalogue(issues, None)
    try:
        engine = open_database(db)
    except DatabaseError as exc:
        if db is not None:
            raise
        # The default database was not asked for: analysing goes on without its catalogue.
        log.warning("no registered issue catalogue: %s", exc)
        return []
    try:
        with sessions(engine)() as session:
            return choose_catalogue(None, session)
    finally:
        engine.dispose()


def database_exists(db: str | None) -> bool:
    """Whether ``db`` (or the default URL) names a database worth opening."""
    if db is not None:
        return True
    url = make_url(normalise_url(get_settings().database_url))
    if url.get_backend_name() != "sqlite":
        return True
    return url.database not in (None, "", ":memory:") and Path(url.database).is_file()


def flat(record: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """A nested record as flat columns ("speaker.id", "before.stance")."""
    row: dict[str, Any] = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            row |= flat(value, f"{name}.")
        else:
            row[name] = value
    return row


def write_records(records: Sequence[dict[str, Any]], output: OutputFormat) -> None:
    """Records as JSON, JSON Lines or CSV (the table form is each command's own)."""
    if output is OutputFormat.json:
        write_json(records, sys.stdout)
    elif output is OutputFormat.jsonl:
        write_jsonl(records, sys.stdout)
    else:
        rows = [flat(r) for r in records]
        columns = list(dict.fromkeys(k for row in rows for k in row)) or ["id"]
        write_csv(rows, sys.stdout, columns)
