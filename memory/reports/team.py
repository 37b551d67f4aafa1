"""The team summary for managers (contract/cli.md `team --json`): numbers per rep, accounts at risk,
competitors and needs ranked, commitments; a written summary from the numbers by prompts/team_summary.txt."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from memory.reports.cadence import CadencePolicy, cadence_of
from memory.reports.point_feedback import PointFollow, follow_rates
from memory.reports.risks import threatened
from memory.reports.trends import trend_of
from memory.schema.models import Commitment, CompetitorMention, Customer, Person, Visit, VisitProduct
from prompts import load_prompt, load_texts

FALLING_LOOKBACK_DAYS = 90  # quantities compared with the contact before, up to this far before the period


class Period(BaseModel):
    since: dt.date
    until: dt.date


class RepNumbers(BaseModel):
    rep: str
    visits: int
    calls: int
    customers_contacted: int
    customers_owned: int
    coverage: float
    overdue_customers: int
    compliance: dict[str, int] = {}  # compliance findings in the period's notes, by kind


class AtRisk(BaseModel):
    customer: str
    rep: str | None
    reasons: list[str]


class CompetitorCount(BaseModel):
    name: str
    mentions: int


class NeedCount(BaseModel):
    need: str
    count: int


class TeamSummary(BaseModel):
    period: Period
    reps: list[RepNumbers]
    at_risk: list[AtRisk]
    competitors: list[CompetitorCount]
    needs: list[NeedCount]
    open_commitments: int
    overdue_commitments: int
    talking_points: list[PointFollow] = []  # per kind of talking point: followed, dismissed
    summary: str = ""

    def to_json(self) -> dict[str, object]:
        return self.model_dump(mode="json")


def reps_in_scope(*, session: Session, rep_ids: set[int] | None) -> list[Person]:
    """The reps a summary covers: the rep role or owning accounts, within the caller's rights."""
    owners = select(Customer.rep_id).where(Customer.rep_id.is_not(None))
    query = select(Person).where((Person.role == "rep") | Person.id.in_(owners))
    if rep_ids is not None:
        query = query.where(Person.id.in_(rep_ids))
    return sorted(session.scalars(query), key=lambda p: p.name)  # in Python: collations differ by database


def _last_contacts(session: Session, ids: set[int], until: dt.date) -> dict[int, tuple[dt.date, str]]:
    """Each account's last contact by `until` (day, sentiment), for accounts these reps own.

    A max per account over the (customer, day) index, joined back for the sentiment: several times
    faster on SQLite than a window function over every contact.
    """
    owned = select(Customer.id).where(Customer.rep_id.in_(ids))
    latest = (
        select(Visit.customer_id, func.max(Visit.visit_date).label("day"))
        .where(Visit.visit_date <= until, Visit.customer_id.in_(owned))
        .group_by(Visit.customer_id)
        .subquery()
    )
    rows = session.execute(
        select(Visit.customer_id, Visit.visit_date, Visit.sentiment)
        .join(latest, (Visit.customer_id == latest.c.customer_id) & (Visit.visit_date == latest.c.day))
        .order_by(Visit.id)
    )
    return {customer_id: (day, sentiment) for customer_id, day, sentiment in rows if customer_id is not None}


def _falling(session: Session, ids: set[int], since: dt.date, until: dt.date) -> set[int]:
    """Accounts where a product's sold or ordered quantity, reported in the period, keeps falling
    (memory/reports/trends.py: three reports of the same kind and unit, each clearly lower)."""
    rows = session.execute(
        select(
            Visit.customer_id,
            VisitProduct.name,
            VisitProduct.kind,
            VisitProduct.unit,
            Visit.visit_date,
            VisitProduct.quantity,
        )
        .join(VisitProduct, VisitProduct.visit_id == Visit.id)
        .where(
            Visit.rep_id.in_(ids),
            Visit.visit_date <= until,
            Visit.visit_date >= since - dt.timedelta(days=FALLING_LOOKBACK_DAYS),
            VisitProduct.kind.in_(("sold", "order")),
            VisitProduct.quantity.is_not(None),
        )
        .order_by(Visit.visit_date.desc(), Visit.id.desc())
    )
    series: dict[tuple[Any, ...], list[float]] = defaultdict(list)
    latest: dict[tuple[Any, ...], dt.date] = {}
    for customer_id, name, kind, unit, day, quantity in rows:
        key = (customer_id, name, kind, unit)
        latest.setdefault(key, day)
        if quantity is not None:
            series[key].append(quantity)
    return {
        key[0]
        for key, quantities in series.items()
        if key[0] is not None and latest[key] >= since and trend_of(quantities) == "down"
    }


@dataclass(frozen=True)
class _Window:
    """The reps and the period a summary covers, and the SQL condition for their contacts in it."""

    session: Session
    ids: set[int]
    since: dt.date
    until: dt.date

    @property
    def in_period(self) -> Any:
        return (
            (Visit.visit_date >= self.since) & (Visit.visit_date <= self.until) & Visit.rep_id.in_(self.ids)
        )


def team_summary(
    *, session: Session, rep_ids: set[int] | None, since: dt.date, until: dt.date, policy: CadencePolicy
) -> TeamSummary:
    reps = reps_in_scope(session=session, rep_ids=rep_ids)
    window = _Window(session, {p.id for p in reps}, since, until)
    accounts = list(
        session.execute(
            select(Customer.id, Customer.name, Customer.rep_id, Customer.area, Customer.tier).where(
                Customer.rep_id.in_(window.ids)
            )
        )
    )
    risks: dict[int, list[str]] = defaultdict(list)
    owned, overdue = _cadence_risks(window, accounts, policy, risks)
    competitor_names = _competitor_risks(window, risks)
    for account_id in _falling(session, window.ids, since, until):
        risks[account_id].append("falling")
    for account_id in threatened(session=session, rep_ids=window.ids, since=since, until=until):
        risks[account_id].append("threat")
    need_counts = _need_risks(window, risks)
    still_open = list(
        session.scalars(
            select(Commitment.due).where(Commitment.rep_id.in_(window.ids), Commitment.open_on(until))
        )
    )
    names: dict[int | None, str] = {p.id: p.name for p in reps}
    info = {account_id: (name, rep_id) for account_id, name, rep_id, _area, _tier in accounts}
    at_risk = [
        AtRisk(customer=info[a][0], rep=names.get(info[a][1]), reasons=reasons)
        for a, reasons in risks.items()
        if reasons and a in info
    ]
    at_risk.sort(key=lambda r: (-len(r.reasons), r.customer))
    summary = TeamSummary(
        period=Period(since=since, until=until),
        reps=_rep_rows(window, reps, owned, overdue),
        at_risk=at_risk,
        competitors=[CompetitorCount(name=n, mentions=c) for n, c in _ranked(competitor_names)],
        needs=[NeedCount(need=n, count=c) for n, c in _ranked(need_counts)],
        open_commitments=len(still_open),
        overdue_commitments=sum(1 for due in still_open if due is not None and due < until),
        talking_points=follow_rates(session=session, rep_ids=window.ids, since=since, until=until),
    )
    summary.summary = write_summary(summary)
    return summary


def _cadence_risks(
    window: _Window, accounts: list[Any], policy: CadencePolicy, risks: dict[int, list[str]]
) -> tuple[Counter[int | None], Counter[int | None]]:
    """Accounts owned and overdue per rep; an overdue account that was contacted before, or whose last
    contact went badly, is at risk."""
    last = _last_contacts(window.session, window.ids, window.until)
    owned: Counter[int | None] = Counter()
    overdue: Counter[int | None] = Counter()
    for account_id, _name, rep_id, area, tier in accounts:
        owned[rep_id] += 1
        contact = last[account_id][0] if account_id in last else None
        if cadence_of(policy, area=area, tier=tier, last_contact=contact, today=window.until).overdue:
            overdue[rep_id] += 1
            if account_id in last:  # slipping, not merely never started
                risks[account_id].append("overdue")
    for account_id, (_day, sentiment) in last.items():
        if sentiment == "negative":
            risks[account_id].append("negative")
    return owned, overdue


def _competitor_risks(window: _Window, risks: dict[int, list[str]]) -> Counter[str]:
    """Mentions per competitor in the period; an account where one was active is at risk."""
    rows = list(
        window.session.execute(
            select(CompetitorMention.name, Visit.customer_id)
            .join(Visit, CompetitorMention.visit_id == Visit.id)
            .where(window.in_period)
        )
    )
    for account_id in {customer_id for _name, customer_id in rows if customer_id is not None}:
        risks[account_id].append("competitor")
    return Counter(name for name, _ in rows)


def _need_risks(window: _Window, risks: dict[int, list[str]]) -> Counter[str]:
    """Needs asked in the period (once per contact); an account asking for credit is at risk."""
    counts: Counter[str] = Counter()
    for visited, needs in window.session.execute(
        select(Visit.customer_id, Visit.needs).where(window.in_period)
    ):
        counts.update(set(needs or []))
        if "credit" in (needs or []) and visited is not None and "credit" not in risks[visited]:
            risks[visited].append("credit")
    return counts


def _rep_rows(
    window: _Window, reps: list[Person], owned: Counter[int | None], overdue: Counter[int | None]
) -> list[RepNumbers]:
    by_channel: dict[int | None, Counter[str]] = defaultdict(Counter)
    for rep_id, channel, count in window.session.execute(
        select(Visit.rep_id, Visit.channel, func.count())
        .where(window.in_period)
        .group_by(Visit.rep_id, Visit.channel)
    ):
        by_channel[rep_id][channel] = count
    contacted = dict(
        window.session.execute(
            select(Visit.rep_id, func.count(func.distinct(Visit.customer_id)))
            .where(window.in_period)
            .group_by(Visit.rep_id)
        ).all()
    )
    findings: dict[int | None, Counter[str]] = defaultdict(Counter)
    for rep_id, kinds in window.session.execute(
        select(Visit.rep_id, Visit.compliance).where(window.in_period)
    ):
        findings[rep_id].update(kinds or [])
    rows = []
    for person in reps:
        channels = by_channel[person.id]
        reached = contacted.get(person.id, 0)
        rows.append(
            RepNumbers(
                rep=person.name,
                visits=channels["visit"],
                calls=channels["phone"] + channels["message"],
                customers_contacted=reached,
                customers_owned=owned[person.id],
                coverage=round(reached / owned[person.id], 2) if owned[person.id] else 0.0,
                overdue_customers=overdue[person.id],
                compliance=dict(sorted(findings[person.id].items())),
            )
        )
    return rows


def _ranked(counts: Counter[str]) -> list[tuple[str, int]]:
    """Most first, ties by name: the same order whatever order the database returned the rows in."""
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def write_summary(team: TeamSummary) -> str:
    """A few sentences from the numbers only (prompts/team_summary.txt); the LLM may phrase it later."""
    words = load_texts("messages")["team_words"]
    labels = load_texts("labels")["need"]
    reps = team.reps
    coverage = sum(r.coverage for r in reps) / len(reps) if reps else 0.0
    active = max(reps, key=lambda r: r.visits + r.calls, default=None)
    lagging = min(reps, key=lambda r: r.coverage, default=None)
    return load_prompt("team_summary").render(
        since=team.period.since,
        until=team.period.until,
        reps=len(reps),
        visits=sum(r.visits for r in reps),
        calls=sum(r.calls for r in reps),
        coverage=f"{coverage:.0%}",
        most_active=words["active"].format(name=active.rep, count=active.visits + active.calls)
        if active
        else words["nobody"],
        least_covered=f"{lagging.rep}({lagging.coverage:.0%})" if lagging else words["nobody"],
        overdue=sum(r.overdue_customers for r in reps),
        at_risk=len(team.at_risk),
        competitors="、".join(
            words["times"].format(name=c.name, count=c.mentions) for c in team.competitors[:3]
        )
        or words["no_competitors"],
        needs="、".join(
            words["times"].format(name=labels.get(n.need, n.need), count=n.count) for n in team.needs[:3]
        )
        or words["no_needs"],
        open_commitments=team.open_commitments,
        overdue_commitments=team.overdue_commitments,
    )


def weekly_visits(
    *, session: Session, rep_ids: set[int] | None, since: dt.date, until: dt.date
) -> dict[str, dict[dt.date, int]]:
    """Visits (channel visit) per rep per week (keyed by the week's Monday), for the chart."""
    reps = reps_in_scope(session=session, rep_ids=rep_ids)
    names = {p.id: p.name for p in reps}
    weekly: dict[str, dict[dt.date, int]] = {p.name: {} for p in reps}
    rows = session.execute(
        select(Visit.rep_id, Visit.visit_date).where(
            Visit.visit_date >= since,
            Visit.visit_date <= until,
            Visit.channel == "visit",
            Visit.rep_id.in_(names),
        )
    )
    for rep_id, day in rows:
        week = day - dt.timedelta(days=day.weekday())
        counts = weekly[names[rep_id]] if rep_id in names else {}
        counts[week] = counts.get(week, 0) + 1
    return weekly
