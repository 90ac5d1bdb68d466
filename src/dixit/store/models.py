"""The tables: articles, their statements, ingest errors and runs.

Statements keep the fields people filter on as columns (speaker, date, kind) and the
whole JSON form in ``data``, so that a row becomes a :class:`dixit.model.Statement`
again without loss when the model grows new fields.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


#: Longest article id the ``articles`` table holds (characters).
ARTICLE_ID_LENGTH = 200
#: Longest language tag the ``articles`` table holds ("fr", "pt-BR", "zh-Hant").
LANGUAGE_LENGTH = 8
#: Longest outlet name the ``articles`` table holds.
OUTLET_LENGTH = 300


class RunStatus(StrEnum):
    """Where a run stands: ``running`` until it ends; a run that died stays ``running`` until
    the next run finds its process gone and marks it ``interrupted``."""

    running = "running"
    finished = "finished"
    interrupted = "interrupted"


class Run(Base):
    """One ``dixit ingest`` invocation: what it read and what came of it."""

    __tablename__ = "runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    sources: Mapped[list] = mapped_column(JSON, default=list)
    articles_new: Mapped[int] = mapped_column(Integer, default=0)
    articles_duplicate: Mapped[int] = mapped_column(Integer, default=0)
    articles_existing: Mapped[int] = mapped_column(Integer, default=0)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    statements: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(20), default=RunStatus.running)
    #: The machine and process running it, to tell a live run from a dead one.
    host: Mapped[str | None] = mapped_column(String(255))
    pid: Mapped[int | None] = mapped_column(Integer)
    #: Last sign of life: set at the start and every few stored articles.
    heartbeat_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class ArticleRow(Base):
    __tablename__ = "articles"

    id: Mapped[str] = mapped_column(String(ARTICLE_ID_LENGTH), primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(40), index=True)
    url: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(String(OUTLET_LENGTH))
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[date | None] = mapped_column(Date, index=True)
    language: Mapped[str | None] = mapped_column(String(LANGUAGE_LENGTH))
    text: Mapped[str] = mapped_column(Text)
    paragraphs: Mapped[list] = mapped_column(JSON, default=list)
    meta: Mapped[dict] = mapped_column(JSON, default=dict)
    source: Mapped[str | None] = mapped_column(Text)
    #: ``analysed`` (statements stored), ``duplicate`` (not analysed), ``skipped`` (language).
    status: Mapped[str] = mapped_column(String(20), default="analysed")
    duplicate_of: Mapped[str | None] = mapped_column(String(200), index=True)
    similarity: Mapped[float | None] = mapped_column(Float)
    minhash: Mapped[bytes | None] = mapped_column(LargeBinary)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id"))
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    statements: Mapped[list[StatementRow]] = relationship(
        back_populates="article", cascade="all, delete-orphan", order_by="StatementRow.start"
    )


class StatementRow(Base):
    __tablename__ = "statements"
    __table_args__ = (
        Index("ix_statements_speaker_id", "speaker_id"),
        Index("ix_statements_statement_date", "statement_date"),
        Index("ix_statements_venue_type", "venue_type"),
        Index("ix_statements_certainty", "certainty"),
    )

    #: Integer key: FTS5 external content tables index by rowid.
    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(300), unique=True)
    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(10))
    content: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    cue: Mapped[str | None] = mapped_column(Text)
    cue_lemma: Mapped[str | None] = mapped_column(String(100))
    polarity: Mapped[str] = mapped_column(String(10))
    speaker_id: Mapped[str | None] = mapped_column(String(200))
    speaker_name: Mapped[str | None] = mapped_column(Text)
    speaker_type: Mapped[str | None] = mapped_column(String(20))
    speaker_mention: Mapped[str | None] = mapped_column(Text)
    confidence: Mapped[float] = mapped_column(Float, default=0.0)
    statement_date: Mapped[date | None] = mapped_column(Date)
    #: venue, addressee and certainty (migration 0005; null in statements stored before it)
    venue: Mapped[str | None] = mapped_column(Text)
    venue_type: Mapped[str | None] = mapped_column(String(20))
    addressee_id: Mapped[str | None] = mapped_column(String(200))
    certainty: Mapped[str | None] = mapped_column(String(20))
    #: the speaker is a source the text leaves unnamed (migration 0007; null before it)
    anonymous: Mapped[bool | None] = mapped_column(Boolean)
    data: Mapped[dict] = mapped_column(JSON)

    article: Mapped[ArticleRow] = relationship(back_populates="statements")


class IngestError(Base):
    """An input that could not be stored, with where and why, so a batch can go on."""

    __tablename__ = "ingest_errors"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id"), index=True)
    source: Mapped[str] = mapped_column(Text)
    position: Mapped[str | None] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


#: Longest issue id the ``issues`` and ``statement_issues`` tables hold (characters).
ISSUE_ID_LENGTH = 200


class IssueRow(Base):
    """One issue of the catalogue the user registered (``dixit issues add``).

    ``terms`` keeps the entry's phrase groups as written in the YAML file, so that the
    catalogue read back is the one added, and a changed entry replaces the stored one.
    """

    __tablename__ = "issues"

    id: Mapped[str] = mapped_column(String(ISSUE_ID_LENGTH), primary_key=True)
    label: Mapped[str] = mapped_column(Text)
    terms: Mapped[dict] = mapped_column(JSON, default=dict)
    #: the entry's ``sides`` as written (migration 0006; null for issues registered before)
    sides: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    source: Mapped[str | None] = mapped_column(Text)
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class StatementIssueRow(Base):
    """A statement's issue and its stance towards it: what ``--issue`` filters on.

    The same pairs are in the statement's ``data`` (``issues``); this table indexes them.
    An issue here need not be registered: ``--issues FILE`` annotates without registering.
    """

    __tablename__ = "statement_issues"
    __table_args__ = (Index("ix_statement_issues_issue_id", "issue_id"),)

    statement_pk: Mapped[int] = mapped_column(
        ForeignKey("statements.pk", ondelete="CASCADE"), primary_key=True
    )
    issue_id: Mapped[str] = mapped_column(String(ISSUE_ID_LENGTH), primary_key=True)
    stance: Mapped[str] = mapped_column(String(10))
