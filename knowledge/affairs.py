"""The rep's own affairs: a question about expenses, pay, leave or the rep's own phone and vehicle shares
words with the playbook (it mentions 报销汽油费 and 手机 in passing) but asks about none of the trade.

A question of the trade names a person or place of the trade (a customer, its kind, the people at it) or
an act of the trade (陈列, 返点, 拜访). A question that names none of them, only the rep's own affairs
(报销单怎么填, 电瓶多久换), is judged by the rest of its words: the affairs' own keyness, and what the
domain vocabulary adds for them (电动车 → 交通工具), do not make it talk the trade. The words are data
(knowledge/affairs.yaml, and the setting words of knowledge/concepts.yaml); the rule is here.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from knowledge.concepts import setting_words
from memory.base.yamlfile import read_yaml

HERE = Path(__file__).parent


@cache
def _lists() -> tuple[tuple[str, ...], frozenset[str]]:
    data: dict[str, list[str]] = read_yaml(HERE / "affairs.yaml")
    affairs = tuple(sorted(data["affairs"], key=len, reverse=True))
    return affairs, frozenset(data["counterparts"]) | setting_words()


def names_a_counterpart(question: str) -> bool:
    """Whether the question names a person or place of the trade (老板, 卫生院, 客户, 店里)."""
    return any(word in question for word in _lists()[1])


def without_affairs(question: str) -> str:
    """The question with the words of the rep's own affairs blanked when it names no person or place of
    the trade: what is left says whether it talks the trade. Unchanged when it names one, or no affair."""
    affairs, _ = _lists()
    if not any(word in question for word in affairs) or names_a_counterpart(question):
        return question
    for word in affairs:
        question = question.replace(word, " ")
    return question
