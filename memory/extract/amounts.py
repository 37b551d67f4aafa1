"""Amounts of goods in a note: a number with a unit (二十盒, 3十瓶, 一百五六支), or a bare number right
after a kind verb or a product's name (要二十, 板蓝根二十) whose unit is found elsewhere. Prices,
offers (买十盒送两盒) and "none at all" (一瓶都没了) are no amounts."""

from __future__ import annotations

import re
from dataclasses import dataclass

from memory.extract.gazetteer import Gazetteer, Mention
from memory.extract.lexicon import Lexicon, alternatives
from memory.extract.numbers import CN_DIGITS, NUMBER, parse_number
from memory.extract.text import Segments

# 每盒多给一块 is a price; 两件多 at the end of a statement is a little over two.
_PER_UNIT_AFTER = re.compile(r"^(?:提|返|给|送|多(?![\s,,。;;!!]|$)|贵|便宜|块|元|毛|钱|的价)")
# 多少钱一盒, 好多钱一瓶: a price per unit, not a quantity.
_PRICE_BEFORE = re.compile(r"钱\s*$")
# 一瓶都没了, 一盒也不剩: none at all.
_NONE_AT_ALL = re.compile(r"^(?:都|也)(?:没|不)")
# 买二送一: an offer, not an amount.
_OFFER_BEFORE = re.compile(rf"[买满][\d{CN_DIGITS}]+[送赠]$")
# 上回那十盒卖了七盒, 那六瓶卖了两瓶: goods named again by an earlier amount; the later amount is the news.
# 上次送的三十盒卖了二十盒: an earlier time and what was done then name the goods too.
EARLIER = re.compile(
    r"(?:那|这|上回的?|上次的?|之前的?|(?:送到|送来|到货|进来|拿来|发来)的"
    r"|(?:上回|上次|之前|上个?月|上周|上礼拜)[\u4e00-\u9fff]{1,3}的)\s*$"
)
_RESTATED_REACH = 6
_EARLIER_REACH = 7
_CLAUSE_MARK = re.compile(r"[\s,,。;;!!??、]")
# 他卖28块人家卖25: a bare number next to a price is a price too.
PRICE = re.compile(rf"{NUMBER}(?:块|元|毛)")


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    value: float | None
    unit: str


class AmountFinder:
    def __init__(self, gazetteer: Gazetteer, lexicon: Lexicon, verbs: list[str]) -> None:
        units = set(lexicon.words("units")) | {e.unit for e in gazetteer.entities if e.unit}
        unit_pattern = alternatives(list(units))
        # 四十来瓶, 二十多盒: the round number is what the rep reports.
        # 上百盒, 两大箱, 一整件: a hundred or so, and a size word between the number and its unit.
        self._quantity = re.compile(
            rf"((?:上(?=[百千]))?{NUMBER})(?:来|多|余|几)?(?:大|小|整)?\s*({unit_pattern})(半)?"
        )
        # 要二十 / 再订3十 / 开了一百五六 / 卖了二十几, a number right after a kind verb with its unit
        # elsewhere
        self._bare = re.compile(rf"(?<![\d{CN_DIGITS}])({NUMBER})(?:来|多|几|出头|左右)?(?=[\s,,。;;!!]|$)")
        self._unit_said = re.compile(rf"(?:按|都是|论)({unit_pattern})")
        # 买二送一, 买十盒送两盒: an offer; its amounts are no goods moved and its 送 orders nothing
        self.offer = re.compile(rf"[买满]{NUMBER}(?:{unit_pattern})?[送赠]{NUMBER}(?:{unit_pattern})?")
        self._verbs = verbs
        # 两打活络酊 is a dozen twice; 一万二打过来, 礼拜四打电话 use the unit's other reading, a verb
        verb_units = lexicon.groups("unit_verb_objects")
        self._unit_verbs = {
            unit: re.compile(rf"{re.escape(unit)}(?:{alternatives(objects)}|了(?![\s,,。;;!!]|$))")
            for unit, objects in verb_units.items()
        }
        # 送了一箱口罩, 两盒小礼品, 要宣传画2张: an amount glued to a thing that is no drug (after it or
        # before it) counts that thing
        things = lexicon.words("non_drug_goods") + lexicon.groups("needs").get("pos_material", [])
        self._thing_after = re.compile(alternatives(things))
        self._things = tuple(things)

    def find(self, text: str, goods: list[Mention]) -> list[Quantity]:
        starts = {m.start for m in goods}
        ends = {m.end for m in goods}
        found = []
        offers = [m.span() for m in self.offer.finditer(text)]
        for match in self._quantity.finditer(text):
            if _PER_UNIT_AFTER.match(text[match.end() :]) or _PRICE_BEFORE.search(text[: match.start()]):
                continue
            if any(start <= match.start() < end for start, end in offers):
                continue
            if _NONE_AT_ALL.match(text[match.end() :]) and parse_number(match.group(1)) == 1:
                continue  # 一瓶都没了: none at all, no amount
            if match.start(2) in starts:
                continue  # 四十 板蓝根: the "unit" opens a product's name; the number is bare
            verb = self._unit_verbs.get(match.group(2))
            if verb is not None and verb.match(text, match.start(2)):
                continue
            if self._thing_after.match(text, match.end()) or text.endswith(self._things, 0, match.start()):
                continue
            value = parse_number(match.group(1).lstrip("上"))
            if value is not None and match.group(3):
                value += 0.5  # 两件半
            found.append(Quantity(match.start(), match.end(), value, match.group(2)))
        for match in self._bare.finditer(text):
            head = text[: match.start()].rstrip(" ")
            if _OFFER_BEFORE.search(text[: match.start()]) or len(text[: match.start()]) - len(head) > 1:
                continue
            if PRICE.search(_clauses(text, match.start())):
                continue
            # 要二十, 板蓝根二十: a number right after a kind verb or a product's name
            if match.start() in ends or any(head.endswith(verb) for verb in self._verbs):
                found.append(Quantity(match.start(), match.end(), parse_number(match.group(1)), ""))
        return sorted(found, key=lambda q: q.start)

    def unit_of(self, text: str, quantity: Quantity, owner: Mention, known: list[str]) -> str | None:
        """The unit of a number written without one: the product's other amount in the note (`known`:
        走了四十多瓶 再订3十), else the unit the note gives that product (六味按瓶), else the unit it
        says the goods come in (都是支), after the number first."""
        if quantity.unit:
            return quantity.unit
        if known:
            return known[0]
        written = re.escape(text[owner.start : owner.end])
        own = re.search(rf"{written}[^\s,,。]{{0,3}}?{self._unit_said.pattern}", text)
        said = own or self._unit_said.search(text, quantity.end) or self._unit_said.search(text)
        return said.group(1) if said else None


def restated(text: str, quantity: Quantity, quantities: list[Quantity], segments: Segments) -> bool:
    """那六瓶卖了两瓶: an amount after 那/上回的 that another amount follows in its clause."""
    if not EARLIER.search(text[max(0, quantity.start - _EARLIER_REACH) : quantity.start]):
        return False
    clause = segments.clause_at(quantity.start)
    if clause is not None and any(quantity.end <= q.start < clause.end for q in quantities):
        return True
    # 送到的一百支用了四十支: a soft break after the unit parts the two amounts of one statement
    return part_after(text, quantity, quantities) is not None


def part_after(text: str, quantity: Quantity, quantities: list[Quantity]) -> Quantity | None:
    """一百支用了四十支: the amount said right after this one in the same run (no clause mark between)."""
    return next(
        (
            q
            for q in quantities
            if quantity.end <= q.start <= quantity.end + _RESTATED_REACH
            and not _CLAUSE_MARK.search(text[quantity.end : q.start])
        ),
        None,
    )


def _clauses(text: str, offset: int) -> str:
    """The clause around `offset` and the one before it (卖35块 对面卖30: the price is said once)."""
    marks = [m.start() for m in _CLAUSE_MARK.finditer(text, 0, offset)]
    start = marks[-2] + 1 if len(marks) > 1 else 0
    end = next((m.start() for m in _CLAUSE_MARK.finditer(text, offset)), len(text))
    return text[start:end]
