"""A rep's correction of a list on a card — products, contacts, competitors, needs, commitments —
written as a short reply after choosing the section: 「感冒灵 库存 40」, 「删掉第2条」,
「王店长 电话 13900001111」, 「加 培训」, 「下周三送海报」.

The grammar is structure (delete by number, name then kind then amount, name then attribute); the
words it recognises (section names, kinds, roles, needs, delete and add words) are labels in
prompts/labels.yaml, so a company can extend them without code."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from rapidfuzz import fuzz, process

from memory.base.errors import KeqingError
from memory.extract.dates import find_dates, month_day_of
from memory.extract.gazetteer import Entity
from memory.extract.numbers import NUMBER, parse_number
from memory.schema.record import VisitRecord
from prompts import load_texts

LIST_FIELDS = ("products", "contacts", "competitors", "needs", "commitments")
_PHONE = re.compile(r"1\d{10}")
_AMOUNT = re.compile(rf"(?P<number>{NUMBER})\s*(?P<unit>[^\s\d,,。]{{0,2}})\s*$")


def _words() -> dict[str, Any]:
    return load_texts("labels")["edit_words"]


def _deleted_index(text: str, count: int) -> int | None:
    """「删掉第2条」「删除 2」→ 1 (0-based); None when the reply is not a deletion."""
    words = _words()
    match = re.search(rf"({NUMBER})", text)
    if not any(text.startswith(w) for w in words["delete"]) or match is None:
        return None
    number = parse_number(match.group(1))
    if number is None or not 1 <= number <= count:
        raise KeqingError("edit_bad_number", value=text, count=count)
    return int(number) - 1


def _best(value: str, names: list[str], cutoff: float = 70) -> str | None:
    found = process.extractOne(value, names, scorer=fuzz.WRatio, score_cutoff=cutoff)
    return str(found[0]) if found else None


def _code(value: str, group: str) -> str | None:
    for code, label in load_texts("labels")[group].items():
        if value == code or value in str(label).split("/"):
            return str(code)
    extra = _words().get(group, {})
    return next((code for code, words in extra.items() if value in words), None)


def edit_list(
    record: VisitRecord, field: str, text: str, *, catalog: list[Entity], today: dt.date
) -> VisitRecord:
    """The record with one list changed as the reply says; raises KeqingError when it cannot tell how.
    Each list is edited as plain data and the record validated again, so every code stays legal."""
    data = record.model_dump()
    items: list[dict[str, Any]] = data[field]
    index = _deleted_index(text.strip(), len(items))
    if index is not None:
        del items[index]
    else:
        editor = {
            "products": _edit_product,
            "contacts": _edit_contact,
            "competitors": _edit_competitor,
            "needs": _edit_needs,
            "commitments": _edit_commitment,
        }[field]
        data[field] = editor(items, text.strip(), catalog=catalog, ref=record.visit_date)
    return VisitRecord.model_validate(data)


Items = list[Any]


def _edit_product(items: Items, text: str, *, catalog: list[Entity], ref: dt.date) -> Items:
    """「感冒灵 库存 40盒」: the product, its kind, the amount; replaces that (product, kind) line."""
    parts = text.split()
    products = [e.name for e in catalog if e.kind == "product"]
    name = _best(parts[0], products) if parts else None
    kind = next((_code(p, "product_kind") for p in parts[1:] if _code(p, "product_kind")), None)
    if name is None or kind is None:
        raise KeqingError("edit_bad_product", value=text)
    amount = _AMOUNT.search(" ".join(parts[1:]))
    quantity = parse_number(amount.group("number")) if amount else None
    unit = (amount.group("unit") or None) if amount and quantity is not None else None
    kept = [p for p in items if (p["name"], p["kind"]) != (name, kind)]
    return [*kept, {"name": name, "kind": kind, "quantity": quantity, "unit": unit}]


def _edit_contact(items: Items, text: str, *, catalog: list[Entity], ref: dt.date) -> Items:
    """「王店长 电话 139…」「王店长 生日 3月5号」「王店长 备注 儿子高考」「李姐 采购」: update or add."""
    name, _, rest = text.partition(" ")
    rest = rest.strip()
    contact = next((c for c in items if c["name"] == name), None)
    if contact is None:
        contact = {
            "name": name,
            "surname": None,
            "role": "other",
            "phone": None,
            "birthday": None,
            "notes": None,
        }
        items = [*items, contact]
    attribute, _, value = rest.partition(" ")
    words = _words()["contact"]
    phone = _PHONE.search(rest)
    if phone is not None:
        contact["phone"] = phone.group(0)
    elif attribute in words["birthday"]:
        contact["birthday"] = month_day_of(value) or contact["birthday"]
    elif attribute in words["notes"]:
        contact["notes"] = value or None
    elif rest:
        contact["role"] = _code(rest, "role")
        if contact["role"] is None:
            raise KeqingError("edit_bad_contact", value=text)
    return items


def _edit_competitor(items: Items, text: str, *, catalog: list[Entity], ref: dt.date) -> Items:
    """「999感冒灵 买二送一」: the competitor (the catalog's name when it knows it) and what was said."""
    written, _, note = text.partition(" ")
    known = [e.name for e in catalog if e.kind == "competitor"]
    name = _best(written, known, cutoff=85) or written
    kept = [c for c in items if c["name"] != name]
    return [*kept, {"name": name, "note": note.strip() or None}]


def _edit_needs(items: Items, text: str, *, catalog: list[Entity], ref: dt.date) -> Items:
    """「加 培训」「去掉 促销」, or a list of needs that replaces them all."""
    words = _words()
    lead = re.match(f"^(?:{'|'.join(map(re.escape, words['remove'] + words['add']))})", text)
    codes = [_code(n, "need") for n in re.split(r"[\s,,、]+", text[lead.end() if lead else 0 :]) if n]
    if not codes or None in codes:
        choices = "、".join(load_texts("labels")["need"].values())
        raise KeqingError("edit_bad_value", value=text, choices=choices)
    if lead is not None and lead.group(0) in words["remove"]:
        return [n for n in items if n not in codes]
    if lead is not None:
        return [*items, *(c for c in codes if c not in items)]
    return list(dict.fromkeys(codes))


def _edit_commitment(items: Items, text: str, *, catalog: list[Entity], ref: dt.date) -> Items:
    """「下周三送海报过去」: a commitment; a date phrase in it is its due day."""
    dates = find_dates(text, ref)
    return [*items, {"text": text, "due": dates[0].date if dates else None}]
