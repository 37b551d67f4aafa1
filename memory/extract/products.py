"""Own products with quantities and their kind (sold / stock / order / mention), and competitor mentions.

Amounts come first (memory/extract/amounts.py), each bound to the goods it is about (named before it,
or right after it as its object); its kind is read from its own statement (the verb nearest before
it, then after it); amounts whose words say no kind are settled last, from the list's verb said after
them or the kind of the amount before them. Verb classes are data (lexicon product_kinds)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from memory.extract.amounts import EARLIER, AmountFinder, Quantity, part_after, restated
from memory.extract.competitors import CompetitorFinder, CompetitorLine
from memory.extract.gazetteer import Gazetteer, Mention
from memory.extract.goods_context import (
    GoodsContext,
    competitors_own,
    opens_statement,
    per_outlet_total,
    share_of_total,
    subject,
    topic_before,
    unit_agreeing,
)
from memory.extract.kind_words import KindWords
from memory.extract.lexicon import Lexicon
from memory.extract.text import Segments

# 进了二十支用掉一半: half of the amount went the way of that verb.
_HALF = re.compile(r"^\s*([\u4e00-\u9fff]{1,2}?)(?:了|掉了|掉|出去)?一半")
# 都要了, 全卖了: a verb said of every item of the list before it, at the end of its clause
# (都要从他这走 is a plan, not a verb of the list).
_PARTICLES = re.compile(r"[了的啦吧呢啊嘛]+$")
_CLOSING_VERB = 4
_ALL = re.compile(r"[都全]|一起|一共")
# 分别卖了二十盒 十盒: the amounts go to the goods listed, in their order.
_RESPECTIVE = re.compile(r"分别|各自")
# 两样都还有十来盒: the amount holds for the two products named last.
_BOTH = re.compile(r"(?:两样|两种|两个|俩)都")


@dataclass
class ProductLine:
    name: str
    quantity: float | None
    unit: str | None
    kind: str


@dataclass
class _Fact:
    """An amount, the goods it is about, its kind (None until settled) and where its words go on."""

    quantity: Quantity
    owners: list[Mention]
    kind: str | None
    sentence: int
    tail: int
    described: str | None = None
    bare: bool = False  # no verb of its own before it: 二十瓶卖了一半 is only the half


class ProductFinder:
    def __init__(self, gazetteer: Gazetteer, lexicon: Lexicon) -> None:
        self.gazetteer = gazetteer
        self.lexicon = lexicon
        self.kinds = KindWords(lexicon)
        self.amounts = AmountFinder(gazetteer, lexicon, list(self.kinds.verbs))
        self.kinds.offer = self.amounts.offer
        self._competitors = CompetitorFinder(gazetteer, lexicon)
        self.context = GoodsContext(lexicon)

    @staticmethod
    def _shared_with(
        text: str, owner: Mention, since_last: list[Mention], quantity: Quantity
    ) -> list[Mention]:
        """六味和丹参片都进了十盒 / A跟B各要了六盒: products joined by 和/跟 (or only side by side)
        share the amount after 都/各."""
        if len(since_last) < 2 or since_last[-1] is not owner:
            return []
        if not re.search(r"[都各]", text[owner.end : quantity.start]):
            return []
        shared: list[Mention] = []
        for mention, after in zip(since_last[-2::-1], since_last[:0:-1], strict=False):
            # 板蓝根 藿香正气 风油精各拿了十盒: names side by side are a list too
            if not re.fullmatch(r"\s*(?:和|跟|与|及|、|,|,|还有)?\s*", text[mention.end : after.start]):
                break
            shared.append(mention)
        return shared

    def _lines(self, text: str, fact: _Fact, name: str, unit: str | None) -> list[ProductLine]:
        """The line of an amount; with 用掉一半 after it (or after the goods it names: 进了二十支加替
        用掉一半), half of it goes the way of that verb too (and an amount only restated as earlier
        goods, 上回拿的二十盒卖了一半, or said with no verb of its own, 二十瓶卖了一半, is only that half)."""
        quantity, tail, kind = fact.quantity, fact.tail, fact.kind or "mention"
        half = _HALF.match(text[tail : tail + 6])
        verb_kind = self.kinds.verb_in(half.group(0)[:-2].strip()) if half else None
        if half is None or verb_kind is None or quantity.value is None:
            return [ProductLine(name, quantity.value, unit, kind)]
        halved = ProductLine(name, quantity.value / 2, unit, verb_kind)
        restated = EARLIER.search(text[max(0, quantity.start - 6) : quantity.start].replace("拿的", "的"))
        return [halved] if restated or fact.bare else [ProductLine(name, quantity.value, unit, kind), halved]

    @staticmethod
    def _has_own_quantity(
        mention: Mention, quantities: list[Quantity], segments: Segments, goods: list[Mention]
    ) -> bool:
        """血栓通用了二十支: a product followed by its own amount does not take the amount before it; an
        amount glued before other goods is theirs (要了两百瓶松贝一百盒刺五加: each amount names the
        goods right after it)."""
        clause = segments.clause_at(mention.start)
        return clause is not None and any(
            mention.end <= q.start < clause.end and not any(m.start == q.end for m in goods)
            for q in quantities
        )

    def _follower(
        self,
        text: str,
        goods: list[Mention],
        quantity: Quantity,
        quantities: list[Quantity],
        segments: Segments,
        since_last: list[Mention],
        before: list[Mention],
    ) -> list[Mention]:
        """The product a quantity names when it comes right after it (买了10盒感冒灵): only one with
        no amount of its own; when a product was named before, only one glued to the amount in
        another clause than that product (问有没有小包装的布洛芬 还要一百瓶氨溴索), and none that opens
        a statement of its own (阿莫再订二百盒甘草片不要了: 甘草片 is the subject of 不要)."""
        after = [
            m
            for m in goods
            if m.start >= quantity.end
            and not text[quantity.end : m.start].strip()
            and m.start - quantity.end <= 1
            and not self._has_own_quantity(m, quantities, segments, goods)
            and not (before and self._opens_statement(text, segments, quantity, m))
            and (m.start == quantity.end or not opens_statement(text, segments, m, quantities, goods))
        ]
        # 柴桂 卖了 15盒 剩 5盒 要 20盒 锌口服液 没动: in a run of amounts about goods named before,
        # goods after a space open their own statement; only goods glued to the amount are its own
        if not since_last:
            return after if not before else [m for m in after if m.start == quantity.end]
        clause = segments.clause_at(quantity.start)
        glued = [m for m in after if m.start == quantity.end]
        return glued if clause is not None and since_last[-1].start < clause.start else []

    def _opens_statement(self, text: str, segments: Segments, quantity: Quantity, mention: Mention) -> bool:
        """An amount that is a verb's object (再订二百盒) before goods with a kind verb, said or denied,
        of their own (甘草片不要了): the goods open a new statement; the amount is the topic's
        (上回拿的5盒阿奇用完了 names its goods)."""
        head = text[max(0, quantity.start - 4) : quantity.start]
        if self.kinds.verb_in(head) is None or not head.endswith(self.kinds.verbs):
            return False
        clause = segments.clause_at(mention.start)
        words = text[mention.end : min(mention.end + 4, clause.end if clause else mention.end)]
        return not _HALF.match(words) and any(verb in words for verb in self.kinds.verbs)

    def _list_head(self, text: str, segments: Segments, offset: int) -> str | None:
        """要货:感冒灵10件、藿香正气水5件, 发来订单,左西20盒、胃康宁15盒 — a list opening its chunk
        takes the kind of the chunk before it, when that ends on a colon or on a kind word (the list's
        head: 订单, 计划单)."""
        index = segments.chunk_of(offset)
        start = segments.chunks[index][0]
        if index == 0 or text[start:offset].strip():
            return None
        head = text[segments.chunks[index - 1][0] : start].rstrip()
        if head.endswith(":"):
            return self.kinds.verb_in(head)
        head = head.rstrip(",;")
        return self.kinds.verb_in(head) if head.endswith(self.kinds.verbs) else None

    def products(self, text: str, segments: Segments, mentions: list[Mention]) -> list[ProductLine]:
        goods = [m for m in mentions if m.kind in {"product", "competitor"}]
        text = self.context.masked(text, goods)
        quantities = self.amounts.find(text, goods)
        facts = self._facts(text, segments, goods, quantities)
        self._settle(text, segments, goods, facts)
        lines: list[ProductLine] = []
        for fact in facts:
            for each in fact.owners:
                if each.kind == "product":
                    name = each.entities[0].name
                    known = [line.unit for line in lines if line.name == name and line.unit]
                    unit = self.amounts.unit_of(text, fact.quantity, each, known)
                    if fact.quantity.value is None:
                        unit = None  # 二三十盒: no number, no unit
                    if fact.kind is None:  # an amount no words give a kind to is no amount reported
                        lines.append(ProductLine(name, None, None, "mention"))
                        continue
                    lines += self._lines(text, fact, name, unit)
        quantified = {id(each) for fact in facts for each in fact.owners}
        lines += self._without_amount(text, segments, goods, quantified, quantities)
        return _one_per_kind(lines)

    def _facts(
        self, text: str, segments: Segments, goods: list[Mention], quantities: list[Quantity]
    ) -> list[_Fact]:
        """Each amount with the goods it is about and the kind its own words give (None if they give none)."""
        facts: list[_Fact] = []
        previous_end = 0
        respective: list[Mention] = []  # goods still owed an amount of a 分别 list
        taken: set[int] = set()  # goods named right after an amount (两百瓶松贝): that amount's alone
        for quantity in quantities:
            if self._no_news(text, segments, quantity, quantities, goods):
                continue
            sentence = segments.sentence_of(quantity.start)
            before = [
                m for m in goods if m.end <= quantity.start and segments.sentence_of(m.start) == sentence
            ]
            since_last = [m for m in before if m.start >= previous_end and id(m) not in taken]
            follows = self._follower(text, goods, quantity, quantities, segments, since_last, before)
            owner = (
                follows[0]
                if follows
                else subject(text, before) or topic_before(segments, goods, quantity.start)
            )
            if owner is None:
                continue
            if not follows:
                owner = unit_agreeing(text, segments, owner, before, quantity)
            listed = [m for m in since_last if m.kind == "product"]
            if not follows and len(listed) > 1 and _RESPECTIVE.search(text[owner.end : quantity.start]):
                owner, respective = listed[0], listed[1:]  # 感冒灵 板蓝根分别卖了二十盒 十盒
            elif respective and not since_last and not follows:
                owner = respective.pop(0)
            else:
                respective = []
            clause = segments.clause_at(quantity.start)
            if follows:
                window_start = max(previous_end, clause.start if clause else quantity.start)
            else:
                window_start = max(previous_end, owner.end)
            kind = self._own_kind(text, segments, quantity, owner, window_start, previous_end, follows)
            previous_end = quantity.end
            taken = {id(m) for m in follows}
            shared = [] if follows or respective else self._shared_with(text, owner, since_last, quantity)
            owners = [owner, *shared]
            if _BOTH.search(text[window_start : quantity.start]):
                owners = list({id(m): m for m in before[::-1] if m.kind == "product"}.values())[:2] or owners
            tail = follows[0].end if follows else quantity.end
            described = self.kinds.described(text[window_start : quantity.start])
            total = per_outlet_total(text, segments, quantity)
            counted = quantity if total is None else replace(quantity, value=total)
            bare = self._bare(text, segments, quantity, goods)
            facts.append(_Fact(counted, owners, kind, sentence, tail, described, bare))
        return facts

    def _bare(self, text: str, segments: Segments, quantity: Quantity, goods: list[Mention]) -> bool:
        """No kind verb is said before the amount in its clause (after the goods it names there)."""
        clause = segments.clause_at(quantity.start)
        start = clause.start if clause else quantity.start
        start = max([start, *(m.end for m in goods if start <= m.end <= quantity.start)])
        return self.kinds.verb_in(text[start : quantity.start]) is None

    def _no_news(
        self,
        text: str,
        segments: Segments,
        quantity: Quantity,
        quantities: list[Quantity],
        goods: list[Mention],
    ) -> bool:
        """An amount that only frames another: restated (那六瓶卖了两瓶), the whole of its part
        (三十瓶剩五瓶), a per-outlet share of a total said (每家十瓶,一共两百瓶)."""
        return (
            restated(text, quantity, quantities, segments)
            or self._whole(text, segments, quantity, quantities, goods)
            or share_of_total(text, segments, quantity, quantities, goods)
        )

    def _whole(
        self,
        text: str,
        segments: Segments,
        quantity: Quantity,
        quantities: list[Quantity],
        goods: list[Mention],
    ) -> bool:
        """三十瓶只剩五瓶了, 一百五十支用了一百二: an amount with no verb of its own, followed in its run by a
        kind verb and another amount, is the whole that amount is part of; the part is the news."""
        part = part_after(text, quantity, quantities)
        if part is None or any(quantity.end <= m.start < part.start for m in goods):
            return False
        return (
            self._bare(text, segments, quantity, goods)
            and self.kinds.verb_in(text[quantity.end : part.start]) is not None
        )

    def _own_kind(
        self,
        text: str,
        segments: Segments,
        quantity: Quantity,
        owner: Mention,
        window_start: int,
        previous_end: int,
        follows: list[Mention],
    ) -> str | None:
        """The kind said by the words of the amount's own statement: before it, then after it."""
        window = text[window_start : quantity.start]
        kind = self.kinds.expiring(text, window_start, quantity) or self.kinds.pattern_kind(window)
        own = segments.clause_at(quantity.start)
        kind = kind or self.kinds.again(window)
        kind = kind or self.kinds.verb_in(window, weak_from=own.start - window_start if own else 0)
        if kind is None and not follows:
            chunk_start = segments.chunks[segments.chunk_of(owner.start)][0]
            kind = self.kinds.verb_in(text[max(chunk_start, previous_end) : owner.start])
        tail = follows[0].end if follows else quantity.end
        clause = segments.clause_at(tail - 1)  # 那十五盒阿奇用完了: the verb after the goods named
        if kind is None and clause is not None:
            end = clause.end
            if text[end : end + 1] == "、":  # 银黄12盒、阿莫西林20盒都补上了: the list's verb
                end = segments.chunks[segments.chunk_of(quantity.start)][1]
            kind = self.kinds.verb_in(text[tail:end], nearest_to_end=False)
        return kind or self._list_head(text, segments, owner.start)

    def _settle(self, text: str, segments: Segments, goods: list[Mention], facts: list[_Fact]) -> None:
        """Amounts whose words give no kind: a list's items take the verb said after the list (感冒灵
        十盒 板蓝根五盒 刘姐都要了), else what names the amount (剩的十盒), else the kind of the
        amount before them in the sentence."""
        after: list[tuple[str, bool] | None] = [None] * len(facts)
        for i in range(len(facts) - 1, -1, -1):
            fact = facts[i]
            following = facts[i + 1] if i + 1 < len(facts) else None
            following = following if following and following.sentence == fact.sentence else None
            end = following.quantity.start if following else segments.sentence_bounds(fact.quantity.start)[1]
            after[i] = self._list_verb(text, segments, goods, fact.tail, end)
            if after[i] is None and following is not None and following.kind is None:
                after[i] = after[i + 1]
        carry: dict[int, str] = {}
        for fact, said_after in zip(facts, after, strict=True):
            if fact.kind is None:
                earlier = carry.get(fact.sentence)
                if fact.described:
                    fact.kind = fact.described  # 上回订的30瓶 … 那边压了货: what names the amount
                elif said_after and (earlier is None or said_after[1]):
                    fact.kind = said_after[0]
                else:
                    fact.kind = earlier
            if fact.kind is not None:
                carry[fact.sentence] = fact.kind

    def _list_verb(
        self, text: str, segments: Segments, goods: list[Mention], start: int, end: int
    ) -> tuple[str, bool] | None:
        """The verb closing the first clause after an amount that names no goods and no amount (刘姐
        都要了, 都是上月进的), before `end`, and whether it is said of them all (都/全)."""
        first = segments.clause_at(start - 1)  # the clause the amount ends
        for clause in segments.clauses:
            if clause.start < (first.end if first else start) or clause.start >= end:
                continue
            if clause.end > end or any(clause.start <= m.start < clause.end for m in goods):
                return None
            closing = _PARTICLES.sub("", clause.text)[-_CLOSING_VERB:]
            kind = self.kinds.verb_in(closing) if closing else None
            if kind is not None:
                return kind, bool(_ALL.search(clause.text))
        return None

    def _without_amount(
        self,
        text: str,
        segments: Segments,
        goods: list[Mention],
        quantified: set[int],
        quantities: list[Quantity],
    ) -> list[ProductLine]:
        """Lines for products named with no amount: their kind from the verb right after them."""
        lines: list[ProductLine] = []
        for mention in goods:
            if mention.kind != "product":
                continue
            clause = segments.clause_at(mention.start)
            clause_end = clause.end if clause else mention.end
            # six characters, so that 买二送一 and 进不了 are read whole before their verbs count
            after = text[mention.end : min(mention.end + 6, clause_end)]
            said = self.kinds.said_without_amount(after)
            low = "stock" if said and said[0] == "stock" else None
            if id(mention) in quantified:
                # 蒲地蓝剩的不多了 要拿十盒: little left, said apart from its amount; how it sells
                # (风油精卖完了 要补一箱) is no line beside an amount, as most companies record it
                own = any(mention.end <= q.start < mention.end + (said[1] if said else 0) for q in quantities)
                if low and not own:
                    lines.append(ProductLine(mention.entities[0].name, None, None, low))
                continue
            if competitors_own(mention, goods):
                lines.append(ProductLine(mention.entities[0].name, None, None, "mention"))
                continue
            expiring = "stock" if any(word in after for word in self.kinds.expiry) else None
            kind = expiring or low or self.kinds.verb_in(after, nearest_to_end=False, amount=False)
            lines.append(ProductLine(mention.entities[0].name, None, None, kind or "mention"))
        return lines

    def competitors(self, text: str, segments: Segments, mentions: list[Mention]) -> list[CompetitorLine]:
        return self._competitors.competitors(text, segments, mentions)


def _one_per_kind(lines: list[ProductLine]) -> list[ProductLine]:
    """One entry per (product, kind); a bare mention only when nothing more is said of the product."""
    out: list[ProductLine] = []
    for line in lines:
        if any(o.name == line.name and o.kind == line.kind for o in out):
            continue
        out.append(line)
    talked = {o.name for o in out if o.kind != "mention"}
    return [o for o in out if o.kind != "mention" or o.name not in talked]
