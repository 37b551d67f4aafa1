"""Planned contacts the contact verbs of plans.py do not name, by the shape of the clause:

- a subjectless clause that opens on a date and goes on with a bare verb of doing (下周一去, 下月初送,
  十月八号之前交, 10天后电话约, 一个月后再说): the rep's own plan, said tersely;
- an event arranged for a date (义诊定在9月19号, 讲座定在下下周四, 改到下周三);
- the customer's ask with a date that the rep accepts (问我能不能周三送 我说中, 周六…拉我一块去 我答应了).

A clause that names its own vague time (节后再来, 年后再说) takes no date said before it.

Of the first two, a plan that does more than make contact (下周一交, 下月初送, 八点到场口) and an event
the rep's company or manager arranged (经理批了 定在下礼拜六) are also commitments; the rest, and the
customer's ask, only date the next contact.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from memory.extract.dates import DateMention
from memory.extract.lexicon import Lexicon, alternatives
from memory.extract.text import Segments, Span

# Words between the date and the verb that keep the date the verb's (之前交, 一早去, 上午我过来), with
# the lexicon's parts of a day (下昼, 头晌) and channels (微信联系, 电话回访).
_BETWEEN_WORDS = r"那天|我|俺|再|就|还|先|要|微信|电话"
# 约好了|下个礼拜三吧: besides its date, a clause that is only a date holds these (and parts of a day).
_DATE_ONLY_WORDS = r"吧|了|啊|呀|呗|哈|大概|大约|应该|是|就|再|那天|的时候|时间|定在|约在|改到|那就"
# The rep may lead the clause (我下周一去, 那就下月初送).
_LEAD = re.compile(r"^(?:那就|我们|我|俺|就|那)*")
# 王店长说她 | 下礼拜二去省城 (话, 讲: southern 说): the clause before names who goes, and it is not the rep.
_SPEAKER_END = re.compile(r"(?:他|她|他们|她们|人家|对方|说|话|讲)$")
# The customer asking the rep: 让我, 喊俺, 拉我一块去, 问我能不能.
_ASKS = re.compile(r"(?:让|叫|请|喊|拉|约|问)(?:我|俺)|问(?:能不能|可不可以|能否)")
# The customer bidding the rep come on a day (叫我下个礼拜四去, 让我们月底过来): a planned contact.
_BIDS = re.compile(r"^[^我俺,,。\s]{0,4}?(?:让|叫|请|喊|约)(?:我|俺)们?$")


class DatedContacts:
    def __init__(self, lexicon: Lexicon, yes: re.Pattern[str]) -> None:
        verbs = alternatives(lexicon.words("dated_contact_verbs"), longest=False)
        parts = alternatives(lexicon.words("day_parts"))
        between = rf"(?:{parts}|{_BETWEEN_WORDS})*"
        # 礼拜六早上八点到场口: being at a place at a set hour (not 到货, 到账) is an appointment kept
        self._at_hour = re.compile(
            rf"^{between}[\d一二三四五六七八九十两]+点(?:半|钟)?{between}(?:到|赶到|赶过去)(?![货账期了的过])"
        )
        self._date_only = re.compile(rf"(?:{parts}|{_DATE_ONLY_WORDS})*")
        self._lead_only = re.compile(rf"(?:那就|我们|{parts}|{_BETWEEN_WORDS}|那|也)*")
        # 周一送过去的货, 礼拜五拿来了: a contact reported done, not planned
        self._verb_after = re.compile(rf"^{between}(?:{verbs})(?!(?:过去|过来|到|上|掉)?(?:的|了|过|完))")
        arranged = alternatives(lexicon.words("arranged_on"), longest=False)
        # 定下周二晚上 (定 alone opening the clause), 讲座方案已定|11月6日 (the clause before ends on it)
        self._arranged = re.compile(rf"(?:{arranged})$|^定$")
        self._arranged_end = re.compile(rf"(?:{arranged})(?:了|下来了|下了)?$")
        self._served = re.compile(alternatives(lexicon.words("arranged_served")))
        self._moved = tuple(lexicon.words("arranged_moved"))
        self._internal = tuple(lexicon.words("internal_steps"))
        self._theirs = tuple(lexicon.words("arranged_by_account"))
        self.vague = tuple(lexicon.words("vague_times"))
        self.yes = yes
        self.yes_said = re.compile(r"^(?:俺说|俺)")
        # 拉我一块去我答应了: an ask and its yes in one clause too short to be cut
        words = alternatives(lexicon.words("commitment_yes"), longest=False)
        self._ends_yes = re.compile(rf"(?:我|俺)(?:说|就说)?(?:{words})(?:了|的)?$")
        self.refers_back = tuple(lexicon.words("refers_back"))
        acts = alternatives(lexicon.words("dated_act_verbs"), longest=False)
        self._act_after = re.compile(rf"^{between}(?:{acts})")
        self._personal = tuple(lexicon.words("personal_cues"))
        self._bosses = tuple(lexicon.words("commitment_bosses"))
        self._carriers = tuple(lexicon.words("delivery_parties"))

    def delivered_by_others(self, text: str, verb_at: int) -> bool:
        """配送说周四把货送到, 物流下周一拉过去: the verb is a carrier's (or inside its name), with no rep
        word between them."""
        for party in self._carriers:
            at = text.find(party)
            if 0 <= at <= verb_at and "我" not in text[at + len(party) : verb_at]:
                return True
        return False

    def planned(self, segments: Segments, dates: Sequence[DateMention]) -> list[DateMention]:
        found = [d for _, d, _ in self.own_plans(segments, dates)] + self._bidden(segments, dates)
        for index in range(len(segments.clauses)):
            asked = self._accepted_ask(segments, index, dates)
            if asked is not None:
                found.append(asked)
        return found

    def own_plans(
        self, segments: Segments, dates: Sequence[DateMention]
    ) -> list[tuple[int, DateMention, bool]]:
        """The rep's own dated plans by clause: (clause index, date, whether it is a commitment: an act
        beyond the contact itself, or an event the rep's own line arranged for the date)."""
        found: list[tuple[int, DateMention, bool]] = []
        text = segments.text
        for index, clause in enumerate(segments.clauses):
            own = [d for d in dates if clause.start <= d.start < clause.end and not d.past]
            spoken = index > 0 and _SPEAKER_END.search(segments.clauses[index - 1].text)
            found += [
                (index, self.listed_first(segments, index, d, dates), self._acts(text[d.end : clause.end]))
                for d in own[:1]
                if not spoken and self._opens_on(text, clause, d)
            ]
            # 义诊的事刘经理批了|定在下礼拜六: the rep's own line arranged it, not the account alone; 培训我
            # 应下了|定在9月17号: an event the rep's side puts on, named by the date or just before it
            before = segments.clauses[index - 1].text if index else ""
            ours = any(w in before + clause.text for w in self._bosses)
            personal = any(cue in clause.text for cue in self._personal)
            found += [
                (index, d, (ours or self._serves_event(segments, index, d)) and not personal)
                for d in own
                if self._arranged_on(segments, index, d)
            ]
        return found

    def listed_first(
        self, segments: Segments, index: int, date: DateMention, dates: Sequence[DateMention]
    ) -> DateMention:
        """12月5日、6日安排促销员: a plan on days listed with 、 starts on the first of them."""
        while index > 0 and segments.text[segments.clauses[index].start - 1] == "、":
            index -= 1
            listed = self._only_date(segments.text, segments.clauses[index], dates, waits=False)
            if listed is None:
                break
            date = listed
        return date

    def _arranged_on(self, segments: Segments, index: int, date: DateMention) -> bool:
        """定在下周五, 暂定下个月这个时候; 讲座方案已定|11月6日下午 (a clause opening on the date)."""
        clause = segments.clauses[index]
        if self._arranged.search(segments.text[clause.start : date.start]):
            return True
        previous = segments.clauses[index - 1] if index else None
        return (
            date.start == clause.start
            and previous is not None
            and previous.sentence == clause.sentence
            and bool(self._arranged_end.search(previous.text))
        )

    def _serves_event(self, segments: Segments, index: int, date: DateMention) -> bool:
        """The clause or the two before it (within its sentence and the one before) name an event the
        rep's side puts on (希望搞一次店内培训。定下周二晚上), newly set: not moved (改到下周三了), nor
        waiting on the rep's own line (讲座定在下周五 我说回去跟经理报一下: the step is the promise), nor
        put on by the account itself (专家他们自己请)."""
        clause = segments.clauses[index]
        if any(w in segments.text[clause.start : date.start] for w in self._moved):
            return False
        following = segments.clauses[index + 1] if index + 1 < len(segments.clauses) else None
        rest = segments.text[date.end : clause.end] + (
            following.text if following is not None and following.sentence == clause.sentence else ""
        )
        if any(w in rest for w in self._internal):
            return False
        near = [
            c.text
            for c in segments.clauses[max(0, index - 2) : index + 1]
            if clause.sentence - c.sentence <= 1
        ]
        if any(w in text for text in near for w in self._theirs):
            return False  # 健康讲座专家他们自己请: the account puts it on
        return any(self._served.search(text) for text in near)

    def _bidden(self, segments: Segments, dates: Sequence[DateMention]) -> list[DateMention]:
        """叫我下个礼拜四去: the customer bids the rep come on the day the verb follows."""
        text = segments.text
        return [
            d
            for clause in segments.clauses
            for d in dates
            if clause.start <= d.start < clause.end
            and not d.past
            and _BIDS.match(text[clause.start : d.start])
            and self._verb_after.match(text[d.end : clause.end])
        ]

    def bare_date_beside(
        self, segments: Segments, index: int, dates: Sequence[DateMention], verb_at: int
    ) -> DateMention | None:
        """下个礼拜三,我再过去 | 约好了,下个礼拜三: a contact without a date takes the date of the
        clause just before it (when the contact clause opens on its verb: the rep's), else just after
        it, in its sentence, when that clause is only a date."""
        clauses = segments.clauses
        opens = bool(self._lead_only.fullmatch(clauses[index].text[:verb_at]))
        for other in (index - 1, index + 1) if opens else (index + 1,):
            if 0 <= other < len(clauses) and clauses[other].sentence == clauses[index].sentence:
                found = self._only_date(segments.text, clauses[other], dates, waits=other < index)
                if found is not None:
                    return found
        return None

    def _only_date(
        self, text: str, clause: Span, dates: Sequence[DateMention], *, waits: bool
    ) -> DateMention | None:
        """The clause's one date when nothing else is said in it; before the contact it may wait for
        the day (等到下个礼拜二,再过去)."""
        own = [d for d in dates if clause.start <= d.start < clause.end]
        if len(own) != 1 or own[0].past:
            return None
        head = text[clause.start : own[0].start]
        rest = (re.sub(r"^等到?|^到", "", head) if waits else head) + text[own[0].end : clause.end]
        return own[0] if self._date_only.fullmatch(rest) else None

    def arranged(self, segments: Segments, index: int, dates: Sequence[DateMention]) -> DateMention | None:
        """The date a clause arranges something on (定在下周五下午, 改到周三), if it does."""
        clause = segments.clauses[index]
        text = segments.text
        return next(
            (
                d
                for d in dates
                if clause.start <= d.start < clause.end
                and not d.past
                and self._arranged.search(text[clause.start : d.start])
            ),
            None,
        )

    def _acts(self, after: str) -> bool:
        """下周一交, 下月初送, 八点到场口: the words after the date do more than make contact."""
        return bool(self._act_after.match(after) or self._at_hour.match(after))

    def takes_no_earlier_date(self, clause: Span) -> bool:
        """节后再来: a clause with a vague time of its own does not take a date said before it."""
        return clause.text.startswith(self.vague) or any(f"{v}再" in clause.text for v in self.vague)

    def _opens_on(self, text: str, clause: Span, date: DateMention) -> bool:
        if clause.start > 0 and re.match(r"[\u4e00-\u9fff]", text[clause.start - 1]):
            return False  # cut from a run by a soft break: 刘医生说他|下周二去成都 has a subject
        lead = _LEAD.match(text[clause.start : date.start])
        if lead is None or clause.start + lead.end() != date.start:
            return False
        after = text[date.end : clause.end]
        return bool(self._verb_after.match(after) or self._at_hour.match(after))

    def _accepted_ask(
        self, segments: Segments, index: int, dates: Sequence[DateMention]
    ) -> DateMention | None:
        """The date of an ask just before a bare yes (its own, else the last said before it in its
        sentence)."""
        clauses = segments.clauses
        said = self.yes_said.sub("", clauses[index].text)
        if self._ends_yes.search(clauses[index].text) and _ASKS.search(clauses[index].text):
            ask = clauses[index]
        elif index > 0 and self.yes.match(said or clauses[index].text):
            ask = _run_before(clauses, index - 1)
        else:
            return None
        if ask.sentence != clauses[index].sentence or not _ASKS.search(ask.text):
            return None
        sentence_start = segments.sentences[ask.sentence][0] if segments.sentences else 0
        before = [d for d in dates if sentence_start <= d.start < ask.end and not d.past]
        if not before:
            return None
        # 他老婆三月十五号生日 让我帮着订个蛋糕: a birthday dates no visit unless the ask is for that day
        text = segments.text
        birthday = (
            "生日"
            in text[before[-1].end : before[-1].end + 3]
            + text[max(0, before[-1].start - 4) : before[-1].start]
        )
        return None if birthday and not any(w in ask.text for w in self.refers_back) else before[-1]


def _run_before(clauses: Sequence[Span], index: int) -> Span:
    """A clause with the ones a soft break (no punctuation) cut it from: 冯老板让俺|到时候给她带个蛋糕."""
    first = index
    while first > 0 and clauses[first - 1].end == clauses[first].start:
        first -= 1
    head, last = clauses[first], clauses[index]
    return Span(
        "".join(c.text for c in clauses[first : index + 1]), head.start, last.end, head.sentence, head.chunk
    )
