"""Typo repair by sound: a phone keyboard types 拜仿 for 拜访, 客清 for 客情, 帐期 for 账期.

A run of whole words of the question (two to four characters) that is no common word is compared
with the knowledge base's words that differ from it in one character; when the two characters sound
alike (the same toneless pinyin, as 返/反 or 场/厂; a fuzzy initial such as s/sh or n/l; or a final one
letter longer, as 例/列 or an/ang) the known word is added to the search. Only words that can be
meant as trade terms come out: the domain vocabulary's, or the knowledge base's words that are rare
in general Chinese (jieba's dictionary frequency), so 把我 never becomes 把握 nor 还是先 事先.
"""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path

_HAN = re.compile(r"[\u4e00-\u9fff]+")
LENGTHS = (2, 3, 4)
COMMON = 1000  # a word more frequent than this in jieba's dictionary is ordinary Chinese, not a term
A_WORD = 20  # a piece this frequent is a real word, not a typo
# A character this frequent on its own (不, 没, 上, 头, 那: function words and the commonest morphemes)
# is typed on purpose: 供不上 is no typo of 补上, nor 没时间 of 耗时间.
PLAIN_CHARACTER = 20000


@cache
def _readings() -> dict[int, str]:
    """pypinyin's table of every character's readings, loaded by itself: importing the package also
    loads its phrase dictionary, half a second that a cold `keqing ask` would pay."""
    spec = importlib.util.find_spec("pypinyin")
    assert spec is not None and spec.origin is not None, "pypinyin is a dependency"
    path = Path(spec.origin).parent / "pinyin_dict.py"
    table = importlib.util.spec_from_file_location("keqing_pinyin_readings", path)
    assert table is not None and table.loader is not None
    module = importlib.util.module_from_spec(table)
    table.loader.exec_module(module)
    readings: dict[int, str] = module.pinyin_dict
    return readings


@cache
def _sounds(char: str) -> frozenset[str]:
    """A character's toneless readings (a polyphone has several: 长 chang, zhang)."""
    readings = [r for r in _readings().get(ord(char), "").split(",") if r]
    return frozenset("".join(c for c in unicodedata.normalize("NFD", r) if c.isascii()) for r in readings)


class PinyinRepair:
    def __init__(self, vocabulary: Iterable[str], domain: set[str], frequency: Mapping[str, int]) -> None:
        self.frequency = frequency
        self.words = {
            w
            for w in {*vocabulary, *domain}
            if _HAN.fullmatch(w) and len(w) in LENGTHS and (w in domain or 0 < frequency.get(w, 0) < COMMON)
        }
        self._by_mask: dict[str, list[tuple[str, int]]] = {}
        for word in sorted(self.words):
            for index in range(len(word)):
                self._by_mask.setdefault(f"{word[:index]}?{word[index + 1 :]}", []).append((word, index))

    def pieces(self, words: list[str]) -> Iterable[str]:
        """Runs of consecutive whole words, two to four characters long, that are not words themselves."""
        for start in range(len(words)):
            piece = ""
            for word in words[start:]:
                piece += word
                if len(piece) > max(LENGTHS) or not _HAN.fullmatch(piece):
                    break
                if len(piece) in LENGTHS and self.frequency.get(piece, 0) < A_WORD:
                    yield piece

    def repair(self, words: list[str]) -> list[str]:
        """Known words that runs of the question (its words in order) sound like, one character apart."""
        found: list[str] = []
        for piece in self.pieces(words):
            if piece in self.words:
                continue
            for index in range(len(piece)):
                if self.frequency.get(piece[index], 0) > PLAIN_CHARACTER:
                    continue
                for word, _ in self._by_mask.get(f"{piece[:index]}?{piece[index + 1 :]}", []):
                    alike = any(_alike(a, b) for a in _sounds(piece[index]) for b in _sounds(word[index]))
                    if word not in found and alike:
                        found.append(word)
        return found


_INITIALS = ("zh", "ch", "sh", *"bpmfdtnlgkhjqxrzcsyw")
# The usual fuzzy pairs of Chinese input (regional accents and pinyin slips).
_FUZZY = {frozenset(p) for p in (("z", "zh"), ("c", "ch"), ("s", "sh"), ("n", "l"), ("f", "h"), ("r", "l"))}


def _split(syllable: str) -> tuple[str, str]:
    initial = next((i for i in _INITIALS if syllable.startswith(i)), "")
    return initial, syllable[len(initial) :]


def _alike(one: str, other: str) -> bool:
    """Syllables that sound alike: the same or a fuzzy initial, and finals at most one letter apart
    (an/ang, in/ing, i/ie)."""
    (first, rest), (second, tail) = _split(one), _split(other)
    if first != second and frozenset((first, second)) not in _FUZZY:
        return False
    if rest == tail:
        return True
    if first != second or abs(len(rest) - len(tail)) != 1:
        return False
    short, long = sorted((rest, tail), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
