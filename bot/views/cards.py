"""The confirmation card of a visit record, in Chinese, as plain text (Telegram and the terminal)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from bot.views import texts
from bot.views.replies import Choice, Reply
from memory.schema.record import VisitRecord
from prompts import load_texts


class Named(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def name(self) -> str: ...


class Person(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def role(self) -> str: ...
    @property
    def phone(self) -> str | None: ...
    @property
    def birthday(self) -> str | None: ...
    @property
    def notes(self) -> str | None: ...


def number(value: float | None) -> str:
    """30.0 → "30", 2.5 → "2.5", None → ""."""
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value)


def contact_line(template: str, contact: Person) -> str:
    """One contact on a card or a briefing: name, role, then phone, birthday and notes if known."""
    role = load_texts("labels")["role"].get(contact.role, contact.role)
    birthday = f"🎂{contact.birthday}" if contact.birthday else None
    extra = [x for x in (contact.phone, birthday, contact.notes) if x]
    return template.format(name=contact.name, role=role, extra=(" · " + " · ".join(extra)) if extra else "")


def section_lines(record: VisitRecord, section: str) -> list[str]:
    """The lines one list section of a card shows (products, contacts, competitors, needs, commitments)."""
    labels = load_texts("labels")
    card = load_texts("messages")["card"]
    if section == "contacts":
        return [contact_line(card["contact"], contact) for contact in record.contacts]
    if section == "products":
        return [
            card["product"].format(
                name=p.name,
                kind=labels["product_kind"][p.kind],
                amount=f" {number(p.quantity)}{p.unit or ''}" if p.quantity is not None else "",
            )
            for p in record.products
        ]
    if section == "competitors":
        return [
            card["competitor"].format(name=c.name, note=f":{c.note}" if c.note else "")
            for c in record.competitors
        ]
    if section == "needs":
        return [card["needs"].format(needs=labels["need"][n]) for n in record.needs]
    if section == "commitments":
        return [
            card["commitment"].format(text=c.text, due=f"({c.due.isoformat()})" if c.due else "")
            for c in record.commitments
        ]
    raise ValueError(section)


def field_value(record: VisitRecord, field: str) -> str:
    """One single-valued field as the card words it (for 「客情目前是「积极」」)."""
    labels = load_texts("labels")
    value = getattr(record, field)
    if field == "customer":
        return str(value.name or "")
    if field in ("payment_terms", "sentiment", "channel") and value:
        return str(labels[field][value])
    return "" if value is None else str(value)


def render_card(record: VisitRecord) -> str:
    labels = load_texts("labels")
    card = load_texts("messages")["card"]
    customer = record.customer
    status = card["matched"] if customer.matched else card["new_customer"]
    details = [
        labels["customer_type"].get(customer.type or "", ""),
        labels["area"].get(customer.area or "", ""),
    ]
    channel = labels["channel"][record.channel]
    title = card["title"].format(date=record.visit_date.isoformat(), channel=channel)
    # A note matched to no account is saved to nobody's history: the card says so before ✅.
    account = (
        card["customer"].format(name=customer.name, status=status, details=" ".join(d for d in details if d))
        if customer.name
        else card["no_account"]
    )
    lines = [title, account]
    lines += section_lines(record, "contacts") + section_lines(record, "products")
    lines += section_lines(record, "competitors")
    terms = [
        labels["payment_terms"][record.payment_terms] if record.payment_terms else None,
        card["supplier"].format(name=record.supplier) if record.supplier else None,
        card["restock"].format(days=record.restock_cycle_days) if record.restock_cycle_days else None,
    ]
    if any(terms):
        lines.append(card["terms"].format(terms=",".join(t for t in terms if t)))
    if record.needs:
        lines.append(card["needs"].format(needs="、".join(labels["need"][n] for n in record.needs)))
    lines += section_lines(record, "commitments")
    if record.next_visit:
        lines.append(card["next_visit"].format(date=record.next_visit.isoformat()))
    lines.append(card["sentiment"].format(sentiment=labels["sentiment"][record.sentiment]))
    lines.extend(compliance_lines(record))
    return "\n".join(lines)


def note_card(raw_note_id: int, record: VisitRecord, candidates: Sequence[Named]) -> Reply:
    """A note's card with its buttons; every button names its note, so a button on an older card acts
    on that card's note. The other accounts an alias stands for are offered as one-tap fixes."""
    choices = [
        Choice(texts.t("choice_save"), f"save:{raw_note_id}"),
        Choice(texts.t("choice_edit"), f"edit:{raw_note_id}"),
        Choice(texts.t("choice_discard"), f"discard:{raw_note_id}"),
    ]
    text = render_card(record)
    others = [e for e in candidates if e.name != record.customer.name]
    if others:
        text += "\n" + texts.t("card_other_customers")
        choices += [
            Choice(texts.t("choice_customer", name=e.name), f"customer:{raw_note_id}:{e.id}") for e in others
        ]
    return Reply(text, choices)


def compliance_lines(record: VisitRecord) -> list[str]:
    """The findings, last on the card so they sit right above its buttons."""
    card = load_texts("messages")["card"]
    kinds = load_texts("labels")["compliance_kind"]
    return [
        card["compliance"].format(
            kind=kinds[f.kind],
            text=f.text,
            product=card["compliance_product"].format(name=f.product) if f.product else "",
            advice=f.advice,
        )
        for f in record.compliance
    ]
