"""What a database holds after a run, without what differs between two runs of the same input.

Two ingests of the same corpus (one process, several, a Dask cluster; SQLite or
PostgreSQL) must store the same rows: the same articles with the same keys, statements
and failures. Row numbers, run ids and times belong to the run, not to the data, and are
left out; rows are sorted by their natural keys so the order of writing does not matter.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from dixit.store import open_database
from dixit.store.database import sessions
from dixit.store.models import ArticleRow, IngestError, StatementIssueRow, StatementRow

#: Columns that say when and in which run a row was written, not what it holds.
RUN_COLUMNS = {"pk", "run_id", "ingested_at"}


def _values(row: Any, columns: list[str]) -> tuple:
    return tuple(getattr(row, name) for name in columns)


def _columns(model: type) -> list[str]:
    return [c.key for c in model.__table__.columns if c.key not in RUN_COLUMNS]


def stored_rows(url: str) -> dict[str, list[tuple]]:
    """Articles, statements, their issues and the failures of the database at ``url``."""
    engine = open_database(url)
    try:
        with sessions(engine)() as session:
            articles = session.scalars(select(ArticleRow).order_by(ArticleRow.id))
            statements = session.scalars(select(StatementRow).order_by(StatementRow.id))
            issues = session.execute(
                select(StatementRow.id, StatementIssueRow.issue_id, StatementIssueRow.stance)
                .join(StatementRow, StatementRow.pk == StatementIssueRow.statement_pk)
                .order_by(StatementRow.id, StatementIssueRow.issue_id)
            )
            errors = session.scalars(select(IngestError))
            return {
                "articles": [_values(a, _columns(ArticleRow)) for a in articles],
                "statements": [_values(s, _columns(StatementRow)) for s in statements],
                "statement_issues": [tuple(row) for row in issues],
                "ingest_errors": sorted((e.source, e.position or "", e.reason) for e in errors),
            }
    finally:
        engine.dispose()
