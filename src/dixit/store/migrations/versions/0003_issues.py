"""Issues: the registered catalogue, and each statement's issues with its stance.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30

``issues`` holds the catalogue entries ``dixit issues add`` registers (the default
catalogue of ``analyze``, ``ingest`` and ``issues apply``); ``statement_issues`` indexes
the (statement, issue, stance) triples that are also in each statement's JSON ``data``,
so that timelines and reversals can be narrowed to one issue in SQL. Statements stored
before this revision have no issues until ``dixit issues apply``.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "issues",
        sa.Column("id", sa.String(200), primary_key=True),
        sa.Column("label", sa.Text, nullable=False),
        sa.Column("terms", sa.JSON, nullable=False),
        sa.Column("source", sa.Text),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "statement_issues",
        sa.Column(
            "statement_pk",
            sa.Integer,
            sa.ForeignKey("statements.pk", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("issue_id", sa.String(200), primary_key=True),
        sa.Column("stance", sa.String(10), nullable=False),
    )
    op.create_index("ix_statement_issues_issue_id", "statement_issues", ["issue_id"])


def downgrade() -> None:
    op.drop_index("ix_statement_issues_issue_id", table_name="statement_issues")
    op.drop_table("statement_issues")
    op.drop_table("issues")
