"""Who is due for a visit: the accounts past or at their cadence, grouped by town for a day's route."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from memory.reports.cadence import CadencePolicy, cadence_of
from memory.schema.models import Commitment, Customer, Person, Visit

_TOWN = re.compile(r"([\u4e00-\u9fff]{1,4}?(?:镇|乡|街道|城关))")
_TIERS = {"A": 0, "B": 1, "C": 2, "D": 3}


@dataclass(frozen=True)
class DueCustomer:
    customer_id: int
    name: str
    rep: str | None
    tier: str | None
    town: str | None
    last_contact: dt.date | None
    next_due: dt.date | None
    days_overdue: int
    reason: str = "cadence"  # "planned": the last note planned a contact for this day or earlier

    def to_json(self) -> dict[str, object]:
        return {
            "customer": self.name,
            "rep": self.rep,
            "tier": self.tier,
            "town": self.town,
            "last_contact": self.last_contact.isoformat() if self.last_contact else None,
            "next_due": self.next_due.isoformat() if self.next_due else None,
            "days_overdue": self.days_overdue,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class DueCommitment:
    customer: str
    text: str
    due: dt.date


def town_of(customer: Customer) -> str | None:
    """The town of the address, else of the name; the route is planned town by town."""
    for text in (customer.address, customer.name):
        match = _TOWN.search(text or "")
        if match:
            return match.group(1)
    return None


def last_contacts(*, session: Session, today: dt.date, rep_ids: set[int] | None = None) -> dict[int, dt.date]:
    """Each account's last contact by `today`, for the accounts of these reps (all when None)."""
    query = (
        select(Visit.customer_id, func.max(Visit.visit_date))
        .where(Visit.visit_date <= today, Visit.customer_id.is_not(None))
        .group_by(Visit.customer_id)
    )
    if rep_ids is not None:
        owned = select(Customer.id).where(Customer.rep_id.in_(rep_ids))
        query = query.where(Visit.customer_id.in_(owned))
    return {row[0]: row[1] for row in session.execute(query) if row[0] is not None}


def planned_contacts(*, session: Session, today: dt.date, rep_ids: set[int] | None) -> dict[int, dt.date]:
    """The next contact each account's last note (by `today`) planned, where it planned one."""
    query = select(Visit.customer_id, func.max(Visit.visit_date).label("day")).where(
        Visit.visit_date <= today, Visit.customer_id.is_not(None)
    )
    if rep_ids is not None:
        query = query.where(Visit.customer_id.in_(select(Customer.id).where(Customer.rep_id.in_(rep_ids))))
    latest = query.group_by(Visit.customer_id).subquery()
    rows = session.execute(
        select(Visit.customer_id, Visit.next_visit)
        .join(latest, (Visit.customer_id == latest.c.customer_id) & (Visit.visit_date == latest.c.day))
        .order_by(Visit.id)  # several notes on that day: the last one written counts
    )
    return {customer_id: planned for customer_id, planned in rows if customer_id is not None and planned}


def due_customers(
    *, session: Session, rep_ids: set[int] | None, today: dt.date, policy: CadencePolicy
) -> list[DueCustomer]:
    """Owned accounts due today or overdue, the top tiers and the longest overdue first."""
    query = select(Customer, Person.name).join(Person, Customer.rep_id == Person.id)
    if rep_ids is not None:
        query = query.where(Customer.rep_id.in_(rep_ids))
    rows = list(session.execute(query))
    last = last_contacts(session=session, today=today, rep_ids=rep_ids)
    plans = planned_contacts(session=session, today=today, rep_ids=rep_ids)
    due = []
    for customer, rep in rows:
        contact = last.get(customer.id)
        cadence = cadence_of(
            policy, area=customer.area, tier=customer.tier, last_contact=contact, today=today
        )
        planned = plans.get(customer.id)
        next_due: dt.date | None
        if planned is not None and planned <= today:
            next_due, reason = planned, "planned"
        elif cadence.next_due is None or cadence.next_due <= today:
            next_due, reason = cadence.next_due, "cadence"
        else:
            continue
        days = (today - next_due).days if next_due is not None else 0
        due.append(
            DueCustomer(
                customer.id,
                customer.name,
                rep,
                customer.tier,
                town_of(customer),
                contact,
                next_due,
                days,
                reason,
            )
        )
    never = dt.date.min
    return sorted(
        due,
        key=lambda d: (
            _TIERS.get(d.tier or "", 9),
            d.last_contact is not None,
            -d.days_overdue,
            d.last_contact or never,
        ),
    )


def by_town(due: list[DueCustomer]) -> dict[str, list[DueCustomer]]:
    """The day's route: towns in the order of their most pressing account."""
    groups: dict[str, list[DueCustomer]] = {}
    for item in due:
        groups.setdefault(item.town or "", []).append(item)
    return groups


def commitments_due(*, session: Session, rep_ids: set[int] | None, until: dt.date) -> list[DueCommitment]:
    query = (
        select(Commitment, Customer.name)
        .join(Customer, Commitment.customer_id == Customer.id)
        .where(Commitment.open_on(until), Commitment.due.is_not(None), Commitment.due <= until)
        .order_by(Commitment.due)
    )
    if rep_ids is not None:
        query = query.where(Commitment.rep_id.in_(rep_ids))
    return [
        DueCommitment(name, commitment.text, commitment.due)
        for commitment, name in session.execute(query)
        if commitment.due
    ]
