"""talking-point feedback and competitive threats on an account

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30 08:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "point_feedback",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("subject", sa.String(length=16), nullable=False),
        sa.Column("verdict", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.func.now(), nullable=False),
        sa.ForeignKeyConstraint(["customer_id"], ["customers.id"]),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_point_feedback_customer_kind", "point_feedback", ["customer_id", "kind"])
    op.create_index("ix_point_feedback_person_id", "point_feedback", ["person_id"])
    op.create_table(
        "account_risks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("noted_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(["visit_id"], ["visits.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["customer_id"], ["customers.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_account_risks_visit_id", "account_risks", ["visit_id"])
    op.create_index("ix_account_risks_customer_id", "account_risks", ["customer_id"])


def downgrade() -> None:
    op.drop_index("ix_account_risks_customer_id", table_name="account_risks")
    op.drop_index("ix_account_risks_visit_id", table_name="account_risks")
    op.drop_table("account_risks")
    op.drop_index("ix_point_feedback_person_id", table_name="point_feedback")
    op.drop_index("ix_point_feedback_customer_kind", table_name="point_feedback")
    op.drop_table("point_feedback")
