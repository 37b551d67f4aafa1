"""The compliance check: every sentence of a note through the four rules, findings in note order."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from memory.compliance.inducement import Inducements
from memory.compliance.note import Found, NoteView
from memory.compliance.off_label import OffLabel, read_label
from memory.compliance.personal import PersonalData
from memory.compliance.safety import AdverseEvents
from memory.compliance.vocabulary import Vocabulary
from memory.extract.gazetteer import Mention
from memory.extract.text import written_span
from memory.schema.record import ComplianceFinding
from prompts import load_texts


class ComplianceChecker:
    def __init__(
        self,
        vocabulary: Vocabulary,
        catalog: list[dict[str, Any]],
        surnames: frozenset[str],
        reps: set[str],
        titled: frozenset[str],
    ) -> None:
        forbid = vocabulary.words("off_label", "forbid")
        labels = {
            row["name"]: read_label(list(row["indications"]), forbid)
            for row in catalog
            if row.get("kind") == "product" and row.get("indications")
        }
        self.adverse = AdverseEvents(vocabulary, {name: label.uses for name, label in labels.items()})
        self.inducements = Inducements(vocabulary)
        self.off_label = OffLabel(vocabulary, labels)
        self.personal = PersonalData(vocabulary, surnames, titled)
        self.reps = reps

    def check(
        self, text: str, mentions: Iterable[Mention], contacts: Iterable[str] = (), written: str = ""
    ) -> list[ComplianceFinding]:
        """Findings in note order; `contacts` are the note's contacts, whose names are no patients'.
        `text` is the note as the engine reads it; quotes come from the note as `written` when given."""
        view = NoteView(text, mentions)
        known = self.reps | set(contacts)
        found: list[Found] = []
        for sentence in view.sentences:
            event = self.adverse.find(view, sentence)
            earlier = [p for p in view.products if p.own and p.start < sentence[0]]
            last = earlier[-1] if earlier else None
            off_label = self.off_label.find(view, sentence, last, harmed=event is not None)
            for finding in (event, self.inducements.find(view, sentence), off_label):
                if finding is not None:
                    found.append(finding)
            found += self.personal.find(view, sentence, known)
        return [
            finding_of(
                f.kind,
                (written and written_span(written, f.start, f.end)) or text[f.start : f.end],
                f.product,
            )
            for f in found
        ]


def finding_of(kind: str, text: str, product: str | None) -> ComplianceFinding:
    advice = load_texts("labels")["compliance_advice"][kind]
    return ComplianceFinding(kind=kind, text=text, product=product, advice=advice)
