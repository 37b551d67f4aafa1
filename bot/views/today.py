"""The day's due accounts and commitments as text: /today, `keqing today`, and the morning reminder."""

from __future__ import annotations

import datetime as dt

from memory.reports.due import DueCommitment, DueCustomer, by_town
from prompts import load_texts


def render_today(
    due: list[DueCustomer], commitments: list[DueCommitment], *, today: dt.date, show_rep: bool
) -> str:
    form = load_texts("messages")["today"]
    if not due and not commitments:
        return form["none"].format(date=today)
    lines = [form["title"].format(date=today, count=len(due))]
    for town, items in by_town(due).items():
        lines.append(form["town"].format(town=town) if town else form["no_town"])
        for item in items:
            status = _status(item, form)
            lines.append(
                form["customer"].format(
                    name=item.name,
                    tier=form["tier"].format(tier=item.tier) if item.tier else "",
                    rep=form["rep"].format(rep=item.rep) if show_rep and item.rep else "",
                    status=status,
                )
            )
    if commitments:
        lines.append(form["commitments"])
        lines += [
            form["commitment"].format(
                customer=p.customer,
                text=p.text,
                due=p.due,
                overdue=form["commitment_overdue"] if p.due < today else "",
            )
            for p in commitments
        ]
    return "\n".join(lines)


def _status(item: DueCustomer, form: dict[str, str]) -> str:
    if item.reason == "planned":
        if item.days_overdue:
            return form["planned_overdue"].format(planned=item.next_due, days=item.days_overdue)
        return form["planned_today"].format(last=item.last_contact)
    if item.last_contact is None:
        return form["never"]
    if item.days_overdue:
        return form["overdue"].format(days=item.days_overdue, last=item.last_contact)
    return form["due_today"].format(last=item.last_contact)
