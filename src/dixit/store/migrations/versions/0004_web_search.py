"""Web reads: full-text search over articles, and indexes for paged statement lists.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30

The search page and ``GET /articles?q=`` find articles by their words without a LIKE scan.
SQLite gets an FTS5 table ``articles_fts`` holding a copy of each article's title and text
under its id, kept in step by triggers on ``articles`` (an external-content table would
index by ``rowid``, which ``VACUUM`` may renumber on a table keyed by a string). PostgreSQL
gets a generated ``tsvector`` column ``articles.search`` with a GIN index. Articles stored
before this revision are indexed here.

``GET /api/statements`` lists newest first within a speaker or a kind: the indexes
(speaker_id, statement_date) and (kind, statement_date) give that order directly (the key
``pk`` rides along in both backends' index entries), instead of sorting every statement
of a speaker to show twenty.
"""

from __future__ import annotations

import logging

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)

#: Characters of an article's text that PostgreSQL indexes: a ``tsvector`` is capped at
#: 1 MB, and the words of a text this long are all found well before the end.
POSTGRES_INDEXED_CHARS = 200_000

_SQLITE_TRIGGERS = (
    "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN "
    "INSERT INTO articles_fts(article_id, title, text) "
    "VALUES (new.id, coalesce(new.title, ''), new.text); END",
    "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN "
    "DELETE FROM articles_fts WHERE article_id = old.id; END",
    "CREATE TRIGGER articles_fts_update AFTER UPDATE OF id, title, text ON articles BEGIN "
    "DELETE FROM articles_fts WHERE article_id = old.id; "
    "INSERT INTO articles_fts(article_id, title, text) "
    "VALUES (new.id, coalesce(new.title, ''), new.text); END",
)


#: (name, columns) of the indexes that serve ``GET /api/statements`` orders.
STATEMENT_INDEXES = (
    ("ix_statements_speaker_date", ["speaker_id", "statement_date", "pk"]),
    ("ix_statements_kind_date", ["kind", "statement_date", "pk"]),
)


def upgrade() -> None:
    for name, columns in STATEMENT_INDEXES:
        op.create_index(name, "statements", columns)
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _sqlite_fts()
    elif dialect == "postgresql":
        op.execute(
            "ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS "
            "(to_tsvector('french', coalesce(title, '') || ' ' || "
            f"left(coalesce(text, ''), {POSTGRES_INDEXED_CHARS}))) STORED"
        )
        op.execute("CREATE INDEX ix_articles_search ON articles USING GIN (search)")


def _sqlite_fts() -> None:
    bind = op.get_bind()
    try:
        with bind.begin_nested():
            bind.exec_driver_sql(
                "CREATE VIRTUAL TABLE articles_fts USING fts5("
                "article_id UNINDEXED, title, text, "
                "tokenize='unicode61 remove_diacritics 2')"
            )
    except sa.exc.OperationalError as exc:
        log.warning("SQLite without FTS5 (%s): article search is not available", exc)
        return
    for statement in _SQLITE_TRIGGERS:
        bind.exec_driver_sql(statement)
    bind.exec_driver_sql(
        "INSERT INTO articles_fts(article_id, title, text) "
        "SELECT id, coalesce(title, ''), text FROM articles"
    )


def downgrade() -> None:
    for name, _ in STATEMENT_INDEXES:
        op.drop_index(name, "statements")
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for name in ("articles_fts_insert", "articles_fts_delete", "articles_fts_update"):
            bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        bind.exec_driver_sql("DROP TABLE IF EXISTS articles_fts")
    elif bind.dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_articles_search")
        op.execute("ALTER TABLE articles DROP COLUMN IF EXISTS search")
