"""Talking points for a briefing: rules over the account's history, worded by prompts/talking_points.yaml.

Every point states a fact from the history (or the absence of one) and the playbook section behind it;
nothing is invented. An LLM may rephrase them later, from these facts only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import Any

from memory.reports.briefing import Brief, RecentProduct, TalkingPoint
from memory.reports.point_feedback import point_key
from prompts import load_texts

MIN_POINTS, MAX_POINTS = 3, 6
PERSONAL_BIRTHDAY_DAYS = 7
RESTOCK_SHARE = 0.7  # suggest an order once 70% of the restock cycle has passed since the stock count


def _point(key: str, subject: object = "", **params: Any) -> TalkingPoint:
    """subject: what the point is about, so a rep's ✔/✖ on it applies to that fact and not its kind."""
    template = load_texts("talking_points")[key]
    return TalkingPoint(
        text=template["text"].format(**params),
        why=template["why"].format(**params),
        playbook=template["playbook"],
        kind=key,
        subject=str(subject),
    )


def _label(group: str, code: str) -> str:
    return str(load_texts("labels")[group].get(code, code))


def _commitments(brief: Brief, today: dt.date) -> list[TalkingPoint]:
    points = []
    for commitment in sorted(brief.open_commitments, key=lambda p: (not p.overdue, p.due or dt.date.max)):
        if commitment.overdue and commitment.due is not None:
            points.append(
                _point(
                    "commitment_overdue",
                    commitment.id,
                    commitment=commitment.text,
                    promised_on=commitment.promised_on,
                    days=(today - commitment.due).days,
                )
            )
        else:
            due_form = load_texts("talking_points")["commitment_due"]["due_text"]
            due_text = due_form.format(due=commitment.due) if commitment.due else ""
            points.append(
                _point(
                    "commitment_due",
                    commitment.id,
                    commitment=commitment.text,
                    promised_on=commitment.promised_on,
                    due_text=due_text,
                )
            )
    return points[:2]


def _people(brief: Brief) -> list[TalkingPoint]:
    points = [
        _point("birthday", b.contact, contact=b.contact, in_days=b.in_days, date=b.date.strftime("%m-%d"))
        for b in brief.upcoming_birthdays
        if b.in_days <= PERSONAL_BIRTHDAY_DAYS
    ]
    noted = next((c for c in brief.contacts if c.notes), None)
    if noted is not None:
        points.append(_point("personal", noted.name, contact=noted.name, notes=noted.notes))
    return points


def _stock(brief: Brief, today: dt.date) -> list[TalkingPoint]:
    points = []
    cycle = brief.customer.restock_cycle_days
    counted: set[str] = set()
    for product in brief.recent_products:
        if product.name in counted:
            continue
        counted.add(product.name)
        days = (today - product.date).days
        if (
            product.kind == "stock"
            and product.quantity is not None
            and cycle
            and days >= cycle * RESTOCK_SHARE
        ):
            points.append(
                _point(
                    "restock",
                    product.name,
                    product=product.name,
                    date=product.date,
                    quantity=_n(product),
                    unit=product.unit or "",
                    cycle=cycle,
                    days=days,
                )
            )
    for product in brief.recent_products:
        if product.trend == "down" and product.kind == "sold":
            before = _earlier(brief.recent_products, product)
            if before is not None:
                points.append(
                    _point(
                        "falling",
                        product.name,
                        product=product.name,
                        kind=_label("product_kind", product.kind),
                        before=_n(before),
                        after=_n(product),
                    )
                )
            break
    return points


def _earlier(products: list[RecentProduct], latest: RecentProduct) -> RecentProduct | None:
    later = False
    for product in products:
        if product is latest:
            later = True
        elif later and product.name == latest.name and product.kind == latest.kind:
            return product
    return None


def _n(product: RecentProduct) -> str:
    quantity = product.quantity
    number = "" if quantity is None else str(int(quantity)) if float(quantity).is_integer() else str(quantity)
    return f"{number}{product.unit or ''}"


def _market(brief: Brief) -> list[TalkingPoint]:
    points = [_point("threat", r.text, date=r.date, text=r.text) for r in brief.risks[:1]]
    if brief.competitor_activity:
        competitor = brief.competitor_activity[0]
        points.append(
            _point(
                "competitor",
                competitor.name,
                competitor=competitor.name,
                date=competitor.date,
                note=competitor.note or competitor.name,
            )
        )
    if brief.last_sentiment == "negative" and brief.last_visit:
        points.append(_point("negative", date=brief.last_visit))
    sections = load_texts("talking_points")["need_sections"]
    for need in brief.open_needs[:2]:
        point = _point("need", need, need=_label("need", need), date=brief.need_dates.get(need))
        points.append(point.model_copy(update={"playbook": sections.get(need)}))
    return points


def talking_points(
    brief: Brief, today: dt.date, hidden: Collection[tuple[str, str]] = ()
) -> list[TalkingPoint]:
    """3–6 suggestions, the most pressing first: commitments, people, stock, the market, cadence, timing.
    hidden: (kind, subject key) of points the rep dismissed, or followed since the last contact."""
    cadence = brief.cadence
    points: list[TalkingPoint] = []
    if brief.last_visit is None:
        points += [_point("first_visit"), _point("first_questions")]
    points += _commitments(brief, today) + _people(brief) + _stock(brief, today) + _market(brief)
    if cadence.overdue and cadence.next_due is not None and brief.days_since_last_visit is not None:
        points.append(
            _point(
                "overdue",
                days=brief.days_since_last_visit,
                expected=cadence.expected_days,
                next_due=cadence.next_due,
            )
        )
    shop = brief.customer.type in load_texts("talking_points")["shop_types"]
    points.append(_point("timing_shop" if shop else "timing_other"))
    points = [p for p in points if point_key(p) not in hidden]
    timing = points.pop() if points and points[-1].kind.startswith("timing") else None
    points = points[: MAX_POINTS - 1]
    if brief.last_visit is not None:
        fillers = [f for f in _fillers(brief) if point_key(f) not in hidden]
        points += fillers[: max(0, MIN_POINTS - len(points) - (timing is not None))]
    return [*points, timing] if timing is not None else points


def _fillers(brief: Brief) -> list[TalkingPoint]:
    """For a quiet account: what the archive still lacks, and what has changed since last time."""
    fields = [
        _label("profile_field", name)
        for name in ("payment_terms", "supplier", "restock_cycle_days")
        if getattr(brief.customer, name) is None
    ]
    points = [_point("gaps", fields="、".join(fields))] if fields else []
    return [*points, _point("news", days=brief.days_since_last_visit)]
