"""the message each person's chat holds until they say whether it is a note or a question, shared
by every bot worker

Revision ID: 0011_routing22
Revises: 0010
Create Date: 2026-11-30 11:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_routing22"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "chat_held",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"]),
        sa.PrimaryKeyConstraint("person_id"),
    )


def downgrade() -> None:
    op.drop_table("chat_held")
