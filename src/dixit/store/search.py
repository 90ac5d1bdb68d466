"""Paged reads of the store for the REST API and the web UI: filters, full-text, issues.

``repository`` answers the command line, which streams whole result sets; a web client
asks for one page at a time and must get it in a few milliseconds out of hundreds of
thousands of statements. The queries here therefore order by indexed columns only (a
statement's own date, then its key), find text through the full-text indexes (SQLite FTS5
tables ``statements_fts`` and ``articles_fts``, PostgreSQL ``tsvector`` columns with GIN
indexes: never a LIKE scan), and fetch one row more than asked to tell whether another page
follows, instead of counting every match.

Issues and stances are read from each statement's stored JSON (``Statement.issues``), so
they fill in as soon as the ingest stores them, whichever table layout the store grows.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache
from typing import Any, Generic, TypeVar

from sqlalchemy import ColumnElement, Engine, Select, func, inspect, select, text
from sqlalchemy.orm import Session

from dixit.model import Statement
from dixit.store.models import ArticleRow, StatementIssueRow, StatementRow
from dixit.store.repository import (
    ArticleSummary,
    SpeakerCount,
    article_fields,
    article_summary_columns,
    published_between,
)

_WORDS = re.compile(r"\w+", re.UNICODE)

T = TypeVar("T")


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of results, and whether another follows it."""

    items: list[T]
    limit: int
    offset: int
    has_more: bool


@dataclass(frozen=True)
class StatementFilters:
    """What ``GET /statements`` narrows by; every field is optional."""

    speaker: str | None = None
    issue: str | None = None
    stance: str | None = None
    kind: str | None = None
    since: date | None = None
    until: date | None = None
    q: str | None = None
    article: str | None = None
    #: a ``VenueType`` value and a ``Certainty`` value (``docs/venue.md``)
    venue_type: str | None = None
    certainty: str | None = None


@dataclass
class StatementFound:
    """A stored statement as its JSON, with its article's details and language.

    ``data`` is the statement's stored JSON form, served as it is: building a
    :class:`Statement` costs more than the query, so it is made only when asked for.
    """

    data: dict[str, Any]
    title: str | None
    outlet: str | None
    published: date | None
    url: str | None
    language: str | None

    @cached_property
    def statement(self) -> Statement:
        return Statement.from_dict(self.data)

    def to_dict(self) -> dict[str, Any]:
        """The JSON of :meth:`StatementHit.to_dict`, without the round trip."""
        return self.data | article_fields(self.title, self.outlet, self.published, self.url)


@dataclass(frozen=True)
class IssueCount:
    """An issue as the stored statements name it, with how often each stance is taken."""

    id: str
    label: str
    statements: int
    stances: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "statements": self.statements,
            "stances": dict(self.stances),
        }


# --- full-text ---------------------------------------------------------------------------


def search_words(query: str) -> list[str]:
    """The words of a user's query: punctuation and operators are not syntax here."""
    return _WORDS.findall(query)


def fts5_query(words: Sequence[str]) -> str:
    """An FTS5 query that matches every word, each quoted so none is read as an operator."""
    return " ".join('"' + word.replace('"', "") + '"' for word in words)


@lru_cache(maxsize=32)
def _tables(engine: Engine) -> frozenset[str]:
    return frozenset(inspect(engine).get_table_names())


def has_table(session: Session, name: str) -> bool:
    """Whether the database has table ``name`` (FTS5 tables exist only where SQLite has FTS5)."""
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    return name in _tables(engine)


def statement_text_condition(
    session: Session, query: str, *, walk_dates: bool = False
) -> ColumnElement[bool] | None:
    """Statements whose content has every word of ``query``; None when it has no word.

    With ``walk_dates`` (SQLite), the key is compared as ``pk + 0``: SQLite then cannot
    look each match up by key and walks the date index instead, stopping at the first
    page of matches (see :func:`_many_matches`).
    """
    words = search_words(query)
    if not words:
        return None
    if session.get_bind().dialect.name == "postgresql":
        return text("statements.search @@ plainto_tsquery('french', :statement_q)").bindparams(
            statement_q=" ".join(words)
        )
    if not has_table(session, "statements_fts"):
        return text("0 = 1")  # SQLite without FTS5: no search rather than a full scan
    key = StatementRow.pk + 0 if walk_dates else StatementRow.pk
    return key.in_(
        select(text("rowid"))
        .select_from(text("statements_fts"))
        .where(text("statements_fts MATCH :statement_q").bindparams(statement_q=fts5_query(words)))
    )


def article_text_condition(session: Session, query: str) -> ColumnElement[bool] | None:
    """Articles whose title or text has every word of ``query``; None without a word."""
    words = search_words(query)
    if not words:
        return None
    if session.get_bind().dialect.name == "postgresql":
        return text("articles.search @@ plainto_tsquery('french', :article_q)").bindparams(
            article_q=" ".join(words)
        )
    if not has_table(session, "articles_fts"):
        return text("0 = 1")
    return ArticleRow.id.in_(
        select(text("article_id"))
        .select_from(text("articles_fts"))
        .where(text("articles_fts MATCH :article_q").bindparams(article_q=fts5_query(words)))
    )


# --- issues of the statements -------------------------------------------------------------


def issue_condition(issue: str | None, stance: str | None) -> ColumnElement[bool]:
    """Statements that take ``stance`` (any, if None) on ``issue`` (any, if None): read in
    the indexed ``statement_issues`` table, which ``store.issues`` keeps in step with the
    statements' JSON (as ``dixit statements --issue`` does), not by scanning that JSON."""
    about = select(StatementIssueRow.statement_pk)
    if issue is not None:
        about = about.where(StatementIssueRow.issue_id == issue)
    if stance is not None:
        about = about.where(StatementIssueRow.stance == stance)
    return StatementRow.pk.in_(about)


def issue_counts(session: Session) -> list[IssueCount]:
    """Every issue the stored statements take a stance on, most discussed first."""
    if session.get_bind().dialect.name == "postgresql":
        sql = (
            "SELECT i ->> 'id', max(i ->> 'label'), i ->> 'stance', count(*) FROM statements, "
            "json_array_elements(statements.data -> 'issues') AS i GROUP BY 1, 3"
        )
    else:
        sql = (
            "SELECT json_extract(i.value, '$.id'), max(json_extract(i.value, '$.label')), "
            "json_extract(i.value, '$.stance'), count(*) "
            "FROM statements, json_each(statements.data, '$.issues') AS i GROUP BY 1, 3"
        )
    labels: dict[str, str] = {}
    stances: dict[str, dict[str, int]] = {}
    for issue_id, label, stance, count in session.execute(text(sql)):
        if issue_id is None:
            continue
        labels[issue_id] = label or labels.get(issue_id) or issue_id
        stances.setdefault(issue_id, {})[stance or "unclear"] = count
    found = [IssueCount(i, labels[i], sum(s.values()), s) for i, s in stances.items()]
    return sorted(found, key=lambda c: (-c.statements, c.id))


# --- pages -------------------------------------------------------------------------------


def _page(rows: list[T], limit: int, offset: int) -> Page[T]:
    return Page(rows[:limit], limit, offset, len(rows) > limit)


def _newest_first(session: Session, column) -> Any:
    """Newest first with undated rows last, on both backends (PostgreSQL puts NULLs first
    in a descending order unless told; SQLite puts them last and would not use the index
    for an explicit NULLS LAST)."""
    if session.get_bind().dialect.name == "postgresql":
        return column.desc().nulls_last()
    return column.desc()


def statement_keys(session: Session, filters: StatementFilters) -> Select:
    """Keys of the statements matching ``filters``, newest said first (undated last).

    Only ``statements`` columns are read here, so that the order and the window come
    from its indexes (date; speaker or kind then date; FTS rowids) without carrying each
    row's JSON through a sort; :func:`fetch_statements` then reads the page's rows.
    """
    query = select(StatementRow.pk)
    if filters.speaker:
        query = query.where(StatementRow.speaker_id == filters.speaker)
    if filters.article:
        query = query.where(StatementRow.article_id == filters.article)
    if filters.kind:
        query = query.where(StatementRow.kind == filters.kind)
    if filters.venue_type:
        query = query.where(StatementRow.venue_type == filters.venue_type)
    if filters.certainty:
        query = query.where(StatementRow.certainty == filters.certainty)
    if filters.since:
        query = query.where(StatementRow.statement_date >= filters.since)
    if filters.until:
        query = query.where(StatementRow.statement_date <= filters.until)
    if filters.issue or filters.stance:
        query = query.where(issue_condition(filters.issue, filters.stance))
    if filters.q:
        walk_dates = not (filters.speaker or filters.kind or filters.article) and _many_matches(
            session, filters.q
        )
        condition = statement_text_condition(session, filters.q, walk_dates=walk_dates)
        if condition is not None:
            query = query.where(condition)
    return query.order_by(
        _newest_first(session, StatementRow.statement_date), StatementRow.pk.desc()
    )


#: Matches past which walking the date index beats sorting the matches (SQLite).
MANY_MATCHES = 1_000


def _many_matches(session: Session, query: str) -> bool:
    """Whether ``query`` matches so many statements that SQLite should walk the date index
    and stop at the first page of matches, rather than sort every match by date (its own
    choice, and the right one for rare words). PostgreSQL plans this by its statistics."""
    if session.get_bind().dialect.name != "sqlite" or not has_table(session, "statements_fts"):
        return False
    words = search_words(query)
    if not words:
        return False  # a query of punctuation only filters nothing (and FTS5 refuses "")
    counted = session.scalar(
        text(
            "SELECT count(*) FROM (SELECT rowid FROM statements_fts "
            "WHERE statements_fts MATCH :statement_q LIMIT :cap)"
        ).bindparams(statement_q=fts5_query(words), cap=MANY_MATCHES)
    )
    return (counted or 0) >= MANY_MATCHES


def fetch_statements(session: Session, keys: Sequence[int]) -> list[StatementFound]:
    """The statements of ``keys`` with their articles' details, in the order of ``keys``."""
    if not keys:
        return []
    query = (
        select(
            StatementRow.pk,
            StatementRow.data,
            ArticleRow.title,
            ArticleRow.outlet,
            ArticleRow.published,
            ArticleRow.url,
            ArticleRow.language,
        )
        .join(ArticleRow, StatementRow.article_id == ArticleRow.id)
        .where(StatementRow.pk.in_(list(keys)))
    )
    found = {row[0]: StatementFound(*row[1:]) for row in session.execute(query)}
    return [found[key] for key in keys if key in found]


def statement_page(
    session: Session, filters: StatementFilters, *, limit: int, offset: int
) -> Page[StatementFound]:
    """One page of the statements matching ``filters``, newest said first."""
    keys = list(session.scalars(statement_keys(session, filters).limit(limit + 1).offset(offset)))
    return Page(fetch_statements(session, keys[:limit]), limit, offset, len(keys) > limit)


def get_statement(session: Session, statement_id: str) -> StatementFound | None:
    """One statement by its id, with its article's details."""
    key = session.scalar(select(StatementRow.pk).where(StatementRow.id == statement_id))
    found = fetch_statements(session, [key]) if key is not None else []
    return found[0] if found else None


def article_statements(session: Session, article_id: str) -> list[Statement]:
    """Every statement of one article, in text order."""
    query = (
        select(StatementRow.data)
        .where(StatementRow.article_id == article_id)
        .order_by(StatementRow.start, StatementRow.pk)
    )
    return [Statement.from_dict(data) for data in session.scalars(query)]


def article_page(
    session: Session,
    *,
    q: str | None = None,
    since: date | None = None,
    until: date | None = None,
    limit: int,
    offset: int,
) -> Page[ArticleSummary]:
    """One page of stored articles, newest published first, with their statement counts."""
    query = select(*article_summary_columns())
    if q:
        condition = article_text_condition(session, q)
        if condition is not None:
            query = query.where(condition)
    query = published_between(query, since, until)
    query = query.order_by(_newest_first(session, ArticleRow.published), ArticleRow.id)
    rows = list(session.execute(query.limit(limit + 1).offset(offset)))
    counts = _statement_counts(session, [row.id for row in rows])
    summaries = [ArticleSummary(*row, counts.get(row.id, 0)) for row in rows]
    return _page(summaries, limit, offset)


def _statement_counts(session: Session, article_ids: list[str]) -> dict[str, int]:
    if not article_ids:
        return {}
    query = (
        select(StatementRow.article_id, func.count())
        .where(StatementRow.article_id.in_(article_ids))
        .group_by(StatementRow.article_id)
    )
    return {article_id: count for article_id, count in session.execute(query)}


def article_summary(session: Session, article_id: str) -> ArticleSummary | None:
    """One article's summary line, or None when it is not stored."""
    query = select(*article_summary_columns()).where(ArticleRow.id == article_id)
    row = session.execute(query).first()
    if row is None:
        return None
    return ArticleSummary(*row, _statement_counts(session, [article_id]).get(article_id, 0))


def speaker_page(
    session: Session, *, name: str | None = None, limit: int, offset: int
) -> Page[SpeakerCount]:
    """One page of canonical speakers, most statements first.

    ``name`` keeps the speakers whose name has every word of it (compared without case
    or accents in Python over the distinct speakers: their number is small next to the
    statements', and a name is not worth a full-text index of its own).
    """
    query = _speaker_select().order_by(func.count(StatementRow.pk).desc(), StatementRow.speaker_id)
    if name:
        wanted = [_fold(w) for w in search_words(name)]
        matching = [
            row for row in session.execute(query) if all(w in _fold(row[1] or "") for w in wanted)
        ]
        return _page(
            [SpeakerCount(*row) for row in matching[offset : offset + limit + 1]], limit, offset
        )
    rows = session.execute(query.limit(limit + 1).offset(offset))
    return _page([SpeakerCount(*row) for row in rows], limit, offset)


def speaker_summary(session: Session, speaker_id: str) -> SpeakerCount | None:
    """One canonical speaker's counts, or None when no statement names them."""
    row = session.execute(_speaker_select().where(StatementRow.speaker_id == speaker_id)).first()
    return SpeakerCount(*row) if row is not None else None


def _speaker_select() -> Select:
    """Speakers with their counts and the span of their statements' own dates (as the
    statement list filters them), read from ``statements`` alone: no join to articles."""
    return (
        select(
            StatementRow.speaker_id,
            func.max(StatementRow.speaker_name),
            func.max(StatementRow.speaker_type),
            func.count(StatementRow.pk),
            func.count(func.distinct(StatementRow.article_id)),
            func.min(StatementRow.statement_date),
            func.max(StatementRow.statement_date),
        )
        .where(StatementRow.speaker_id.is_not(None))
        .group_by(StatementRow.speaker_id)
    )


def _fold(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
