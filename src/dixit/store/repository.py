"""Every read and write of the store, as functions of a SQLAlchemy ``Session``.

The CLI and the ingest service call these and never write SQL. Writes of one article
and its statements happen in one transaction, and adding an article that is already
stored changes nothing, so an interrupted ingest can simply be run again.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, fields, is_dataclass
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import Select, and_, column, func, literal_column, or_, select, table, update
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from dixit.errors import DixitError
from dixit.model import Article, Statement
from dixit.store.database import has_fts5
from dixit.store.issues import index_article_issues
from dixit.store.models import (
    ArticleRow,
    IngestError,
    IssueRow,
    Run,
    RunStatus,
    StatementIssueRow,
    StatementRow,
)

_WORDS = re.compile(r"\w+", re.UNICODE)


@lru_cache(maxsize=16)
def _fields(cls: type) -> tuple:
    return fields(cls)


def _now() -> datetime:
    return datetime.now(UTC)


class StoreRefused(DixitError):
    """The database refused an article's rows: the article is not stored, the batch goes on."""

    def __init__(self, article_id: str, reason: str) -> None:
        self.article_id = article_id
        self.reason = reason
        super().__init__(f"article {article_id[:80]!r} not stored: {reason}")


def refusal_reason(exc: DBAPIError) -> str:
    """The first line of the driver's message, without SQL or parameters."""
    message = str(exc.orig) if exc.orig is not None else str(exc)
    return message.strip().splitlines()[0] if message.strip() else type(exc).__name__


# --- writing -------------------------------------------------------------------------


def article_exists(session: Session, article_id: str) -> bool:
    return session.get(ArticleRow, article_id) is not None


def stored_content_hash(session: Session, article_id: str) -> str | None:
    return session.scalar(select(ArticleRow.content_hash).where(ArticleRow.id == article_id))


def add_article_with_statements(
    session: Session,
    article: Article,
    statements: Sequence[Statement],
    *,
    content_hash: str,
    status: str = "analysed",
    similarity: float | None = None,
    minhash: bytes | None = None,
    run_id: int | None = None,
) -> bool:
    """Store an article and its statements in one transaction; False if already stored.

    The transaction is committed here: an article is either stored whole, with all
    its statements, or not at all. Rows go in as two bulk ``INSERT`` statements (the
    article, then its statements in one ``executemany``) without a prior lookup: an
    article already stored fails on its primary key, which is rolled back and answered
    with False. Any other refusal of the database (a value too long for its column, a
    character it cannot hold) is rolled back and raised as :class:`StoreRefused`.
    """
    if session.in_transaction():
        session.commit()
    try:
        session.execute(
            _ARTICLES.insert(),
            _article_values(article, content_hash, status, similarity, minhash, run_id, _now()),
        )
        if statements:
            session.execute(
                _STATEMENTS.insert(), [statement_row_values(article.id, s) for s in statements]
            )
            index_article_issues(session, article.id, statements)
        session.commit()
    except IntegrityError as exc:
        # Stored before (by an earlier run, or by another writer since the caller looked).
        session.rollback()
        if article_exists(session, article.id):
            session.rollback()
            return False
        raise StoreRefused(article.id, refusal_reason(exc)) from exc
    except DBAPIError as exc:
        session.rollback()
        raise StoreRefused(article.id, refusal_reason(exc)) from exc
    return True


_ARTICLES = ArticleRow.__table__
_STATEMENTS = StatementRow.__table__


def _article_values(
    article: Article,
    content_hash: str,
    status: str,
    similarity: float | None,
    minhash: bytes | None,
    run_id: int | None,
    ingested_at: datetime,
) -> dict[str, Any]:
    source = article.meta.get("source")
    return {
        "id": article.id,
        "content_hash": content_hash,
        "url": article.url,
        "outlet": article.outlet,
        "title": article.title,
        "published": article.published,
        "language": article.language,
        "text": article.text,
        "paragraphs": [list(p) for p in article.paragraphs],
        "meta": _jsonable(article.meta),
        "source": str(source) if source else None,
        "status": status,
        "duplicate_of": article.duplicate_of,
        "similarity": similarity,
        "minhash": minhash,
        "run_id": run_id,
        "ingested_at": ingested_at,
    }


def statement_row_values(article_id: str, statement: Statement) -> dict[str, Any]:
    """The ``statements`` row of a statement: its filter columns and its whole JSON form."""
    speaker = statement.speaker
    return {
        "id": statement.id,
        "article_id": article_id,
        "kind": statement.kind,
        "content": statement.content,
        "start": statement.content_span[0],
        "end": statement.content_span[1],
        "cue": statement.cue,
        "cue_lemma": statement.cue_lemma,
        "polarity": statement.polarity,
        "speaker_id": speaker.id if speaker else None,
        "speaker_name": speaker.name if speaker else None,
        "speaker_type": speaker.type if speaker else None,
        "speaker_mention": statement.speaker_mention,
        "confidence": statement.confidence,
        "statement_date": statement.statement_date,
        "venue": statement.venue,
        "venue_type": statement.venue_type,
        "addressee_id": statement.addressee.id if statement.addressee else None,
        "certainty": statement.certainty,
        "anonymous": statement.anonymous,
        "data": statement_json(statement),
    }


#: Keys that lead a statement's JSON form, as in :meth:`Statement.to_dict`.
_LEADING = ("article", "id", "kind")


def statement_json(statement: Statement) -> dict[str, Any]:
    """``Statement.to_dict()`` made JSON-safe, without ``dataclasses.asdict``'s deep copies.

    ``asdict`` deep-copies every leaf and was a third of the store's time per article;
    this walks the fields once. ``tests/store`` checks it equals
    ``_jsonable(statement.to_dict())``.
    """
    values = {f.name: _jsonable(getattr(statement, f.name)) for f in _fields(Statement)}
    return {k: values[k] for k in _LEADING} | {k: v for k, v in values.items() if k not in _LEADING}


def _jsonable(value: Any) -> Any:
    """Dates, tuples and dataclasses to JSON types, so every backend stores the same document."""
    if value is None or isinstance(value, str | int | float):
        return value
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _jsonable(getattr(value, f.name)) for f in _fields(type(value))}
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [_jsonable(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def record_failure(
    session: Session,
    source: str,
    reason: str,
    position: str | None = None,
    run_id: int | None = None,
) -> None:
    """Keep a failed input in ``ingest_errors`` (committed at once: the batch goes on).

    NUL bytes, which PostgreSQL cannot hold in text, are shown as ``\\x00``: the failure
    that names them must itself be storable.
    """
    if session.in_transaction():
        session.rollback()
    session.add(
        IngestError(
            run_id=run_id,
            source=_printable(source),
            position=_printable(position)[:200] if position is not None else None,
            reason=_printable(reason),
            created_at=_now(),
        )
    )
    session.commit()


def _printable(value: str) -> str:
    return value.replace("\x00", "\\x00")


def start_run(
    session: Session, sources: Sequence[str], *, host: str | None = None, pid: int | None = None
) -> Run:
    """A new run, ``running`` until :func:`finish_run`, with the process that runs it."""
    now = _now()
    run = Run(
        started_at=now,
        sources=[_printable(str(s)) for s in sources],
        articles_new=0,
        articles_duplicate=0,
        articles_existing=0,
        failures=0,
        statements=0,
        status=RunStatus.running,
        host=host,
        pid=pid,
        heartbeat_at=now,
    )
    session.add(run)
    session.commit()
    return run


def open_runs(session: Session) -> list[Run]:
    """Runs still marked ``running``: live ones, and dead ones nobody has closed yet."""
    query = select(Run).where(Run.status == RunStatus.running).order_by(Run.id)
    return list(session.scalars(query))


def mark_interrupted(session: Session, run_ids: Sequence[int]) -> None:
    """Close runs whose process died; their stored articles stay (the next run resumes)."""
    if not run_ids:
        return
    session.execute(
        update(Run)
        .where(Run.id.in_(list(run_ids)), Run.status == RunStatus.running)
        .values(status=RunStatus.interrupted, finished_at=_now())
    )
    session.commit()


def beat(session: Session, run_id: int, **counts: int) -> None:
    """Record that run ``run_id`` is alive, with its counts so far."""
    session.execute(update(Run).where(Run.id == run_id).values(heartbeat_at=_now(), **counts))
    session.commit()


def finish_run(session: Session, run: Run, **counts: int) -> None:
    for name, value in counts.items():
        setattr(run, name, value)
    run.finished_at = _now()
    run.heartbeat_at = run.finished_at
    run.status = RunStatus.finished
    session.merge(run)
    session.commit()


def dedup_keys(session: Session) -> Iterator[tuple[str, str, bytes | None, str | None]]:
    """``(id, content hash, minhash, duplicate_of)`` of stored articles, originals first,
    to seed duplicate detection."""
    query = select(
        ArticleRow.id, ArticleRow.content_hash, ArticleRow.minhash, ArticleRow.duplicate_of
    ).order_by(ArticleRow.duplicate_of.is_not(None), ArticleRow.ingested_at)
    for row in session.execute(query.execution_options(yield_per=1000)):
        yield row.id, row.content_hash, row.minhash, row.duplicate_of


# --- reading -------------------------------------------------------------------------


@dataclass(frozen=True)
class StatementHit:
    """A statement with what a reader needs to know about its article."""

    statement: Statement
    title: str | None
    outlet: str | None
    published: date | None
    url: str | None

    def to_dict(self) -> dict[str, Any]:
        return self.statement.to_dict() | article_fields(
            self.title, self.outlet, self.published, self.url
        )


def article_fields(
    title: str | None, outlet: str | None, published: date | None, url: str | None
) -> dict[str, Any]:
    """The article's details a listed statement carries in its JSON."""
    return {
        "article_title": title,
        "article_outlet": outlet,
        "article_published": published.isoformat() if published else None,
        "article_url": url,
    }


@dataclass(frozen=True)
class ArticleSummary:
    id: str
    title: str | None
    outlet: str | None
    published: date | None
    language: str | None
    source: str | None
    status: str
    duplicate_of: str | None
    statements: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "outlet": self.outlet,
            "published": self.published.isoformat() if self.published else None,
            "language": self.language,
            "source": self.source,
            "status": self.status,
            "duplicate_of": self.duplicate_of,
            "statements": self.statements,
        }


@dataclass(frozen=True)
class SpeakerCount:
    id: str
    name: str
    type: str | None
    statements: int
    articles: int
    first: date | None
    last: date | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "statements": self.statements,
            "articles": self.articles,
            "first": self.first.isoformat() if self.first else None,
            "last": self.last.isoformat() if self.last else None,
        }


def _when():
    """A statement's date, or its article's publication date when it has none."""
    return func.coalesce(StatementRow.statement_date, ArticleRow.published)


def _like(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _text_condition(session: Session, text: str):
    words = _WORDS.findall(text)
    if not words:
        return None
    bind = session.get_bind()
    if bind.dialect.name == "postgresql":
        return literal_column("statements.search").op("@@")(
            func.plainto_tsquery("french", " ".join(words))
        )
    if has_fts5(bind):
        query = " ".join('"' + w.replace('"', "") + '"' for w in words)
        fts = table("statements_fts", column("rowid"))
        matching = select(fts.c.rowid).where(literal_column("statements_fts").op("MATCH")(query))
        return StatementRow.pk.in_(matching)
    return and_(*(StatementRow.content.ilike(_like(w), escape="\\") for w in words))


def statements_query(
    session: Session,
    *,
    speaker: str | None = None,
    since: date | None = None,
    until: date | None = None,
    text: str | None = None,
    kind: str | None = None,
    article: str | None = None,
    issue: str | None = None,
    venue_type: str | None = None,
    certainty: str | None = None,
) -> Select:
    """The filtered statements query, ordered by date then position (shared by export)."""
    query = select(
        StatementRow, ArticleRow.title, ArticleRow.outlet, ArticleRow.published, ArticleRow.url
    ).join(ArticleRow, StatementRow.article_id == ArticleRow.id)
    if speaker:
        pattern = _like(speaker)
        query = query.where(
            or_(
                StatementRow.speaker_id == speaker,
                StatementRow.speaker_name.ilike(pattern, escape="\\"),
                StatementRow.speaker_mention.ilike(pattern, escape="\\"),
            )
        )
    if since:
        query = query.where(_when() >= since)
    if until:
        query = query.where(_when() <= until)
    if kind:
        query = query.where(StatementRow.kind == kind)
    if article:
        query = query.where(StatementRow.article_id == article)
    if venue_type:
        query = query.where(StatementRow.venue_type == venue_type)
    if certainty:
        query = query.where(StatementRow.certainty == certainty)
    if issue:
        about = select(StatementIssueRow.statement_pk).where(StatementIssueRow.issue_id == issue)
        query = query.where(StatementRow.pk.in_(about))
    if text:
        condition = _text_condition(session, text)
        if condition is not None:
            query = query.where(condition)
    return query.order_by(_when().asc().nulls_last(), StatementRow.article_id, StatementRow.start)


def find_statements(
    session: Session, *, limit: int | None = None, **filters: Any
) -> list[StatementHit]:
    """Statements matching every given filter.

    ``speaker`` matches a canonical id exactly or a name or mention in part; ``since``
    and ``until`` bound the statement's date (the article's when it has none); ``text``
    is full-text search over what was said; ``kind`` is direct, indirect or mixed;
    ``issue`` is an issue id the statement is about; ``venue_type`` and ``certainty`` are
    values of ``VenueType`` and ``Certainty`` (``docs/venue.md``).
    """
    query = statements_query(session, **filters)
    if limit:
        query = query.limit(limit)
    return [_hit(row) for row in session.execute(query)]


def iter_statements(session: Session, **filters: Any) -> Iterator[StatementHit]:
    """Like :func:`find_statements`, streamed in chunks for exports of any size."""
    query = statements_query(session, **filters).execution_options(yield_per=500)
    for row in session.execute(query):
        yield _hit(row)


def _hit(row) -> StatementHit:
    statement_row, title, outlet, published, url = row
    return StatementHit(Statement.from_dict(statement_row.data), title, outlet, published, url)


def article_summary_columns() -> tuple[Any, ...]:
    """The columns of an :class:`ArticleSummary`, in its field order, but the count."""
    return (
        ArticleRow.id,
        ArticleRow.title,
        ArticleRow.outlet,
        ArticleRow.published,
        ArticleRow.language,
        ArticleRow.source,
        ArticleRow.status,
        ArticleRow.duplicate_of,
    )


def published_between(query: Select, since: date | None, until: date | None) -> Select:
    """``query`` restricted to articles published from ``since`` to ``until`` (inclusive)."""
    if since:
        query = query.where(ArticleRow.published >= since)
    if until:
        query = query.where(ArticleRow.published <= until)
    return query


def list_articles(
    session: Session,
    *,
    status: str | None = None,
    since: date | None = None,
    until: date | None = None,
    limit: int | None = None,
) -> list[ArticleSummary]:
    """Stored articles, newest first, with their number of statements."""
    counts = (
        select(StatementRow.article_id, func.count().label("n"))
        .group_by(StatementRow.article_id)
        .subquery()
    )
    query = select(*article_summary_columns(), func.coalesce(counts.c.n, 0)).outerjoin(
        counts, counts.c.article_id == ArticleRow.id
    )
    if status:
        query = query.where(ArticleRow.status == status)
    query = published_between(query, since, until)
    query = query.order_by(ArticleRow.published.desc().nulls_last(), ArticleRow.id)
    if limit:
        query = query.limit(limit)
    return [ArticleSummary(*row) for row in session.execute(query)]


def get_article(session: Session, article_id: str) -> Article | None:
    row = session.get(ArticleRow, article_id)
    if row is None:
        return None
    return Article.from_dict(
        {
            "id": row.id,
            "text": row.text,
            "published": row.published.isoformat() if row.published else None,
            "language": row.language,
            "title": row.title,
            "url": row.url,
            "outlet": row.outlet,
            "duplicate_of": row.duplicate_of,
            "meta": row.meta or {},
            "paragraphs": row.paragraphs or [],
        }
    )


def speakers(
    session: Session,
    *,
    since: date | None = None,
    until: date | None = None,
    name: str | None = None,
    limit: int | None = None,
) -> list[SpeakerCount]:
    """Canonical speakers with how many statements and articles they have, most first."""
    query = (
        select(
            StatementRow.speaker_id,
            func.max(StatementRow.speaker_name),
            func.max(StatementRow.speaker_type),
            func.count(StatementRow.pk),
            func.count(func.distinct(StatementRow.article_id)),
            func.min(_when()),
            func.max(_when()),
        )
        .join(ArticleRow, StatementRow.article_id == ArticleRow.id)
        .where(StatementRow.speaker_id.is_not(None))
        .group_by(StatementRow.speaker_id)
    )
    if since:
        query = query.where(_when() >= since)
    if until:
        query = query.where(_when() <= until)
    if name:
        query = query.where(StatementRow.speaker_name.ilike(_like(name), escape="\\"))
    query = query.order_by(func.count(StatementRow.pk).desc(), StatementRow.speaker_id)
    if limit:
        query = query.limit(limit)
    return [SpeakerCount(*row) for row in session.execute(query)]


def ingest_errors(session: Session, run_id: int | None = None) -> list[IngestError]:
    query = select(IngestError).order_by(IngestError.id)
    if run_id is not None:
        query = query.where(IngestError.run_id == run_id)
    return list(session.scalars(query))


def count_rows(session: Session) -> dict[str, int]:
    """Rows per table: what tests and ``dixit ingest`` summaries compare."""
    return {
        "articles": session.scalar(select(func.count()).select_from(ArticleRow)) or 0,
        "statements": session.scalar(select(func.count()).select_from(StatementRow)) or 0,
        "ingest_errors": session.scalar(select(func.count()).select_from(IngestError)) or 0,
        "runs": session.scalar(select(func.count()).select_from(Run)) or 0,
        "issues": session.scalar(select(func.count()).select_from(IssueRow)) or 0,
    }
