"""What reps say about a briefing's talking points: ✔ done (followed) or ✖ not relevant (dismissed,
with an optional reason). A dismissed point is not suggested again for that account; a followed one
is not repeated until the account's next contact brings fresh facts. The team summary counts both
per kind of point."""

from __future__ import annotations

import datetime as dt
import zlib
from collections import Counter

from pydantic import BaseModel
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from memory.accounts.access import Scope
from memory.base.errors import NotFoundError
from memory.reports.briefing import TalkingPoint
from memory.schema.models import Customer, Person, PointFeedback

DONE, DISMISSED = "done", "dismissed"
VERDICTS = (DONE, DISMISSED)


class PointFollow(BaseModel):
    """One kind of talking point in a team summary: how often reps followed it or dismissed it."""

    kind: str
    followed: int
    dismissed: int


def subject_key(subject: str) -> str:
    """A short, stable key for what a point is about: it fits a Telegram button's 64 bytes."""
    return f"{zlib.crc32(subject.encode('utf-8')):08x}"


def point_key(point: TalkingPoint) -> tuple[str, str]:
    return point.kind, subject_key(point.subject)


def hidden_points(
    *, session: Session, customer_id: int, last_contact: dt.date | None, today: dt.date
) -> set[tuple[str, str]]:
    """Points not to suggest on `today`: dismissed ever, or followed since the last contact."""
    rows = session.execute(
        select(PointFeedback.kind, PointFeedback.subject, PointFeedback.verdict, PointFeedback.day).where(
            PointFeedback.customer_id == customer_id, PointFeedback.day <= today
        )
    )
    return {
        (kind, subject)
        for kind, subject, verdict, day in rows
        if verdict == DISMISSED or last_contact is None or day >= last_contact
    }


def record_feedback(
    *,
    session: Session,
    scope: Scope,
    customer_id: int,
    point: tuple[str, str],
    verdict: str,
    text: str | None,
    day: dt.date,
) -> PointFeedback:
    """The caller's verdict on a point of an account they may see (NotFoundError otherwise)."""
    customer = session.get(Customer, customer_id)
    if customer is None or not scope.sees(customer.rep_id) or verdict not in VERDICTS:
        raise NotFoundError("unknown_customer", name=str(customer_id))
    person = session.scalar(select(Person).where(Person.name == scope.name)) if scope.name else None
    kind, subject = point
    feedback = PointFeedback(
        customer_id=customer_id,
        person_id=person.id if person else None,
        kind=kind[:32],
        subject=subject[:16],
        verdict=verdict,
        text=text,
        day=day,
    )
    session.add(feedback)
    session.flush()
    return feedback


def add_reason(*, session: Session, feedback_id: int, reason: str) -> None:
    feedback = session.get(PointFeedback, feedback_id)
    if feedback is not None:
        feedback.reason = reason.strip()[:500]


def follow_rates(
    *, session: Session, rep_ids: set[int] | None, since: dt.date, until: dt.date
) -> list[PointFollow]:
    """Per kind of point, how often it was followed and dismissed in the period, on the accounts of
    these reps (None: everyone's); most answered first."""
    query = (
        select(PointFeedback.kind, PointFeedback.verdict, func.count())
        .join(Customer, Customer.id == PointFeedback.customer_id)
        .where(PointFeedback.day >= since, PointFeedback.day <= until)
        .group_by(PointFeedback.kind, PointFeedback.verdict)
    )
    if rep_ids is not None:
        query = query.where(Customer.rep_id.in_(rep_ids))
    counts: dict[str, Counter[str]] = {}
    for kind, verdict, count in session.execute(query):
        counts.setdefault(kind, Counter())[verdict] += count
    rows = [PointFollow(kind=k, followed=c[DONE], dismissed=c[DISMISSED]) for k, c in counts.items()]
    return sorted(rows, key=lambda r: (-(r.followed + r.dismissed), r.kind))
