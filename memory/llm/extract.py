"""Extraction with a model: the model writes the whole visit record, the note decides what stands.

The model is asked for the contract's record (structured output with its JSON schema), given the
note, its date, the offline engine's draft, the candidate accounts, the catalog and the codes. Its
answer is judged as a whole first: its customer, people, products, dates and figures must be this
note's, so a fluent record of another note is thrown away entire. Then field by field: names resolve to master
data or are written in the note; quantities, phone numbers and birthdays are numbers of the note;
a commitment is a paraphrase of the note; a date needs a phrase of the note (grounding.py). Codes are
legal by the answer's schema. Fields no word of the note can vouch for (sentiment, needs, product
kind, contact role, channel) are the model's once the answer is judged to be about this note.

Where a grounded model and the rules disagree, the model wins; an explicit null is the model's
reading that the note says nothing there. Where the model says nothing (a missing key, an illegal
code) or says something the note does not hold, the offline value stays. A failed call keeps the
whole offline record.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from memory.compliance.grounding import grounded_findings
from memory.extract.engine import Extraction, OfflineExtractor
from memory.extract.gazetteer import Entity
from memory.extract.summary import summarize
from memory.extract.text import normalize
from memory.llm.answer import ModelCustomer, ModelVisit
from memory.llm.grounding import Grounds
from memory.llm.merge import FieldMerger
from memory.llm.model import ChatModel, LLMUnavailable
from memory.llm.names import Names, key
from memory.schema.codes import (
    CHANNELS,
    CUSTOMER_TYPES,
    NEEDS,
    PAYMENT_TERMS,
    PRODUCT_KINDS,
    RESTOCK_CYCLES,
    ROLES,
    SENTIMENTS,
)
from memory.schema.record import ComplianceFinding, CustomerRef

# How much of an answer must be this note's for the answer to be taken at all (about_this_note).
IDENTITY_SHARE = 0.9  # of the people, products and competitors it names
DETAIL_SHARE = 0.5  # of its dates, commitments, supplier, phone numbers and birthdays
QUANTITY_SHARE = 0.5  # of the quantities the note writes (a number and a unit)


@dataclass(frozen=True)
class Account:
    """The model's customer as the note and master data confirm it."""

    ref: CustomerRef
    entity: Entity | None


class LLMExtractor:
    def __init__(self, offline: OfflineExtractor, model: ChatModel) -> None:
        self.offline = offline
        self.model = model
        suffixes = [w for words in offline.lexicon.groups("customer_suffixes").values() for w in words]
        self.names = Names(offline.gazetteer, suffixes)
        self.units = sorted(
            {*offline.lexicon.words("units"), *(e.unit for e in offline.gazetteer.entities if e.unit)}
        )
        self.catalog = {kind + "s": self._catalog(kind) for kind in ("product", "competitor", "distributor")}

    def extract(self, text: str, *, date: dt.date, rep: str | None = None) -> Extraction:
        base = self.offline.extract(text, date=date, rep=rep)
        grounds = Grounds(text, date)
        try:
            answer = self.model.structured(
                "extract_visit", ModelVisit, purpose="extract", **self.prompt_values(text, grounds, base)
            )
        except LLMUnavailable:
            return base
        return self.merge(base, answer, grounds)

    def prompt_values(self, text: str, grounds: Grounds, base: Extraction) -> dict[str, str]:
        mentioned = self.names.mentioned(grounds)
        accounts = [
            *([base.customer] if base.customer else []),
            *base.candidates,
            *(
                e
                for e in self.offline.gazetteer.customers()
                if key(e) in mentioned or e.type == "distributor"
            ),
        ]
        draft = base.record.to_json()
        draft.pop("summary", None)
        return {
            "note": text,
            "date": grounds.ref.isoformat(),
            "draft": json.dumps(draft, ensure_ascii=False),
            "customers": "\n".join(
                f"- {e.name}({e.type or '?'},{e.area or '?'})" for e in dict.fromkeys(accounts)
            )
            or "无",
            **self.catalog,
            "codes": "\n".join(
                f"{field}: {', '.join(map(str, values))}"
                for field, values in (
                    ("channel", CHANNELS),
                    ("customer.type", CUSTOMER_TYPES),
                    ("contacts.role", ROLES),
                    ("products.kind", PRODUCT_KINDS),
                    ("payment_terms", PAYMENT_TERMS),
                    ("restock_cycle_days", RESTOCK_CYCLES),
                    ("needs", NEEDS),
                    ("sentiment", SENTIMENTS),
                )
            ),
        }

    def _catalog(self, kind: str) -> str:
        entries = sorted(self.offline.gazetteer.entities_by_kind(kind), key=lambda e: e.name)
        lines = []
        for entity in entries:
            others = [a for a in self.names.aliases[(kind, entity.id)] if a != entity.name]
            lines.append(f"{entity.name}({'、'.join(others)})" if others else entity.name)
        return "、".join(lines) or "无"

    def merge(self, base: Extraction, answer: ModelVisit, grounds: Grounds) -> Extraction:
        """The offline record with the model's grounded reading over it; the offline record itself
        when the answer is not about this note."""
        mentioned = self.names.mentioned(grounds)
        account = self.account(answer.customer, base, grounds, mentioned)
        fields = FieldMerger(self.names, grounds, mentioned, base.record)
        if not self.about_this_note(answer, account, fields):
            return base
        update = fields.merge(answer)
        update["compliance"] = self.findings(answer, base, grounds)
        if account is not None:
            update["customer"] = account.ref
        record = base.record.model_copy(update=update)
        record.summary = summarize(record)
        return Extraction(
            record=record,
            customer=account.entity if account is not None else base.customer,
            candidates=base.candidates,
            truncated=base.truncated,
        )

    def findings(self, answer: ModelVisit, base: Extraction, grounds: Grounds) -> list[ComplianceFinding]:
        """The rules' findings, plus each one the model adds with a quote the note holds (the
        compliance hook decides); the model's product counts only as a catalog product."""
        proposed = []
        for finding in answer.compliance or []:
            product = self.names.resolve(finding.product, "product") if finding.product else None
            proposed.append(
                {
                    "kind": finding.kind,
                    "text": normalize(finding.text or ""),
                    "product": product.name if product is not None else None,
                }
            )
        products = {e.name for e in self.offline.gazetteer.entities_by_kind("product")}
        return grounded_findings(grounds.text, proposed, base.record.compliance, products)

    def account(
        self,
        customer: ModelCustomer | None,
        base: Extraction,
        grounds: Grounds,
        mentioned: set[tuple[str, int]],
    ) -> Account | None:
        """A known account the note names, the rules offered, or the rules saw misspelt; else an account
        written in the note (a new one, or a wholesaler of the catalog that is itself the visited account)."""
        name = customer.name if customer else None
        if customer is None or not name:
            return None
        entity = self.names.resolve(name, "customer")
        drafted = base.record.customer
        offered = {key(e) for e in [*([base.customer] if base.customer else []), *base.candidates]}
        if entity is not None and (
            key(entity) in offered | mentioned
            or (not drafted.matched and drafted.name and self.names.loosely_same(drafted.name, entity))
        ):
            # an account a note created is linked but unlisted, as the offline engine says
            ref = CustomerRef(name=entity.name, matched=entity.listed, type=entity.type, area=entity.area)
            return Account(ref, entity)
        distributor = self.names.resolve(name, "distributor")
        if grounds.says(name) or (distributor is not None and key(distributor) in mentioned):
            same = drafted.name == name
            kind = customer.type or (drafted.type if same else None)
            area = customer.area or (drafted.area if same else None)
            return Account(CustomerRef(name=name, matched=False, type=kind, area=area), None)
        return None

    def about_this_note(self, answer: ModelVisit, account: Account | None, fields: FieldMerger) -> bool:
        """The answer is a record of this note: its customer is this note's; nearly all the people,
        products and competitors it names are (a record of another visit names someone or something
        this note does not); most of its dates, promises and numbers are; and it carries most of the
        quantities the note writes (another visit to the same account has other figures)."""
        if answer.customer is not None and answer.customer.name and account is None:
            return False
        identity, details = fields.identity(answer), fields.details(answer)
        if (
            not (identity or account)
            or not _most(identity, IDENTITY_SHARE)
            or not _most(details, DETAIL_SHARE)
        ):
            return False
        written = fields.grounds.quantities(self.units)
        said = {float(p.quantity) for p in answer.products or [] if p.quantity is not None}
        return len(written & said) >= QUANTITY_SHARE * len(written)


def _most(checks: list[bool], share: float) -> bool:
    return sum(checks) >= share * len(checks)
