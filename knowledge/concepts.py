"""Classes of how reps talk (knowledge/concepts.yaml), and the weight each query word gets from them.

The setting class: words that say who and where a question happens (卫生院, 老板, 店员, 乡下) weigh
SETTING_WEIGHT in the lexical rankings, so the section about what happens there wins over the sections
that merely list kinds of customer (measured in bench/README.md, issue 16, session 25).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path

from knowledge.lexical import bigrams
from memory.base.yamlfile import read_yaml

HERE = Path(__file__).parent
CONCEPTS = HERE / "concepts.yaml"
SETTING_WEIGHT = 0.3  # chosen on the readable question sets (bench/README.md)


@cache
def setting_words(path: Path = CONCEPTS) -> frozenset[str]:
    data: dict[str, list[str]] = read_yaml(path) or {}
    return frozenset(data.get("setting", []))


@cache
def setting_bigrams(path: Path = CONCEPTS) -> frozenset[str]:
    return frozenset(b for word in setting_words(path) for b in bigrams(word))


@cache
def setting_terms(path: Path = CONCEPTS) -> frozenset[str]:
    """The setting words' bigrams and their characters alone (卫生院 → 卫生, 生院, 卫, 生, 院): the terms
    of the situations view (knowledge/situations.py)."""
    return setting_bigrams(path) | frozenset(c for word in setting_words(path) for c in word)


def term_weights(
    terms: Iterable[str], own: Iterable[str], setting: frozenset[str], expansion: float, muted: float
) -> dict[str, float]:
    """The weight of each query term (word or bigram) not weighing 1: a term the expansion added (not
    among `own`, the question's own terms) weighs `expansion`, a setting term `muted`, both their product."""
    mine = set(own)
    weights: dict[str, float] = {}
    for term in set(terms):
        weight = (1.0 if term in mine else expansion) * (muted if term in setting else 1.0)
        if weight != 1.0:
            weights[term] = weight
    return weights


@cache
def concept_keys(path: Path = CONCEPTS) -> dict[str, list[str]]:
    """Each phrase a class is said in, with the playbook's words for the class."""
    data: dict[str, dict[str, dict[str, list[str]]]] = read_yaml(path) or {}
    keys: dict[str, list[str]] = {}
    for concept in data.get("classes", {}).values():
        for phrase in concept["said"]:
            keys[phrase] = [*keys.get(phrase, []), *concept["means"]]
    return keys
