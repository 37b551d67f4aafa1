"""visit indexes for summaries: by rep and day, by account and day

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 01:10:00
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_visits_rep_date", "visits", ["rep_id", "visit_date"])
    op.create_index("ix_visits_customer_date", "visits", ["customer_id", "visit_date"])


def downgrade() -> None:
    op.drop_index("ix_visits_customer_date", table_name="visits")
    op.drop_index("ix_visits_rep_date", table_name="visits")
