"""revoking access: people can be deactivated; invites expire; failed invite codes are counted

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 06:15:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("people") as batch:
        batch.add_column(sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.true()))
        batch.add_column(sa.Column("invite_expires", sa.DateTime(), nullable=True))
    op.create_table(
        "invite_failures",
        sa.Column("telegram_id", sa.BigInteger(), primary_key=True, autoincrement=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("last_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("invite_failures")
    with op.batch_alter_table("people") as batch:
        batch.drop_column("invite_expires")
        batch.drop_column("active")
