"""Another line of business named in a question: 奶茶店搞会员咋拉客, 卖保险的咋开发客户.

Such a question borrows the trade's words (会员, 活动, 开发客户) and so matches the playbook well, but it
is about selling something the playbook never speaks of. The shape: a kind of goods before a word for
a shop (X店, X馆, X公司) or between a seller and 的 (卖X的), where the goods are a noun of general
Chinese (jieba's dictionary tags it a noun) that the knowledge base's own text and its domain
vocabulary never use, and that names nothing of our trade (药, 医, 诊 …) nor a kind of shop our
customers come in (夫妻店, 社区店). Words are data (knowledge/trades.yaml); the shape is here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator
from functools import cache
from pathlib import Path

from memory.base.segmenter import load_jieba
from memory.base.yamlfile import read_yaml

HERE = Path(__file__).parent
_HAN = re.compile(r"^[\u4e00-\u9fff]{2,}$")
CLAUSES = re.compile(r"[\s,，。.?？!！;；、:：]+")
# Nouns, other proper nouns, verbal nouns and abbreviations (服装 is vn, 房产 j): kinds of goods.
NOUN_TAGS = frozenset({"n", "nz", "vn", "j"})
# …and what else can be a question's topic: places, people's and bodies' names (北京, 茅台, 医保局).
TOPIC_TAGS = NOUN_TAGS | {"ns", "nr", "nrt", "nt", "ng"}
MAX_GOODS = 3  # 卖 汽车 配件 的: the goods a seller names are a word or a few


@cache
def _words() -> dict[str, tuple[str, ...]]:
    data: dict[str, list[str]] = read_yaml(HERE / "trades.yaml")
    return {key: tuple(words) for key, words in data.items()}


@cache
def _tags() -> dict[str, str]:
    """jieba's part-of-speech tag of each word of its dictionary; read only when a question names a
    shop or a seller (a few in a hundred), so a cold `keqing ask` rarely pays for it."""
    path = Path(str(load_jieba().__file__)).parent / "dict.txt"
    tags: dict[str, str] = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            parts = line.split()
            if len(parts) == 3:
                tags[parts[0]] = parts[2]
    return tags


def word_tag(word: str) -> str | None:
    """jieba's part-of-speech tag of a word of its dictionary, None for a word it does not know."""
    return _tags().get(word)


def names_a_thing(word: str) -> bool:
    """Whether a word names a thing, a place or a body (jieba's tag a noun of any kind, or no tag: a
    word jieba does not know) rather than an action, a quality, a time or an amount (搭理, 贵, 整天)."""
    tag = word_tag(word)
    return tag is None or tag in TOPIC_TAGS


def _goods(words: list[str], lists: dict[str, tuple[str, ...]]) -> Iterator[str]:
    """What comes before a word for a shop (火锅店, 奶茶 店), or between a seller and 的 (卖 保险 的), in
    one clause. A word for a shop that is also the rep's own employer (公司), standing alone, makes a
    line of business only of goods that open the clause or follow a seller or an opening verb (化妆品
    公司, 做 物流 公司): after any other word it is the employer (要备年货 公司那边老断货)."""
    suffixes, sellers = lists["suffixes"], lists["sellers"]
    for at, word in enumerate(words):
        for suffix in suffixes:
            if word.endswith(suffix) and len(word) > len(suffix):
                yield word[: -len(suffix)]
            elif word == suffix and at > 0 and _names_a_business(words, at, lists):
                yield words[at - 1]
        if word in sellers:
            yield from _sold(words[at + 1 :])


def _sold(after: list[str]) -> list[str]:
    """The goods between a seller and 的, one to MAX_GOODS words (卖 保险 的, 卖 化肥 农药 的), or none."""
    end = after.index("的") if "的" in after[: MAX_GOODS + 1] else 0
    return after[:end]


def _names_a_business(words: list[str], at: int, lists: dict[str, tuple[str, ...]]) -> bool:
    if words[at] not in lists["employer"]:
        return True
    return at == 1 or words[at - 2] in (*lists["sellers"], *lists["openers"])


def other_trade(question: str, cut: Callable[[str], list[str]], known: Collection[str]) -> str:
    """The goods of another line of business the question is about, or "" (`cut`: the knowledge base's
    word cutter; `known`: every word its passages and its domain vocabulary use)."""
    words = _words()
    if not any(w in question for w in (*words["suffixes"], *words["sellers"])):
        return ""
    clauses = (cut(clause) for clause in CLAUSES.split(question) if clause)
    for goods in (found for clause in clauses for found in _goods(clause, words)):
        if not _HAN.match(goods) or goods in known or goods in words["shop_kinds"]:
            continue
        if any(part in goods for part in words["ours"]):
            continue
        if word_tag(goods) in NOUN_TAGS:
            return goods
    return ""
