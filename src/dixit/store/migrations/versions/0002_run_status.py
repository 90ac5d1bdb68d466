"""Runs say whether they finished: status, host, pid and a heartbeat.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30

A run killed half-way used to stay open forever (``finished_at`` empty). The next run now
tells a dead run from a live one by its process (same host) or its heartbeat (another
host) and closes it as ``interrupted``. Runs stored before this revision are marked
``finished`` when they have an end, ``interrupted`` otherwise.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("runs") as batch:
        batch.add_column(
            sa.Column("status", sa.String(20), nullable=False, server_default="running")
        )
        batch.add_column(sa.Column("host", sa.String(255)))
        batch.add_column(sa.Column("pid", sa.Integer))
        batch.add_column(sa.Column("heartbeat_at", sa.DateTime(timezone=True)))
    op.execute(
        "UPDATE runs SET status = CASE WHEN finished_at IS NULL "
        "THEN 'interrupted' ELSE 'finished' END"
    )


def downgrade() -> None:
    with op.batch_alter_table("runs") as batch:
        batch.drop_column("heartbeat_at")
        batch.drop_column("pid")
        batch.drop_column("host")
        batch.drop_column("status")
