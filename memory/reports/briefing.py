"""The pre-visit briefing: an account's history as of a day, in the JSON shape of contract/cli.md."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from memory.extract.lexicon import Lexicon, load_lexicon
from memory.reports.cadence import CadencePolicy, cadence_of
from memory.reports.changes import Changes, changes_at_last_contact
from memory.reports.needs_met import still_open
from memory.reports.risks import RiskOut, risks_of
from memory.reports.trends import Trend, trend_of
from memory.schema.models import Commitment, Customer, Visit

WINDOW_DAYS = 90
BIRTHDAY_DAYS = 30
RECENT_PRODUCTS = 10


class BriefCustomer(BaseModel):
    name: str
    type: str | None
    area: str | None
    tier: str | None
    rep: str | None
    payment_terms: str | None
    supplier: str | None
    restock_cycle_days: int | None


class BriefContact(BaseModel):
    name: str
    role: str
    phone: str | None
    birthday: str | None
    notes: str | None


class CadenceOut(BaseModel):
    expected_days: int
    next_due: dt.date | None
    overdue: bool


class OpenCommitment(BaseModel):
    id: int = Field(exclude=True)
    text: str
    due: dt.date | None
    promised_on: dt.date
    overdue: bool


class Birthday(BaseModel):
    contact: str
    date: dt.date
    in_days: int


class RecentProduct(BaseModel):
    name: str
    quantity: int | float | None
    unit: str | None
    kind: str
    date: dt.date
    trend: Trend | None = Field(None, exclude=True)  # in text, not in the JSON


class CompetitorActivity(BaseModel):
    name: str
    note: str | None
    date: dt.date


class TalkingPoint(BaseModel):
    text: str
    why: str
    playbook: str | None
    kind: str = Field("", exclude=True)  # the rule that made it (prompts/talking_points.yaml)
    subject: str = Field("", exclude=True)  # the fact it is about: a commitment, a product, a need…


class Brief(BaseModel):
    """The contract's `brief --json`; the excluded fields feed the text a rep reads first."""

    customer: BriefCustomer
    contacts: list[BriefContact]
    last_visit: dt.date | None
    days_since_last_visit: int | None
    visits_last_90_days: int
    cadence: CadenceOut
    open_commitments: list[OpenCommitment]
    upcoming_birthdays: list[Birthday]
    recent_products: list[RecentProduct]
    competitor_activity: list[CompetitorActivity]
    open_needs: list[str]
    talking_points: list[TalkingPoint] = []
    last_sentiment: str | None = Field(None, exclude=True)
    need_dates: dict[str, dt.date] = Field(default_factory=dict, exclude=True)
    customer_id: int = Field(0, exclude=True)
    phone: str | None = Field(None, exclude=True)
    address: str | None = Field(None, exclude=True)
    last_channel: str | None = Field(None, exclude=True)
    last_summary: str | None = Field(None, exclude=True)
    changes: Changes = Field(default_factory=Changes, exclude=True)
    risks: list[RiskOut] = Field(default_factory=list, exclude=True)  # competitive threats noted

    def to_json(self) -> dict[str, object]:
        return self.model_dump(mode="json")


def next_birthday(mm_dd: str, today: dt.date) -> dt.date | None:
    """The next occurrence of MM-DD on or after today (29 Feb falls on 28 Feb in other years)."""
    try:
        month, day = (int(part) for part in mm_dd.split("-"))
    except ValueError:
        return None
    for year in (today.year, today.year + 1):
        try:
            date = dt.date(year, month, day)
        except ValueError:
            if (month, day) != (2, 29):
                return None
            date = dt.date(year, 2, 28)
        if date >= today:
            return date
    return None


def _products(visits: list[Visit], today: dt.date) -> list[RecentProduct]:
    since = today - dt.timedelta(days=WINDOW_DAYS)
    rows = []
    for visit in visits:  # newest first
        for product in visit.products:
            rows.append((visit.visit_date, product))
    result: list[RecentProduct] = []
    for index, (date, product) in enumerate(rows):
        if date <= since or len(result) == RECENT_PRODUCTS:
            continue
        same = (product.name, product.kind, product.unit)
        series = [p.quantity for _d, p in rows[index:] if (p.name, p.kind, p.unit) == same and p.quantity]
        quantity = product.quantity
        result.append(
            RecentProduct(
                name=product.name,
                quantity=int(quantity) if quantity is not None and quantity.is_integer() else quantity,
                unit=product.unit,
                kind=product.kind,
                date=date,
                trend=trend_of(series) if product.quantity else None,
            )
        )
    return result


def build_brief(
    *,
    session: Session,
    customer: Customer,
    today: dt.date,
    policy: CadencePolicy,
    lexicon: Lexicon | None = None,
) -> Brief:
    """The account as of `today`: only what had happened by then counts (needs a later note reports met
    are not open; `lexicon` says how such a note reads)."""
    visits = list(
        session.scalars(
            select(Visit)
            .where(Visit.customer_id == customer.id, Visit.visit_date <= today)
            .options(selectinload(Visit.products), selectinload(Visit.competitors))
            .order_by(Visit.visit_date.desc(), Visit.id.desc())
        )
    )
    last = visits[0].visit_date if visits else None
    recent = [v for v in visits if v.visit_date > today - dt.timedelta(days=WINDOW_DAYS)]
    cadence = cadence_of(policy, area=customer.area, tier=customer.tier, last_contact=last, today=today)
    need_dates = still_open(_needs_asked(recent), recent, lexicon or load_lexicon())
    return Brief(
        customer=_profile(customer),
        contacts=[
            BriefContact(name=c.name, role=c.role, phone=c.phone, birthday=c.birthday, notes=c.notes)
            for c in customer.contacts
        ],
        last_visit=last,
        days_since_last_visit=(today - last).days if last else None,
        visits_last_90_days=sum(1 for v in recent if v.channel == "visit"),
        cadence=CadenceOut(
            expected_days=cadence.expected_days, next_due=cadence.next_due, overdue=cadence.overdue
        ),
        open_commitments=_open_commitments(session, customer, today),
        upcoming_birthdays=_birthdays(customer, today),
        recent_products=_products(visits, today),
        competitor_activity=[
            CompetitorActivity(name=m.name, note=m.note, date=v.visit_date)
            for v in recent
            for m in v.competitors
        ],
        open_needs=list(need_dates),
        need_dates=need_dates,
        last_sentiment=visits[0].sentiment if visits else None,
        customer_id=customer.id,
        phone=customer.phone,
        address=customer.address,
        last_channel=visits[0].channel if visits else None,
        last_summary=visits[0].summary if visits else None,
        changes=changes_at_last_contact(session, visits),
        risks=risks_of(session=session, customer_id=customer.id, today=today),
    )


def _profile(customer: Customer) -> BriefCustomer:
    return BriefCustomer(
        name=customer.name,
        type=customer.type,
        area=customer.area,
        tier=customer.tier,
        rep=customer.rep.name if customer.rep else None,
        payment_terms=customer.payment_terms,
        supplier=customer.supplier,
        restock_cycle_days=customer.restock_cycle_days,
    )


def _open_commitments(session: Session, customer: Customer, today: dt.date) -> list[OpenCommitment]:
    commitments = session.scalars(
        select(Commitment)
        .where(Commitment.customer_id == customer.id, Commitment.open_on(today))
        .order_by(Commitment.promised_on, Commitment.id)
    )
    return [
        OpenCommitment(
            id=p.id,
            text=p.text,
            due=p.due,
            promised_on=p.promised_on,
            overdue=p.due is not None and p.due < today,
        )
        for p in commitments
    ]


def _birthdays(customer: Customer, today: dt.date) -> list[Birthday]:
    found = []
    for contact in customer.contacts:
        date = next_birthday(contact.birthday, today) if contact.birthday else None
        if date is not None and (date - today).days <= BIRTHDAY_DAYS:
            found.append(Birthday(contact=contact.name, date=date, in_days=(date - today).days))
    return sorted(found, key=lambda b: b.in_days)


def _needs_asked(recent: list[Visit]) -> dict[str, dt.date]:
    """Each need asked in the window, with the day it was last asked (visits come newest first)."""
    need_dates: dict[str, dt.date] = {}
    for visit in recent:
        for need in visit.needs:
            need_dates.setdefault(need, visit.visit_date)
    return need_dates
