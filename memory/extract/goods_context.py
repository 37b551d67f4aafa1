"""Where a product's words are not about our goods moving, read before kinds are (memory/extract/products.py).

A verb can be masked out of the text (same length, so every offset holds): 进 of a listing (进他们的目录,
进医院) and 送 of an offer whose goods are named (买枇杷膏送环保袋) move no goods. A product named
right before a competitor's firm (丹参滴丸天士力的) is the competitor's, and so are the words said of it.
Goods named after an amount across a space take that amount only if they open no statement of
their own (订40盒 葡萄糖酸钙 存1件: 葡萄糖酸钙 has its own amount).
"""

from __future__ import annotations

import re

from memory.extract.amounts import Quantity
from memory.extract.gazetteer import Mention
from memory.extract.lexicon import Lexicon, longest_first
from memory.extract.text import Segments

_MASK = "#"
# How far after the goods of an offer its giving verb may come (买枇杷膏氯雷他定送环保袋).
_OFFER_REACH = 12
_BREAK = re.compile(r"[\s,,。;;!!??]")


class GoodsContext:
    def __init__(self, lexicon: Lexicon) -> None:
        places = "|".join(map(re.escape, longest_first(lexicon.words("listing_places"))))
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
