"""Inducements: valuables handed over or asked for, or money tied to prescribing, ordering or listing,
by us or by a competitor. Contract trade terms (返利 per contract, 陈列费 with an invoice) and news of
enforcement (a competitor fined) are not inducements."""

from __future__ import annotations

import re

from memory.compliance import sums
from memory.compliance.exchange import Exchange
from memory.compliance.note import Found, NoteView, any_in, find_all, unframed
from memory.compliance.shapes import ValueShapes
from memory.compliance.vocabulary import Vocabulary
from memory.extract.lexicon import alternatives
from memory.extract.numbers import NUMBER, parse_number

_GIVE_WINDOW = 14  # characters between the handing-over verb and what is handed over
_TRADE_REACH = 6  # 红包 算年终奖: a trade term this close makes a valuable part of ordinary pay or terms
_THREAT_ON = re.compile(r"[^,,。;!?\s]*?就")  # 不给红包就…: the clause goes on to what follows if not
_NEGATION = ("不", "没", "别", "未")  # 不给现金, 没发: a handing over denied
_OBJECT_END = re.compile(r"[,,。;!?\s]")
_OWN_PEOPLE = re.compile(r"^(?:[他她]们?)?(?:自己|自家)?的?")
# …放到主任车后备箱, 塞进他抽屉, 留在他家: a thing put somewhere (after 把 and the thing)
_PLACED = re.compile(r"[^,,。;!?\s]{0,2}?(?:放|塞|搁|留|送|装|落)(?:到|在|进|给)[^,,。;!?\s]{1,8}")
# 往孙院长后备箱放了两瓶茅台, 在他抽屉里塞了个信封: the place before the putting and the valuable
_PUT_BEFORE = re.compile(
    rf"(?:往|朝|在|到)[^,,。;!?\s]{{1,8}}?(?:放|塞|搁|留)(?:了|下|上|进|进去)?(?:{NUMBER}|几)?[{sums.GOODS}个份封]?$"
)
_GIFT_REACH = 16  # 送了两本印着公司logo的处方笺: what is given runs to its clause's end, this long at most
_TIE_REACH = 4  # 开我们的阿莫西林: a prescribing or ordering verb this close before a product
# 按开方数, 按卖出去的盒数, 按支: paid by volume
_BY_VOLUME = re.compile(
    rf"按(?:[^,,。;!?\s]{{0,8}}?(?:量|数)|[{sums.GOODS}单][^,,。;!?\s]{{0,2}}?(?:给|提|返|拿|奖|发|算钱))"
)


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
        self.tie_verbs, self.not_give = words("tie_verb"), words("not_give")
        self.gifts, self.not_gift, self.paid_after = words("gift"), words("not_gift"), words("paid_after")
        self.promotion, self.settlement = words("promotion"), words("settlement")
        self.consumers = words("consumer")
        # 送二十盒, 送一趟, 送个: a count (of packs, of runs) that names no thing given
        counts = alternatives(words("measure") + words("runs") + ["个"], longest=False)
        self.counted = re.compile(rf"^了?(?:{NUMBER}|几)?(?:{counts})?")
        self.possessive, self.branded, self.not_tie = words("possessive"), words("branded"), words("not_tie")
        self.staff, self.own_subject = words("staff"), words("own_subject")
        self.acts = set(words("act"))
        self.payment_method = words("payment_method")
        self.staff_pay, self.own_pay = words("staff_pay"), words("own_pay")
        self.personal = words("personal")
        self.asked_payments, self.asks = words("asked_payment"), words("ask")
        owners = alternatives(words("expense_owner"), longest=False)
        # 他儿子的补习费: a person's own expense, paid for them, is a valuable
        self.expense = re.compile(rf"(?:{owners})的[\u4e00-\u9fff]{{1,4}}?费")
        # 处方费, 开单费: a prescribing word + 费; 辛苦钱 for 辛苦费: a fee's stem + 钱
        self.by_name = self.payments + [w + "费" for w in self.prescribing]
        self.by_name += [w[:-1] + "钱" for w in self.payments if w.endswith("费")]
        self.titles = vocabulary.words("personal_data", "titles")
        self.payers = words("payer")
        # 给他两千, and 厂家出两万 / 公司出五千: 出 pays only after a payer (卖出两万 is a turnover)
        payers = alternatives([w for w in self.payers if w != "的人"], longest=False)
        self.paying = re.compile(rf"(?:{sums.PAYING_VERBS}|(?:{payers})出)[^,,。;!?\s]{{0,9}}$")
        # 不然以后加替不用了, 否则就换别家: a threat to stop using or ordering ties what is asked to it
        threats, tie_verbs = alternatives(words("threat"), longest=False), alternatives(words("tie_verb"))
        self.threat = re.compile(rf"(?:{threats})[^。;!?]{{0,10}}?(?:[不别甭]|不再|就不)(?:{tie_verbs})")
        trips = alternatives(words("trip"), longest=False)
        self.trip = re.compile(rf"去[\u4e00-\u9fff]{{1,4}}?(?:{trips})")
        verbs, favours = (
            alternatives(words("favour_verb"), longest=False),
            alternatives(words("favour"), longest=False),
        )
        self.favour = re.compile(rf"(?:{verbs})[了个]?[\u4e00-\u9fff]{{0,3}}?(?:{favours})")
        # word lists the rules scan together, joined once (a list made per call is scanned slower)
        self.valuables_or_acts = self.valuables + sorted(self.acts)
        self.closing = self.refuse + self.paid_after
        self.tie_or_not = self.tie + self.not_tie
        self.no_gift = self.not_gift + self.branded
        self.persons = self.titles + self.personal
        self.exchange = Exchange(vocabulary)
        self.shapes = ValueShapes(vocabulary)
        self.other_maker, self.not_expense = words("other_maker"), words("not_expense")

    def find(self, view: NoteView, sentence: tuple[int, int]) -> Found | None:
        start, end = sentence
        text = view.text[start:end]
        hidden = self._hidden(view, start, end)
        # money beside a trade term is the contract's (返利 per contract); a valuable only right by one
        trade = any_in(text, self.trade) and not hidden
        tied = self._tied(view, start, end)
        anchors = [
            a
            for a in self._valuables(view, start, end)
            if not (trade and self._by_trade(view, a)) and (tied or not self._own_staff(view, sentence, a[0]))
        ]
        if not trade:
            anchors += self._money(view, start, end, hidden or tied)
            anchors += self._gifts(view, start, end) if tied else []
        else:  # 开一盒能返他好多 … 我说只有合同上的返利: money per unit to a person is no contract's
            anchors += [
                (start + m.start(), start + m.end()) for m in sums.PER_UNIT.finditer(text) if m.group(3)
            ]
        exchanged = self.exchange.values(view, start, end, tied)
        anchors += [
            a
            for a in exchanged
            if not (trade and self._by_trade(view, a)) and not self._own_staff(view, sentence, a[0])
        ]
        anchors += self._outside_pay(view, start, end, tied)
        shaped = self.shapes.values(view, start, end, tied)
        anchors += [a for a in shaped if not (trade and self._by_trade(view, a))]
        anchors = [a for a in anchors if not self._punished(view, sentence, a)]
        if not anchors:
            return None
        first = min(a for a, _ in anchors)
        last = max(b for _, b in anchors)
        left, right = view.span(sentence, first, last)
        return Found("inducement", left, right, self._product(view, start, end, first))

    def _hidden(self, view: NoteView, start: int, end: int) -> bool:
        """Off the books (私下, 不开票, 个人), where that is not denied (不发现金) and 个人 is no person
        counted (两个人)."""
        text = view.text
        return any(
            not self._denied_at(text, start, at) and not (word == "个人" and text[at - 1] in sums.COUNTED)
            for at, word in find_all(text, self.hidden, start, end)
        )

    def _product(self, view: NoteView, start: int, end: int, first: int) -> str | None:
        """Our product in the sentence, unless a competitor is named before the inducement or before
        our product; one that only qualifies our product's name (豫康的甘草片 换成我们的) names what
        is switched, not who pays."""
        named = view.products_in(start, end)
        own = next((p for p in named if p.own), None)
        if own is None:
            return None
        qualifying = {p for p in named if not p.own and view.text.startswith("的", p.end)}
        qualifying = {p for p in qualifying if any(o.own and o.start == p.end + 1 for o in named)}
        rivals = [p for p in named if not p.own]
        if any(p.start < first or (p.start < own.start and p not in qualifying) for p in rivals):
            return None
        # 有家做头孢的厂子… 都开那家的: a maker unnamed in the master data pays, before our product
        return None if any_in(view.text[start : own.start], self.other_maker) else own.name

    def _outside_pay(self, view: NoteView, start: int, end: int, tied: bool) -> list[tuple[int, int]]:
        """奖金, 提成 tied to volume are the account's own pay unless we or a competitor pay them
        (公司给营业员发奖金, 江中给店员发奖金); a cut of one's own (他个人的点) is one by its name."""
        text = view.text
        found = [(m.start(), m.end()) for m in sums.PERSONAL_CUT.finditer(text, start, end)]
        if not tied or any_in(text[start:end], self.own_pay):
            return found
        outside = any_in(text[start:end], self.payers) or any(not p.own for p in view.products_in(start, end))
        return found + [(at, at + len(w)) for at, w in find_all(text, self.staff_pay, start, end) if outside]

    def _punished(self, view: NoteView, sentence: tuple[int, int], anchor: tuple[int, int]) -> bool:
        """豫康因为给回扣被罚了: news of enforcement in the payment's clause or the one either side;
        a refusal further on (他推回来了 说现在反腐) leaves the offer a finding."""
        before = view.clause_start(anchor[0], sentence[0])
        left = view.clause_start(max(before - 1, sentence[0]), sentence[0])
        after = view.clause_end(anchor[1], sentence[1])
        window = view.text[left : view.clause_end(min(after + 1, sentence[1]), sentence[1])]
        return any_in(window, self.enforcement) and not any_in(window, self.refuse)

    def _own_staff(self, view: NoteView, sentence: tuple[int, int], at: int) -> bool:
        """刘店长过年给店员发红包, (郑姐说)年底给店员发红包: the account paying its own people, where
        the giver is its contact (a title) or the receivers are its staff, and neither we nor a
        competitor appear as the payer."""
        clause = view.text[view.clause_start(at, sentence[0]) : at + 1]
        if "给" not in clause:
            return False
        giver = unframed(clause[: clause.index("给")])  # who gives 给 whom
        if any_in(giver, self.payers) or view.products_in(at - len(clause), at):
            return False
        # 给他自己的员工: the receivers may be said as the giver's own
        receiver = _OWN_PEOPLE.sub("", clause[clause.index("给") + 1 :])
        return any_in(giver, self.titles) or any(receiver.startswith(w) for w in self.staff)

    def _by_trade(self, view: NoteView, anchor: tuple[int, int]) -> bool:
        window = view.text[max(0, anchor[0] - _TRADE_REACH) : anchor[1] + _TRADE_REACH]
        return any_in(window, self.trade)

    def _valuables(self, view: NoteView, start: int, end: int) -> list[tuple[int, int]]:
        text = view.text
        blocked = {
            i for at, w in find_all(text, self.not_valuable, start, end) for i in range(at, at + len(w))
        }
        found = []
        for at, word in find_all(text, self.by_name, start, end):
            found.append((at, at + len(word)))
        if any_in(text[start:end], self.prescribing):  # 按开药量返点: a rebate on prescriptions
            found += [(at, at + len(word)) for at, word in find_all(text, self.tied_payments, start, end)]
        for at, word in find_all(text, self.asked_payments, start, end):  # 开口要好处
            asked = [a for a, w in find_all(text, self.asks, max(start, at - 3), at) if a + len(w) == at]
            found += [(asked[0], at + len(word))] if asked else []
        valuables = find_all(text, self.valuables_or_acts, start, end)
        for pattern in (self.trip, self.favour):
            valuables += [(m.start(), m.group(0)) for m in pattern.finditer(text, start, end)]
        valuables += [
            (m.start(), m.group(0))
            for m in self.expense.finditer(text, start, end)
            if not any_in(m.group(0), self.not_expense)  # 他们的运费: the account's trade, no one's expense
        ]
        for at, word in valuables:
            # 手机13500008826, 手机号: a label of a number, not a phone handed over
            if at in blocked or re.match(r"[\d号]", view.text[at + len(word) : at + len(word) + 1]):
                continue
            if any_in(text[view.clause_start(at, start) : at], self.branded):
                continue  # 印着公司名的笔记本: a small branded item
            if word in self.payment_method and self._alone(view, at, word, (start, end)):
                continue  # 要6瓶 现金: how an order is paid, written as its own clause
            givings = self._givings(text, max(start, at - _GIVE_WINDOW), at)
            if givings and _denied(text, *givings[-1]):
                continue  # 返百分之二 冲账扣 不给现金: the verb right before it says it is not handed over
            gives = [g for g, _ in givings]
            # 红包退回去了: a refusal or a payer in the valuable's own clause
            after = at + len(word), min(view.clause_end(at + len(word), end), at + len(word) + 8)
            if gives:
                found.append((gives[-1], at + len(word)))
            elif word in self.acts:  # 随个大礼, 表示表示: the giving is in the word itself
                found.append((at, at + len(word)))
            elif placed := self._placed(text, (start, end), at, word):
                found.append((at, placed))
            elif put := _PUT_BEFORE.search(text, view.clause_start(at, start), at):
                found.append((put.start(), at + len(word)))
            elif closing := find_all(text, self.closing, *after):
                found.append((at, closing[0][0] + len(closing[0][1])))
        return found

    def _placed(self, text: str, sentence: tuple[int, int], at: int, word: str) -> int | None:
        """把两瓶茅台放到主任车上, 把购物卡塞进他抽屉: 把, the valuable, then a verb that puts it somewhere
        (the handing over said after the valuable); where the putting ends."""
        if "把" not in text[max(sentence[0], at - 4) : at]:
            return None
        placed = _PLACED.match(text, at + len(word), sentence[1])
        return placed.end() if placed else None

    @staticmethod
    def _alone(view: NoteView, at: int, word: str, sentence: tuple[int, int]) -> bool:
        return view.clause_start(at, sentence[0]) == at and view.clause_end(at, sentence[1]) == at + len(word)

    def _gives(self, text: str, start: int, end: int) -> list[int]:
        """Where a handing-over verb stands, not counting one inside another verb (请示, 发货) nor one
        denied (冲账扣 不给现金: a term that says what is not handed over)."""
        return [at for at, word in self._givings(text, start, end) if not _denied(text, at, word)]

    def _denied_at(self, text: str, start: int, at: int) -> bool:
        """Is `at` what a denied handing over ends at (不发|现金, 没给|红包)?"""
        givings = self._givings(text, max(start, at - 3), at)
        if not givings:
            return False
        verb, word = givings[-1]
        return verb + len(word) == at and _denied(text, verb, word)

    def _givings(self, text: str, start: int, end: int) -> list[tuple[int, str]]:
        other = {i for at, w in find_all(text, self.not_give, start, end + 2) for i in range(at, at + len(w))}
        return [
            (at, word)
            for at, word in find_all(text, self.give, start, end)
            if at not in other and not text[max(0, at - 3) : at].endswith(tuple(self.own_subject))
        ]

    def _tied(self, view: NoteView, start: int, end: int) -> bool:
        """Does the sentence tie something to prescribing, ordering or listing: a word of it, or a
        product right after a verb of it (开加替, 换我们的感冒灵) or right before its volume (加替的量)?"""
        # 处方笺 holds 处方: a tie word inside a longer word that ties nothing is none
        words = find_all(view.text, self.tie_or_not, start, end)
        if any(w not in self.not_tie for _, w in words) or _BY_VOLUME.search(view.text, start, end):
            return True
        if self.threat.search(view.text, start, end):
            return True
        if self.exchange.linked(view, start, end):
            return True
        for product in view.products_in(start, end):
            before = view.text[max(start, product.start - _TIE_REACH) : product.start]
            after = view.text[product.end : product.end + _TIE_REACH]
            owner = next((w for w in self.possessive if before.endswith(w)), "")  # 进咱的板蓝根
            if any(before.removesuffix(owner).endswith(v) for v in self.tie_verbs):
                return True
            if "量" in after and not _OBJECT_END.search(after[: after.index("量")]):
                return True
        return False

    def _gifts(self, view: NoteView, start: int, end: int) -> list[tuple[int, int]]:
        """送了电饭锅 in a sentence tied to prescribing or ordering: a gift, unless what is given is a
        sample, print, or the goods."""
        found = []
        for at in self._gives(view.text, start, end):
            word = next((w for w in self.gifts if view.text.startswith(w, at)), "")
            if view.text[at] == "给":  # 给他孩子买了双鞋: bought for someone
                bought = re.match(r"给[^,,。;\s]{1,4}?(买了|买)", view.text[at:end])
                word = bought.group(0) if bought else word
            lead = view.text[view.clause_start(at, start) : at]
            if not word or any_in(lead, self.promotion):
                continue
            rest = view.text[at + len(word) : end]
            cut = _OBJECT_END.search(rest)
            what = rest[: cut.start() if cut else len(rest)][:_GIFT_REACH]
            what = what[self.counted.match(what).end() :]  # type: ignore[union-attr]
            # 把说明书多送几份: with 把, what is given stands before the verb
            fronted = lead[lead.rfind("把") + 1 :] if "把" in lead else ""
            # 想要点小礼品送顾客: a gift for shoppers or patients is the account's promotion
            if what and not any_in(what + " " + fronted, self.no_gift) and not any_in(what, self.consumers):
                found.append((at, at + len(word) + min(len(what), 6)))
        return found

    def _money(self, view: NoteView, start: int, end: int, tied: bool) -> list[tuple[int, int]]:
        """Amounts of money paid: per unit prescribed, per person, or after a paying verb where the
        sentence ties them to prescribing or keeps them off the books (`tied`), or into a person's hands."""
        text = view.text[start:end]
        per_unit = tied or any_in(text, self.prescribing)  # 一张方子十块: per prescription, whatever the verb
        # 一盒提三块: a cut per unit is volume pay by itself; 一盒两块钱, 一盒给十二 may be a price
        own = any_in(text, self.own_pay)  # 一盒提五毛 是连锁自己定的: the account's own pay for its staff
        found = [
            (start + m.start(), start + m.end())
            for m in sums.PER_UNIT.finditer(text)
            if (per_unit or m.group(2) in {"提", "返"}) and not own
        ]
        # 一人一份, 每人两盒: a count of goods (the working meal's portions) per person is no money
        found += [
            (start + m.start(), start + m.end())
            for m in sums.PER_PERSON.finditer(text)
            if (tied or self._paid_by_us_or_rival(view, start, start + m.start()))
            and not sums.NOT_MONEY_AFTER.match(text[m.end() :])
        ]
        found += self._sums(text, start, tied)
        for match in sums.VAGUE.finditer(text) if tied else ():
            if paying := self.paying.search(text[: match.start()]):
                found.append((start + paying.start(), start + match.end()))
        for match in sums.AMOUNT.finditer(text):
            amount, unit, after = match.group(1), match.group(2), text[match.end() :]
            if sums.NOT_MONEY_AFTER.match(after) or not self.paying.search(text[: match.start()]):
                continue
            if text[: match.start()].endswith(("买", "满")):
                continue  # 买十送一, 满五十: a customer's promotion, no money paid
            if self._no_sum(view, (start, end), match, self.paying.search(text[: match.start()])):
                continue
            value = parse_number(amount)  # 一千二, 八百, 600: a sum of money; 五 alone may be a count
            if unit or (value is not None and value >= 10):
                paying = self.paying.search(text[: match.start()])
                card = sums.CARD.match(after)
                # 给周医生塞了一千块钱: money into a person's hands (a title, 个人) needs no tie
                to = paying.group(0) if paying else ""
                personal = any_in(to, self.persons) or sums.TO_HIM.match(to) is not None
                present = to.startswith("随")  # 随了两千: money given at a family occasion
                if not (tied or card or personal or present):
                    continue
                last = match.end() + (card.end() if card else 0)
                found.append((start + (paying.start() if paying else match.start()), start + last))
        return found

    def _no_sum(
        self, view: NoteView, sentence: tuple[int, int], amount: re.Match[str], paying: re.Match[str] | None
    ) -> bool:
        """给百草园回电话, 讲讲千金片, 塞北的暖宫丸: a number or a paying verb inside a master-data name
        is none; 打罗医生电话13300047788: a long run of digits is a phone or an ID, no sum; 欠的一万二只给
        了三千, 又转了两万 还差两万: money owed, paid in its clause or one beside it, is a settlement."""
        start, end = sentence
        at, to = start + amount.start(), start + amount.end()
        verb = start + paying.start() if paying else -1
        if view.names_in(at, to) or (verb >= 0 and view.names_in(verb, verb + 1)):
            return True
        if amount.group(1).isdigit() and len(amount.group(1)) >= sums.LONG_DIGITS:
            return True
        if amount.group(2) == "个点" and not self._hidden(view, start, end):
            return True  # 厂家给他返6个点: a rate of points is the account's terms, unless kept off the books
        before, after = view.clause_start(at, start), view.clause_end(to, end)
        left = view.clause_start(max(before - 1, start), start)
        return any_in(view.text[left : view.clause_end(min(after + 1, end), end)], self.settlement)

    def _paid_by_us_or_rival(self, view: NoteView, start: int, at: int) -> bool:
        """华信的代表年底给科里每人一千, 我给村医每人发了五百: a payer named in the clause before the
        money (the account paying its own staff names none)."""
        clause = view.clause_start(at, start)
        return any_in(view.text[clause:at], self.payers) or any(
            not p.own for p in view.products_in(clause, at)
        )

    def _sums(self, text: str, start: int, tied: bool) -> list[tuple[int, int]]:
        """Sums with no paying verb: per month or year where the sentence is about prescribing
        (统方 一个月一千), or what a treat cost (请…洗了个脚 一共花了一千八) where it is tied."""
        found = []
        prescribing = any_in(text, self.prescribing)
        for pattern, wanted in ((sums.PER_PERIOD, prescribing), (sums.SPENT, tied and "请" in text)):
            for match in pattern.finditer(text) if wanted else ():
                value = parse_number(match.group(1))
                if sums.NOT_MONEY_AFTER.match(text[match.end() :]) or value is None:
                    continue
                if match.group(2) or value >= sums.SOME_SUM:
                    # the treat runs from its 请 to what it cost
                    treat = text.rfind("请", 0, match.start()) if pattern is sums.SPENT else -1
                    found.append((start + (treat if treat >= 0 else match.start()), start + match.end()))
        return found


def _denied(text: str, at: int, word: str) -> bool:
    """不给, 没发: a handing over denied; 不给红包就不进了 is a threat, and asks."""
    return text[at - 1 : at] in _NEGATION and not _THREAT_ON.match(text, at + len(word))
