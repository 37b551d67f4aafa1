"""What the rep promised in a note: the committing verbs of the lexicon, the rep's undertakings by the
shape of the clause (undertakings.py), asks he said yes to, and their due dates."""

from __future__ import annotations

import datetime as dt
import re
from functools import partial

from memory.extract.commitment_voices import _ASKED_OF_REP, CommitmentVoices
from memory.extract.dates import DateMention
from memory.extract.found_commitments import (
    FoundCommitment,
    merge_ask_and_reply,
    merge_ask_then_answer,
    merge_same_plan,
)
from memory.extract.plans import _ASKS_REP, _DONE_AFTER, _NEXT_TIME, _REP_ACTS, _joined
from memory.extract.text import Segments, Span, contains_any

# the rep telling the customer (我说…, 我讲…, 我跟他说…, 我同他讲…)
_REP_SAYS = re.compile(r"^(?:我就?[说讲话]|我[跟同][他她][说讲]|我回[他她]|我答应)")
# the customer asking the rep himself (让我…, 喊我们…, 问我能不能…), not 让配送送 nor 叫小孩撕坏了
_ASKS_REP_HIMSELF = re.compile(r"(?<!申)(?:让|叫|请|喊)我们?|问我(?:能不能|能否|可不可以|可以)")
# the rep's reply: 我讲…, 我话…, 我回她…
_REPLY = re.compile(r"^(?:我|俺)就?(?:说|讲|话|回[他她伊]?)")
# 再来看看, 再过去问问, 再上去一趟: the rep coming back to look or ask, a visit only
_RETURN_VISIT = re.compile(r"^(?:我|俺|就|也|还)*[再又](?:上|过)?[来去](?:看|问|瞅|一趟|$)")
# 上周答应的…: how far back a past marker makes a promise an old one being answered.
_PAST_REACH = 4


class CommitmentFinder(CommitmentVoices):
    """A PlanFinder that also reads the rep's commitments."""

    def _verb(self, text: str) -> str | None:
        """The committing words of a clause: a committing verb, a thing carried somewhere (带合同过去),
        a service on the spot (过去给他换), a step up the line (跟周经理汇报)."""
        verb = next((v for v in self.w.commitment_verbs if v in text and not self._placed(text, v)), None)
        if verb is None:
            found = self.w.carried.search(text) or self.w.acts.search(text)
            verb = found.group(0) if found else None
        return verb

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

    def _said_visit(self, text: str, clause: Span, dates: list[DateMention]) -> bool:
        """我说礼拜五当面去谈: the rep saying he will come on a day to do something; not a return to
        look or ask (我说下礼拜三再来看看), which is a visit, no promise."""
        opener = _REP_SAYS.match(text)
        if opener is None or not self._dates_in(dates, clause.start, clause.end):
            return False
        said = self.w.day_parts.sub("", _without_dates(clause, dates)[opener.end() :])
        return self.contact_at(text) is not None and not _RETURN_VISIT.match(said)

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
        if verb is None and self._said_visit(text, clause, dates):
            verb = text
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
