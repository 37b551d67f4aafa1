"""Adverse events: a reaction, misuse or quality complaint that follows the use of one of our products
(or of a drug the rep supplied) in one sentence. A symptom before the product is why it was bought;
a symptom the label lists as an indication is one only when the note says it came after use."""

from __future__ import annotations

from memory.compliance.note import Found, NoteView, ProductAt, any_in, find_all
from memory.compliance.vocabulary import Vocabulary

_MAX_GAP = 30  # characters between the product and the reaction it caused
_MISUSE_GAP = 6  # 把丹参片吃多了: misuse words sit right by the product (吃多了 alone is a big meal)


class AdverseEvents:
    def __init__(self, vocabulary: Vocabulary, uses: dict[str, str]) -> None:
        words = vocabulary.words
        self.reactions = words("adverse_event", "reaction")
        self.quality = words("adverse_event", "quality")
        self.reports = words("adverse_event", "report")
        self.misuse = words("adverse_event", "misuse")
        self.after = words("adverse_event", "after")
        self.improved = words("adverse_event", "improved")
        self.background = words("adverse_event", "background")
        self.supplied = words("adverse_event", "supplied")
        self.uses = uses  # own product → its label's indications, as one text

    def find(self, view: NoteView, sentence: tuple[int, int]) -> Found | None:
        start, end = sentence
        text = view.text
        hits: list[tuple[int, int, str | None]] = []  # (trigger start, event end, product)
        classes = (
            ("reaction", self.reactions),
            ("quality", self.quality),
            ("report", self.reports),
            ("misuse", self.misuse),
        )
        for kind, words in classes:
            for at, word in find_all(text, words, start, end):
                event = self._event(view, sentence, at, word, kind)
                if event is not None:
                    hits.append((event[0], at + len(word), event[1]))
        if not hits:
            return None
        first = min(h[0] for h in hits)
        last = max(h[1] for h in hits)
        left, right = view.span(sentence, first, last)
        named = [h[2] for h in hits if h[2]]
        return Found("adverse_event", left, right, named[0] if named else None)

    def _event(
        self, view: NoteView, sentence: tuple[int, int], at: int, word: str, kind: str
    ) -> tuple[int, str | None] | None:
        """Where the event starts and its product, or None when the word is no event of ours."""
        text = view.text
        clause = text[view.clause_start(at, sentence[0]) : view.clause_end(at, sentence[1])]
        if kind == "reaction" and (any_in(clause, self.improved) or any_in(clause, self.background)):
            return None
        gap = _MISUSE_GAP if kind == "misuse" else _MAX_GAP
        before = [p for p in view.products_in(sentence[0], at) if at - p.end <= gap]
        if kind == "report" and not before:
            before = view.products_in(at, sentence[1])
        if kind == "misuse" and not before:
            before = [p for p in view.products_in(at, sentence[1]) if p.start - at <= gap + len(word)]
        if not before:
            supplied = [i for i, _ in find_all(text, self.supplied, sentence[0], at)]
            return (supplied[-1], None) if supplied and at - supplied[-1] <= _MAX_GAP else None
        product = before[-1]
        if not product.own:
            return None
        if kind == "reaction" and not self._caused(text[product.end : at], word, product):
            return None
        return product.start, product.name

    def _caused(self, between: str, word: str, product: ProductAt) -> bool:
        """A listed indication (头晕 for 风油精) counts only when the note says it came after use."""
        if any_in(between, self.after):
            return True
        uses = self.uses.get(product.name, "")
        return word not in uses
