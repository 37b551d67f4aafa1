"""How often the account restocks: a period said together with how often goods come in it.

A period alone says nothing of restocking: 一个月才卖七八盒 and 一个月估计要一些 are rates of sale
or use, 账期放到两个月 is a payment term, 这次搞两周 is how long something lasts. So a cycle is a
period followed, in the same clause, by either
- a frequency (一次/一回/一趟/一批/一送, or 两次… which divides the period), optionally after a
  supply verb and a supplier: 半个月一趟, 一礼拜送一回, 每月从国药进一次, 一个月进两次; or
- a supply verb right after it with no amount behind: 每月进货, 每周补货 (一个月要三十盒 is a rate);
  with a supplier or adverbs between, only with 货 (每周从惠民批发拿货); or
- 一 and a supply verb: 半月一补, 一周一送.
- a hospital's order plan: how often it reports the amount it will buy (半个月报一次量, 一个季度报一次计划;
  the verbs and what is reported are `restock_plan_verbs` / `restock_plan_objects`). Reporting
  anything else (每周报一次库存) is no delivery.
Numbers or sale verbs between the period and the verb make it a rate; the rep's own visits
(每个月来跟进一次) are not deliveries (`restock_blockers` in lexicon.yaml).
"""

from __future__ import annotations

import re

from memory.extract.lexicon import Lexicon, alternatives
from memory.schema.codes import RESTOCK_CYCLES

_TIMES = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
# what may stand between a period and its verb: where the goods come from (从国药, 找县公司), an
# adverb (才/都/基本, 先/得: 一个季度先进一次货), whom they come to (半个月给他们送一次), the spaces of
# voice typing (一个季度 从华润 进一回货); anything else (每周报一次库存, 一个月卖六十瓶) is not a delivery
_ADVERBS = r"[才就都只也还基本大概差不多上先得]{0,3}"
_TO = r"(?:给(?:他们|她们|他|她|我们|店里|院里)?)?"
_GAP = rf"\s?{_ADVERBS}(?:(?:从|找|在|由|跟)[^,,。;;!?!?\n\s卖用开销]{{1,6}}?\s?)?{_ADVERBS}{_TO}"
_AMOUNT = re.compile(r"[\d零一二两三四五六七八九十百千几]")


class RestockFinder:
    def __init__(self, lexicon: Lexicon) -> None:
        periods = [(w, int(days)) for days, words in lexicon.groups("restock_periods").items() for w in words]
        self.period_days = dict(periods)
        self.blockers = lexicon.words("restock_blockers")
        periods_alt = alternatives([w for w, _ in periods])
        supply = [*lexicon.words("restock_verbs"), *lexicon.words("restock_delivery_verbs")]
        verbs = alternatives(supply)
        period = rf"(?:每)?(?P<p>{periods_alt}|(?P<n>\d+)天)(?!后|以后|前|之前|内|里)"
        self._with_frequency = re.compile(
            rf"{period}(?P<gap>{_GAP})(?:(?:{verbs})?货?(?P<t>[一两二三四1-4])(?:次|回|趟|批|送)|一(?:{verbs}))"
        )
        self._with_verb = re.compile(rf"{period}(?:{verbs})(?P<goods>货)?(?P<after>.?)")
        self._through = re.compile(rf"{period}{_GAP}(?:{verbs})货")  # 每周从惠民批发拿货
        plans = alternatives(lexicon.words("restock_plan_verbs"))
        objects = alternatives(lexicon.words("restock_plan_objects"))
        self._plan = re.compile(  # 半个月报一次量, 每月报量一次
            rf"{period}{_GAP}(?:{plans})"
            rf"(?:(?P<t>[一两二三四1-4])(?:次|回)(?:{objects})|(?:{objects})(?P<u>[一两二三四1-4])(?:次|回))"
        )

    def cycle(self, text: str) -> int | None:
        found = [
            *self._with_frequency.finditer(text),
            *self._with_verb.finditer(text),
            *self._through.finditer(text),
            *self._plan.finditer(text),
        ]
        for match in sorted(found, key=lambda m: m.start()):
            if any(word in match.group(0) for word in self.blockers):
                continue
            if match.re is self._with_verb and not match.group("goods") and _AMOUNT.match(match["after"]):
                continue  # 一个月要三十盒: a rate of use
            return self._days(match)
        return None

    def _days(self, match: re.Match[str]) -> int:
        days = int(match.group("n")) if match.group("n") else self.period_days[match.group("p")]
        said = match.groupdict()
        times = _TIMES.get(said.get("t") or said.get("u") or "一", 1)
        if times > 1:  # 一个月进两次: every 15 days, the nearest cycle the contract knows
            days = min(RESTOCK_CYCLES, key=lambda cycle: abs(cycle - days / times))
        return days
