"""Query expansion: the knowledge base's own words for what a rep typed.

Four resources, each measured in bench/README.md: the domain vocabulary (how reps talk about the
trade, knowledge/synonyms.yaml, extendable by a company with KEQING_HOME/synonyms.yaml), the concept
classes (how reps tell a situation, knowledge/concepts.yaml; for the ranking only), typo repair by
pinyin against the knowledge base's vocabulary, and a general thesaurus (同义词词林).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path

from knowledge.concepts import concept_keys
from knowledge.thesaurus import Thesaurus
from knowledge.typos import PinyinRepair
from memory.base.yamlfile import read_yaml

HERE = Path(__file__).parent
# The thesaurus is measured (bench/README.md) but off: 同义词词林 gained nothing on the tune questions,
# costs half a second to load, and its data's licence (HIT's research release) is unclear.
RESOURCES = frozenset({"domain", "typos", "concepts"})


@cache
def load_synonyms(extra: Path | None = None) -> dict[str, list[str]]:
    data: dict[str, list[str]] = read_yaml(HERE / "synonyms.yaml")
    if extra is not None and extra.exists():
        for key, terms in (read_yaml(extra) or {}).items():
            data[key] = [*data.get(key, []), *terms]
    return data


# What Chinese puts inside a verb-object word (打电话 → 打个电话, 送礼 → 送了礼, 吃饭 → 吃了好几顿饭): an
# aspect particle, then a count and its measure, any of them; a key is also found so split after its
# first character.
_INFIX = re.compile(
    r"(?=[了过着好一两几三四五六七八九十个顿回次通趟杯场])(?:了|过|着)?好?[一两几三四五六七八九十]*(?:个|顿|回|次|通|趟|杯|场)?"
)


@cache
def _separable(key: str) -> re.Pattern[str] | None:
    if len(key) < 2 or not key[0].isalpha():
        return None
    return re.compile(f"{re.escape(key[0])}{_INFIX.pattern}{re.escape(key[1:])}")


def _has_key(text: str, key: str) -> bool:
    if key in text:
        return True
    separable = _separable(key)
    return separable is not None and bool(separable.search(text))


def domain_terms(text: str, synonyms: dict[str, list[str]]) -> list[str]:
    """The terms of every vocabulary key found in the text (a verb-object key also split: 打个电话)."""
    extra: list[str] = []
    for key, terms in synonyms.items():
        if _has_key(text, key):
            extra.extend(term for term in terms if term not in text and term not in extra)
    return extra


def expand(question: str, synonyms: dict[str, list[str]]) -> str:
    """The question followed by the domain vocabulary's words for what it asks."""
    extra = domain_terms(question, synonyms)
    return f"{question} {' '.join(extra)}" if extra else question


class Expander:
    """All resources together, indexed on the knowledge base's vocabulary (rebuilt when it changes)."""

    def __init__(self, synonyms: dict[str, list[str]], resources: Iterable[str] = RESOURCES) -> None:
        self.synonyms = synonyms if "domain" in set(resources) else {}
        # The concept classes (knowledge/concepts.yaml) bridge a situation to the playbook's words for it;
        # they steer the ranking only: 对我爱答不理 is no sign that a question is about the trade.
        self.concepts = concept_keys() if "concepts" in set(resources) else {}
        self.resources = frozenset(resources)
        self._typos: PinyinRepair | None = None
        self._thesaurus: Thesaurus | None = None

    def vocabulary_words(self) -> set[str]:
        return {w for key, terms in self.synonyms.items() for w in (key, *terms)}

    def reindex(self, vocabulary: set[str], frequency: Mapping[str, int]) -> None:
        domain = self.vocabulary_words()
        known = vocabulary | domain
        self._typos = PinyinRepair(vocabulary, domain, frequency) if "typos" in self.resources else None
        self._thesaurus = Thesaurus(known, frequency) if "thesaurus" in self.resources else None

    def terms(self, question: str, words: list[str], concepts: bool = True) -> list[str]:
        """Extra search terms for a question whose words (jieba's segmentation, in order) are `words`;
        without `concepts`, those the concept classes add are left out (the relevance gate's view)."""
        full, plain = self.both(question, words)
        return full if concepts else plain

    def both(self, question: str, words: list[str]) -> tuple[list[str], list[str]]:
        """The extra terms with the concept classes and without them, the typo repair done once."""
        found = self._typos.repair(words) if self._typos is not None else []
        if self._thesaurus is not None:
            found += [w for w in self._thesaurus.synonyms(question, words) if w not in found]
        bridged = [*found, *(w for w in domain_terms(question, self.concepts) if w not in found)]
        lists = []
        for start in (bridged, found):
            extra = [w for w in domain_terms(" ".join([question, *start]), self.synonyms) if w not in start]
            lists.append([w for w in [*start, *extra] if w not in question])
        return lists[0], lists[1]
