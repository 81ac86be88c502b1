"""Theme drafts keep the statements their headline rests on (`ThemeDraft.support_ids`).

Drafts stored before this revision get an empty list: the whole theme, as before, until
the next drafting run.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    with op.batch_alter_table("theme_drafts", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("support_ids", sa.JSON(), nullable=False, server_default="[]")
        )


def downgrade() -> None:
    with op.batch_alter_table("theme_drafts", schema=None) as batch_op:
        batch_op.drop_column("support_ids")
