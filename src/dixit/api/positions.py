"""Positions for the API and the pages: issues of statements, timelines and reversals.

Issues and stances come first from what the store holds (``Statement.issues``, filled at
ingest once issue catalogues are applied there). A catalogue given to ``dixit serve
--issues`` fills in statements stored without issues, at read time, with the same
``dixit.analyse`` functions. Reversals are those ``dixit flips`` lists
(``dixit.service.positions.stored_reversals``: computed across dated statements with a
catalogue, reported where the text says "volte-face"), kept until the store changes: the
list is rebuilt when the number or the newest key of the statements moves.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dixit.analyse import Issue, annotate
from dixit.model import IssueStance, Statement
from dixit.service.positions import stored_reversals
from dixit.store.models import ArticleRow, StatementRow

log = logging.getLogger(__name__)

#: Stores of up to this many statements get their reversals computed within the request.
SYNC_STATEMENTS = 5_000
#: A speaker's timeline reads at most this many of their latest statements.
TIMELINE_STATEMENTS = 300


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

    def __init__(self, catalogue: Sequence[Issue] = (), default_language: str = "fr") -> None:
        self.catalogue = list(catalogue)
        #: The language of articles stored without one (the ingest's run language).
        self.default_language = default_language
        self._lock = threading.Lock()
        self._version: tuple[int, int] | None = None
        self._reversals: list[dict[str, Any]] = []
        self._worker: threading.Thread | None = None

    # --- issues of one statement ------------------------------------------------------

    def issues_of(self, statement: Statement, language: str | None) -> list[IssueStance]:
        """The stored issues of ``statement``, else those the catalogue finds in it."""
        if statement.issues or not self.catalogue:
            return list(statement.issues)
        return annotate([statement], self.catalogue, language or self.default_language)[0].issues

    def with_issues(self, statement: Statement, language: str | None) -> Statement:
        """``statement`` with its issues filled in (a copy when the catalogue adds some)."""
        if statement.issues or not self.catalogue:
            return statement
        return annotate([statement], self.catalogue, language or self.default_language)[0]

    # --- a speaker's timeline ---------------------------------------------------------

    def timeline(self, session: Session, speaker_id: str) -> list[TimelinePoint]:
        """The stances the speaker took on issues, dated ones in date order, then the rest:
        over their ``TIMELINE_STATEMENTS`` latest statements, so a page stays quick."""
        query = (
            select(StatementRow.data, ArticleRow.language)
            .join(ArticleRow, StatementRow.article_id == ArticleRow.id)
            .where(StatementRow.speaker_id == speaker_id)
            .order_by(StatementRow.statement_date.desc(), StatementRow.pk.desc())
            .limit(TIMELINE_STATEMENTS)
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
        found, _ = self.reversal_list(session)
        day = since.isoformat() if since else None
        return [
            r
            for r in found
            if (speaker is None or r["speaker"].get("id") == speaker)
            and (issue is None or r["issue"].get("id") == issue)
            and (day is None or _after_day(r) >= day)
        ]

    def reversal(self, session: Session, reversal_id_: str) -> dict[str, Any] | None:
        found, _ = self.reversal_list(session)
        return next((r for r in found if r["id"] == reversal_id_), None)

    def reversal_list(self, session: Session) -> tuple[list[dict[str, Any]], bool]:
        """Every reversal, and whether a newer list is being computed.

        A store of up to ``SYNC_STATEMENTS`` statements is read in the request. A larger
        one is read in a background thread (one at a time): a request never waits for it
        and gets the last list computed (empty at first), with ``True``.
        """
        version = _store_version(session)
        with self._lock:
            if version == self._version:
                return self._reversals, False
            if version[0] <= SYNC_STATEMENTS:
                self._reversals, self._version = self._compute(session), version
                return self._reversals, False
            if self._worker is None:
                engine = session.get_bind()
                self._worker = threading.Thread(
                    target=self._refresh, args=(engine, version), daemon=True
                )
                self._worker.start()
            return self._reversals, True

    def _refresh(self, engine, version: tuple[int, int]) -> None:
        try:
            with Session(engine) as session:
                found = self._compute(session)
            with self._lock:
                self._reversals, self._version = found, version
        except Exception:  # logged; the next request tries again
            log.exception("reversals could not be computed")
        finally:
            with self._lock:
                self._worker = None

    def _compute(self, session: Session) -> list[dict[str, Any]]:
        # The reversals ``dixit flips`` lists (service.positions): canonical speakers, each
        # statement once, reported ones only where a cue is.
        found = stored_reversals(session, self.catalogue, default_language=self.default_language)
        dicts = [r.to_dict() for r in found]
        unique = {reversal_id(d): d for d in dicts}
        listed = [{"id": key} | value for key, value in unique.items()]
        return sorted(listed, key=lambda r: (_after_day(r), r["id"]), reverse=True)


def _timeline_order(point: TimelinePoint) -> tuple[bool, date, str, int]:
    day = point.statement.statement_date
    return day is None, day or date.min, point.statement.article, point.statement.content_span[0]


def _store_version(session: Session) -> tuple[int, int]:
    count, newest = session.execute(select(func.count(), func.max(StatementRow.pk))).one()
    return int(count or 0), int(newest or 0)
