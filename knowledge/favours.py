"""A favour a customer asks of the rep: 村医问我宅基地咋批, 老板让我帮他把电脑重装下, 客户问我哪个小区好.

Such a question names a person of the trade (村医, 老板, 客户), so it talks the trade, but what is asked
is the customer's own business. What the rep relays (the words after 问我, 让我帮…) is judged on its
own: when it is not covered and names a thing of general Chinese that the knowledge base never speaks
of (宅基地, 小区: a noun of jieba's dictionary, two characters or more, in no passage, in no domain
vocabulary and in no phrase of the concept classes), the question is about that thing. A relayed ask
about the trade (老板问我有没有法子拉人, 客户问我这药咋储存) stays covered. The words are data
(knowledge/favours.yaml); the shape is here.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from functools import cache
from pathlib import Path

from knowledge.trades import NOUN_TAGS, word_tag
from memory.base.yamlfile import read_yaml

HERE = Path(__file__).parent


@cache
def _asks() -> re.Pattern[str]:
    data: dict[str, list[str]] = read_yaml(HERE / "favours.yaml")
    words = sorted(data["asks"], key=len, reverse=True)
    return re.compile(f"(?:{'|'.join(map(re.escape, words))})(?:帮他|帮她|帮忙|帮)?")


def relayed(question: str) -> str:
    """What someone of the trade asked the rep, as the rep tells it (after 问我, 让我帮…), or ""."""
    found = _asks().search(question)
    return question[found.end() :].strip() if found else ""


def foreign_thing(unknown: Iterable[str], said: Collection[str]) -> str:
    """The first of a relayed ask's unknown words that is a noun of general Chinese and no word of the
    concept classes' phrases (`said`: 法子 in 还有啥法子 is how a rep asks for a way), or ""."""
    for word in unknown:
        if len(word) >= 2 and word not in said and word_tag(word) in NOUN_TAGS:
            return word
    return ""
