"""Inducements read by the shape of an exchange rather than by a list of valuables: something of value
handed to a person (goods counted out, a person's own expense paid, a stay somewhere paid for, a fee)
and, in the same sentence, what it buys: prescribing or ordering volume, a place on the shelf, or a
favour returned. The word classes are the lexicon's (`inducement`); how they combine is here."""

from __future__ import annotations

import re
from functools import partial

from memory.compliance.note import NoteView, any_in, find_all
from memory.compliance.vocabulary import Vocabulary
from memory.extract.lexicon import alternatives
from memory.extract.numbers import NUMBER

# the words in their file's order: these rules rely on it
_either = partial(alternatives, longest=False)

_CLAUSE = r"[^,,。;!?\s]"  # a character inside one clause
# 给他弄一台, 配了辆: measures of a thing (not of goods or money: 提一块, 送一箱) counted with no object
_THINGS = ("台", "辆", "部", "套", "双", "对")
_SOME_MONEY = re.compile(rf"(?:一?点|些|一下|一把|(?:{NUMBER}|几)[十百千万块元])")


class Exchange:
    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        words = self._words
        self.not_gift, self.branded = words("not_gift"), words("branded")
        self.valuables = words("valuable")
        self.titles = tuple(vocabulary.words("personal_data", "titles"))
        measures = _either(words("measure"))
        self.buy_get = re.compile(rf"(?:{_either(words('promotion'))}){NUMBER}(?:{measures}|块|元)?送")
        self.not_fee = words("trade") + words("not_expense")
        volume, ours = _either(words("volume_verb")), _either(words("ours"))
        spots = _either(words("placement_spot"))
        self.ties = [
            # 要是…下个月感冒灵能订五百盒: a conditional and a volume promised
            re.compile(rf"(?:{_either(words('conditional'))}).*?(?:能|就|可以|才)(?:{volume})到?{NUMBER}"),
            # 加替全院都用咱的, 回来都开那家的头孢, 只进咱们的: all of the volume to one maker
            re.compile(rf"(?:都|全|只|光|一直|一律|统统)(?:{volume}){_CLAUSE}{{0,2}}?(?:{ours})"),
            # 谢他把单子往前排, 谢他这一季把量做上去: thanks for a favour done
            re.compile(rf"(?:{_either(words('thanks'))})[他她]?{_CLAUSE}{{0,4}}?(?:把|帮|替|给|对|支持)"),
            # 码在最前面, 不给摆收银台边上, 单子往前排: a better place on the shelf or in the queue
            re.compile(rf"(?:{_either(words('placement_verb'))})(?:在|到)?{_CLAUSE}{{0,5}}?(?:{spots})"),
            # 加替的事他说放心, 进院的事你放心: the matter taken care of in return
            re.compile(rf"的事{_CLAUSE}{{0,3}}?放心"),
            # 明年的量就靠孙院长了, 明年就指望他了: volume left to a person
            re.compile(rf"就(?:{_either(words('reliance'))})(?:[他她你]|{_CLAUSE}{{1,4}}?)了"),
            # 照着用了多少支给的, 看开了多少算: paid by the volume
            re.compile(rf"(?:{_either(words('basis'))}){_CLAUSE}{{0,6}}?(?:多少|量|数)"),
        ]
        conditions = _either(words("conditional"))
        self.ties += [
            # 要是我们的货多配几家诊所, 条件是加替的量再往上走走: more volume as the condition
            re.compile(
                rf"(?:{conditions}){_CLAUSE}{{0,12}}?(?:多(?:{volume}|配|铺)|量{_CLAUSE}{{0,4}}?往上)"
            ),
            # 三九感冒灵就一直在用, 就都进他们的: the use that follows a payment
            re.compile(rf"就(?:一直|都|全)在?(?:{volume})"),
            # 整一百件就带他去澳门: a volume reached, then something for a person
            re.compile(rf"{NUMBER}(?:{_either(words('measure'))})就(?:带|给|请|送|让)[他她你]"),
        ]
        self.reciprocity = words("reciprocity")
        self._values()
        self._payments()
        self._kin()

    def _words(self, key: str) -> list[str]:
        return self.vocabulary.words("inducement", key)

    def _values(self) -> None:
        """The shapes of value handed over: goods counted out or put somewhere, a person's expense."""
        words = self._words
        transfer, measure = _either(words("transfer")), _either(words("measure"))
        # 拎了两条软中华, 弄了辆新电瓶车, 每人一桶油: goods counted out to someone (a number or 了 before
        # the measure word: 批发部 holds 发 and 部 and counts nothing)
        self.goods = re.compile(
            rf"(?:{transfer})(?:[了过](?:{NUMBER}|几)?|(?:{NUMBER}|几))({measure}|个)({_CLAUSE}{{0,6}})"
        )
        # 往他车里放了两条中华: goods put into a place of theirs (多放一个月账 puts nothing anywhere)
        self.put = re.compile(
            rf"(?:往|在|到){_CLAUSE}{{1,8}}?(?:放|塞|搁)[了进下]?(?:{NUMBER}|几)({measure}|个)({_CLAUSE}{{1,6}})"
        )
        # 他闺女在县一中的补课费, 她孩子幼儿园一年的费用: a person's own expense (他 or 她 alone own
        # only what follows their 的: 他说这次的运费 is no expense of his)…
        owners = _either([w for w in words("expense_owner") if w not in {"他", "她"}])
        # …or his department's dinner (他们科聚餐的钱)
        self.expense = re.compile(
            rf"(?:(?:{owners}){_CLAUSE}{{0,10}}?|[他她]的{_CLAUSE}{{0,6}}?)(?:费用?|的钱)"
        )
        self.pay = words("expense_pay")  # …and paying it
        self.cost_pay = [*self.pay, "掏", "包", "管"]

    def _kin(self) -> None:
        """Value to a contact's family member: 给院长闺女找了个工作, 给他们护士长家孩子报了个夏令营."""
        words = self._words
        titles = _either(self.vocabulary.words("personal_data", "titles"))
        kin, provide = _either(words("kin_member")), _either(words("provide"))
        self.own_paid, self.we = words("own_paid"), words("we")
        self.no_value = self.not_gift + self.not_fee  # joined once: a list made per call is scanned slower
        # the family member is a contact's (a title, or 他/她) and something is arranged or bought for them,
        # perhaps somewhere (在郑州): whatever it is, it reaches the contact's family
        self.for_kin = re.compile(
            rf"给(?:[他她]们?|{_CLAUSE}{{0,8}}?(?:{titles})长?)的?家?(?:{kin})(?:在{_CLAUSE}{{1,6}}?)?"
            rf"(?:{provide})[了过]?[个一]?({_CLAUSE}{{1,8}})"
        )
        # 刘医生闺女在县城上高中 … 住宿费我们这边可以帮着交, 他老丈人住院的钱要是我们能帮着垫一下: a family
        # member's expense we offer to pay, perhaps on a condition
        self.kin_named = re.compile(rf"(?:[他她]|(?:{titles})长?)的?家?(?:{kin})")
        # 他媳妇在做保险 问我们公司能不能都买一份, 主任的爱人开了个超市 让公司在她超市订货: our buying
        # from a contact's family member's business
        self.kin_business = re.compile(rf"{_CLAUSE}{{0,6}}?(?:{_either(words('business'))})")
        self.we_buy = re.compile(
            rf"(?:{_either(words('we'))}){_CLAUSE}{{0,10}}?(?:{_either(words('purchase'))})"
        )
        # 她姑娘要去郑州实习 问我们公司能不能给安排: a favour for the family asked of us, named before
        self.favour_asked = re.compile(
            rf"(?:问|让|要|找|求)(?:{_either(words('we'))}){_CLAUSE}{{0,6}}?(?:{_either(words('favour_verb'))})"
            r"(?=[,,。;!?\s]|$)"
        )
        self.kin_expense = re.compile(
            rf"({_CLAUSE}{{1,3}}?(?:费|的钱))(?:{_either(words('conditional'))})?(?:{_either(words('we'))})"
            rf"{_CLAUSE}{{0,4}}?(?:{_either(words('expense_pay'))})"
        )

    def _payments(self) -> None:
        """The shapes of paying: a stay, a debt, costs paid, a fee handed over, support asked of us."""
        words = self._words
        owners = _either([w for w in words("expense_owner") if w not in {"他", "她"}])
        stay = _either(words("trip_stay"))
        # 到三亚待了五天, 去海南住了一礼拜, 去欧洲转一转: a stay somewhere (the place is the group)
        self.stay = re.compile(
            rf"(?:到|去)([\u4e00-\u9fff]{{1,4}}?)(?:{stay})(?:了?(?:{NUMBER}|几)(?:天|晚|日|礼拜|星期)(?!院)|了?一[转圈趟])"
        )
        self.not_trip = words("not_trip")
        debt, debt_pay = _either(words("debt")), _either(words("debt_pay"))
        # 给她报销这个月的车贷, 帮他还了房贷: a person's debt or bill paid for them
        self.debt = re.compile(rf"(?:给|帮|替)(?:{owners}|[他她])(?:{debt_pay}){_CLAUSE}{{0,6}}?(?:{debt})")
        self.costs, self.paid_after = (
            words("trip_cost"),
            words("paid_after"),
        )  # 吃住都是厂家掏的: the costs of it, paid
        # 院长家装修 我们出了两万, 主任的车保养 我帮他付了: we (or the maker) paid, after a clause
        # about a person's own affairs
        helped = "(?:都|来|给|帮[他她忙着]?|替[他她])"
        self.we_paid = re.compile(rf"(?:{_either(words('we'))}){helped}?(?:{_either(words('we_pay'))})")
        self.owners = words("expense_owner")
        # 给一笔学术费, 发点辛苦费, 给他报一箱油钱: a fee or an expense's money handed over (一笔 and 一份
        # count out money further on: 给他小舅子的公司走一笔咨询费)
        self.fee = re.compile(
            rf"(?:给|发|拿|打|返|补|报)(?:了)?(?:{_CLAUSE}{{0,4}}?(?:一笔|一份|点|些)?|{_CLAUSE}{{0,8}}?(?:一笔|一份))"
            rf"({_CLAUSE}{{1,3}}?(?:费|钱))"
        )
        # 问我们能不能支援一点: support asked of us or the maker
        self.support = re.compile(
            rf"(?:问|让|要|找|求)(?:我们|咱们|咱|公司|厂家|厂里){_CLAUSE}{{0,5}}?(?:{_either(words('support'))})"
        )

    def linked(self, view: NoteView, start: int, end: int) -> bool:
        """Does the sentence say what a payment buys, by the shape of its clauses?"""
        text = view.text[start:end]
        return any_in(text, self.reciprocity) or any(p.search(text) for p in self.ties)

    def values(self, view: NoteView, start: int, end: int, tied: bool) -> list[tuple[int, int]]:
        """Where something of value is handed over in [start, end); goods and fees only in a sentence
        that ties them to something (`tied`), a person's expense paid and a paid stay in any."""
        text = view.text
        found = self._expenses(view, start, end) + self._for_kin(view, start, end)
        # 他自个儿掏钱去桂林逛了一圈: a stay the person paid for is no value given
        own = self._self_paid(text, start, end)
        stays = [
            (m.start(), m.end())
            for m in self.stay.finditer(text, start, end)
            if not any_in(m.group(1), self.not_trip) and not own
        ]
        found += [(m.start(), m.end()) for m in self.debt.finditer(text, start, end)]
        paid = tied or self._costs_paid(view, start, end)
        found += [s for s in stays if paid or self._paid_next(view, s[1], end)]
        if not tied:
            return found
        # 王医生自己掏钱买了台电脑: goods the person bought himself are no value given
        goods = [] if own else [*self.goods.finditer(text, start, end), *self.put.finditer(text, start, end)]
        for match in goods:
            # 冰箱坏了 问我能不能给他弄一台: the thing named before, by a measure no pack of goods uses…
            # …or any thing, by 个, where a valuable is named before (缺个平板 你们要是给弄一个)
            named = match.group(1) in _THINGS or any_in(text[start : match.start()], self.valuables)
            if not match.group(2) and not named:
                continue
            owned = view.products_in(match.start(2), match.end(2))
            branded = any_in(text[start : match.start()], self.branded)
            # 买三瓶送一个保温杯, 满五十送一瓶: goods given for a count bought are a shopper's promotion
            if self.buy_get.search(text, view.clause_start(match.start(), start), match.end()):
                continue
            if not (owned or branded or any_in(match.group(2), self.not_gift)):
                found.append((match.start(), match.end()))
        for match in self.support.finditer(text, start, end):
            # 支援一点, 赞助几千: money; 赞助一场义诊, 帮着出一份课件: an event or material, no one's money
            rest = text[match.end() : view.clause_end(match.end(), end)]
            if len(rest) <= 1 or _SOME_MONEY.match(rest):
                found.append((match.start(), match.end()))
        for match in self.fee.finditer(text, start, end):
            # 给卫生院钱院长打电话: 钱 before a title is a surname
            if not any_in(match.group(1), self.not_fee) and not text.startswith(self.titles, match.end()):
                found.append((match.start(), match.end()))
        return found + self._paid_for(view, start, end)

    def _paid_for(self, view: NoteView, start: int, end: int) -> list[tuple[int, int]]:
        """我们出了两万 after 院长家装修: a payment by us whose clause or the one before names a person's
        own affairs and no trade (货款我们付了 pays the account's bill)."""
        found = []
        for match in self.we_paid.finditer(view.text, start, end):
            before = view.clause_start(match.start(), start)
            left = view.clause_start(max(before - 1, start), start)
            context = view.text[left : match.start()]
            if any_in(context, self.owners) and not any_in(view.text[left : match.end()], self.not_fee):
                found.append((left, match.end()))
        return found

    def _for_kin(self, view: NoteView, start: int, end: int) -> list[tuple[int, int]]:
        """Something arranged or paid for a contact's family member (not a sample, the goods or a
        trade fee): value to a person, whatever the sentence ties it to."""
        text = view.text
        if self._self_paid(text, start, end):
            return []  # 给她孙子买了个书包 自己掏的钱: the contact paid for their own family
        found = [
            (m.start(), m.end())
            for m in self.for_kin.finditer(text, start, end)
            if not any_in(m.group(1), self.no_value) and not view.products_in(m.start(1), m.end(1))
        ]
        named = self.kin_named.search(text, start, end)
        if named is None:
            return found
        found += [(m.start(), m.end()) for m in self.favour_asked.finditer(text, named.end(), end)]
        for match in self.kin_expense.finditer(text, named.end(), end):
            if not any_in(match.group(1), self.not_fee):
                found.append((match.start(), match.end()))
        if self.kin_business.match(text, named.end(), view.clause_end(named.end(), end)):
            bought = self.we_buy.search(text, view.clause_end(named.end(), end), end)
            if bought and not view.products_in(bought.start(), view.clause_end(bought.end(), end)):
                found.append((bought.start(), view.clause_end(bought.end(), end)))
        return found

    def _self_paid(self, text: str, start: int, end: int) -> bool:
        """自己掏的钱, 他自个儿掏钱: the person paid himself; 我们自己出 is our paying."""
        return any(
            not text[max(start, at - 3) : at].endswith(tuple(self.we))
            for at, _ in find_all(text, self.own_paid, start, end)
        )

    def _expenses(self, view: NoteView, start: int, end: int) -> list[tuple[int, int]]:
        """A person's own expense (他闺女的补课费) with a verb of paying it in its clause or the next."""
        found = []
        for match in self.expense.finditer(view.text, start, end):
            if any_in(match.group(0), self.not_fee):
                continue
            after = view.clause_end(match.end(), end)
            reach = view.clause_end(min(after + 1, end), end)
            if find_all(view.text, self.pay, match.end(), reach):
                found.append((match.start(), reach))
        return found

    def _paid_next(self, view: NoteView, at: int, end: int) -> bool:
        """去三亚玩了五天 全包: the clause right after a stay says it was paid for."""
        after = view.clause_end(at, end)
        return view.text[after + 1 : end].startswith(tuple(self.paid_after))

    def _costs_paid(self, view: NoteView, start: int, end: int) -> bool:
        """吃住都是厂家掏的, 机票酒店全包了: a trip's costs with a verb of paying them in their clause."""
        for at, word in find_all(view.text, self.costs, start, end):
            if find_all(view.text, self.cost_pay, at + len(word), view.clause_end(at, end)):
                return True
        return False
