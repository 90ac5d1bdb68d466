"""Whether each statement's speaker is a source the text leaves unnamed.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03

``Statement.anonymous`` ("une source proche du dossier", "un témoin": no speaker by design)
as a column beside the statement's JSON (``data``), which holds the same value. Statements
stored before this revision have it null: their analysis did not compute it (re-ingest to
fill it).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("statements") as batch:
        batch.add_column(sa.Column("anonymous", sa.Boolean(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("statements") as batch:
        batch.drop_column("anonymous")
