"""Account-level facts in a note: channel, payment terms, restock cycle, supplier, needs, sentiment."""

from __future__ import annotations

import re

from memory.extract.delivery import delivers
from memory.extract.gazetteer import Entity, Gazetteer, Mention, place_prefixes
from memory.extract.lexicon import Lexicon, alternatives
from memory.extract.needs import NeedFinder
from memory.extract.payment import PaymentFinder
from memory.extract.restock import RestockFinder
from memory.extract.sentiment import SentimentScorer
from memory.extract.sentiment_model import Offsets
from memory.extract.text import Segments
from memory.extract.tone import ToneModel

# 给张大夫打了, 打俾朱老板, 打给他: a call by its shape, 打 to a person (not 打针, 打折, 打款)
_CALLED = re.compile(r"给[^,,。\s]{1,10}?打(?:了|过去|过)(?![针折款钱包])|打(?:给|俾)(?![他她]?[针折款钱])")
# How a contact happened is said at the start: a voice-typed note may be one long sentence.
_OPENING = 30


class TermFinder:
    def __init__(self, gazetteer: Gazetteer, lexicon: Lexicon) -> None:
        self.gazetteer = gazetteer
        self.lexicon = lexicon
        self.payment = PaymentFinder(lexicon)
        self.restock = RestockFinder(lexicon)
        suffixes = alternatives(lexicon.words("supplier_suffixes"), longest=False)
        distributor = lexicon.groups("customer_suffixes")["distributor"]
        self.trade_words = sorted({*lexicon.words("supplier_suffixes"), *distributor}, key=len, reverse=True)
        self._supplier = re.compile(
            # 从县里的鑫泰医药拿: a place before 的 is not part of the name
            rf"(?:从|找|走)(?:[\u4e00-\u9fff]{{1,4}}?的)?(?P<n>[\u4e00-\u9fff]{{2,10}}?(?:{suffixes}))"
            r"(?:拿|进|配送|送|发|调|走|要)"
        )
        # 惠民配, 从惠民进: a wholesaler among the customers called by its core name (石鼓镇惠民医药批发部)
        cores = [c for c in map(self._core, gazetteer.customers()) if c and c not in gazetteer.aliases]
        cores_alt = alternatives(set(cores))
        self._core_delivers = (
            re.compile(rf"(?:(?<=从|走|找)(?P<a>{cores_alt})|(?P<b>{cores_alt})(?=配|送|拿|发|进))")
            if cores
            else None
        )
        self.channels = {code: words for code, words in lexicon.groups("channel").items()}
        self.need_finder = NeedFinder(lexicon)
        self.sentiment = SentimentScorer(lexicon)

    def channel(self, text: str, segments: Segments) -> str:
        """How the contact happened, from the first sentence; later plans (再打电话) do not count."""
        start, end = segments.sentences[0] if segments.sentences else (0, len(text))
        first = text[start : min(end, start + _OPENING)]
        best: tuple[int, str] | None = None
        for code in ("phone", "message"):
            for word in self.channels[code]:
                for match in re.finditer(re.escape(word), first):
                    after = first[match.end() : match.end() + 2]
                    before = first[: match.start()]
                    added = re.search(r"(?:加|再|留)了?[^,,。\s]{0,6}$", before)
                    if re.match(r"\s*\d", after) or after.startswith("号") or added:
                        continue
                    if best is None or match.start() < best[0]:
                        best = (match.start(), code)
        call = _CALLED.search(first)
        if call and (best is None or call.start() < best[0]):
            best = (call.start(), "phone")
        there = [i for word in self.lexicon.words("visit_there") if (i := first.find(word)) >= 0]
        if best is not None and there and min(there) < best[0]:
            return "visit"  # 门锁着 给刘大夫打电话: the rep went there first
        return best[1] if best else "visit"

    def payment_terms(self, text: str, segments: Segments) -> str | None:
        """How the account pays (memory/extract/payment.py)."""
        return self.payment.terms(text, segments)

    def restock_cycle(self, text: str) -> int | None:
        """How often the account restocks (memory/extract/restock.py)."""
        return self.restock.cycle(text)

    def supplier(
        self,
        text: str,
        mentions: list[Mention],
        customer_span: tuple[int, int] | None,
        customer_type: str | None = None,
    ) -> str | None:
        """Who delivers to the account: a catalog distributor named in the note (at an account that is
        a distributor itself, only one said to deliver: 从华鲁进的; others are rivals), a wholesaler among the
        customers named next to a delivery verb (kept as written), or 从…医药 as written."""
        for mention in mentions:
            if mention.kind == "distributor" and (customer_type != "distributor" or delivers(text, mention)):
                return mention.entities[0].name
        # the visited wholesaler named again (丰源的周总) is not its own supplier
        visited = {m.entities[0].name for m in mentions if customer_span and m.start == customer_span[0]}
        for mention in mentions:
            entity = mention.entities[0]
            if mention.kind != "customer" or entity.type != "distributor" or entity.name in visited:
                continue
            if delivers(text, mention):
                return mention.alias
        if self._core_delivers is not None and customer_type != "distributor":
            core = self._core_delivers.search(text)
            if core is not None:
                return core.group("a") or core.group("b")
        for match in self._supplier.finditer(text):
            name = match.group("n")
            inside_customer = customer_span and customer_span[0] <= match.start("n") < customer_span[1]
            if not inside_customer and name not in self.gazetteer.aliases:
                return name
        return None

    def _core(self, entity: Entity) -> str | None:
        """石鼓镇惠民医药批发部 → 惠民: a wholesaler's name without its places and trade words."""
        if entity.type != "distributor":
            return None
        name = entity.name
        for place in place_prefixes(name):
            name = name.removeprefix(place)
        changed = True
        while changed:
            changed = False
            for suffix in self.trade_words:
                if name.endswith(suffix) and len(name) - len(suffix) >= 2:
                    name, changed = name.removesuffix(suffix), True
        return name if len(name) >= 2 else None

    def customer_needs(self, segments: Segments, marked: str | None = None) -> list[str]:
        """What the customer asked for (memory/extract/needs.py); `marked`: competitors marked."""
        return self.need_finder.find(segments, marked)

    def sentiment_of(self, text: str, tone: ToneModel | None = None, offsets: Offsets | None = None) -> str:
        """How the contact felt (memory/extract/sentiment.py)."""
        return self.sentiment.of(text, tone, offsets)
