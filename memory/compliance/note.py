"""A note as the compliance rules read it: sentences, clause bounds, product mentions, and spans."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from memory.extract.gazetteer import Mention

_SENTENCE = re.compile(r"[^。!?;!?;\n]+")
_CLAUSE_MARK = re.compile(r"[,,:\s、]")
_REPORTED = re.compile(r"^[^,,]{0,12}?(?:说|讲|反映|反应|告诉我|提到)")


@dataclass(frozen=True)
class ProductAt:
    """An own product (own=True) or a competitor's name, where the note mentions it."""

    name: str
    start: int
    end: int
    own: bool


@dataclass(frozen=True)
class Found:
    kind: str
    start: int
    end: int
    product: str | None


class NoteView:
    def __init__(self, text: str, mentions: Iterable[Mention]) -> None:
        self.text = text
        self.sentences = [(m.start(), m.end()) for m in _SENTENCE.finditer(text)]
        mentions = list(mentions)
        self.named = [(m.start, m.end) for m in mentions]  # every master-data name in the note
        self.products = [
            ProductAt(m.entities[0].name, m.start, m.end, m.kind == "product")
            for m in mentions
            if m.kind in {"product", "competitor", "distributor"}
        ]

    def products_in(self, start: int, end: int) -> list[ProductAt]:
        return [p for p in self.products if start <= p.start < end]

    def names_in(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.named)

    def clause_start(self, offset: int, floor: int) -> int:
        """Where the clause holding `offset` begins (after the last , or space before it)."""
        for index in range(offset - 1, floor - 1, -1):
            if _CLAUSE_MARK.match(self.text[index]):
                return index + 1
        return floor

    def clause_end(self, offset: int, ceiling: int) -> int:
        for index in range(offset, ceiling):
            if _CLAUSE_MARK.match(self.text[index]):
                return index
        return ceiling

    def span(self, sentence: tuple[int, int], start: int, end: int) -> tuple[int, int]:
        """Clause bounds around [start, end) in a sentence, without a leading reporting frame (X说)."""
        left = self.clause_start(start, sentence[0])
        right = self.clause_end(max(end - 1, start), sentence[1])
        frame = _REPORTED.match(self.text[left:start])
        if frame:
            left += frame.end()
        return left, right


def find_all(text: str, words: list[str], start: int = 0, end: int | None = None) -> list[tuple[int, str]]:
    """Each occurrence of any word in text[start:end], longest word first at one position."""
    end = len(text) if end is None else end
    found: list[tuple[int, str]] = []
    taken: set[int] = set()
    for word in words:
        index = text.find(word, start, end)
        while index != -1 and index + len(word) <= end:
            if index not in taken:
                found.append((index, word))
                taken.update(range(index, index + len(word)))
            index = text.find(word, index + 1, end)
    return sorted(found)


def any_in(text: str, words: list[str]) -> bool:
    return any(word in text for word in words)


def pairs(
    text: str, heads: list[str], tails: list[str], bounds: tuple[int, int], reach: int
) -> list[tuple[int, str]]:
    """Each head word followed, at most `reach` characters on and inside its clause, by a tail word
    (a body part and what went wrong with it): where the head starts and the text up to the tail's end."""
    found = []
    for at, head in find_all(text, heads, *bounds):
        after = at + len(head)
        stop = _CLAUSE_MARK.search(text, after, bounds[1])
        window = text[after : stop.start() if stop else bounds[1]]
        hits = [(i, tail) for tail in tails if 0 <= (i := window.find(tail)) <= reach]
        if hits:
            offset, tail = min(hits)
            found.append((at, text[at : after + offset + len(tail)]))
    return found
