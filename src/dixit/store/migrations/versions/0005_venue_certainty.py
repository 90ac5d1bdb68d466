"""Venue, addressee and certainty of each statement, as filter columns.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30

``dixit statements --venue-type --certainty`` and ``GET /api/statements?venue_type=&certainty=``
filter on these; the statement's JSON (``data``) holds the same values with the rest
(``docs/venue.md``). Statements stored before this revision have them null: their analysis
did not compute them (re-ingest to fill them).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

#: (column, type) added to ``statements``.
COLUMNS = (
    ("venue", sa.Text()),
    ("venue_type", sa.String(20)),
    ("addressee_id", sa.String(200)),
    ("certainty", sa.String(20)),
)
#: (name, columns) of the indexes the two filters use.
INDEXES = (
    ("ix_statements_venue_type", ["venue_type"]),
    ("ix_statements_certainty", ["certainty"]),
)


def upgrade() -> None:
    with op.batch_alter_table("statements") as batch:
        for name, kind in COLUMNS:
            batch.add_column(sa.Column(name, kind, nullable=True))
    for name, columns in INDEXES:
        op.create_index(name, "statements", columns)


def downgrade() -> None:
    for name, _ in INDEXES:
        op.drop_index(name, "statements")
    with op.batch_alter_table("statements") as batch:
        for name, _ in reversed(COLUMNS):
            batch.drop_column(name)
