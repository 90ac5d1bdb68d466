"""Issues in the store: the registered catalogue, and each statement's issues and stances.

A statement's issues live twice: in its JSON ``data`` (what ``Statement.from_dict`` gives
back, and what ``dixit statements`` prints) and in ``statement_issues`` (what ``--issue``
filters on). :func:`write_statement_issues` keeps the two in step; nothing else writes
either.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from dixit.model import IssueStance, Statement
from dixit.store.models import ArticleRow, IssueRow, StatementIssueRow, StatementRow


@dataclass(frozen=True)
class RegisteredIssue:
    """A catalogue entry as registered: its YAML mapping, and where it came from."""

    id: str
    label: str
    terms: dict[str, Any]
    source: str | None
    added_at: datetime | None
    sides: dict[str, Any] | None = None

    def entry(self) -> dict[str, Any]:
        """The catalogue entry (``id``, ``label``, ``terms``, ``sides`` when it has
        any), as in a YAML catalogue."""
        entry = {"id": self.id, "label": self.label, "terms": self.terms}
        return entry | ({"sides": self.sides} if self.sides else {})

    def to_dict(self) -> dict[str, Any]:
        return self.entry() | {
            "source": self.source,
            "added_at": self.added_at.isoformat() if self.added_at else None,
        }


def registered_issues(session: Session) -> list[RegisteredIssue]:
    """The registered catalogue, in id order."""
    rows = session.scalars(select(IssueRow).order_by(IssueRow.id))
    return [
        RegisteredIssue(r.id, r.label, r.terms or {}, r.source, r.added_at, r.sides or None)
        for r in rows
    ]


def register_issues(
    session: Session, entries: Sequence[Mapping[str, Any]], source: str | None
) -> tuple[list[str], list[str]]:
    """Add catalogue entries; an entry whose id is registered replaces it. Committed.

    Returns the ids added and the ids whose entry changed (an identical entry is neither).
    """
    added: list[str] = []
    changed: list[str] = []
    now = datetime.now(UTC)
    for entry in entries:
        issue_id = str(entry["id"])
        label = str(entry.get("label") or issue_id)
        terms = dict(entry.get("terms") or {})
        sides = dict(entry.get("sides") or {}) or None
        row = session.get(IssueRow, issue_id)
        if row is None:
            session.add(
                IssueRow(
                    id=issue_id, label=label, terms=terms, sides=sides, source=source, added_at=now
                )
            )
            added.append(issue_id)
        elif (row.label, row.terms, row.sides or None) != (label, terms, sides):
            row.label, row.terms, row.sides = label, terms, sides
            row.source, row.added_at = source, now
            changed.append(issue_id)
    session.commit()
    return added, changed


def write_statement_issues(
    session: Session, changes: Iterable[tuple[int, dict[str, Any], list[IssueStance]]]
) -> int:
    """Set the issues of stored statements: ``(pk, data, issues)`` each, ``data`` being the
    row's JSON as stored. Not committed (the caller commits a batch); returns how many."""
    count = 0
    for pk, data, issues in changes:
        values = [{"id": i.id, "label": i.label, "stance": i.stance} for i in issues]
        session.execute(
            update(StatementRow).where(StatementRow.pk == pk).values(data=data | {"issues": values})
        )
        session.execute(delete(StatementIssueRow).where(StatementIssueRow.statement_pk == pk))
        if values:
            session.execute(
                insert(StatementIssueRow),
                [{"statement_pk": pk, "issue_id": i.id, "stance": i.stance} for i in issues],
            )
        count += 1
    return count


def index_article_issues(
    session: Session, article_id: str, statements: Sequence[Statement]
) -> None:
    """Fill ``statement_issues`` for an article's statements just inserted (same transaction)."""
    with_issues = {s.id: s.issues for s in statements if s.issues}
    if not with_issues:
        return
    pks = session.execute(
        select(StatementRow.id, StatementRow.pk).where(StatementRow.article_id == article_id)
    )
    rows = [
        {"statement_pk": pk, "issue_id": issue.id, "stance": issue.stance}
        for statement_id, pk in pks
        for issue in with_issues.get(statement_id, ())
    ]
    if rows:
        session.execute(insert(StatementIssueRow), rows)


@dataclass(frozen=True)
class StoredStatement:
    """A stored statement with its row key and its article's language and date."""

    pk: int
    data: dict[str, Any]
    language: str | None
    published: date | None

    @property
    def statement(self) -> Statement:
        return Statement.from_dict(self.data)


def stored_statements(
    session: Session,
    *,
    article_id: str | None = None,
    speaker_ids: Sequence[str] | None = None,
    issue_id: str | None = None,
    batch: int = 500,
) -> Iterator[StoredStatement]:
    """Stored statements (of one article, of some speaker ids, about one issue), streamed
    in article then text order."""
    query = select(
        StatementRow.pk, StatementRow.data, ArticleRow.language, ArticleRow.published
    ).join(ArticleRow, StatementRow.article_id == ArticleRow.id)
    if article_id is not None:
        query = query.where(StatementRow.article_id == article_id)
    if speaker_ids is not None:
        query = query.where(StatementRow.speaker_id.in_(list(speaker_ids)))
    if issue_id is not None:
        about = select(StatementIssueRow.statement_pk).where(StatementIssueRow.issue_id == issue_id)
        query = query.where(StatementRow.pk.in_(about))
    query = query.order_by(StatementRow.article_id, StatementRow.start, StatementRow.pk)
    for row in session.execute(query.execution_options(yield_per=batch)):
        yield StoredStatement(row.pk, row.data, row.language, row.published)


def stored_speakers(session: Session) -> list[tuple[str, str, str]]:
    """Every (speaker id, name, type) the store holds, one per id."""
    query = (
        select(
            StatementRow.speaker_id,
            func.max(StatementRow.speaker_name),
            func.max(StatementRow.speaker_type),
        )
        .where(StatementRow.speaker_id.is_not(None))
        .group_by(StatementRow.speaker_id)
        .order_by(StatementRow.speaker_id)
    )
    return [(row[0], row[1] or row[0], row[2] or "unknown") for row in session.execute(query)]


def analysed_article_ids(session: Session) -> list[str]:
    """Ids of the articles whose statements are stored (not duplicates nor skipped)."""
    query = select(ArticleRow.id).where(ArticleRow.status == "analysed").order_by(ArticleRow.id)
    return list(session.scalars(query))
