"""A rep's correction of one field of a record: "字段: 值" (客户: 仁和药店, 下次: 3月20号), or a short
reply after choosing a section on the card. The summary is written again after every change."""

from __future__ import annotations

import datetime as dt
import re

from rapidfuzz import fuzz, process

from memory.base.errors import KeqingError
from memory.base.limits import NAME_LIMIT, storable
from memory.extract.dates import resolve_phrase
from memory.extract.gazetteer import Entity
from memory.extract.summary import summarize
from memory.notes.list_edits import LIST_FIELDS, edit_list
from memory.schema.record import CustomerRef, VisitRecord
from prompts import load_texts

FIELD_NAMES: dict[str, str] = load_texts("labels")["edit_fields"]
_EDIT = re.compile(r"^\s*(?P<field>[\u4e00-\u9fff]{2,4})\s*[::]\s*(?P<value>.+?)\s*$")


def parse_edit(text: str) -> tuple[str, str] | None:
    match = _EDIT.match(storable(text))
    if not match or match.group("field") not in FIELD_NAMES:
        return None
    return FIELD_NAMES[match.group("field")], match.group("value")


def _code_for(value: str, labels: dict[str, str]) -> str | None:
    for code, label in labels.items():
        if value in (code, label) or value in label.split("/"):
            return code
    return None


def _distributor(value: str, entities: list[Entity]) -> str | None:
    names = [e.name for e in entities if e.kind == "distributor"]
    containing = [name for name in names if value in name]
    if len(containing) == 1:
        return containing[0]
    best = process.extractOne(value, names, scorer=fuzz.WRatio, score_cutoff=85) if names else None
    return str(best[0]) if best else None


def apply_edit(
    record: VisitRecord, field: str, value: str, *, entities: list[Entity], today: dt.date
) -> VisitRecord:
    """The record with one field changed, its summary written again."""
    changed = _changed(record, field, value, entities=entities, today=today)
    changed.summary = summarize(changed)
    return changed


def _changed(
    record: VisitRecord, field: str, value: str, *, entities: list[Entity], today: dt.date
) -> VisitRecord:
    """A customer edit points the record at the closest account; a list edit goes to list_edits."""
    if field in LIST_FIELDS:
        return edit_list(record, field, value, catalog=entities, today=today)
    customers = [e for e in entities if e.kind == "customer"]
    labels = load_texts("labels")
    changed = record.model_copy(deep=True)
    if field in {"customer", "supplier"} and len(value) > NAME_LIMIT:
        raise KeqingError("edit_too_long", limit=NAME_LIMIT)
    if field == "customer":
        names = {alias: e for e in customers for alias in (e.name,)}
        best = process.extractOne(value, list(names), scorer=fuzz.WRatio, score_cutoff=80)
        if best is None:
            changed.customer = CustomerRef(name=value, matched=False)
            return changed
        entity = names[best[0]]
        changed.customer = CustomerRef.model_validate(
            {"name": entity.name, "matched": True, "type": entity.type, "area": entity.area}
        )
        return changed
    if field in {"visit_date", "next_visit"}:
        day = resolve_phrase(value, record.visit_date if field == "next_visit" else today)
        if day is None:
            raise KeqingError("edit_bad_date", value=value)
        if field == "visit_date" and day > today and day.year > today.year:
            # a contact has happened: 「5月10号」 is this year's, not next year's as a plan would be
            day = day.replace(year=today.year, day=min(day.day, 28) if day.month == 2 else day.day)
        setattr(changed, field, day)
        return changed
    if field == "supplier":  # the catalog's distributor when the reply names one (国药 → 国药控股)
        changed.supplier = _distributor(value, entities) or value
        return changed
    label_key = {"payment_terms": "payment_terms", "sentiment": "sentiment", "channel": "channel"}[field]
    code = _code_for(value, labels[label_key])
    if code is None:
        raise KeqingError("edit_bad_value", value=value, choices="、".join(labels[label_key].values()))
    setattr(changed, field, code)
    return changed
