"""A briefing as text for a person (Telegram and the terminal)."""

from __future__ import annotations

from typing import Any

from bot.views.cards import contact_line, number
from memory.reports.briefing import Brief, RecentProduct
from prompts import load_texts


def _amount(product: RecentProduct) -> str:
    return f"{number(product.quantity)}{product.unit or ''}" if product.quantity is not None else ""


def render_brief(brief: Brief, *, today: str) -> str:
    """The whole briefing: the five lines a rep reads walking in, then the details."""
    return render_brief_lead(brief, today=today) + "\n" + render_brief_details(brief)


def render_brief_lead(brief: Brief, *, today: str) -> str:
    """Title, then five lines: the last contact and what it was about, what changed since the one
    before, what is open, the one thing to do today, how to reach the account."""
    labels = load_texts("labels")
    form = load_texts("messages")["brief"]
    lines = [form["title"].format(name=brief.customer.name, date=today), _last(brief, form, labels)]
    if brief.last_visit is not None:
        lines.append(_changes(brief, form, labels))
    lines.append(_open(brief, form, labels))
    if brief.talking_points:
        lines.append(form["lead_today"].format(point=brief.talking_points[0].text))
    if brief.phone or brief.address:
        lines.append(form["lead_contact"].format(phone=brief.phone or "-", address=brief.address or "-"))
    return "\n".join(lines)


def render_brief_details(brief: Brief) -> str:
    labels = load_texts("labels")
    form = load_texts("messages")["brief"]
    lines = [form["more"], _profile(brief, form, labels)]
    lines += _history(brief, form)
    if brief.contacts:
        lines.append(form["contacts"])
        lines.extend(contact_line(form["contact"], contact) for contact in brief.contacts)
    lines += _commitments(brief, form)
    if brief.upcoming_birthdays:
        lines.append(form["birthdays"])
        lines += [
            form["birthday"].format(contact=b.contact, date=b.date, in_days=b.in_days)
            for b in brief.upcoming_birthdays
        ]
    lines += _products(brief, form, labels)
    if brief.competitor_activity:
        lines.append(form["competitors"])
        lines += [
            form["competitor"].format(date=r.date, name=r.name, note=f":{r.note}" if r.note else "")
            for r in brief.competitor_activity[:4]
        ]
    if brief.risks:
        lines.append(form["risks"])
        lines += [form["risk"].format(date=r.date, text=r.text) for r in brief.risks[:4]]
    if brief.open_needs:
        lines.append(form["needs"].format(needs="、".join(labels["need"][n] for n in brief.open_needs)))
    if brief.talking_points:
        lines.append(form["points"])
        for n, point in enumerate(brief.talking_points, start=1):
            source = form["source"].format(section=point.playbook) if point.playbook else ""
            lines.append(form["point"].format(n=n, text=point.text, why=point.why, source=source))
    return "\n".join(lines)


def _profile(brief: Brief, form: dict[str, Any], labels: dict[str, Any]) -> str:
    customer = brief.customer
    details = [
        labels["customer_type"].get(customer.type or "", ""),
        labels["area"].get(customer.area or "", ""),
        form["tier"].format(tier=customer.tier) if customer.tier else "",
        form["owner"].format(rep=customer.rep) if customer.rep else "",
        form["terms"].format(terms=labels["payment_terms"][customer.payment_terms])
        if customer.payment_terms
        else "",
        form["supplier"].format(name=customer.supplier) if customer.supplier else "",
        form["restock"].format(days=customer.restock_cycle_days) if customer.restock_cycle_days else "",
    ]
    return str(form["profile"].format(details=" · ".join(d for d in details if d)))


def _history(brief: Brief, form: dict[str, Any]) -> list[str]:
    if brief.last_visit is None:
        return [form["never"], form["due_never"].format(expected=brief.cadence.expected_days)]
    return [
        form["last"].format(
            date=brief.last_visit, days=brief.days_since_last_visit, visits=brief.visits_last_90_days
        ),
        form["due"].format(
            expected=brief.cadence.expected_days,
            next_due=brief.cadence.next_due,
            overdue=form["overdue"] if brief.cadence.overdue else "",
        ),
    ]


def _commitments(brief: Brief, form: dict[str, Any]) -> list[str]:
    if not brief.open_commitments:
        return []
    return [form["commitments"]] + [
        form["commitment"].format(
            text=c.text,
            promised_on=c.promised_on,
            due=form["commitment_due"].format(due=c.due) if c.due else "",
            overdue=form["commitment_overdue"] if c.overdue else "",
        )
        for c in brief.open_commitments
    ]


def _products(brief: Brief, form: dict[str, Any], labels: dict[str, Any]) -> list[str]:
    if not brief.recent_products:
        return []
    return [form["products"]] + [
        form["product"].format(
            date=p.date,
            name=p.name,
            kind=labels["product_kind"][p.kind],
            amount=_amount(p),
            trend=form["trend"].get(p.trend or "", ""),
        )
        for p in brief.recent_products[:6]
    ]


def _last(brief: Brief, form: dict[str, Any], labels: dict[str, Any]) -> str:
    if brief.last_visit is None:
        return str(form["lead_never"])
    summary = f":{brief.last_summary}" if brief.last_summary else ""
    channel = labels["channel"].get(brief.last_channel or "", "")
    return str(
        form["lead_last"].format(
            date=brief.last_visit, channel=channel, days=brief.days_since_last_visit, summary=summary
        )
    )


def _changes(brief: Brief, form: dict[str, Any], labels: dict[str, Any]) -> str:
    changes = brief.changes
    parts = [
        form["lead_quantity"].format(
            name=q.name,
            kind=labels["product_kind"].get(q.kind, q.kind),
            before=number(q.before),
            after=number(q.after),
            unit=q.unit or "",
        )
        for q in changes.quantities
    ]
    parts += [form["lead_threat"].format(text=r.text) for r in brief.risks if r.date == brief.last_visit]
    if changes.new_competitors:
        parts.append(form["lead_new_competitors"].format(names="、".join(changes.new_competitors)))
    parts += [form["lead_kept"].format(text=text) for text in changes.kept]
    return str(form["lead_changes"].format(changes=";".join(parts)) if parts else form["lead_no_changes"])


def _open(brief: Brief, form: dict[str, Any], labels: dict[str, Any]) -> str:
    items = []
    if brief.open_commitments:
        first = brief.open_commitments[0].text
        items.append(form["lead_open_commitments"].format(count=len(brief.open_commitments), first=first))
    if brief.open_needs:
        items.append(
            form["lead_open_needs"].format(needs="、".join(labels["need"][n] for n in brief.open_needs))
        )
    return str(form["lead_open"].format(items=";".join(items)) if items else form["lead_nothing_open"])
