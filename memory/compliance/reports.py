"""Safety reports: the adverse events a rep confirmed, stored as records of their own for the admins."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from memory.compliance.privacy import mask, secrets_of
from memory.schema.models import Customer, Person, RawNote, SafetyReport
from memory.schema.record import VisitRecord


class SafetyReportRow(BaseModel):
    id: int
    reported_on: dt.date
    rep: str | None
    rep_id: int | None
    customer: str | None
    product: str | None
    what_happened: str
    raw_note_id: int


def file_reports(*, session: Session, raw_note_id: int, record: VisitRecord) -> int:
    """One safety report per adverse_event finding of the note; none twice for the same note."""
    raw = session.get(RawNote, raw_note_id)
    assert raw is not None
    secrets = secrets_of(record.compliance)
    customer = session.scalar(select(Customer.id).where(Customer.name == record.customer.name))
    filed = set(session.scalars(select(SafetyReport.what_happened).where(SafetyReport.raw_note_id == raw.id)))
    count = 0
    for finding in record.compliance:
        what = mask(finding.text, secrets) or finding.text
        if finding.kind != "adverse_event" or what in filed:
            continue
        session.add(
            SafetyReport(
                raw_note_id=raw.id,
                rep_id=raw.rep_id,
                customer_id=customer,
                product=finding.product,
                what_happened=what,
                reported_on=record.visit_date,
            )
        )
        count += 1
    session.flush()
    return count


def list_reports(
    *, session: Session, since: dt.date | None = None, until: dt.date | None = None
) -> list[SafetyReportRow]:
    query = select(SafetyReport).order_by(SafetyReport.reported_on.desc(), SafetyReport.id.desc())
    if since is not None:
        query = query.where(SafetyReport.reported_on >= since)
    if until is not None:
        query = query.where(SafetyReport.reported_on <= until)
    people = {p.id: p.name for p in session.scalars(select(Person))}
    return [
        SafetyReportRow(
            id=r.id,
            reported_on=r.reported_on,
            rep=people.get(r.rep_id or 0),
            rep_id=r.rep_id,
            customer=r.customer.name if r.customer else None,
            product=r.product,
            what_happened=r.what_happened,
            raw_note_id=r.raw_note_id,
        )
        for r in session.scalars(query)
    ]
