"""Competitive threats kept as risks on an account: found in a note when it is saved
(memory/extract/threats.py), shown in the account's briefing and in the team's at-risk list."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from memory.extract.lexicon import Lexicon
from memory.extract.threats import threats_in
from memory.schema.models import AccountRisk, CatalogItem, Visit

WINDOW_DAYS = 90  # a threat older than this, with contacts since, no longer leads the briefing


class RiskOut(BaseModel):
    kind: str
    text: str
    date: dt.date


def _competitor_names(session: Session) -> list[str]:
    names: list[str] = []
    for name, aliases in session.execute(
        select(CatalogItem.name, CatalogItem.aliases).where(CatalogItem.kind == "competitor")
    ):
        names += [name, *(aliases or [])]
    return names


def note_threats(*, session: Session, visit: Visit, text: str, lexicon: Lexicon) -> None:
    """The threats the visit's note reports, kept on its account (a visit taken back takes them along)."""
    if visit.customer_id is None:
        return
    visit.risks = [
        AccountRisk(customer_id=visit.customer_id, kind=t.kind, text=t.text, noted_on=visit.visit_date)
        for t in threats_in(text, lexicon, _competitor_names(session))
    ]


def risks_of(*, session: Session, customer_id: int, today: dt.date) -> list[RiskOut]:
    """The account's threats noted in the last WINDOW_DAYS up to `today`, newest first."""
    rows = session.scalars(
        select(AccountRisk)
        .where(
            AccountRisk.customer_id == customer_id,
            AccountRisk.noted_on <= today,
            AccountRisk.noted_on > today - dt.timedelta(days=WINDOW_DAYS),
        )
        .order_by(AccountRisk.noted_on.desc(), AccountRisk.id.desc())
    )
    return [RiskOut(kind=r.kind, text=r.text, date=r.noted_on) for r in rows]


def threatened(*, session: Session, rep_ids: set[int], since: dt.date, until: dt.date) -> set[int]:
    """Accounts of these reps with a threat noted in the period, through a visit of theirs."""
    return {
        customer_id
        for (customer_id,) in session.execute(
            select(AccountRisk.customer_id)
            .join(Visit, Visit.id == AccountRisk.visit_id)
            .where(Visit.rep_id.in_(rep_ids), AccountRisk.noted_on >= since, AccountRisk.noted_on <= until)
            .distinct()
        )
    }
