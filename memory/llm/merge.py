"""The field-by-field merge of a model's record over the offline one, for an answer already judged to
be about this note (extract.py). One step per field; each keeps the offline value where the model is
silent or says what the note does not hold.

Lists are the model's reading when it gives one: its grounded items, an offline item standing in for
a model item whose detail failed (a quantity the note does not write), and nothing the model left out.
"""

from __future__ import annotations

from typing import Any

from memory.extract.gazetteer import Entity
from memory.llm.answer import ModelCommitment, ModelCompetitor, ModelContact, ModelProduct, ModelVisit
from memory.llm.grounding import Grounds
from memory.llm.names import Names, key
from memory.schema.record import (
    CommitmentRecord,
    CompetitorRecord,
    ContactRecord,
    ProductRecord,
    VisitRecord,
)

COMMITMENT_SHARE = 1 / 3  # of a commitment's character pairs in the note: reps' promises get reworded


class FieldMerger:
    def __init__(
        self, names: Names, grounds: Grounds, mentioned: set[tuple[str, int]], base: VisitRecord
    ) -> None:
        self.names = names
        self.grounds = grounds
        self.mentioned = mentioned
        self.base = base

    def merge(self, answer: ModelVisit) -> dict[str, Any]:
        base = self.base
        contacts = self.contacts(answer.contacts)
        products = self.products(answer.products)
        people = {c.name for c in contacts}
        return {
            "visit_date": answer.visit_date
            if answer.visit_date is not None
            and answer.visit_date <= self.grounds.ref
            and (answer.visit_date == self.grounds.ref or self.grounds.day(answer.visit_date, past=True))
            else base.visit_date,
            "channel": answer.channel or base.channel,
            "contacts": contacts,
            "products": products,
            "competitors": self.competitors(answer.competitors, {p.name for p in products} | people),
            "payment_terms": self._reading(answer, "payment_terms", answer.payment_terms),
            "restock_cycle_days": self._reading(answer, "restock_cycle_days", answer.restock_cycle_days),
            "supplier": self._reading(answer, "supplier", self.supplier(answer.supplier, people)),
            "needs": base.needs if answer.needs is None else answer.needs,
            "commitments": self.commitments(answer.commitments),
            "next_visit": self._reading(
                answer,
                "next_visit",
                answer.next_visit
                if answer.next_visit is not None
                and answer.next_visit >= self.grounds.ref
                and self.grounds.day(answer.next_visit)
                else None,
            ),
            "sentiment": answer.sentiment or base.sentiment,
        }

    def _reading(self, answer: ModelVisit, field: str, grounded: Any) -> Any:
        """The model's grounded value; None where it answered null (the note says nothing there);
        else the offline value (the model said nothing, or nothing the note holds)."""
        if grounded is not None:
            return grounded
        return None if field in answer.nulls else getattr(self.base, field)

    # -- the checks that judge an answer as a whole (extract.py) ------------------------------------

    def identity(self, answer: ModelVisit) -> list[bool]:
        """Is each person, product (with its quantity) and competitor of the answer this note's?"""
        return [
            *(self.product_grounded(p) for p in answer.products or []),
            *(self.grounds.says(c.name) for c in answer.contacts or []),
            *(self.competitor_name(c.name) is not None for c in answer.competitors or []),
        ]

    def details(self, answer: ModelVisit) -> list[bool]:
        """Is each date, commitment, supplier, phone number and birthday of the answer this note's?"""
        grounds, ref = self.grounds, self.grounds.ref
        return [
            *(
                grounds.paraphrase(c.text, share=COMMITMENT_SHARE) and (c.due is None or grounds.day(c.due))
                for c in answer.commitments or []
            ),
            *([grounds.day(answer.next_visit)] if answer.next_visit else []),
            *([grounds.day(answer.visit_date, past=True)] if answer.visit_date not in (None, ref) else []),
            *([self.supplier(answer.supplier, set()) is not None] if answer.supplier else []),
            *(grounds.phone(c.phone) for c in answer.contacts or [] if c.phone),
            *(grounds.month_day(c.birthday) for c in answer.contacts or [] if c.birthday),
        ]

    # -- names --------------------------------------------------------------------------------------

    def _entity(self, name: str | None, kind: str) -> Entity | None:
        entity = self.names.resolve(name, kind)
        if entity is None:
            return None
        written = key(entity) in self.mentioned or any(
            map(self.grounds.near, self.names.aliases[key(entity)])
        )
        return entity if written else None

    def product_grounded(self, product: ModelProduct) -> bool:
        return self._entity(product.name, "product") is not None and (
            product.quantity is None or self.grounds.number(product.quantity)
        )

    def competitor_name(self, name: str | None) -> str | None:
        """A catalog competitor the note names, or a name written in the note that is none of ours."""
        entity = self._entity(name, "competitor")
        if entity is not None:
            return entity.name
        if name and self.grounds.says(name) and self.names.resolve(name, "product") is None:
            return name
        return None

    # -- lists --------------------------------------------------------------------------------------

    def contacts(self, given: list[ModelContact] | None) -> list[ContactRecord]:
        if given is None:
            return self.base.contacts
        merged: dict[str, ContactRecord] = {}
        for contact in given:
            name = contact.name
            if name is None or not self.grounds.says(name) or name in merged:
                continue
            drafted = self._drafted_contact(name, contact.surname)
            merged[name] = ContactRecord(
                name=name,
                surname=contact.surname
                if contact.surname and contact.surname in name
                else (drafted.surname if drafted and drafted.surname and drafted.surname in name else None),
                role=contact.role or (drafted.role if drafted else "other"),
                phone=contact.phone
                if self.grounds.phone(contact.phone)
                else (drafted.phone if drafted else None),
                birthday=contact.birthday
                if self.grounds.month_day(contact.birthday)
                else (drafted.birthday if drafted else None),
                notes=contact.notes
                if self.grounds.paraphrase(contact.notes)
                else (drafted.notes if drafted else None),
            )
        return list(merged.values()) if merged or not given else self.base.contacts

    def _drafted_contact(self, name: str, surname: str | None) -> ContactRecord | None:
        """The offline engine's reading of the same person: the same name, one name in the other, or
        the same surname."""
        for drafted in self.base.contacts:
            if drafted.name in name or name in drafted.name:
                return drafted
        return next((d for d in self.base.contacts if surname and d.surname == surname), None)

    def products(self, given: list[ModelProduct] | None) -> list[ProductRecord]:
        if given is None:
            return self.base.products
        merged: dict[tuple[str, str], ProductRecord] = {}
        for product in given:
            entity = self._entity(product.name, "product")
            kind = product.kind or "mention"
            if entity is None or (entity.name, kind) in merged:
                continue
            drafted = next((p for p in self.base.products if (p.name, p.kind) == (entity.name, kind)), None)
            quantity, unit = product.quantity, product.unit
            if quantity is not None and not self.grounds.number(quantity):
                quantity, unit = (drafted.quantity, drafted.unit) if drafted else (None, None)
            elif quantity is not None and not self.grounds.says(unit):
                unit = drafted.unit if drafted and drafted.unit else entity.unit
            merged[(entity.name, kind)] = ProductRecord(
                name=entity.name, quantity=quantity, unit=unit if quantity is not None else None, kind=kind
            )
        return list(merged.values()) if merged or not given else self.base.products

    def competitors(self, given: list[ModelCompetitor] | None, taken: set[str]) -> list[CompetitorRecord]:
        if given is None:
            return self.base.competitors
        merged: dict[str, CompetitorRecord] = {}
        for competitor in given:
            name = self.competitor_name(competitor.name)
            if name is None or name in merged or name in taken:
                continue
            drafted = next((c for c in self.base.competitors if c.name == name), None)
            note = competitor.note if self.grounds.paraphrase(competitor.note) else None
            merged[name] = CompetitorRecord(name=name, note=note or (drafted.note if drafted else None))
        return list(merged.values()) if merged or not given else self.base.competitors

    def commitments(self, given: list[ModelCommitment] | None) -> list[CommitmentRecord]:
        if given is None:
            return self.base.commitments
        merged = [
            CommitmentRecord(text=c.text, due=c.due if self.grounds.day(c.due) else None)
            for c in given
            if c.text and self.grounds.paraphrase(c.text, share=COMMITMENT_SHARE)
        ]
        return merged if merged or not given else self.base.commitments

    # -- scalars ------------------------------------------------------------------------------------

    def supplier(self, name: str | None, people: set[str]) -> str | None:
        """A catalog distributor the note names, a wholesaler account it names (as the model wrote
        it), or a name written in the note that is not a person; None when the note holds neither."""
        entity = self._entity(name, "distributor")
        if entity is not None:
            return entity.name
        account = self._entity(name, "customer")
        if account is not None and account.type == "distributor":
            return name
        if (
            name
            and self.grounds.says(name)
            and not self.grounds.phone(name)
            and not any(name in p or p in name for p in people)
        ):
            return name
        return None
