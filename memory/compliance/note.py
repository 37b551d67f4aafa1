"""A note as the compliance rules read it: sentences, clause bounds, product mentions, and spans."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from memory.extract.gazetteer import Mention

_SENTENCE = re.compile(r"[^。!?;!?;\n]+")
_CLAUSE_MARK = re.compile(r"[,,:\s、]")
# 一阵一阵, 一阵阵, 一抽一抽地: a doubled measure says how a complaint comes, and adds no distance
# between a body part and what went wrong with it (肚子一阵一阵绞着疼)
_MANNER = re.compile(r"一([\u4e00-\u9fff])一?\1[地的]?")
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


@lru_cache(maxsize=512)
def _alternation(words: tuple[str, ...]) -> re.Pattern[str]:
    """Every position where one of the words starts, the longest there: one scan instead of a
    str.find per word (the vocabulary runs to hundreds of words, a note's sentences to dozens)."""
    ordered = sorted(words, key=len, reverse=True)
    # a class of first characters lets the scan skip, in one test, the positions no word starts at
    first = "".join(sorted({re.escape(w[0]) for w in ordered if w}))
    return re.compile(f"(?=[{first}])(?=(" + "|".join(map(re.escape, ordered)) + "))")


_BY_LIST: dict[int, tuple[list[str], re.Pattern[str]]] = {}
_BY_LIST_MAX = 1024


def _pattern(words: list[str]) -> re.Pattern[str]:
    """The alternation of a word list, by the list's identity: the rules pass the same vocabulary
    lists for every sentence, and hashing a tuple of hundreds of words per call cost more than the
    scan. A list made for one call (a + b) is held only until the table fills, then all are dropped."""
    hit = _BY_LIST.get(id(words))
    if hit is not None and hit[0] is words:
        return hit[1]
    if len(_BY_LIST) >= _BY_LIST_MAX:
        _BY_LIST.clear()
    pattern = _alternation(tuple(words))
    _BY_LIST[id(words)] = (words, pattern)
    return pattern


def unframed(text: str) -> str:
    """The text without a leading reporting frame (马主任说, 老黄反映)."""
    frame = _REPORTED.match(text)
    return text[frame.end() :] if frame else text


def find_all(text: str, words: list[str], start: int = 0, end: int | None = None) -> list[tuple[int, str]]:
    """Each occurrence of any word in text[start:end], longest word first at one position; a word
    starting inside a longer one found is no occurrence."""
    if not words:
        return []
    hits = [
        (m.start(), m.group(1))
        for m in _pattern(words).finditer(text, start, len(text) if end is None else end)
    ]
    found: list[tuple[int, str]] = []
    taken: set[int] = set()
    for at, word in sorted(hits, key=lambda hit: (-len(hit[1]), hit[0])):
        if at not in taken:
            found.append((at, word))
            taken.update(range(at, at + len(word)))
    return sorted(found)


def any_in(text: str, words: list[str]) -> bool:
    return bool(words) and _pattern(words).search(text) is not None


def pairs(
    text: str, heads: list[str], tails: list[str], bounds: tuple[int, int], reach: int, barred: str = ""
) -> list[tuple[int, str]]:
    """Each head word followed, at most `reach` characters on and inside its clause, by a tail word
    (a body part and what went wrong with it) with none of the `barred` characters between them
    (嗓子不疼了 is no symptom): where the head starts and the text up to the tail's end. A doubled
    measure of manner between them (一阵一阵) is not counted in the reach."""
    found = []
    for at, head in find_all(text, heads, *bounds):
        after = at + len(head)
        stop = _CLAUSE_MARK.search(text, after, bounds[1])
        window = text[after : stop.start() if stop else bounds[1]]
        hits = [
            (i, tail)
            for tail in tails
            if (i := window.find(tail)) >= 0
            and len(_MANNER.sub("", window[:i])) <= reach
            and not any(c in window[:i] for c in barred)
        ]
        if hits:
            offset, tail = min(hits)
            found.append((at, text[at : after + offset + len(tail)]))
    return found
