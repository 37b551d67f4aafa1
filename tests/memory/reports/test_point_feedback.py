"""Talking-point feedback in the database: what a briefing hides, and the counts per kind a team summary
shows, scoped to the reps' accounts. On SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from memory.accounts.access import scope_for
from memory.base.db import Database
from memory.base.errors import NotFoundError
from memory.reports.point_feedback import (
    DISMISSED,
    DONE,
    follow_rates,
    hidden_points,
    record_feedback,
    subject_key,
)
from memory.schema.models import Customer, Person
from tests.conftest import SAMPLE, import_into

D = dt.date(2026, 6, 1)


def test_feedback_hides_points_and_counts_per_kind(any_db: Database) -> None:
    import_into(any_db, SAMPLE / "catalog.yaml", SAMPLE / "customers.csv", SAMPLE / "reps.csv")
    restock, need = ("restock", subject_key("六味地黄丸")), ("need", subject_key("training"))
    with any_db.session() as session:
        mine = session.scalars(select(Customer.id).where(Customer.name == "东城惠民大药房")).one()
        scope = scope_for(session=session, name="赵磊")
        record_feedback(
            session=session, scope=scope, customer_id=mine, point=restock, verdict=DONE, text=None, day=D
        )
        record_feedback(
            session=session, scope=scope, customer_id=mine, point=need, verdict=DISMISSED, text=None, day=D
        )
        theirs = session.scalars(select(Customer.id).where(Customer.name == "西山镇中心卫生院")).one()
        with pytest.raises(NotFoundError):  # not an account of his
            record_feedback(
                session=session, scope=scope, customer_id=theirs, point=need, verdict=DONE, text=None, day=D
            )
    with any_db.session() as session:
        assert hidden_points(session=session, customer_id=mine, last_contact=D, today=D) == {restock, need}
        later = D + dt.timedelta(days=3)  # a contact after the ✔: the followed point may come back
        assert hidden_points(session=session, customer_id=mine, last_contact=later, today=later) == {need}
        zhao = session.scalars(select(Person.id).where(Person.name == "赵磊")).one()
        sun = session.scalars(select(Person.id).where(Person.name == "孙婷")).one()
        rates = follow_rates(session=session, rep_ids={zhao}, since=D, until=D)
        assert [(r.kind, r.followed, r.dismissed) for r in rates] == [("need", 0, 1), ("restock", 1, 0)]
        assert follow_rates(session=session, rep_ids={sun}, since=D, until=D) == []
