"""Extraction with a model: the offline record first, the model's answer merged in field by field.

The model sees the note, its date, what the offline engine found, and the contract's codes. Its answer
is validated against the note and the master data: codes must be legal, names must resolve to master
data or appear in the note, quantities must appear in the note. Dates always come from the rules
engine. Whatever fails a check keeps the offline value; a failed call keeps the whole offline record.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import warnings
from typing import Any

import cn2an
from pydantic import BaseModel

from memory.extract.engine import Extraction, OfflineExtractor
from memory.extract.text import normalize
from memory.llm.model import ChatModel, LLMUnavailable
from memory.schema.codes import CHANNELS, NEEDS, PAYMENT_TERMS, PRODUCT_KINDS, RESTOCK_CYCLES, ROLES
from memory.schema.record import CompetitorRecord, ContactRecord, ProductRecord, VisitRecord


class ModelContact(BaseModel):
    name: str
    role: str | None = None


class ModelProduct(BaseModel):
    name: str
    quantity: float | None = None
    unit: str | None = None
    kind: str | None = None


class ModelCompetitor(BaseModel):
    name: str
    note: str | None = None


class ModelVisit(BaseModel):
    """What the model is asked for: loose types, so junk still parses and is then checked."""

    customer: str | None = None
    contacts: list[ModelContact] = []
    products: list[ModelProduct] = []
    competitors: list[ModelCompetitor] = []
    payment_terms: str | None = None
    restock_cycle_days: int | None = None
    supplier: str | None = None
    needs: list[str] = []


def _numbers_in(text: str) -> set[float]:
    found = {float(n) for n in re.findall(r"\d+(?:\.\d+)?", text)}
    with contextlib.suppress(ValueError, KeyError), warnings.catch_warnings():  # cn2an gives up on some texts
        warnings.simplefilter("ignore")
        found |= {float(n) for n in re.findall(r"\d+(?:\.\d+)?", cn2an.transform(text, "cn2an"))}
    return found


class LLMExtractor:
    def __init__(self, offline: OfflineExtractor, model: ChatModel) -> None:
        self.offline = offline
        self.model = model

    def extract(self, text: str, *, date: dt.date, rep: str | None = None) -> Extraction:
        base = self.offline.extract(text, date=date, rep=rep)
        data = self.offline.gazetteer
        try:
            answer = self.model.structured(
                "extract_visit",
                ModelVisit,
                purpose="extract",
                note=text,
                date=date.isoformat(),
                customers="、".join(
                    e.name for e in [*([base.customer] if base.customer else []), *base.candidates]
                )
                or "无",
                products="、".join(sorted({e.name for e in data.entities_by_kind("product")})),
                competitors="、".join(sorted({e.name for e in data.entities_by_kind("competitor")})),
                codes=f"needs={','.join(NEEDS)}; payment_terms={','.join(PAYMENT_TERMS)}; "
                f"kind={','.join(PRODUCT_KINDS)}; role={','.join(ROLES)}; channel={','.join(CHANNELS)}",
            )
        except LLMUnavailable:
            return base
        return Extraction(
            record=self.merge(base.record, answer, normalize(text)),
            customer=base.customer,
            candidates=base.candidates,
            truncated=base.truncated,
        )

    def merge(self, record: VisitRecord, answer: ModelVisit, note: str) -> VisitRecord:
        mentioned = {e.name: e for m in self.offline.gazetteer.find(note) for e in m.entities}
        update: dict[str, object] = {}

        contacts = list(record.contacts)
        known = {c.name for c in contacts} | {c.surname for c in contacts if c.surname}
        for contact in answer.contacts:
            name = contact.name.strip()
            if (
                1 < len(name) <= 6
                and name in note
                and name not in known
                and not any(k in name for k in known)
            ):
                role = contact.role if contact.role in ROLES else "other"
                contacts.append(ContactRecord.model_validate({"name": name, "role": role}))
                known.add(name)
        update["contacts"] = contacts

        products = list(record.products)
        have: set[tuple[str, str]] = {(p.name, p.kind) for p in products}
        numbers = _numbers_in(note)
        for product in answer.products:
            entity = self._resolve(product.name, "product", mentioned)
            kind = product.kind if product.kind in PRODUCT_KINDS else "mention"
            if entity is None or (entity, kind) in have or any(p.name == entity for p in products):
                continue
            quantity = (
                product.quantity if product.quantity is not None and product.quantity in numbers else None
            )
            unit = product.unit if quantity is not None and product.unit and product.unit in note else None
            products.append(
                ProductRecord.model_validate(
                    {"name": entity, "quantity": quantity if unit else None, "unit": unit, "kind": kind}
                )
            )
            have.add((entity, kind))
        update["products"] = products

        competitors = list(record.competitors)
        for competitor in answer.competitors:
            competitor_name = self._resolve(competitor.name, "competitor", mentioned) or (
                competitor.name
                if self._named(competitor.name, note, "competitor_firm_suffixes", "drug_forms")
                else None
            )
            if (
                competitor_name
                and all(r.name != competitor_name for r in competitors)
                and competitor_name not in {p.name for p in products}
            ):
                note_text = competitor.note if competitor.note and competitor.note in note else None
                competitors.append(CompetitorRecord(name=competitor_name, note=note_text))
        update["competitors"] = competitors

        lexicon = self.offline.lexicon
        if record.payment_terms is None and answer.payment_terms in PAYMENT_TERMS:
            words = lexicon.groups("payment_terms").get(str(answer.payment_terms), [])
            if any(w in note for w in words):
                update["payment_terms"] = answer.payment_terms
        if record.restock_cycle_days is None and answer.restock_cycle_days in RESTOCK_CYCLES:
            periods = lexicon.groups("restock_periods").get(str(answer.restock_cycle_days), [])
            if any(w in note for w in periods):
                update["restock_cycle_days"] = answer.restock_cycle_days
        if record.supplier is None and answer.supplier:
            update["supplier"] = self._resolve(answer.supplier, "distributor", mentioned) or (
                answer.supplier if self._named(answer.supplier, note, "supplier_suffixes") else None
            )
        needs: list[str] = list(record.needs)
        keywords = lexicon.groups("needs")
        for need in answer.needs:
            if need in NEEDS and need not in needs and any(w in note for w in keywords.get(need, [])):
                needs.append(need)
        update["needs"] = needs
        return record.model_copy(update=update)

    def _named(self, name: str | None, note: str, *suffix_lists: str) -> bool:
        """A name not in master data counts only as written in the note and shaped like one (…医药, …制药)."""
        if not name or name not in note:
            return False
        return any(name.endswith(tuple(self.offline.lexicon.words(key))) for key in suffix_lists)

    def _resolve(self, name: str, kind: str, mentioned: dict[str, Any]) -> str | None:
        """The canonical name of a catalog entry the note itself mentions, or None."""
        for mention in self.offline.gazetteer.find(normalize(name or "")):
            for entity in mention.entities:
                if entity.kind == kind and entity.name in mentioned:
                    return entity.name
        return None
