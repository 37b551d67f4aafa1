"""A chat message as the router's classifier sees it: what it names replaced by one mark per kind.

Which account, product or person a message names does not change what it asks for, so 百姓大药房刘姐电话
and 仁和诊所王大夫电话 both become ■●电话. The training phrases write these marks as slots ({A}, {M} …),
so the classifier learned from them holds for any company's master data.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from bot.routing.venues import mark_venues
from knowledge.regional import in_mandarin
from memory.accounts.contacts import person_pattern
from memory.base.settings import get_settings

# Symbols that survive NFKC folding and appear in no chat message.
ACCOUNT, PERSON, PRODUCT, COMPETITOR, DISTRIBUTOR, REP = "■", "●", "◆", "▲", "▼", "★"
SLOTS = {
    "{A}": ACCOUNT,
    "{M}": PERSON,
    "{P}": PRODUCT,
    "{C}": COMPETITOR,
    "{D}": DISTRIBUTOR,
    "{R}": REP,
}
KIND_MARK = {"customer": ACCOUNT, "product": PRODUCT, "competitor": COMPETITOR, "distributor": DISTRIBUTOR}
_DIGITS = re.compile(r"\d+(?:\.\d+)?")
# Spelled numbers before a unit or a date word count as figures too: 五月六号 is 3月8号 to the classifier.
_NUMERALS = re.compile(r"[零一二两三四五六七八九十百千]+(?=[月号日天盒瓶支箱件袋个家次块])")
_SPACES = re.compile(r"\s+")


class Span(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def kind(self) -> str: ...


@dataclass(frozen=True)
class Names:
    """What the master data names in one message: spans of known names, and the reps' names."""

    mentions: tuple[tuple[int, int, str], ...] = ()
    reps: frozenset[str] = frozenset()

    @classmethod
    def of(cls, mentions: Iterable[Span], reps: Iterable[str]) -> Names:
        return cls(tuple((m.start, m.end, m.kind) for m in mentions), frozenset(r for r in reps if r))

    def after(self, offset: int) -> Names:
        """The same names in the text from `offset` on, placed in that rest."""
        kept = tuple((s - offset, e - offset, kind) for s, e, kind in self.mentions if s >= offset)
        return Names(kept, self.reps)

    def kinds(self) -> set[str]:
        return {kind for _s, _e, kind in self.mentions}


def plain(text: str) -> str:
    """Full-width forms folded (?→?, 1→1), lower case, runs of spaces as one, regional words in
    Mandarin (听日去■ 有咩要注意 reads as 明天去■ 有什么要注意: knowledge/regional.yaml)."""
    text = _SPACES.sub(" ", unicodedata.normalize("NFKC", text)).strip().lower()
    return in_mandarin(text, get_settings().home / "regional.yaml")


def marked(text: str, names: Names | None = None) -> str:
    """A plain message with known names (spans in it), people and numbers replaced by their marks."""
    if names is not None:
        for start, end, kind in sorted(names.mentions, reverse=True):
            text = text[:start] + KIND_MARK.get(kind, ACCOUNT) + text[end:]
        for rep in sorted(names.reps, key=len, reverse=True):
            text = text.replace(rep, REP)
    text = person_pattern().sub(PERSON, mark_venues(text, ACCOUNT))
    return _DIGITS.sub("9", _NUMERALS.sub("9", text))


def from_slots(phrase: str) -> str:
    """A training phrase with its slots ({A}, {M} …) as marks, then marked like a message."""
    for slot, mark in SLOTS.items():
        phrase = phrase.replace(slot, mark)
    return marked(plain(phrase))
