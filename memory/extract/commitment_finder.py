"""What the rep promised in a note: the committing verbs of the lexicon, the rep's undertakings by the
shape of the clause (undertakings.py), asks he said yes to, and their due dates."""

from __future__ import annotations

import datetime as dt
import re
from functools import partial

from memory.extract.dates import DateMention
from memory.extract.found_commitments import (
    FoundCommitment,
    merge_ask_and_reply,
    merge_ask_then_answer,
    merge_same_plan,
)
from memory.extract.plans import _ASKS_REP, _DONE_AFTER, _NEXT_TIME, _REP_ACTS, PlanFinder, _joined
from memory.extract.text import Segments, Span, contains_any

# The customer bidding: 让 straight before the rep, a time or a verb (让明天给送过去), as 喊/叫 at
# the start while the customer has the word; 让配送把货送过去 names whom the rep has deliver.
_BIDS = re.compile(r"^让(?=我|[今明后下这本]|给|再|赶紧|尽快|马上|早点)")
# the rep telling the customer (我说…, 我讲…, 我跟他说…, 我同他讲…)
_REP_SAYS = re.compile(r"^(?:我就?[说讲话]|我[跟同][他她][说讲]|我回[他她]|我答应)")
# 采购说|, 老板娘讲|: a run cut right after someone's word of speech
_SPEECH_END = re.compile(r"(?:说|讲|话|表示|反映)$")
_TIME_WORDS = re.compile(r"^(?:今天|明天|后天|下次|下回|回头|到时候|平时|先|再|也|就|还|都|然后|之后)+")
# the customer asking the rep himself (让我…, 喊我们…, 问我能不能…), not 让配送送 nor 叫小孩撕坏了
_ASKS_REP_HIMSELF = re.compile(r"(?<!申)(?:让|叫|请|喊)我们?|问我(?:能不能|能否|可不可以|可以)")
# the customer's ask of the rep a reply answers (要我去催下, 让我们…, 问能不能…, 啥时候来讲讲)
_ASKED_OF_REP = re.compile(
    r"(?:要|让|叫|请|喊)(?:我|俺|阿拉)们?|问(?:我|俺|阿拉)?(?:能不能|能否|可不可以)|啥时候|什么时候|啥辰光|几时|哪天"
)
# the rep's reply: 我讲…, 我话…, 我回她…
_REPLY = re.compile(r"^(?:我|俺)就?(?:说|讲|话|回[他她伊]?)")
# 上周答应的…: how far back a past marker makes a promise an old one being answered.
_PAST_REACH = 4
# The note's opening clause may follow one short one (the account's name).
_OPENING, _NAME_LENGTH = 1, 8
# Words that put an undated act in the future (要, 会, 准备, 我说…): it is no report of the visit.
_FUTURE = re.compile(r"要|会|得|准备|打算|想|我[说讲话]|答应|[吧呢]$")
# 他/她 before the verb as the one acting (not 给他, 跟她): the customer speaking or acting
_OBJECT_PRONOUN = re.compile(r"(?<![给跟帮和对问找让])[他她]")


class CommitmentFinder(PlanFinder):
    """A PlanFinder that also reads the rep's commitments."""

    def _verb(self, text: str) -> str | None:
        """The committing words of a clause: a committing verb, a thing carried somewhere (带合同过去),
        a service on the spot (过去给他换), a step up the line (跟周经理汇报)."""
        verb = next((v for v in self.w.commitment_verbs if v in text and not self._placed(text, v)), None)
        if verb is None:
            found = self.w.carried.search(text) or self.w.acts.search(text)
            verb = found.group(0) if found else None
        return verb

    def _placed(self, text: str, verb: str) -> bool:
        """摆在收银台边上, 跟响生丸摆一块: 摆 before where goods stand says where they are, unless the
        rep, a going verb or one served stands before it (帮着摆在门口, 去摆到前面)."""
        found = self.w.placed.search(text) if verb == "摆" else None
        return found is not None and not re.search(r"[我帮给替去来]", text[: found.start()])

    def _customer_voice(self, text: str, verb: str, their_turn: bool) -> bool:
        """Whether the customer, not the rep, is the one speaking or acting before the verb (喊/叫 at
        the start is the customer's bidding while the customer has the word)."""
        text = re.sub(r"^[他她](?:要|想要|说)的", "", text)
        stripped = _TIME_WORDS.sub("", text)
        if stripped.startswith(("我", "答应")) and not stripped.startswith("我们的"):
            return False
        head = self.w.agreed.sub("", stripped[: max(stripped.find(verb), 0)])
        if _REP_ACTS.search(head):
            return False  # 王店长那边我明天去送: the rep acts, whoever is named before
        if re.match(r"^(?:对方|人家)", stripped) or _OBJECT_PRONOUN.search(head):
            return True
        if _BIDS.match(stripped) or (their_turn and re.match(r"^(?:喊|叫)", stripped)):
            return True
        if any(
            name in head and not re.search(f"[给跟帮和对问找让]{re.escape(name)}", head)
            for name in self.contact_names
        ):
            return True
        return contains_any(head, self.w.customer_voice)

    def _speaks(self, text: str) -> bool:
        """A clause in the customer's voice (他说…, 希望我们…), which the next clause may continue; not an
        answer the rep gives (给他个说法: 说 in a noun of replying), nor the 问 of asking someone about
        it (血压计得问问)."""
        if self._rep_speaks(text) or self.w.undertakings.replies_in(text):
            return False
        said = self.w.undertakings.without_asking(self.w.agreed.sub("", text))
        return contains_any(said, self.w.customer_voice)

    @staticmethod
    def _rep_speaks(text: str) -> bool:
        return bool(re.match(r"^(?:我(?!们的)|回[他她]|回复|答应)", _TIME_WORDS.sub("", text)))

    def _accepted(self, segments: Segments, index: int) -> Span | None:
        """ "喊我下月初带资料来 我说要得", "想给店员搞个培训 我应下来了": the ask or want just before a bare
        yes, unless the rep goes on to say the promise in words of its own (我说要得 一定来)."""
        clauses = segments.clauses
        if index == 0 or not self.w.yes.match(clauses[index].text):
            return None
        ask = _joined(segments, index - 1)
        if ask.sentence != clauses[index].sentence or not (
            _ASKS_REP.search(ask.text) or self.w.undertakings.wants_served(ask.text)
        ):
            return None
        following = clauses[index + 1].text if index + 1 < len(clauses) else ""
        says_it = self._verb(following) or self.w.undertakings.serves_in(following)
        if says_it and clauses[index + 1].sentence == ask.sentence:
            return None
        return ask

    def _answered(self, segments: Segments, index: int, dates: list[DateMention]) -> tuple[str, Span] | None:
        """要我去催下|我话大后天之前搞定, 啥时候来讲讲|我讲下下礼拜三: the rep's reply to the customer's ask
        that is only a date (a deadline, a yes, a word of getting it done) takes the ask up; it is due
        on the reply's date."""
        clause = segments.clauses[index]
        opener = _REPLY.match(clause.text)
        if opener is None or not any(not d.past for d in self._dates_in(dates, clause.start, clause.end)):
            return None
        rest = self.w.day_parts.sub("", _without_dates(clause, dates)[opener.end() :])
        if not self.w.undertakings.only_a_reply(rest):
            return None
        for back in reversed(segments.clauses[max(0, index - 2) : index]):
            asked = _ASKED_OF_REP.search(back.text)
            if back.sentence == clause.sentence and asked is not None:
                return back.text[asked.end() :] or back.text, clause
        return None

    def _fixed(self, segments: Segments, index: int, dates: list[DateMention]) -> Span | None:
        """想请我们来给村医讲讲|定在下个礼拜五: the customer's ask that the rep serve the account, fixed
        on a date in the next clause of its sentence, is taken up as a bare yes would take it; it is
        due on the date fixed."""
        if index == 0 or self.w.dated.arranged(segments, index, dates) is None:
            return None
        ask = segments.clauses[index - 1]
        if ask.sentence != segments.clauses[index].sentence or not _ASKS_REP.search(ask.text):
            return None
        return ask if self.w.undertakings.serves_in(ask.text) else None

    def _done(self, text: str, verb: str, promised: bool) -> bool:
        """A promise reported kept (送过去了) or named as a thing (答应的宣传单, 摆的是)."""
        before, after = text[: text.find(verb)], text[text.find(verb) + len(verb) :]
        if before.endswith(("没", "不", "没有", "别")):
            return True  # 没答应
        if before.endswith(("已经", "已")) and not verb.startswith(("答应", "承诺")):
            return True  # 今天已经补上 (已答应 is the promise made)
        # a final 了 reports it done (今天上午送到卫生院了) unless the rep is saying it (我说周三前给换了)
        # 摆得挺排场, 在门口摆着: a verb with 得 or 着 describes how things are, it promises nothing
        if after.startswith(("的", "得", "着")) or (text.endswith("了") and not promised):
            return True
        # 我说月底前一定给他结了: the clause's last 了 in the rep's own words says it will be so
        done = bool(_DONE_AFTER.match(after)) and not (promised and after == "了")
        return done or contains_any(text, self.w.kept)

    def _done_after_break(self, segments: Segments, index: int) -> bool:
        """村医培训|今天弄完了: the run a soft break cut (before a date) goes on to report it done."""
        clauses = segments.clauses
        following = clauses[index + 1] if index + 1 < len(clauses) else None
        if following is None or following.start != clauses[index].end:
            return False
        return bool(re.search(r"(?:完|好|过)了$", following.text)) or contains_any(
            following.text, self.w.kept
        )

    def _bare_plan(self, segments: Segments, index: int, dates: list[DateMention]) -> tuple[str, Span] | None:
        """A clause of a date and a verb only. Carrying (下月初送) is the rep's own delivery; going
        (下周一去, 明天头晌过去) answers an ask of the rep's said just before in the sentence
        (让我下回带二十盒过去), which is then the promise, due on this clause's date."""
        clause = segments.clauses[index]
        own = self._dates_in(dates, clause.start, clause.end)
        if not own:
            return None
        rest = clause.text
        for mention in reversed(own):
            rest = rest[: mention.start - clause.start] + rest[mention.end - clause.start :]
        rest = self.w.day_parts.sub("", rest)
        if self.w.carrying.match(rest) or self._topic_carried(segments, clause, own[0]):
            return clause.text, clause
        if not self.w.going.match(rest):
            return None
        for back in reversed(segments.clauses[max(0, index - 2) : index]):
            if back.sentence == clause.sentence and _ASKS_REP_HIMSELF.search(back.text):
                return _ASKS_REP_HIMSELF.split(back.text, maxsplit=1)[-1], clause
        return None

    def _topic_carried(self, segments: Segments, clause: Span, date: DateMention) -> bool:
        """老板要两个展架…|展架下周一送: a thing asked for earlier in the note, named again before the
        date, then the rep's carrying it; not a person or a carrier (老板下周一送, 配送明天送)."""
        topic = clause.text[: date.start - clause.start]
        rest = self.w.day_parts.sub("", clause.text[date.end - clause.start :])
        return (
            0 < len(topic) <= 4
            and topic in segments.text[: clause.start]
            and not re.search(r"[我他她说讲让叫喊]", topic)
            and not topic.endswith(self.w.person_endings)
            and not any(p in topic for p in [*self.w.delivery_parties, *self.contact_names])
            and bool(self.w.carrying.match(rest))
        )

    def _asked_by_date(self, segments: Segments, index: int, dates: list[DateMention]) -> Span | None:
        """让我月底前把货送到, 让我们准备材料|十月八号之前交: the customer asking the rep for a thing
        by a date is a promise due then (a visit asked for, 让我下月初过去一趟, is only a plan)."""
        clause = segments.clauses[index]
        if not _ASKS_REP_HIMSELF.search(clause.text):
            return None
        if contains_any(clause.text, self.w.deliverables) and self._dates_in(dates, clause.start, clause.end):
            return clause
        following = segments.clauses[index + 1] if index + 1 < len(segments.clauses) else None
        if following is None or following.sentence != clause.sentence:
            return None
        own = self._dates_in(dates, following.start, following.end)
        rest = following.text
        for mention in reversed(own):
            rest = rest[: mention.start - following.start] + rest[mention.end - following.start :]
        return following if own and self.w.day_parts.sub("", rest) in self.w.deliverables else None

    def _promise(
        self,
        segments: Segments,
        index: int,
        dates: list[DateMention],
        flags: tuple[bool, bool, bool, bool],
    ) -> tuple[str, Span] | None:
        """What the rep promised in this clause and the clause its date is read from, if anything
        (`flags`: the clause continues the customer's words, the customer has the word, a bare yes
        just before, the rep has the word)."""
        continued, their_turn, pledged, rep_turn = flags
        clause = segments.clauses[index]
        ask = self._accepted(segments, index)
        if ask is not None:
            return _ASKS_REP.split(ask.text, maxsplit=1)[-1], ask
        answered = self._answered(segments, index, dates)
        if answered is not None:
            return answered
        fixed = self._fixed(segments, index, dates)
        if fixed is not None:
            return _ASKS_REP_HIMSELF.split(fixed.text, maxsplit=1)[-1], clause
        text = clause.text
        if text.endswith(self.w.permission):
            return None  # 啥时候有空送来都中: the customer leaving it to the rep
        bare = None if continued else self._bare_plan(segments, index, dates)
        if bare is not None:
            return bare
        by_date = self._asked_by_date(segments, index, dates)
        if by_date is not None:
            return _ASKS_REP_HIMSELF.split(text, maxsplit=1)[-1], by_date
        if self.w.yes.match(text):
            return None  # a bare 我答应 cut off from what was promised: the promise is the next clause
        verb = self._verb(text) or self._undertaking(segments, index, dates, rep_turn)
        if verb is None and pledged:
            verb = text  # "我答应|月底前搞定": what follows a bare 我答应 is what was promised
        joined = _joined(segments, index)
        if (
            verb is None
            and joined.start < clause.start
            and self._verb(segments.clauses[index - 1].text) is None
        ):
            # 说好了下周一过去|给店员讲课: a run cut in two where neither half says it alone
            verb = self._verb(joined.text)
            text, clause = joined.text, joined
        if verb is None and _REP_SAYS.match(text) and self._dates_in(dates, clause.start, clause.end):
            verb = text if self.contact_at(text) is not None else None  # 我说礼拜五当面去谈
        if verb is None or continued or self._done_after_break(segments, index):
            return None
        said_before = segments.text[max(0, clause.start - _PAST_REACH) : clause.start + text.find(verb)]
        if (
            contains_any(said_before, self.w.past)
            or self._customer_voice(text, verb, their_turn)
            or self._done(text, verb, promised=contains_any(said_before, ["我说", "答应"]))
            or self._words_of_another(segments, index, verb)
        ):
            return None
        return text, clause

    def _is_ask(self, segments: Segments, index: int, promise: tuple[str, Span]) -> bool:
        """Whether a promise is the customer's ask of the rep: its words come without their 让我 (so
        unlike the clause they are read from), name the ask (叫我送二十盒来), or stand next to the bare
        yes that takes them up (给村医上上课|我讲好额)."""
        text, dated = promise
        yes = [c.text for c in segments.clauses[index : index + 2]]
        return text != dated.text or bool(_ASKED_OF_REP.search(text)) or any(self.w.yes.match(t) for t in yes)

    def _closed(self, segments: Segments, ask: int, reply: int) -> bool:
        """我回她行|她又问台历咋还没发|我说月底带过去: a bare yes took the ask up, then the customer spoke
        again before the reply, which answers that."""
        between = segments.clauses[ask:reply]
        yes = next((i for i, c in enumerate(between) if self.w.yes.match(c.text)), None)
        return yes is not None and any(
            self._speaks(c.text) or (re.search(r"[说讲问]", c.text) and not self._rep_speaks(c.text))
            for c in between[yes + 1 :]
        )

    def _opening_report(self, segments: Segments, index: int, text: str) -> bool:
        """台历送到中山路店, 去百姓大药房给老板娘回话, 湫头卫生院|送去书面说明: the note's first words
        after the account's name, undated and with no word of the future, say what this visit did."""
        before = segments.clauses[:index]
        if index > _OPENING or any(len(c.text) > _NAME_LENGTH or "我" in c.text for c in before):
            return False
        undertakings = self.w.undertakings
        return not (_FUTURE.search(text) or undertakings.marked(text) or undertakings.asks_about(text))

    @staticmethod
    def _visit_day_only(segments: Segments, dated: Span, dates: list[DateMention], ref: dt.date) -> bool:
        """今儿个去万家福给店员整培训 | 今日先去棉埔…摆晒成个端架: the only today said up to the clause
        opens the note, the day of the visit itself; what it dates is reported, not promised."""
        today = [d for d in dates if d.date == ref and d.start < dated.end]
        first = segments.clauses[0] if segments.clauses else None
        return bool(today) and first is not None and all(d.start < first.end for d in today)

    def _words_of_another(self, segments: Segments, index: int, verb: str) -> bool:
        """采购说|礼拜四前把订单发给我: what the rep is to be handed (发给我) is the customer's act, and a
        run a soft break cut right after the customer's 说/讲 goes on in the customer's words."""
        clause = segments.clauses[index]
        after = clause.text[clause.text.find(verb) + len(verb) :]
        if (verb.endswith("给") and after.startswith("我")) or re.search(r"给我(?!们)", verb):
            return True
        if re.match(r"我(?!们)", after) and contains_any(verb, self.w.report_back):
            return True  # 11月5号之前答复我: the answer comes to the rep
        if _REP_ACTS.search(clause.text):
            return False
        clauses = segments.clauses
        while index > 0 and clauses[index - 1].end == clauses[index].start:
            index -= 1
            if _SPEECH_END.search(clauses[index].text):
                return not self._rep_speaks(clauses[index].text)
            if _REP_ACTS.search(clauses[index].text):
                return False
        return False

    def _arranged_after(self, segments: Segments, index: int, dates: list[DateMention]) -> dt.date | None:
        """我应下来了|定在下周五下午: an undated promise takes the date arranged right after it."""
        following = index + 1
        if following >= len(segments.clauses):
            return None
        if segments.clauses[following].sentence != segments.clauses[index].sentence:
            return None
        mention = self.w.dated.arranged(segments, following, dates)
        return mention.date if mention is not None else None

    def _undertaking(
        self, segments: Segments, index: int, dates: list[DateMention], rep_turn: bool
    ) -> str | None:
        """The act of an undertaking by the clause's shape (undertakings.py). The rep is the one acting
        when he has the word, names himself, or the clause opens on its own date (下周一帮她做一个) or on
        a marker of the future (下次记得带两本), or
        follows his own dated contact in the sentence (下礼拜三再过来|带资料: dated by it)."""
        clause = segments.clauses[index]
        own = [d for d in self._dates_in(dates, clause.start, clause.end) if not d.past]
        previous = segments.clauses[index - 1] if index else None
        after_plan = (
            previous is not None
            and previous.sentence == clause.sentence
            and any(not d.past for d in self._dates_in(dates, previous.start, previous.end))
            and self.contact_at(previous.text) is not None
            and not self._customer_voice(previous.text, previous.text, False)
        )
        # 黄姐讲|下个礼拜三配送会送货过来: a run a soft break cut has its subject before the cut
        cut = clause.start > 0 and bool(re.match(r"[\u4e00-\u9fff]", segments.text[clause.start - 1]))
        rep_voiced = (
            rep_turn
            or after_plan
            or bool(_REP_ACTS.search(clause.text))
            or (not cut and any(d.start == clause.start for d in own))
            or (not cut and self.w.undertakings.opens_marked(clause.text))
        )
        act = self.w.undertakings.act(clause.text, rep_voiced=rep_voiced, dated=bool(own) or after_plan)
        if act is not None or (cut and not clause.text.startswith(("我", "俺"))):
            return act
        # 我说这周四给她方案: the rep's own words, read without their dates (a run cut before 我说 still
        # has the rep as its speaker)
        said = self.w.undertakings.said(_without_dates(clause, dates), in_speech=rep_turn)
        return said if said is not None and said in clause.text else None

    def _due(
        self, segments: Segments, promise: tuple[str, Span], dates: list[DateMention], internal: bool
    ) -> dt.date | None:
        """A date of the promise's clause itself first (让我下回带过去|下周一去); else, unless 下次 says
        the next visit, one said before it in the sentence. A step up the line has only a date of its
        own (下下周三搞 我说回去就跟经理报: the date is the event's)."""
        text, dated = promise
        own = self._dates_in(dates, dated.start, dated.end)
        if own and segments.text[own[0].start : own[0].end] in self.w.dated.refers_back:
            # 周五把价签换一遍 我当天过去帮着换: 当天 is the day said before it
            earlier = [d for d in dates if d.start < own[0].start]
            return earlier[-1].date if earlier else own[0].date
        if own:
            # 12月5日、6日安排促销员: a clause opening on the last of days listed is due on the first
            at = _index_at(segments, dated.start) if own[0].start == dated.start else None
            return (self.w.dated.listed_first(segments, at, own[0], dates) if at else own[0]).date
        if internal or contains_any(text, [*_NEXT_TIME, *self.w.dated.vague]):
            return None  # 下次, 回头发资料给他: a time of its own, no date said before it
        mention = self._clause_date(segments, dated, dates, whole_sentence=True)
        return mention.date if mention is not None else None

    def commitments(
        self, segments: Segments, dates: list[DateMention], ref: dt.date, next_visit: dt.date | None
    ) -> list[FoundCommitment]:
        found: list[FoundCommitment] = []
        spoke = their_turn = rep_turn = False
        for index, clause in enumerate(segments.clauses):
            # who has the word: the customer from 他说/希望… on, until the rep speaks (我…, 回她…)
            continued = spoke and clause.text.startswith(self.w.continuing)
            speaks = self._speaks(clause.text)
            previous = segments.clauses[index - 1] if index else None
            pledged = (
                previous is not None
                and previous.end == clause.start
                and bool(self.w.yes.match(previous.text))
            )
            # the rep has the word from 我说/我答应… on, until the customer speaks (我说要得|下个月初派人过来)
            rep_turn = self._rep_speaks(clause.text) or (
                rep_turn and not speaks and previous is not None and previous.sentence == clause.sentence
            )
            flags = (continued, their_turn and index > 0, pledged, rep_turn)
            promise = self._promise(segments, index, dates, flags)
            their_turn = (their_turn and not self._rep_speaks(clause.text)) or speaks
            spoke = speaks or continued
            if promise is None:
                continue
            text, dated = promise
            # asking the company or the manager about it (这个得问问公司) is a step up the line too
            internal = contains_any(text, self.w.internal) or self.w.undertakings.asks_about(text)
            due = self._due(segments, (text, dated), dates, internal)
            if due is None and contains_any(text, list(_NEXT_TIME)):
                due = next_visit
            elif due is None:
                due = self._arranged_after(segments, index, dates)
            if due is None and found and self.w.undertakings.goes_along(text):
                due = found[-1].due  # 海报也一齐带过去: on the trip of the promise before
            elif due is not None and due < ref:
                due = None
            if (due == ref and self._visit_day_only(segments, dated, dates, ref)) or (
                due is None and self._opening_report(segments, index, text)
            ):
                continue
            found.append(
                FoundCommitment(
                    text=re.sub(r"^(?:我说|我答应|答应)", "", text) or text,
                    due=due,
                    internal=internal,
                    reports_back=contains_any(text, self.w.report_back)
                    or self.w.undertakings.replies_in(text),
                    chunk=clause.chunk,
                    sentence=clause.sentence,
                    clause=index,
                    opens_on_date=any(d.start == clause.start for d in dates),
                    asked=self._is_ask(segments, index, (text, dated)),
                )
            )
        found += self._dated_acts(segments, dates, ref, found)
        found.sort(key=lambda c: c.clause)
        replied = merge_ask_and_reply(found, partial(self._closed, segments))
        return merge_same_plan(merge_ask_then_answer(replied))

    def _dated_acts(
        self, segments: Segments, dates: list[DateMention], ref: dt.date, found: list[FoundCommitment]
    ) -> list[FoundCommitment]:
        """The rep's own dated acts the committing verbs do not name (下周一交, 义诊定在9月19号), one
        per day no promise found is already due on."""
        due = {c.due for c in found}
        acts = []
        for index, mention, commits in self.w.dated.own_plans(segments, dates):
            if not commits or mention.date <= ref or mention.date in due:
                continue
            due.add(mention.date)
            clause = segments.clauses[index]
            acts.append(
                FoundCommitment(
                    clause.text, mention.date, False, False, clause.chunk, clause.sentence, index, True
                )
            )
        return acts


def _without_dates(clause: Span, dates: list[DateMention]) -> str:
    """A clause's words with its date phrases taken out (我说这周四给她方案 → 我说给她方案)."""
    text = clause.text
    for mention in reversed([d for d in dates if clause.start <= d.start < clause.end]):
        text = text[: mention.start - clause.start] + text[mention.end - clause.start :]
    return text


def _index_at(segments: Segments, start: int) -> int | None:
    """The index of the clause starting at `start`, if one does."""
    return next((i for i, c in enumerate(segments.clauses) if c.start == start), None)
