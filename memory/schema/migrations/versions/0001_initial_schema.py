"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-22 21:41:46.042186
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "catalog",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=128), nullable=False),
        sa.Column("aliases", sa.JSON(), nullable=False),
        sa.Column("unit", sa.String(length=16), nullable=True),
        sa.Column("category", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("kind", "name"),
    )
    op.create_table(
        "people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("manager_id", sa.Integer(), nullable=True),
        sa.Column("telegram_id", sa.BigInteger(), nullable=True),
        sa.Column("invite_code", sa.String(length=32), nullable=True),
        sa.Column("reminders", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.func.now(), nullable=False),
        sa.ForeignKeyConstraint(
            ["manager_id"],
            ["people.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("invite_code"),
        sa.UniqueConstraint("name"),
        sa.UniqueConstraint("telegram_id"),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "customers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=128), nullable=False),
        sa.Column("aliases", sa.JSON(), nullable=False),
        sa.Column("type", sa.String(length=32), nullable=True),
        sa.Column("area", sa.String(length=16), nullable=True),
        sa.Column("tier", sa.String(length=1), nullable=True),
        sa.Column("rep_id", sa.Integer(), nullable=True),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("address", sa.String(length=256), nullable=True),
        sa.Column("payment_terms", sa.String(length=16), nullable=True),
        sa.Column("supplier", sa.String(length=128), nullable=True),
        sa.Column("restock_cycle_days", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.func.now(), nullable=False),
        sa.ForeignKeyConstraint(
            ["rep_id"],
            ["people.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_customers_rep_id"), ["rep_id"], unique=False)

    op.create_table(
        "raw_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rep_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("note_date", sa.Date(), nullable=False),
        sa.Column("received_at", sa.DateTime(), server_default=sa.func.now(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("external_id", sa.String(length=64), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["rep_id"],
            ["people.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("raw_notes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_raw_notes_rep_id"), ["rep_id"], unique=False)

    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("surname", sa.String(length=8), nullable=True),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("birthday", sa.String(length=5), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contacts_customer_id"), ["customer_id"], unique=False)

    op.create_table(
        "visits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("raw_note_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("rep_id", sa.Integer(), nullable=True),
        sa.Column("visit_date", sa.Date(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("payment_terms", sa.String(length=16), nullable=True),
        sa.Column("restock_cycle_days", sa.Integer(), nullable=True),
        sa.Column("supplier", sa.String(length=128), nullable=True),
        sa.Column("needs", sa.JSON(), nullable=False),
        sa.Column("next_visit", sa.Date(), nullable=True),
        sa.Column("sentiment", sa.String(length=16), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("record", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.func.now(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
        ),
        sa.ForeignKeyConstraint(
            ["raw_note_id"],
            ["raw_notes.id"],
        ),
        sa.ForeignKeyConstraint(
            ["rep_id"],
            ["people.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("raw_note_id"),
    )
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visits_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_visits_rep_id"), ["rep_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_visits_visit_date"), ["visit_date"], unique=False)

    op.create_table(
        "commitments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("rep_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("promised_on", sa.Date(), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("kept_on", sa.Date(), nullable=True),
        sa.Column("kept_visit_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
        ),
        sa.ForeignKeyConstraint(
            ["kept_visit_id"],
            ["visits.id"],
        ),
        sa.ForeignKeyConstraint(
            ["rep_id"],
            ["people.id"],
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visits.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("commitments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_commitments_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_commitments_rep_id"), ["rep_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_commitments_visit_id"), ["visit_id"], unique=False)

    op.create_table(
        "competitor_mentions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("catalog_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=128), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["catalog_id"],
            ["catalog.id"],
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visits.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("competitor_mentions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_competitor_mentions_visit_id"), ["visit_id"], unique=False)

    op.create_table(
        "visit_contacts",
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visits.id"],
        ),
        sa.PrimaryKeyConstraint("visit_id", "contact_id"),
    )
    op.create_table(
        "visit_products",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("catalog_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=128), nullable=False),
        sa.Column("quantity", sa.Float(), nullable=True),
        sa.Column("unit", sa.String(length=16), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["catalog_id"],
            ["catalog.id"],
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visits.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("visit_products", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visit_products_visit_id"), ["visit_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("visit_products", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_products_visit_id"))

    op.drop_table("visit_products")
    op.drop_table("visit_contacts")
    with op.batch_alter_table("competitor_mentions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_competitor_mentions_visit_id"))

    op.drop_table("competitor_mentions")
    with op.batch_alter_table("commitments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_commitments_visit_id"))
        batch_op.drop_index(batch_op.f("ix_commitments_rep_id"))
        batch_op.drop_index(batch_op.f("ix_commitments_customer_id"))

    op.drop_table("commitments")
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visits_visit_date"))
        batch_op.drop_index(batch_op.f("ix_visits_rep_id"))
        batch_op.drop_index(batch_op.f("ix_visits_customer_id"))

    op.drop_table("visits")
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contacts_customer_id"))

    op.drop_table("contacts")
    with op.batch_alter_table("raw_notes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_raw_notes_rep_id"))

    op.drop_table("raw_notes")
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customers_rep_id"))

    op.drop_table("customers")
    op.drop_table("settings")
    op.drop_table("people")
    op.drop_table("catalog")
