"""compliance: product indications in the catalog, finding kinds of a visit, safety reports

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 05:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("catalog") as batch:
        batch.add_column(sa.Column("indications", sa.JSON(), nullable=True))
    with op.batch_alter_table("visits") as batch:
        batch.add_column(sa.Column("compliance", sa.JSON(), nullable=True))
    op.create_table(
        "safety_reports",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("raw_note_id", sa.Integer(), sa.ForeignKey("raw_notes.id"), nullable=False),
        sa.Column("rep_id", sa.Integer(), sa.ForeignKey("people.id"), nullable=True),
        sa.Column("customer_id", sa.Integer(), sa.ForeignKey("customers.id"), nullable=True),
        sa.Column("product", sa.String(128), nullable=True),
        sa.Column("what_happened", sa.Text(), nullable=False),
        sa.Column("reported_on", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.func.now(), nullable=False),
    )
    op.create_index("ix_safety_reports_raw_note_id", "safety_reports", ["raw_note_id"])
    op.create_index("ix_safety_reports_rep_id", "safety_reports", ["rep_id"])
    op.create_index("ix_safety_reports_reported_on", "safety_reports", ["reported_on"])


def downgrade() -> None:
    op.drop_table("safety_reports")
    with op.batch_alter_table("visits") as batch:
        batch.drop_column("compliance")
    with op.batch_alter_table("catalog") as batch:
        batch.drop_column("indications")
