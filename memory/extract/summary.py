"""The one-line summary of a visit record, from the template prompts/visit_summary.txt."""

from __future__ import annotations

import re

from memory.schema.record import VisitRecord
from prompts import load_prompt, load_texts


def _quantity(value: float | None, unit: str | None) -> str:
    if value is None:
        return ""
    number = int(value) if float(value).is_integer() else value
    return f"{number}{unit or ''}"


def summarize(record: VisitRecord) -> str:
    labels = load_texts("labels")
    customer = record.customer.name or "未识别客户"
    contacts = "、".join(c.name for c in record.contacts)
    products = ";".join(
        f"{p.name}{labels['product_kind'][p.kind]}{_quantity(p.quantity, p.unit)}"
        if p.kind != "mention"
        else f"提到{p.name}"
        for p in record.products
    )
    competitors = "、".join(c.name for c in record.competitors)
    terms = ",".join(
        part
        for part in (
            labels["payment_terms"][record.payment_terms] if record.payment_terms else "",
            f"{record.supplier}供货" if record.supplier else "",
            f"{record.restock_cycle_days}天补货" if record.restock_cycle_days else "",
        )
        if part
    )
    needs = "、".join(labels["need"][n] for n in record.needs)
    text = load_prompt("visit_summary").render(
        customer=customer,
        contacts=f"({contacts})" if contacts else "",
        products=f":{products}" if products else "",
        competitors=f";竞品 {competitors}" if competitors else "",
        terms=f";{terms}" if terms else "",
        needs=f";要{needs}" if needs else "",
        next_visit=f";下次 {record.next_visit.isoformat()}" if record.next_visit else "",
    )
    return re.sub(r"\s+", " ", text).strip()
