"""Where a product's words are not about our goods moving, read before kinds are (memory/extract/products.py).

A verb can be masked out of the text (same length, so every offset holds): 进 of a listing (进他们的目录,
进医院) and 送 of an offer whose goods are named (买枇杷膏送环保袋) move no goods. A product named
right before a competitor's firm (丹参滴丸天士力的) is the competitor's, and so are the words said of it.
Goods named after an amount across a space take that amount only if they open no statement of
their own (订40盒 葡萄糖酸钙 存1件: 葡萄糖酸钙 has its own amount); an amount with no goods after it is
about the goods named last, unless that is a competitor compared or one closing its clause as an object.
An amount in a unit the goods named last are not sold in goes to goods named before it that are.
"""

from __future__ import annotations

import re

from memory.extract.amounts import Quantity
from memory.extract.gazetteer import Mention
from memory.extract.lexicon import Lexicon, alternatives
from memory.extract.numbers import NUMBER, parse_number
from memory.extract.text import Segments

_MASK = "#"
# How far after the goods of an offer its giving verb may come (买枇杷膏氯雷他定送环保袋).
_OFFER_REACH = 12
_BREAK = re.compile(r"[\s,,。;;!!??]")
# 跟仲景六味并排 卖了二十瓶: a competitor named in a comparison is not what the amount is about.
_COMPARED = re.compile(r"(?:跟|和|比|与|像)\s*$")
_CLOSED = re.compile(r"[了的啦]?[\s,,]")
# 一家先铺20盒 一共14家店, 每个店再加10盒 共14个店: an amount per outlet, and how many outlets
_OUTLET = r"(?:家|个店|个门店|店|个点)"
_PER_OUTLET = re.compile(rf"(?:每|一){_OUTLET}")
_OUTLETS = re.compile(rf"(?:一共|总共|共)\s*({NUMBER})\s*{_OUTLET}")


class GoodsContext:
    def __init__(self, lexicon: Lexicon) -> None:
        places = alternatives(lexicon.words("listing_places"))
        # 进目录, 两个品种进他们的目录, 进县医院: entering a list or a hospital, no goods bought
        self._listing = re.compile(rf"进(?=[^\s,,。;;]{{0,4}}?(?:{places}))")

    def masked(self, text: str, goods: list[Mention]) -> str:
        """The text with verbs that move no goods masked out (a listing's 进, an offer's 送)."""
        chars = list(self._listing.sub(_MASK, text))
        for mention in goods:
            if mention.start == 0 or text[mention.start - 1] not in "买满":
                continue
            for offset in range(mention.end, min(len(text), mention.end + _OFFER_REACH)):
                if _BREAK.match(text[offset]):
                    break
                if text[offset] in "送赠":
                    chars[offset] = _MASK
                    break
        return "".join(chars)


def competitors_own(mention: Mention, goods: list[Mention]) -> bool:
    """丹参滴丸天士力的用得多: our product's name right before a competitor's (a firm) is its product."""
    return any(other.kind == "competitor" and other.start == mention.end for other in goods)


def opens_statement(
    text: str, segments: Segments, mention: Mention, quantities: list[Quantity], goods: list[Mention]
) -> bool:
    """Goods after a space open their own statement when words follow them in their clause
    (念慈菴在搞…) or an amount of theirs comes before the next goods of the sentence (葡萄糖酸钙 存1件)."""
    clause = segments.clause_at(mention.start)
    if clause is not None and text[mention.end : clause.end].strip():
        return True
    sentence_end = segments.sentence_bounds(mention.start)[1]
    following = [m.start for m in goods if m.start >= mention.end]
    end = min([*following, sentence_end])
    return any(mention.end <= q.start < end for q in quantities)


def subject(text: str, before: list[Mention]) -> Mention | None:
    """The goods an amount is about: the last named before it, unless that is a competitor named in
    a comparison (六味挪到第二层 跟仲景六味并排 卖了二十瓶), then our product named before it."""
    if not before:
        return None
    last = before[-1]
    # 集采先不换科伦 这个月先订两百支: a competitor that closes its clause is an object there
    closes = (
        bool(_CLOSED.match(text, last.end)) and last.start > 0 and not _CLOSED.match(text, last.start - 1)
    )
    if last.kind == "competitor" and (_COMPARED.search(text[: last.start]) or closes):
        own = [m for m in before[:-1] if m.kind == "product"]
        return own[-1] if own else last
    return last


def topic_before(segments: Segments, goods: list[Mention], offset: int) -> Mention | None:
    """胃康宁已调回第二层。本月至今卖21盒,剩9盒: a sentence of amounts that names no goods is about the
    goods of the sentence before, when that names just one (a product, no competitor)."""
    sentence = segments.sentence_of(offset)
    if sentence == 0 or any(segments.sentence_of(m.start) == sentence for m in goods):
        return None
    named = [m for m in goods if segments.sentence_of(m.start) == sentence - 1]
    names = {m.entities[0].name for m in named}
    return named[-1] if len(names) == 1 and named[-1].kind == "product" else None


def unit_agreeing(
    text: str, segments: Segments, owner: Mention, before: list[Mention], quantity: Quantity
) -> Mention:
    """糖浆用了十二瓶 阿奇用了8盒 …糖浆能不能换 还有六瓶: an amount in a unit its nearest goods are not
    sold in goes to the goods named before it in its sentence that are sold in that unit (not an amount
    its clause shares out: 橘红跟养胃丸各拿二十盒)."""
    unit = owner.entities[0].unit if owner.kind == "product" else None
    clause = segments.clause_at(quantity.start)
    said = text[max(owner.end, clause.start if clause else 0) : quantity.start]
    if unit is None or not quantity.unit or quantity.unit == unit or re.search(r"[都各]", said):
        return owner
    agreeing = [m for m in before if m.kind == "product" and m.entities[0].unit == quantity.unit]
    return agreeing[-1] if agreeing else owner


def per_outlet_total(text: str, segments: Segments, quantity: Quantity) -> float | None:
    """An amount said per outlet (一家先铺20盒) with the number of outlets said in its statement (一共14家
    店) is that many times the amount: the order is the total."""
    clause = segments.clause_at(quantity.start)
    if quantity.value is None or clause is None:
        return None
    if not _PER_OUTLET.search(text[clause.start : quantity.start]):
        return None
    end = segments.statement_bounds(quantity.start)[1]
    outlets = _OUTLETS.search(text, quantity.end, end)
    count = parse_number(outlets.group(1)) if outlets else None
    return quantity.value * count if count else None


def share_of_total(
    text: str, segments: Segments, quantity: Quantity, quantities: list[Quantity], goods: list[Mention]
) -> bool:
    """每家十瓶,一共两百瓶: an amount per outlet followed in its sentence by another amount, with no goods
    named between and no count of outlets to multiply by, is a share of that total (the news)."""
    clause = segments.clause_at(quantity.start)
    if clause is None or not _PER_OUTLET.search(text[clause.start : quantity.start]):
        return False
    if per_outlet_total(text, segments, quantity) is not None:
        return False
    end = segments.sentence_bounds(quantity.start)[1]
    later = next((q for q in quantities if quantity.end <= q.start < end), None)
    return later is not None and not any(quantity.end <= m.start < later.start for m in goods)
