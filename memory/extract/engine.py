"""The offline engine: one note in, one visit record out."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from memory.compliance.check import ComplianceChecker
from memory.compliance.vocabulary import Vocabulary
from memory.extract.contacts import ContactFinder, Person
from memory.extract.customers import CustomerMatch, CustomerResolver
from memory.extract.dates import DateMention, find_dates
from memory.extract.gazetteer import Entity, Gazetteer, MasterData, Mention
from memory.extract.judged_commitments import JudgedCommitmentFinder
from memory.extract.lexicon import Lexicon, load_lexicon
from memory.extract.needs import PRODUCT_MARK
from memory.extract.objects import ObjectFinder
from memory.extract.product_shortenings import DrugWords
from memory.extract.products import ProductFinder
from memory.extract.sentiment import COMPETITOR_MARK
from memory.extract.sentiment_model import Offsets
from memory.extract.summary import summarize
from memory.extract.terms import TermFinder
from memory.extract.text import Segments, SoftBreaks, SpokenWords, normalize
from memory.extract.tone import tone_model
from memory.extract.tone_prior import Contact, decide
from memory.extract.whose import AccountOf
from memory.schema.record import (
    VisitRecord,
)

MAX_CHARS = 5000
_CLINICS = ("private_clinic", "village_clinic")


@dataclass
class Extraction:
    """A record plus what the transports need to ask about it (ambiguous customers)."""

    record: VisitRecord
    customer: Entity | None = None
    candidates: list[Entity] = field(default_factory=list)
    truncated: bool = False


class OfflineExtractor:
    def __init__(self, data: MasterData, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or load_lexicon()
        suffixes = [w for words in self.lexicon.groups("customer_suffixes").values() for w in words]
        drugs = DrugWords(
            tuple(self.lexicon.words("drug_forms")), frozenset(self.lexicon.words("drug_class_stems"))
        )
        self.gazetteer = Gazetteer(data, tuple(sorted(suffixes, key=len, reverse=True)), drugs)
        self.customers = CustomerResolver(self.gazetteer, self.lexicon)
        self.contacts = ContactFinder(self.lexicon, self.gazetteer.reps)
        self.account_of = AccountOf(self.lexicon)
        self.products = ProductFinder(self.gazetteer, self.lexicon)
        self.terms = TermFinder(self.gazetteer, self.lexicon)
        self.compliance = ComplianceChecker(
            Vocabulary.of(self.lexicon),
            data.catalog,
            self.lexicon.surnames,
            set(data.reps),
            titled=frozenset(self.lexicon.words("titled_surnames")),
        )
        self.tone = tone_model()
        # how the company's reps mark a routine contact that did business (memory/extract/tone_prior.py)
        self.tone_prior: str | None = None
        # how its reps draw the line between routine and a good or bad contact (sentiment_model.py)
        self.sentiment_offsets: Offsets | None = None
        self.objects = ObjectFinder(self.lexicon)
        titles = [w for words in self.lexicon.groups("roles").values() for w in words]
        self._variants = str.maketrans(self.lexicon.data.get("variant_characters") or {})
        self._spoken = SpokenWords(
            self.lexicon.data.get("spoken_words") or {}, self.lexicon.data.get("spoken_kept")
        )
        self.breaks = SoftBreaks(self.lexicon.words("package_units"), sorted(titles, key=len, reverse=True))

    def extract(self, text: str, *, date: dt.date, rep: str | None = None) -> Extraction:
        # variant characters and spoken words read as the standard ones (俺说中 is the rep saying yes,
        # 帐期 is 账期, 过生 is 生日); one character for one, so every offset stays
        clean = self._spoken.standard(normalize(text).translate(self._variants))
        truncated = len(clean) > MAX_CHARS
        clean = clean[:MAX_CHARS]
        dates = find_dates(clean, date)
        segments = Segments(clean, self.breaks.find(clean, [(d.start, d.end) for d in dates]))
        mentions = self.gazetteer.find(clean)

        customer = self.customers.resolve(clean, segments, mentions, rep)
        people = self._people(clean, segments, mentions, customer, dates)
        plans = JudgedCommitmentFinder(self.lexicon, [p.name for p in people], _others(mentions, customer))
        next_visit = plans.next_visit(segments, dates, date)
        commitments = self.objects.with_objects(
            plans.commitments(segments, dates, date, next_visit), segments
        )
        next_visit = plans.with_commitments(next_visit, commitments, segments, dates, date)

        lines = [vars(line) for line in self.products.products(clean, segments, mentions)]
        competitors = [vars(r) for r in self.products.competitors(clean, segments, mentions)]
        needs = self.terms.customer_needs(segments, self._marked(clean, mentions, products=True))
        record = VisitRecord.model_validate(
            {
                "visit_date": plans.visit_date(segments, dates, date),
                "channel": self.terms.channel(clean, segments),
                "customer": {
                    "name": customer.name,
                    "matched": customer.matched,
                    "type": customer.type,
                    "area": customer.area,
                },
                "contacts": [
                    {
                        "name": p.name,
                        "surname": p.surname,
                        "role": p.role,
                        "phone": p.phone,
                        "birthday": p.birthday,
                        "notes": ",".join(p.notes) or None,
                    }
                    for p in people
                ],
                "products": lines,
                "competitors": competitors,
                "payment_terms": self.terms.payment_terms(clean, segments),
                "restock_cycle_days": self.terms.restock_cycle(clean),
                "supplier": self.terms.supplier(clean, mentions, customer.span, customer.type),
                "needs": needs,
                "commitments": [{"text": p.text, "due": p.due} for p in commitments],
                "next_visit": next_visit,
                "sentiment": self._sentiment(
                    clean, mentions, {"products": lines, "needs": needs, "competitors": competitors}
                ),
            }
        )
        record.compliance = self.compliance.check(clean, mentions, [p.name for p in people], written=text)
        record.summary = summarize(record)
        return Extraction(record, customer.entity, customer.candidates, truncated)

    def _people(
        self,
        clean: str,
        segments: Segments,
        mentions: list[Mention],
        customer: CustomerMatch,
        dates: list[DateMention],
    ) -> list[Person]:
        """The account's people named in the note, with the roles confirmed records taught."""
        blocked = [(m.start, m.end) for m in mentions]
        if customer.span is not None:
            blocked.append(customer.span)
        known = self.lexicon.data.get("account_contacts", {}).get(customer.name or "", {})
        people = [
            p
            for p in self.contacts.find(clean, segments, blocked, known, dates)
            if not self.account_of.of_firm(clean, p.start, mentions, customer.span)
        ]
        learned_roles = self.lexicon.data.get("contact_roles", {})
        for person in people:
            person.role = learned_roles.get(person.name, person.role)
        self.account_of.place(people, clean, segments, mentions, customer.type)
        if customer.type in _CLINICS:
            self.contacts.at_a_clinic(people)
        self.contacts.by_account(people, customer.type)
        return people

    def _sentiment(self, clean: str, mentions: list[Mention], read: dict[str, Any]) -> str:
        """The tone of the note; `read`: its products, needs and competitors, for the company's prior."""
        marked = self._marked(clean, mentions)
        reading = self.terms.sentiment_of(marked, self.tone, self.sentiment_offsets)
        if self.tone_prior is None:
            return reading
        negative = self.terms.sentiment.evidence(marked)[1]
        return decide(self.tone_prior, Contact.of({**read, "sentiment": reading}, negative))

    @staticmethod
    def _marked(clean: str, mentions: list[Mention], *, products: bool = False) -> str:
        """Competitors' names as COMPETITOR_MARK; with `products`, our products' names as PRODUCT_MARK
        too (a word inside a name, 新 or 无糖, is no word of the note's own)."""
        marked = list(clean)
        for mention in mentions:
            if mention.kind == "competitor":
                marked[mention.start : mention.end] = COMPETITOR_MARK * (mention.end - mention.start)
            elif products and mention.kind == "product":
                marked[mention.start : mention.end] = PRODUCT_MARK * (mention.end - mention.start)
        return "".join(marked)

    def sentiment_scores(self, text: str) -> dict[str, float] | None:
        """The sentiment model's score of each label for a note, before any learned offsets."""
        clean = self._spoken.standard(normalize(text).translate(self._variants))
        return self.terms.sentiment.scores(self._marked(clean, self.gazetteer.find(clean)))

    def negative_evidence(self, text: str) -> int:
        """How much the note speaks against us (a refusal, a complaint), competitors' successes included."""
        clean = normalize(text).translate(self._variants)
        return self.terms.sentiment.evidence(self._marked(clean, self.gazetteer.find(clean)))[1]


def _others(mentions: list[Mention], customer: CustomerMatch) -> tuple[str, ...]:
    """The accounts and distributors the note names other than the visited account: telling, calling,
    visiting or ordering from one is no next contact with the account."""
    return tuple(
        m.alias
        for m in mentions
        if any(e.kind in ("distributor", "customer") for e in m.entities)
        and not any(e.kind == "customer" and e.name == customer.name for e in m.entities)
    )
