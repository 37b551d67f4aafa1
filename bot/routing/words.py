"""The cue words (cues.yaml, with a company's routing.yaml) and the small text helpers the cue rules are
built of: where a word of a list stands, whether a message holds nothing but some words, its clauses."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from bot.routing.normalize import ACCOUNT, COMPETITOR, DISTRIBUTOR, PERSON, PRODUCT, REP
from memory.base.settings import get_settings
from memory.base.yamlfile import read_yaml
from memory.extract.lexicon import _merge

HERE = Path(__file__).parent
_CLAUSE = re.compile(r"[\s,,。.!!??;;、:：…~～]+")
FIGURE = re.compile(r"\d|[一二两三四五六七八九十]+\s?(?:月|号|日|盒|瓶|支|箱)")
QUANTITY = re.compile(
    r"(?:\d+|[一二两三四五六七八九十几]+)\s?(?:盒|瓶|件|支|箱|袋|板|包|提|罐|桶|条|粒|片|贴|只|套)"
)
# Any name the master data knows, or a person or a place by its shape; people and places alone.
NAMED = re.compile(f"[{ACCOUNT}{PERSON}{PRODUCT}{COMPETITOR}{DISTRIBUTOR}{REP}]")
PEOPLE = re.compile(f"[{ACCOUNT}{PERSON}{REP}]")


@dataclass(frozen=True)
class Cue:
    intent: str
    rule: str


@lru_cache(maxsize=4)
def _load(extra: Path | None) -> dict[str, Any]:
    data = read_yaml(HERE / "cues.yaml")
    if extra is not None and extra.exists():
        data = _merge(data, read_yaml(extra) or {})
    assert isinstance(data, dict)
    return data


def load_cues() -> dict[str, Any]:
    """cues.yaml, with a company's KEQING_HOME/routing.yaml added."""
    return _load(get_settings().home / "routing.yaml")


def has(text: str, words: list[str]) -> bool:
    return any(w in text for w in words)


def first_at(text: str, words: list[str]) -> int:
    """Where the first of the words starts, or -1."""
    found = [text.find(w) for w in words if w in text]
    return min(found) if found else -1


def sound_at(syllables: list[str], word: list[str]) -> int:
    """Where a word's syllables start in the text's (one syllable a character), or -1."""
    for at in range(len(syllables) - len(word) + 1):
        if syllables[at : at + len(word)] == word:
            return at
    return -1


def blank(text: str, words: list[str]) -> str:
    """The text with each of the words replaced by spaces of its length (positions kept)."""
    for word in words:
        text = text.replace(word, " " * len(word))
    return text


def any_of(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in words)


def upcoming_shape(cues: dict[str, list[str]]) -> re.Pattern[str]:
    """A visit still to come: a time ahead or an intention, then going and not done (明天去, 周五跑, 马上进,
    not 下午去了, 快到期, 要进货), or going and "before" (去■之前)."""
    keys = ("ahead", "going", "before", "done", "not_going")
    ahead, going, before, done, stock = (any_of(cues[key]) for key in keys)
    to_come = rf"(?:{ahead})(?!{stock})(?:{going})(?!{done})"
    return re.compile(rf"{to_come}|(?:{going})[^\s,，。]{{0,8}}?(?:{before})")


def only(text: str, words: list[str], fillers: list[str]) -> bool:
    """The text holds one of the words at least, and nothing but them and fillers (punctuation aside)."""
    rest = "".join(ch for ch in text if unicodedata.category(ch)[0] not in "PZSC")
    found = False
    for word in words:
        if word in rest:
            rest, found = rest.replace(word, ""), True
    for filler in fillers:
        rest = rest.replace(filler, "")
    return found and not rest


def clauses(text: str) -> list[str]:
    return [c for c in _CLAUSE.split(text) if c]
