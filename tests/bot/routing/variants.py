"""Messages as a phone mangles them: punctuation left out, and a character typed as another with the
same pinyin (the first candidate a pinyin keyboard offers is often the wrong one: 在/再, 那/哪, 的/得)."""

from __future__ import annotations

import random
import unicodedata
from collections import defaultdict
from collections.abc import Iterable

from pypinyin import Style, lazy_pinyin


def unpunctuated(text: str) -> str:
    """The message with its punctuation gone; where it separated words, a space stays (as when a
    phone's voice input drops the commas)."""
    kept = "".join(" " if unicodedata.category(ch)[0] == "P" else ch for ch in text)
    return " ".join(kept.split())


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


class Homophones:
    """Characters grouped by their toneless pinyin, from a pool of everyday text."""

    def __init__(self, pool: Iterable[str]) -> None:
        self.by_sound: dict[str, list[str]] = defaultdict(list)
        for ch in sorted({ch for text in pool for ch in text if _is_han(ch)}):
            self.by_sound[lazy_pinyin(ch, style=Style.NORMAL)[0]].append(ch)

    def others(self, ch: str) -> list[str]:
        return [c for c in self.by_sound.get(lazy_pinyin(ch, style=Style.NORMAL)[0], []) if c != ch]

    def typo(self, text: str, seed: str, keep: set[int] | None = None) -> str:
        """One character swapped for a homophone, at a place chosen by the seed; positions in keep (a
        name the master data knows) are left alone."""
        rng = random.Random(seed)
        keep = keep or set()
        places = [i for i, ch in enumerate(text) if _is_han(ch) and i not in keep and self.others(ch)]
        if not places:
            return text
        at = rng.choice(places)
        return text[:at] + rng.choice(self.others(text[at])) + text[at + 1 :]
