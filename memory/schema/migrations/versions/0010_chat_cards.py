"""the card each person's chat has in hand (edit mode), shared by every bot worker

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30 08:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "chat_cards",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("raw_note_id", sa.Integer(), nullable=False),
        sa.Column("editing", sa.String(length=32), nullable=True),
        sa.Column("rewording", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"]),
        sa.ForeignKeyConstraint(["raw_note_id"], ["raw_notes.id"]),
        sa.PrimaryKeyConstraint("person_id"),
    )


def downgrade() -> None:
    op.drop_table("chat_cards")
