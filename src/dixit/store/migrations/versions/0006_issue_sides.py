"""The sides of each registered issue.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02

A catalogue entry's ``sides`` (the phrases that name each side of the issue, read by the
stances) were dropped when ``dixit issues add`` registered it, so a statement annotated
with the registered catalogue could name a side and still read ``unclear``. Issues
registered before this revision have none: add their catalogue again to store them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("issues") as batch:
        batch.add_column(sa.Column("sides", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("issues") as batch:
        batch.drop_column("sides")
