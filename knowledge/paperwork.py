"""Paperwork with an authority asked in the trade's words: 开个药店要办哪些证, 营业执照过期了咋续, 考执业
药师要准备多久.

Such a question names a pharmacy, a village doctor or a customer, so it talks the trade and matches the
playbook's words (开, 药店, 准备), yet it asks how to get a licence, a permit or a qualification from an
office, which the playbook never speaks of. The shape: in one clause, a credential the knowledge base's
own text and its domain vocabulary never use, with a verb of applying, renewing or sitting for it. The
words are data (knowledge/paperwork.yaml); the shape is here.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from functools import cache
from pathlib import Path

from knowledge.trades import CLAUSES
from memory.base.yamlfile import read_yaml

HERE = Path(__file__).parent
# 咋办 and 怎么办 are one word to jieba; beside a credential they ask how to get it done (咋办手续).
ASKS_HOW_TO_DO = "办"


@cache
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    data: dict[str, list[str]] = read_yaml(HERE / "paperwork.yaml")
    return frozenset(data["credentials"]), frozenset(data["procedures"])


def paperwork(question: str, cut: Callable[[str], list[str]], known: Collection[str]) -> str:
    """The credential a question asks to obtain or renew, or "" (`cut`: the knowledge base's word cutter;
    `known`: every word its passages and its domain vocabulary use)."""
    credentials, procedures = _lists()
    if not any(word in question for word in credentials):
        return ""
    for clause in (c for c in CLAUSES.split(question) if c):
        words = cut(clause)
        for asked in (w for w in words if w in credentials and w not in known):
            if any(w != asked and (w in procedures or w.endswith(ASKS_HOW_TO_DO)) for w in words):
                return asked
    return ""
