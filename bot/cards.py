"""The confirmation card of a visit record, in Chinese, as plain text (Telegram and the terminal)."""

from __future__ import annotations

from memory.record import VisitRecord
from prompts import load_texts


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value)


def render_card(record: VisitRecord) -> str:
    labels = load_texts("labels")
    card = load_texts("messages")["card"]
    customer = record.customer
    status = card["matched"] if customer.matched else card["new_customer"]
    details = [
        labels["customer_type"].get(customer.type or "", ""),
        labels["area"].get(customer.area or "", ""),
    ]
    lines = [
        card["title"].format(date=record.visit_date.isoformat(), channel=labels["channel"][record.channel]),
        card["customer"].format(
            name=customer.name or card["unknown"], status=status, details=" ".join(d for d in details if d)
        ),
    ]
    for contact in record.contacts:
        extra = [
            x
            for x in (contact.phone, f"🎂{contact.birthday}" if contact.birthday else None, contact.notes)
            if x
        ]
        lines.append(
            card["contact"].format(
                name=contact.name,
                role=labels["role"][contact.role],
                extra=(" · " + " · ".join(extra)) if extra else "",
            )
        )
    for product in record.products:
        amount = f" {_number(product.quantity)}{product.unit or ''}" if product.quantity is not None else ""
        lines.append(
            card["product"].format(
                name=product.name, kind=labels["product_kind"][product.kind], amount=amount
            )
        )
    for rival in record.competitors:
        lines.append(card["rival"].format(name=rival.name, note=f":{rival.note}" if rival.note else ""))
    terms = [
        labels["payment_terms"][record.payment_terms] if record.payment_terms else None,
        card["supplier"].format(name=record.supplier) if record.supplier else None,
        card["restock"].format(days=record.restock_cycle_days) if record.restock_cycle_days else None,
    ]
    if any(terms):
        lines.append(card["terms"].format(terms=",".join(t for t in terms if t)))
    if record.needs:
        lines.append(card["needs"].format(needs="、".join(labels["need"][n] for n in record.needs)))
    for promise in record.commitments:
        due = f"({promise.due.isoformat()})" if promise.due else ""
        lines.append(card["promise"].format(text=promise.text, due=due))
    if record.next_visit:
        lines.append(card["next_visit"].format(date=record.next_visit.isoformat()))
    lines.append(card["sentiment"].format(sentiment=labels["sentiment"][record.sentiment]))
    return "\n".join(lines)
