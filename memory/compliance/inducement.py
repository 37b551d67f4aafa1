"""Inducements: valuables handed over or asked for, or money tied to prescribing, ordering or listing,
by us or by a competitor. Contract trade terms (返利 per contract, 陈列费 with an invoice) and news of
enforcement (a competitor fined) are not inducements."""

from __future__ import annotations

import re

from memory.compliance.note import Found, NoteView, any_in, find_all
from memory.compliance.vocabulary import Vocabulary
from memory.extract.numbers import NUMBER

_GIVE_WINDOW = 14  # characters between the handing-over verb and what is handed over
_TRADE_REACH = 6  # 红包 算年终奖: a trade term this close makes a valuable part of ordinary pay or terms
# 给他五块, 返三块, 拿两千块钱, 给刘店长个人八百: an amount of money a few words after a payment verb
_AMOUNT = re.compile(rf"({NUMBER})(块钱|块|元|万|个点)?")
_PAYING = re.compile(r"(?:给|返|拿|塞|发|打|转|补贴|出钱|提成)[^,,。;!?\s]{0,9}$")
# an amount of goods, times or days is no money
_GOODS = "盒瓶件支箱袋板包提罐桶听条粒片贴只台套张本"
_NOT_MONEY_AFTER = re.compile(f"^[{_GOODS}个天次岁人家回趟遍年月周日点分号床]")
# 一张处方十块, 每盒两块钱: money per unit prescribed or sold, whatever the verb
_PER_UNIT = re.compile(
    rf"(?:每|一)(?:张|盒|支|瓶|件|袋|单)[^,,。;!?\s便宜贵降补差价低高]{{0,6}}?({NUMBER})(?:块钱|块|元)"
)
_CARD = re.compile(r"^的?[\u4e00-\u9fff]{0,3}[卡券]")  # 一千块的京东卡: an amount on a card is a valuable


class Inducements:
    def __init__(self, vocabulary: Vocabulary) -> None:
        def words(key: str) -> list[str]:
            return vocabulary.words("inducement", key)

        self.valuables, self.payments = words("valuable"), words("payment")
        self.tied_payments, self.prescribing = words("tied_payment"), words("prescribing")
        self.refuse = words("refuse")
        self.not_valuable = words("not_valuable")
        self.give, self.tie, self.hidden = words("give"), words("tie"), words("hidden")
        self.trade, self.enforcement = words("trade"), words("enforcement")

    def find(self, view: NoteView, sentence: tuple[int, int]) -> Found | None:
        start, end = sentence
        text = view.text[start:end]
        if any_in(text, self.enforcement):
            return None
        hidden = any_in(text, self.hidden)
        # money beside a trade term is the contract's (返利 per contract); a valuable only right by one
        trade = any_in(text, self.trade) and not hidden
        anchors = [a for a in self._valuables(view, start, end) if not (trade and self._by_trade(view, a))]
        if not trade:
            anchors += self._money(view, start, end, hidden)
        if not anchors:
            return None
        first = min(a for a, _ in anchors)
        last = max(b for _, b in anchors)
        left, right = view.span(sentence, first, last)
        competitor_first = any(not p.own for p in view.products_in(start, first + 1))
        own = [p.name for p in view.products_in(start, end) if p.own]
        return Found("inducement", left, right, None if competitor_first or not own else own[0])

    def _by_trade(self, view: NoteView, anchor: tuple[int, int]) -> bool:
        window = view.text[max(0, anchor[0] - _TRADE_REACH) : anchor[1] + _TRADE_REACH]
        return any_in(window, self.trade)

    def _valuables(self, view: NoteView, start: int, end: int) -> list[tuple[int, int]]:
        text = view.text
        blocked = {
            i for at, w in find_all(text, self.not_valuable, start, end) for i in range(at, at + len(w))
        }
        found = []
        for at, word in find_all(text, self.payments, start, end):
            found.append((at, at + len(word)))
        if any_in(text[start:end], self.prescribing):  # 按开药量返点: a rebate on prescriptions
            found += [(at, at + len(word)) for at, word in find_all(text, self.tied_payments, start, end)]
        for at, word in find_all(text, self.valuables, start, end):
            # 手机13500008826, 手机号: a label of a number, not a phone handed over
            if at in blocked or re.match(r"[\d号]", view.text[at + len(word) : at + len(word) + 1]):
                continue
            gives = find_all(text, self.give, max(start, at - _GIVE_WINDOW), at)
            if gives:
                found.append((gives[-1][0], at + len(word)))
            elif refused := find_all(text, self.refuse, at + len(word), min(end, at + len(word) + 8)):
                found.append((at, refused[0][0] + len(refused[0][1])))
        return found

    def _money(self, view: NoteView, start: int, end: int, hidden: bool) -> list[tuple[int, int]]:
        text = view.text[start:end]
        tied = hidden or any_in(text, self.tie)
        per_unit = any_in(text, self.prescribing)  # 一张方子十块: per prescription, whatever the verb
        found = [(start + m.start(), start + m.end()) for m in _PER_UNIT.finditer(text)] if per_unit else []
        for match in _AMOUNT.finditer(text):
            amount, unit, after = match.group(1), match.group(2), text[match.end() :]
            if _NOT_MONEY_AFTER.match(after) or not _PAYING.search(text[: match.start()]):
                continue
            if unit or amount.endswith(("十", "百", "千", "万")) or (amount.isdigit() and int(amount) >= 10):
                paying = _PAYING.search(text[: match.start()])
                card = _CARD.match(after)
                if not (tied or card):
                    continue
                last = match.end() + (card.end() if card else 0)
                found.append((start + (paying.start() if paying else match.start()), start + last))
        return found
