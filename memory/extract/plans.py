"""When the contact happened and when the next one is planned (commitments: commitment_finder.py)."""

from __future__ import annotations

import datetime as dt
import re

from memory.extract.dates import DateMention
from memory.extract.found_commitments import FoundCommitment
from memory.extract.lexicon import Lexicon
from memory.extract.plan_words import plan_words
from memory.extract.text import Segments, Span, contains_any

# 送过去了 is done; 汇报了再说 is a plan.
_DONE_AFTER = re.compile(r"^(?:上|下|好|出|进|起来|过去|过来)?(?:了(?!再)|完|过了)")
# 让配送/喊顺发明天捎过去/跟顺发说好明天捎过去: a delivery by someone else, not a contact by the rep
# (跟他说好明天送过去 is the rep's own delivery, agreed with the customer).
_SOMEONE_ELSE_DELIVERS = re.compile(
    r"(?:(?:让|叫|喊|找)(?!我)(?P<who>[^,,。\s]{1,10}?)"
    r"|跟(?![我他她])(?P<told>[^,,。\s]{1,6}?)(?:说好|讲好)[^,,。\s]{0,8}?)(?:送|捎|拉|发货|配送|寄)"
)
# Words to the customer: 给他回个话, 跟老板说一下, 给村医讲, 把方案发给他, 发他微信.
_TELLS = re.compile(
    r"(?:给|跟)(?!我)(?P<who>[^,,。\s]{0,4}?)(?:说|讲|回个?话|回复|答复)"
    r"|发给(?!我)|发[他她]|发(?:个)?(?:微信|短信|消息|信息)"
)
# 带资料来, 八点到场口: carrying something to the account, being there at an hour (not 到货/到账)
_BRINGS = re.compile(
    r"(?:带|拿|捎)[^,,。\s了]{1,6}?(?:来|去)(?!了)|点(?:半|钟)?(?:前)?(?:到|赶到)(?![货账期了])"
)
# The rep carrying goods himself: 我自己送, 我明天捎上.
_REP_CARRIES = re.compile(r"(?<![让叫喊请给跟找问帮想要望求说])我(?!们的|的)[^,,。\s]{0,4}?(?:送|捎)(?!了)")
# 让我…/喊后天把合同带过来: the customer asking the rep (申请 is no ask)
_ASKS_REP = re.compile(r"(?<!申)(?:让|叫|请|喊)我?|问我(?:能不能|能否|可不可以|可以)")
# the rep as the one who acts (我明天去, not 让我/给我 nor 我们的)
_REP_ACTS = re.compile(r"(?<![让叫喊请给跟找问帮想要望求说])我(?!们的|的)")
# 我让福顺一块拉回来, 喊顺发捎过去: someone other than the rep does the act
_NEXT_TIME = ("下次", "下回", "下趟", "下一次", "下一回")
# (货下周一由陇原送: 由 names who does it)
_SOMEONE_ELSE = re.compile(r"(?:让|叫|喊|派|由)(?!我)")
# 张老板说月底要去…: how far before a 去 the customer may be named as the one going.
_GOER_REACH = 7
# 他/她 as the one acting, not the one acted on (发他, 告诉她, 等他)
_SUBJECT_PRONOUN = re.compile(r"(?<![给跟帮和对问找让发诉知陪带叫喊请等])[他她]")


class PlanFinder:
    def __init__(self, lexicon: Lexicon, contact_names: list[str], others: tuple[str, ...] = ()) -> None:
        self.lexicon = lexicon
        self.w = plan_words(lexicon)
        self.contact_names = sorted(contact_names, key=len, reverse=True)
        # the accounts and distributors a note names, other than the account visited (潮信, 康桥总部)
        self.others = others

    def visit_date(self, segments: Segments, dates: list[DateMention], ref: dt.date) -> dt.date:
        """R, unless the first chunk says the contact was earlier (昨天去的, 前天微信问了)."""
        if not segments.chunks:
            return ref
        first_end = segments.chunks[0][1]
        for mention in dates:
            if mention.start < first_end and mention.past:
                return mention.date
        return ref

    def _dates_in(self, dates: list[DateMention], start: int, end: int) -> list[DateMention]:
        return [d for d in dates if start <= d.start < end]

    def _clause_date(
        self, segments: Segments, clause: Span, dates: list[DateMention], *, whole_sentence: bool = False
    ) -> DateMention | None:
        """A clause's own date, else one said before it in its chunk (or, for commitments, its sentence),
        else (到时候/那天) the last date said before it."""
        own = self._dates_in(dates, clause.start, clause.end)
        if own:
            return own[0]
        start = (
            segments.statement_bounds(clause.start)[0] if whole_sentence else segments.chunks[clause.chunk][0]
        )
        preceding = self._dates_in(dates, start, clause.start)
        if preceding:
            return preceding[-1]
        if contains_any(clause.text, list(self.w.dated.refers_back)):
            earlier = [d for d in dates if d.start < clause.start]
            return earlier[-1] if earlier else None
        return None

    def is_contact(self, text: str, before: str = "") -> bool:
        """A clause whose verb is a planned contact with the account: a contact word (再来, 打电话),
        going there to do something (去门店看看), carrying something there (带资料来), words to the
        customer (给他回个话, 发他微信) or the rep delivering himself. Not a delivery by someone else,
        a parcel, the customer's own call this note reports (打电话来), a contact reported done
        (送过去的货, 去过了), nor a trip of the customer's own (张老板说月底去成都看展会); `before` is
        the run a soft break cut off before the clause, where the one going may be named."""
        return self.contact_at(text, before) is not None

    def contact_at(self, text: str, before: str = "") -> int | None:
        """Where the first contact verb of a clause starts (see is_contact), or None."""
        if contains_any(text, self.w.not_contact) or self._someone_else_delivers(before, text):
            return None
        starts = [
            start
            for start, end in self._contact_verbs(text)
            if not self._reported(text, end)
            and not self._customer_goes(before + text[:start], text[start:end])
        ]
        return min(starts) if starts else None

    def _contact_verbs(self, text: str) -> list[tuple[int, int]]:
        found = [
            (at, at + len(word))
            for word in self.w.contact_verbs
            if word in text
            for at in _occurrences(word, text)
        ]
        for pattern in (_REP_CARRIES, self.w.goes, self.w.carried, _BRINGS, self.w.comes_then):
            found += [(at.start(), at.end()) for at in pattern.finditer(text)]
        for told in _TELLS.finditer(text):
            if not contains_any(told.group("who") or "", self.w.bosses):
                found.append((told.start(), told.end()))
        return found

    @staticmethod
    def _reported(text: str, end: int) -> bool:
        """送过去的货, 去过了: the verb names a contact that already happened (约了/去了再说 are plans)."""
        after = text[end:]
        # 再过去的话 is a condition on a plan, not a contact reported
        reported = after.startswith("的") and not after.startswith("的话")
        return reported or (bool(_DONE_AFTER.match(after)) and not after.startswith("了解"))

    def _customer_goes(self, said_before: str, verb: str) -> bool:
        """去 away from the rep with the customer as the one going (她下周二去省城拿货): the customer's
        own trip. 来 towards the rep, or 去 when the rep goes (让我去, 我去, 约了), is a contact."""
        if "去" not in verb:
            return False
        # the one going is named just before (他说下周要去): 院长问账期…月底再去 is the rep again
        head = self.w.agreed.sub("", said_before)[-_GOER_REACH:]
        if _REP_ACTS.search(head) or _ASKS_REP.search(head) or "约" in head:
            return False
        return bool(
            _SUBJECT_PRONOUN.search(head)
            or re.search("对方|人家", head)
            or contains_any(head, self.w.titles)
            or any(name in head for name in self.contact_names)
        )

    def _someone_else_delivers(self, before: str, text: str) -> bool:
        """跟顺发说好|明天捎过去: the one asked may stand before a soft break, the delivery after."""
        found = next(
            (m for m in _SOMEONE_ELSE_DELIVERS.finditer(before + text) if m.end() > len(before)), None
        )
        if found is None:
            return False
        who = found.group("who") or found.group("told")
        return not any(name in who or who in name for name in self.contact_names)

    def next_visit(self, segments: Segments, dates: list[DateMention], ref: dt.date) -> dt.date | None:
        """The earliest planned contact after R (再来, 过去给回复, 再打电话, 去送…)."""
        planned = []
        for index, clause in enumerate(segments.clauses):
            # 定在5月20号下午在会议室|给村医讲: a run cut by a soft break still dates its second half
            joined = _joined(segments, index)
            at = self.contact_at(clause.text, joined.text[: clause.start - joined.start])
            # 明朝就打电话拨康达, 下周二去康桥总部找钱经理: a call or a trip to another account or a
            # distributor the note names is no contact with this one, as a commitment naming one is none
            if (
                at is None
                or self.w.dated.delivered_by_others(clause.text, at)
                or contains_any(joined.text, list(self.others))
            ):
                continue
            # 小杜五月六号生日大后天再过来: of the clause's own dates, the last one before its verb
            before_verb = self._dates_in(dates, clause.start, clause.start + at)
            if not self._dates_in(dates, clause.start, clause.end) and self.w.dated.takes_no_earlier_date(
                clause
            ):
                continue
            mention = before_verb[-1] if before_verb else self._clause_date(segments, clause, dates)
            if mention is None:
                earlier = self._dates_in(dates, joined.start, clause.start)
                beside = self.w.dated.bare_date_beside(segments, index, dates, at)
                mention = earlier[-1] if earlier else beside
            if mention is not None and not clause.start <= mention.start < clause.end:
                mention = None if self._not_its_date(segments, clause, mention) else mention
            elif mention is not None and mention.start == clause.start:
                mention = self.w.dated.listed_first(segments, index, mention, dates)  # 下周三、周四过来
            if mention is not None and mention.date > ref:
                planned.append(mention.date)
        planned += [
            d.date
            for d in self.w.dated.planned(segments, dates)
            if d.date > ref and not contains_any(self._clause_of(segments, d.start), list(self.others))
        ]
        return min(planned) if planned else None

    @staticmethod
    def _clause_of(segments: Segments, at: int) -> str:
        """The words of the clause holding a position, with the run a soft break cut before it."""
        index = next((i for i, c in enumerate(segments.clauses) if c.start <= at < c.end), None)
        return "" if index is None else _joined(segments, index).text

    def _not_its_date(self, segments: Segments, clause: Span, mention: DateMention) -> bool:
        """A date said before a contact clause that is not the contact's: a birthday (闺女下礼拜二过生日
        | 下回带点茶过去), when the clause says only the next time (下回), with no day of its own."""
        around = segments.text[max(0, mention.start - 4) : mention.end + 3]
        return "生日" in around and contains_any(clause.text, list(_NEXT_TIME))

    def with_commitments(
        self,
        next_visit: dt.date | None,
        commitments: list[FoundCommitment],
        segments: Segments,
        dates: list[DateMention],
        ref: dt.date,
    ) -> dt.date | None:
        """The next contact is also the day a commitment to the account falls due: doing what was
        promised (带蛋糕, 给她方案, 来换) brings the rep back, in person or by a word. Not a step up
        the rep's own line (internal), a parcel or a delivery someone else makes (寄, 让配送送, 跟顺发
        说好明天捎过去), nor a favour for a birthday (帮着订个蛋糕: the day is the customer's, not a
        meeting, unless the rep's own clause names the day: 我说明天给她带个蛋糕)."""
        birthdays = {d.date for d in dates if "生日" in segments.text[max(0, d.start - 4) : d.end + 3]}
        dues = [
            c.due
            for c in commitments
            if c.due is not None
            and c.due > ref
            and (c.due not in birthdays or self._dated_in_clause(c, segments, dates))
            and not c.internal
            and not self._by_others(self._with_run(c, segments))
            and not contains_any(self._with_run(c, segments), list(self.others))
            and not self._dispatched(c, segments, dates)
        ]
        return min([d for d in (next_visit, *dues) if d is not None], default=None)

    def _dispatched(self, commitment: FoundCommitment, segments: Segments, dates: list[DateMention]) -> bool:
        """明天就安排, 后天就发: the rep sends the order off at once; the goods travel, he does not, so
        the day is no contact (下个月初安排 an event, 明天我送过去 are)."""
        if not 0 <= commitment.clause < len(segments.clauses):
            return False
        clause = segments.clauses[commitment.clause]
        words = clause.text
        for mention in reversed(self._dates_in(dates, clause.start, clause.end)):
            words = words[: mention.start - clause.start] + words[mention.end - clause.start :]
        return self.w.dispatched.fullmatch(self.w.day_parts.sub("", words)) is not None

    def _by_others(self, text: str) -> bool:
        return (
            contains_any(text, [*self.w.not_contact, *self.w.delivery_parties])
            or bool(_SOMEONE_ELSE.search(text))
            or self._someone_else_delivers("", text)
        )

    @staticmethod
    def _with_run(commitment: FoundCommitment, segments: Segments) -> str:
        """A commitment's words with the run a soft break cut before its clause (我跟配送说好|后天送过去)."""
        if not 0 <= commitment.clause < len(segments.clauses):
            return commitment.text
        return _joined(segments, commitment.clause).text + commitment.text

    @staticmethod
    def _dated_in_clause(commitment: FoundCommitment, segments: Segments, dates: list[DateMention]) -> bool:
        if not 0 <= commitment.clause < len(segments.clauses):
            return False
        clause = segments.clauses[commitment.clause]
        return any(clause.start <= d.start < clause.end and d.date == commitment.due for d in dates)


def _occurrences(word: str, text: str) -> list[int]:
    """Where a word stands in text, without overlaps (as re.finditer of the word, without compiling it)."""
    found, at = [], text.find(word)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + len(word))
    return found


def _joined(segments: Segments, index: int) -> Span:
    """A clause with the one before it when only a soft break (no punctuation) parts them."""
    clause = segments.clauses[index]
    previous = segments.clauses[index - 1] if index else None
    if previous is None or previous.end != clause.start:
        return clause
    return Span(previous.text + clause.text, previous.start, clause.end, previous.sentence, previous.chunk)
