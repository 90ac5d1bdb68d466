"""Positions for the API and the pages: issues of statements, timelines and reversals.

Issues and stances come first from what the store holds (``Statement.issues``, filled at
ingest once issue catalogues are applied there). A catalogue given to ``dixit serve
--issues`` fills in statements stored without issues, at read time, with the same
``dixit.analyse`` functions. Reversals are computed over every stored statement with
``dixit.analyse.computed_reversals`` (which needs a catalogue) and
``dixit.analyse.reported.reported_reversals`` (words such as "volte-face", found with or
without a catalogue), and kept until the store changes: the list is rebuilt when the
number or the newest key of the statements moves.
"""

from __future__ import annotations

import hashlib
import threading
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dixit.analyse import Issue, Reversal, annotate, computed_reversals
from dixit.analyse.reported import reported_reversals, reversal_cues
from dixit.model import IssueStance, Statement
from dixit.store import repository
from dixit.store.models import ArticleRow, StatementRow


@dataclass(frozen=True)
class TimelinePoint:
    """One statement of a speaker on one issue, with the stance it takes."""

    issue: IssueStance
    statement: Statement

    def to_dict(self) -> dict[str, Any]:
        s = self.statement
        return {
            "issue": {"id": self.issue.id, "label": self.issue.label, "stance": self.issue.stance},
            "statement": s.id,
            "article": s.article,
            "content": s.content,
            "statement_date": s.statement_date.isoformat() if s.statement_date else None,
        }


def reversal_id(reversal: dict[str, Any]) -> str:
    """A stable id for a reversal: the same two statements, issue and evidence, the same id."""
    key = "|".join(
        str(part)
        for part in (
            reversal["evidence"].get("kind"),
            reversal["issue"].get("id"),
            reversal["before"].get("statement") or reversal["before"].get("content_span"),
            reversal["after"].get("statement") or reversal["after"].get("content_span"),
            reversal["before"].get("article"),
        )
    )
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _after_day(reversal: dict[str, Any]) -> str:
    return reversal["after"].get("statement_date") or ""


class Positions:
    """Issues, timelines and reversals over one store, with an optional issue catalogue."""

    def __init__(self, catalogue: Sequence[Issue] = ()) -> None:
        self.catalogue = list(catalogue)
        self._lock = threading.Lock()
        self._version: tuple[int, int] | None = None
        self._reversals: list[dict[str, Any]] = []

    # --- issues of one statement ------------------------------------------------------

    def issues_of(self, statement: Statement, language: str | None) -> list[IssueStance]:
        """The stored issues of ``statement``, else those the catalogue finds in it."""
        if statement.issues or not self.catalogue:
            return list(statement.issues)
        return annotate([statement], self.catalogue, language)[0].issues

    def with_issues(self, statement: Statement, language: str | None) -> Statement:
        """``statement`` with its issues filled in (a copy when the catalogue adds some)."""
        if statement.issues or not self.catalogue:
            return statement
        return annotate([statement], self.catalogue, language)[0]

    # --- a speaker's timeline ---------------------------------------------------------

    def timeline(self, session: Session, speaker_id: str) -> list[TimelinePoint]:
        """Every stance the speaker took on an issue, dated ones in date order, then the rest."""
        query = (
            select(StatementRow.data, ArticleRow.language)
            .join(ArticleRow, StatementRow.article_id == ArticleRow.id)
            .where(StatementRow.speaker_id == speaker_id)
            .order_by(StatementRow.statement_date, StatementRow.article_id, StatementRow.start)
        )
        points = []
        for data, language in session.execute(query):
            statement = Statement.from_dict(data)
            points += [TimelinePoint(i, statement) for i in self.issues_of(statement, language)]
        return sorted(points, key=_timeline_order)

    # --- reversals --------------------------------------------------------------------

    def reversals(
        self,
        session: Session,
        *,
        speaker: str | None = None,
        issue: str | None = None,
        since: date | None = None,
    ) -> list[dict[str, Any]]:
        """Reversals in the store, latest change first, narrowed by speaker, issue, date."""
        found = self._all_reversals(session)
        day = since.isoformat() if since else None
        return [
            r
            for r in found
            if (speaker is None or r["speaker"].get("id") == speaker)
            and (issue is None or r["issue"].get("id") == issue)
            and (day is None or _after_day(r) >= day)
        ]

    def reversal(self, session: Session, reversal_id_: str) -> dict[str, Any] | None:
        return next((r for r in self._all_reversals(session) if r["id"] == reversal_id_), None)

    def _all_reversals(self, session: Session) -> list[dict[str, Any]]:
        version = _store_version(session)
        with self._lock:
            if version != self._version:
                self._reversals = self._compute(session)
                self._version = version
            return self._reversals

    def _compute(self, session: Session) -> list[dict[str, Any]]:
        by_article: dict[str, list[Statement]] = defaultdict(list)
        languages: dict[str, str | None] = {}
        query = select(StatementRow.data, ArticleRow.language).join(
            ArticleRow, StatementRow.article_id == ArticleRow.id
        )
        for data, language in session.execute(query.execution_options(yield_per=2000)):
            statement = Statement.from_dict(data)
            by_article[statement.article].append(statement)
            languages[statement.article] = language
        found: list[Reversal] = []
        if self.catalogue:
            by_language: dict[str | None, list[Statement]] = defaultdict(list)
            for article_id, statements in by_article.items():
                by_language[languages[article_id]] += statements
            for language, statements in by_language.items():
                found += computed_reversals(statements, self.catalogue, language)
        for article_id, statements in by_article.items():
            found += self._reported(session, article_id, statements, languages[article_id])
        dicts = [r.to_dict() for r in found]
        unique = {reversal_id(d): d for d in dicts}
        listed = [{"id": key} | value for key, value in unique.items()]
        return sorted(listed, key=lambda r: (_after_day(r), r["id"]), reverse=True)

    def _reported(
        self, session: Session, article_id: str, statements: Iterable[Statement], language
    ) -> list[Reversal]:
        article = repository.get_article(session, article_id)
        if article is None or not reversal_cues(article.text, language):
            return []
        return reported_reversals(article, list(statements), self.catalogue, language)


def _timeline_order(point: TimelinePoint) -> tuple[bool, date, str, int]:
    day = point.statement.statement_date
    return day is None, day or date.min, point.statement.article, point.statement.content_span[0]


def _store_version(session: Session) -> tuple[int, int]:
    count, newest = session.execute(select(func.count(), func.max(StatementRow.pk))).one()
    return int(count or 0), int(newest or 0)
