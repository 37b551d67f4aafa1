"""When the contact happened, when the next one is planned, and what the rep promised."""

from __future__ import annotations

import datetime as dt
import re

from memory.extract.dates import DateMention
from memory.extract.found_commitments import FoundCommitment, merge_ask_then_answer, merge_same_plan
from memory.extract.lexicon import Lexicon
from memory.extract.plan_words import plan_words
from memory.extract.text import Segments, Span, contains_any

_REFERS_BACK = ("到时候", "到时", "那天", "届时", "当天", "那时候")
_NEXT_TIME = ("下次", "下回", "下趟", "下一次", "下一回")
# The customer bidding: 让 straight before the rep, a time or a verb (让明天给送过去), as 喊/叫 at
# the start while the customer has the word; 让配送把货送过去 names whom the rep has deliver.
_BIDS = re.compile(r"^让(?=我|[今明后下这本]|给|再|赶紧|尽快|马上|早点)")
# the rep telling the customer (我说…, 我讲…, 我跟他说…, 我同他讲…)
_REP_SAYS = re.compile(r"^(?:我就?[说讲话]|我[跟同][他她][说讲]|我回[他她]|我答应)")
# 采购说|, 老板娘讲|: a run cut right after someone's word of speech
_SPEECH_END = re.compile(r"(?:说|讲|话|表示|反映)$")
_TIME_WORDS = re.compile(r"^(?:今天|明天|后天|下次|下回|回头|到时候|平时|先|再|也|就|还|都|然后|之后)+")
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
    r"|发给(?!我)|发[他她]|发(?:个)?(?:微信|短信|消息)"
)
# 带资料来, 八点到场口: carrying something to the account, being there at an hour (not 到货/到账)
_BRINGS = re.compile(
    r"(?:带|拿|捎)[^,,。\s了]{1,6}?(?:来|去)(?!了)|点(?:半|钟)?(?:前)?(?:到|赶到)(?![货账期了])"
)
# The rep carrying goods himself: 我自己送, 我明天捎上.
_REP_CARRIES = re.compile(r"(?<![让叫喊请给跟找问帮想要望求说])我(?!们的|的)[^,,。\s]{0,4}?(?:送|捎)(?!了)")
# 让我…/喊后天把合同带过来: the customer asking the rep (申请 is no ask)
_ASKS_REP = re.compile(r"(?<!申)(?:让|叫|请|喊)我?|问我(?:能不能|能否|可不可以|可以)")
# the customer asking the rep himself (让我…, 喊我们…, 问我能不能…), not 让配送送 nor 叫小孩撕坏了
_ASKS_REP_HIMSELF = re.compile(r"(?<!申)(?:让|叫|请|喊)我们?|问我(?:能不能|能否|可不可以|可以)")
# the rep as the one who acts (我明天去, not 让我/给我 nor 我们的)
_REP_ACTS = re.compile(r"(?<![让叫喊请给跟找问帮想要望求说])我(?!们的|的)")
# 上周答应的…: how far back a past marker makes a promise an old one being answered.
_PAST_REACH = 4
# 张老板说月底要去…: how far before a 去 the customer may be named as the one going.
_GOER_REACH = 7
# 他/她 as the one acting, not the one acted on (发他, 告诉她, 等他)
_SUBJECT_PRONOUN = re.compile(r"(?<![给跟帮和对问找让发诉知陪带叫喊请等])[他她]")
_OBJECT_PRONOUN = re.compile(r"(?<![给跟帮和对问找让])[他她]")


class PlanFinder:
    def __init__(self, lexicon: Lexicon, contact_names: list[str]) -> None:
        self.lexicon = lexicon
        self.w = plan_words(lexicon)
        self.contact_names = sorted(contact_names, key=len, reverse=True)

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
        if contains_any(clause.text, list(_REFERS_BACK)):
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
        # every occurrence of every contact verb, overlapping ones too; only words whose first
        # character is in the clause are looked for (the same finds, a fraction of the scans)
        found = [
            (at.start(), at.end())
            for first in set(text) & self.w.contact_firsts.keys()
            for word in self.w.contact_firsts[first]
            for at in re.finditer(re.escape(word), text)
        ]
        for pattern in (_REP_CARRIES, self.w.goes, self.w.carried, _BRINGS):
            found += [(at.start(), at.end()) for at in pattern.finditer(text)]
        for told in _TELLS.finditer(text):
            if not contains_any(told.group("who") or "", self.w.bosses):
                found.append((told.start(), told.end()))
        return found

    @staticmethod
    def _reported(text: str, end: int) -> bool:
        """送过去的货, 去过了: the verb names a contact that already happened (约了/去了再说 are plans)."""
        after = text[end:]
        return after.startswith("的") or (bool(_DONE_AFTER.match(after)) and not after.startswith("了解"))

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
            if at is None:
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
                mention = earlier[-1] if earlier else None
            if mention is not None and mention.date > ref:
                planned.append(mention.date)
        planned += [d.date for d in self.w.dated.planned(segments, dates) if d.date > ref]
        return min(planned) if planned else None

    def _verb(self, text: str) -> str | None:
        """The committing words of a clause: a committing verb, a thing carried somewhere (带合同过去),
        a service on the spot (过去给他换), a step up the line (跟周经理汇报)."""
        verb = next((v for v in self.w.commitment_verbs if v in text), None)
        if verb is None:
            found = self.w.carried.search(text) or self.w.acts.search(text)
            verb = found.group(0) if found else None
        return verb

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
        """A clause in the customer's voice (他说…, 希望我们…), which the next clause may continue."""
        return not self._rep_speaks(text) and contains_any(self.w.agreed.sub("", text), self.w.customer_voice)

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
        if self.w.carrying.match(rest):
            return clause.text, clause
        if not self.w.going.match(rest):
            return None
        for back in reversed(segments.clauses[max(0, index - 2) : index]):
            if back.sentence == clause.sentence and _ASKS_REP_HIMSELF.search(back.text):
                return _ASKS_REP_HIMSELF.split(back.text, maxsplit=1)[-1], clause
        return None

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

    def _words_of_another(self, segments: Segments, index: int, verb: str) -> bool:
        """采购说|礼拜四前把订单发给我: what the rep is to be handed (发给我) is the customer's act, and a
        run a soft break cut right after the customer's 说/讲 goes on in the customer's words."""
        clause = segments.clauses[index]
        after = clause.text[clause.text.find(verb) + len(verb) :]
        if (verb.endswith("给") and after.startswith("我")) or re.search(r"给我(?!们)", verb):
            return True
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
        return self.w.undertakings.act(clause.text, rep_voiced=rep_voiced, dated=bool(own) or after_plan)

    def _due(
        self, segments: Segments, promise: tuple[str, Span], dates: list[DateMention], internal: bool
    ) -> dt.date | None:
        """A date of the promise's clause itself first (让我下回带过去|下周一去); else, unless 下次 says
        the next visit, one said before it in the sentence. A step up the line has only a date of its
        own (下下周三搞 我说回去就跟经理报: the date is the event's)."""
        text, dated = promise
        own = self._dates_in(dates, dated.start, dated.end)
        if own and segments.text[own[0].start : own[0].end] in _REFERS_BACK:
            # 周五把价签换一遍 我当天过去帮着换: 当天 is the day said before it
            earlier = [d for d in dates if d.start < own[0].start]
            return earlier[-1].date if earlier else own[0].date
        if own:
            return own[0].date
        if internal or contains_any(text, list(_NEXT_TIME)):
            return None
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
            internal = contains_any(text, self.w.internal)
            due = self._due(segments, (text, dated), dates, internal)
            if due is None and contains_any(text, list(_NEXT_TIME)):
                due = next_visit
            elif due is None:
                due = self._arranged_after(segments, index, dates)
            if due is None and found and self.w.undertakings.goes_along(text):
                due = found[-1].due  # 海报也一齐带过去: on the trip of the promise before
            elif due is not None and due < ref:
                due = None
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
                )
            )
        found += self._dated_acts(segments, dates, ref, found)
        found.sort(key=lambda c: c.clause)
        return merge_same_plan(merge_ask_then_answer(found))

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


def _joined(segments: Segments, index: int) -> Span:
    """A clause with the one before it when only a soft break (no punctuation) parts them."""
    clause = segments.clauses[index]
    previous = segments.clauses[index - 1] if index else None
    if previous is None or previous.end != clause.start:
        return clause
    return Span(previous.text + clause.text, previous.start, clause.end, previous.sentence, previous.chunk)
