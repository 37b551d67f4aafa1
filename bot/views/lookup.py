"""The answer to a lookup: the facts asked for about one account, a line each."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.views.cards import number
from memory.reports.briefing import Brief, RecentProduct
from memory.schema.models import Contact, Customer
from prompts import load_texts

MAX_PRODUCTS = 3


def _form() -> dict[str, Any]:
    form = load_texts("messages")["lookup"]
    assert isinstance(form, dict)
    return form


def _phones(brief: Brief, customer: Customer, named: list[Contact], text: str) -> list[str]:
    form = _form()
    lines = [] if named else [form["phone"].format(name=customer.name, phone=customer.phone or form["none"])]
    people = named or [c for c in customer.contacts if c.phone]
    return lines + [form["phone"].format(name=c.name, phone=c.phone or form["none"]) for c in people]


def _birthdays(brief: Brief, customer: Customer, named: list[Contact], text: str) -> list[str]:
    form = _form()
    people = named or [c for c in customer.contacts if c.birthday] or list(customer.contacts)
    if not people:
        return [form["no_contacts"]]
    return [form["birthday"].format(name=c.name, birthday=c.birthday or form["none"]) for c in people]


def _last(brief: Brief, customer: Customer, named: list[Contact], text: str) -> list[str]:
    form = _form()
    if brief.last_visit is None:
        return [form["never"]]
    return [form["last_contact"].format(date=brief.last_visit, days=brief.days_since_last_visit)]


def _due(brief: Brief, customer: Customer, named: list[Contact], text: str) -> list[str]:
    form = _form()
    cadence = brief.cadence
    if cadence.next_due is None:
        return [form["due_never"].format(expected=cadence.expected_days)]
    overdue = form["overdue"] if cadence.overdue else ""
    return [form["due"].format(date=cadence.next_due, expected=cadence.expected_days, overdue=overdue)]


def _commitments(brief: Brief, customer: Customer, named: list[Contact], text: str) -> list[str]:
    form = _form()
    if not brief.open_commitments:
        return [form["no_commitments"]]
    lines = [form["commitments"]]
    for c in brief.open_commitments:
        due = form["commitment_due"].format(due=c.due) if c.due else ""
        lines.append(form["commitment"].format(text=c.text, promised_on=c.promised_on, due=due))
    return lines


def _products(brief: Brief, customer: Customer, named: list[Contact], text: str) -> list[str]:
    form, labels = _form(), load_texts("labels")
    asked = [p for p in brief.recent_products if p.name[:2] in text] or brief.recent_products
    if not asked:
        return [form["no_products"]]

    def amount(p: RecentProduct) -> str:
        return f"{number(p.quantity)}{p.unit or ''}" if p.quantity is not None else ""

    kind = labels["product_kind"]
    return [
        form["product"].format(date=p.date, name=p.name, kind=kind.get(p.kind, p.kind), amount=amount(p))
        for p in asked[:MAX_PRODUCTS]
    ]


def _profile(key: str, value: Callable[[Brief, Customer], object]) -> Callable[..., list[str]]:
    """A field kept on the account itself: its line, or that nothing is recorded."""

    def lines(brief: Brief, customer: Customer, named: list[Contact], text: str) -> list[str]:
        found = value(brief, customer)
        form = _form()
        return [form[key].format(value=found) if found else form[key].format(value=form["none"])]

    return lines


def _terms(brief: Brief, customer: Customer) -> str | None:
    code = brief.customer.payment_terms
    return load_texts("labels")["payment_terms"].get(code, code) if code else None


def _restock(brief: Brief, customer: Customer) -> str | None:
    days = brief.customer.restock_cycle_days
    return _form()["restock_days"].format(days=days) if days else None


def _tier(brief: Brief, customer: Customer) -> str | None:
    tier = brief.customer.tier
    return _form()["tier_value"].format(tier=tier) if tier else None


def _contacts(brief: Brief, customer: Customer, named: list[Contact], text: str) -> list[str]:
    form, roles = _form(), load_texts("labels")["role"]
    people = named or list(customer.contacts)
    if not people:
        return [form["no_contacts"]]
    return [form["contact"].format(name=c.name, role=roles.get(c.role, c.role)) for c in people]


FIELDS: dict[str, Callable[[Brief, Customer, list[Contact], str], list[str]]] = {
    "phone": _phones,
    "birthday": _birthdays,
    "last_contact": _last,
    "due": _due,
    "commitments": _commitments,
    "quantity": _products,
    "contacts": _contacts,
    "supplier": _profile("supplier", lambda b, c: b.customer.supplier),
    "payment_terms": _profile("terms", _terms),
    "restock": _profile("restock", _restock),
    "tier": _profile("tier", _tier),
    "owner": _profile("owner", lambda b, c: b.customer.rep),
    "address": _profile("address", lambda b, c: c.address),
}


def render_lookup(
    brief: Brief, customer: Customer, named: list[Contact], fields: list[str], text: str
) -> str:
    lines = [_form()["account"].format(name=customer.name)]
    for field in fields:
        lines += FIELDS[field](brief, customer, named, text)
    return "\n".join(lines)
