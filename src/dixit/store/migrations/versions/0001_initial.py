"""Initial schema: runs, articles, statements, ingest_errors, full-text search.

Revision ID: 0001
Revises:
Create Date: 2025-03-01

Full-text search differs by backend: SQLite gets an FTS5 external-content table kept in
step by triggers (skipped when the SQLite build lacks FTS5: queries then use LIKE);
PostgreSQL gets a generated ``tsvector`` column with a GIN index.
"""

from __future__ import annotations

import logging

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)


def upgrade() -> None:
    op.create_table(
        "runs",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True)),
        sa.Column("sources", sa.JSON, nullable=False),
        sa.Column("articles_new", sa.Integer, nullable=False),
        sa.Column("articles_duplicate", sa.Integer, nullable=False),
        sa.Column("articles_existing", sa.Integer, nullable=False),
        sa.Column("failures", sa.Integer, nullable=False),
        sa.Column("statements", sa.Integer, nullable=False),
    )
    op.create_table(
        "articles",
        sa.Column("id", sa.String(200), primary_key=True),
        sa.Column("content_hash", sa.String(40), nullable=False, index=True),
        sa.Column("url", sa.Text),
        sa.Column("outlet", sa.String(300)),
        sa.Column("title", sa.Text),
        sa.Column("published", sa.Date, index=True),
        sa.Column("language", sa.String(8)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("paragraphs", sa.JSON, nullable=False),
        sa.Column("meta", sa.JSON, nullable=False),
        sa.Column("source", sa.Text),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("duplicate_of", sa.String(200), index=True),
        sa.Column("similarity", sa.Float),
        sa.Column("minhash", sa.LargeBinary),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.id")),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "statements",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("id", sa.String(300), nullable=False, unique=True),
        sa.Column(
            "article_id",
            sa.String(200),
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("cue", sa.Text),
        sa.Column("cue_lemma", sa.String(100)),
        sa.Column("polarity", sa.String(10), nullable=False),
        sa.Column("speaker_id", sa.String(200)),
        sa.Column("speaker_name", sa.Text),
        sa.Column("speaker_type", sa.String(20)),
        sa.Column("speaker_mention", sa.Text),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("statement_date", sa.Date),
        sa.Column("data", sa.JSON, nullable=False),
    )
    op.create_index("ix_statements_speaker_id", "statements", ["speaker_id"])
    op.create_index("ix_statements_statement_date", "statements", ["statement_date"])
    op.create_table(
        "ingest_errors",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.id"), index=True),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("position", sa.String(200)),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _sqlite_fts()
    elif dialect == "postgresql":
        op.execute(
            "ALTER TABLE statements ADD COLUMN search tsvector "
            "GENERATED ALWAYS AS (to_tsvector('french', coalesce(content, ''))) STORED"
        )
        op.execute("CREATE INDEX ix_statements_search ON statements USING GIN (search)")


def _sqlite_fts() -> None:
    bind = op.get_bind()
    try:
        with bind.begin_nested():
            bind.exec_driver_sql(
                "CREATE VIRTUAL TABLE statements_fts USING fts5("
                "content, content='statements', content_rowid='pk', "
                "tokenize='unicode61 remove_diacritics 2')"
            )
    except sa.exc.OperationalError as exc:
        log.warning("SQLite without FTS5 (%s): text search falls back to LIKE", exc)
        return
    for statement in (
        "CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN "
        "INSERT INTO statements_fts(rowid, content) VALUES (new.pk, new.content); END",
        "CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN "
        "INSERT INTO statements_fts(statements_fts, rowid, content) "
        "VALUES ('delete', old.pk, old.content); END",
        "CREATE TRIGGER statements_fts_update AFTER UPDATE ON statements BEGIN "
        "INSERT INTO statements_fts(statements_fts, rowid, content) "
        "VALUES ('delete', old.pk, old.content); "
        "INSERT INTO statements_fts(rowid, content) VALUES (new.pk, new.content); END",
    ):
        bind.exec_driver_sql(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for name in ("statements_fts_insert", "statements_fts_delete", "statements_fts_update"):
            bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        bind.exec_driver_sql("DROP TABLE IF EXISTS statements_fts")
    op.drop_table("ingest_errors")
    op.drop_table("statements")
    op.drop_table("articles")
    op.drop_table("runs")
