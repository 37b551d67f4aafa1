"""What kind of news an amount or a product's words give (sold / stock / order), read from the words
around it: kind verbs (lexicon product_kinds, and the stems and endings of product_kind_shapes: 发出去,
卖光, 堆着, 码有), and a few shapes (a durative verb, a rate per period, the customer asking).
memory/extract/products.py binds amounts to goods and asks this module for their kind."""

from __future__ import annotations

import re

from memory.extract.amounts import PRICE, Quantity
from memory.extract.lexicon import Lexicon

# 还搁着8盒, 店里摆着十瓶: a verb in its durative form right before a quantity states what is there.
_STATE = re.compile(r"[\u4e00-\u9fff]着\s*$")
# 让再捎二十盒, 喊先送十盒: the customer asking for goods is an order, whatever the verb.
# 让我下回带二十盒: the rep asked to bring goods is an order too.
_ASKED = re.compile(
    r"(?:让|叫|喊)(?:我们|我|俺)?(?:[\u4e00-\u9fff]{0,5}?(?:带|捎|送|拿|补)|(?:再|先|又|多)?[\u4e00-\u9fff]{0,2})$"
)
# 一个月十来支, 每周二十盒, 一个月要用八十盒: an amount per period is what sells.
_RATE = re.compile(
    r"(?:一个月|每个?月|一周|每周|一个?礼拜|每个?礼拜|每天|一天)(?:[就才能也得约]|大概|估计|要(?=[用卖走开销出]))*(?:用|卖|走|开|销|出)?(?:掉|出去)?个?\s*$"
)
# 再配三十瓶, 先上五十盒: goods asked for again or first, whatever the verb (one no list gives a kind).
_AGAIN = re.compile(r"(?:再|先|又|多|各)[\u4e00-\u9fff]了?\s*$")
# 卖得一般, 走得快: how a product sells, said of it with no amount.
_REMARK = re.compile(r"(?:卖|走|销|用|开|出)得|好卖|好销")
# 六味也要了, 要货: what follows 要 when it is a verb of ordering, not a modal
_MODAL_OBJECT = re.compile(r"(?:了|货|的|吧|啊|呢|[\s,,。;;!!]|$)")
# 卖的20盒: a verb made into a description of the amount right after it.
_DESCRIBED = re.compile(r"([\u4e00-\u9fff]{1,3})的\s*$")
_EXPIRY_REACH = 6


class KindWords:
    def __init__(self, lexicon: Lexicon) -> None:
        kinds = {verb: kind for kind, verbs in lexicon.groups("product_kinds").items() for verb in verbs}
        for shape in lexicon.data.get("product_kind_shapes") or []:
            for stem in shape["stems"]:
                for ending in shape["endings"]:
                    kinds.setdefault(stem + ending, shape["kind"])  # a listed word keeps its kind
        self.kind_verbs = sorted(kinds.items(), key=lambda vk: -len(vk[0]))
        self.verbs = tuple(verb for verb, _ in self.kind_verbs)
        self.negations = set(lexicon.data["kind_negations"])
        self.weak = set(lexicon.words("kind_words_weak"))
        self.nouns = set(lexicon.words("kind_nouns"))
        self.modals = set(lexicon.words("kind_modals"))
        self.blockers = lexicon.words("kind_blockers")
        self.expiry = lexicon.words("expiry_words")
        self.low_stock = lexicon.words("low_stock_words")
        # offers (买二送一) say no kind; the amount finder, built from these verbs, sets its pattern
        self.offer: re.Pattern[str] | None = None

    def expiring(self, text: str, start: int, quantity: Quantity) -> str | None:
        """那批有两盒快过期了, 近效期那十盒: goods near their expiry date are goods on hand."""
        around = text[start : quantity.end + _EXPIRY_REACH]
        return "stock" if any(word in around for word in self.expiry) else None

    @staticmethod
    def pattern_kind(window: str) -> str | None:
        if _STATE.search(window):
            return "stock"
        if _RATE.search(window):
            return "sold"
        return "order" if _ASKED.search(window) else None

    def verb_in(
        self, window: str, *, nearest_to_end: bool = True, amount: bool = True, weak_from: int = 0
    ) -> str | None:
        """The kind of the verb nearest the amount. A weak word (有) counts only of an amount, only
        where no other kind word is said (用了不少 有四十来盒 is what was used), and only from
        `weak_from` on (the amount's own clause: 这批有几支… 把四百支单子确认了 says no stock)."""
        best: tuple[bool, int, int, str] | None = None
        for blocker in self.blockers:
            window = window.replace(blocker, "#" * len(blocker))
        if self.offer is not None:
            window = self.offer.sub(lambda m: "#" * len(m.group(0)), window)
        for verb, kind in self.kind_verbs:
            if verb not in window or (not amount and (verb in self.weak or verb in self.nouns)):
                continue
            position = window.rfind(verb) if nearest_to_end else window.find(verb)
            while (
                position >= 0
                and (
                    window[position + len(verb) : position + len(verb) + 1] == "的"
                    or PRICE.match(window, position + len(verb)) is not None  # 卖28块: a price
                    # 卖不动, 进不了: an act with a negative complement is denied (库存不多 is a state)
                    # (用了不少 is a finished act)
                    or (
                        kind != "stock"
                        and not verb.endswith("了")
                        and window.startswith("不", position + len(verb))
                    )
                    or any(window[:position].endswith(word) for word in self.negations)
                    # 用量要往下掉: of goods alone, a modal before another verb
                    or (
                        not amount
                        and verb in self.modals
                        and not _MODAL_OBJECT.match(window, position + len(verb))
                    )
                )
            ):
                position = (
                    window.rfind(verb, 0, position) if nearest_to_end else window.find(verb, position + 1)
                )
            far = position < weak_from and window[position + len(verb) :].strip()
            if position < 0 or (verb in self.weak and far):
                continue
            key = (verb not in self.weak, position + len(verb) if nearest_to_end else -position, len(verb))
            if best is None or key > best[:3]:
                best = (*key, kind)
        return best[3] if best else None

    def again(self, window: str) -> str | None:
        """An amount right after 再/先/各 and a verb no list gives a kind to is ordered (叫总部再配三十瓶),
        whatever verb was said before it (卖空了 再调二十盒)."""
        said = _AGAIN.search(window)
        return "order" if said and self.verb_in(said.group(0)) is None else None

    def described(self, window: str) -> str | None:
        """卖的20盒, 剩的十盒: an amount named by what was done to it, when nothing else is said of it."""
        described = _DESCRIBED.search(window)
        return self.verb_in(described.group(1)) if described else None

    def said_without_amount(self, after: str) -> tuple[str, int] | None:
        """What the words right after goods say with no number, and where they end: a remark on how it
        sells (卖得一般, 开得快), little left (剩的不多了, 没几盒了), or a verb of selling (卖完了)."""
        remark = _REMARK.search(after)
        low = min(((after.find(w), w) for w in self.low_stock if w in after), default=None)
        if low is not None and (remark is None or low[0] < remark.start()):
            return "stock", low[0] + len(low[1])
        if remark is not None:
            return "sold", remark.end()
        kind = self.verb_in(after, nearest_to_end=False, amount=False)
        return ("sold", len(after)) if kind == "sold" else None
