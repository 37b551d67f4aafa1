"""Whose words a clause of a note is, as the commitments read it (commitment_finder.py): the customer's
or the rep's, an ask of the rep taken up or answered, a report of the visit itself."""

from __future__ import annotations

import datetime as dt
import re

from memory.extract.dates import DateMention
from memory.extract.plans import _REP_ACTS, PlanFinder
from memory.extract.text import Segments, Span, contains_any

# The customer bidding: 让 straight before the rep, a time or a verb (让明天给送过去), as 喊/叫 at
# the start while the customer has the word; 让配送把货送过去 names whom the rep has deliver.
_BIDS = re.compile(r"^让(?=我|[今明后下这本]|给|再|赶紧|尽快|马上|早点)")
# 采购说|, 老板娘讲|: a run cut right after someone's word of speech
_SPEECH_END = re.compile(r"(?:说|讲|话|表示|反映)$")
_TIME_WORDS = re.compile(r"^(?:今天|明天|后天|下次|下回|回头|到时候|平时|先|再|也|就|还|都|然后|之后)+")
# the customer's ask of the rep a reply answers (要我去催下, 让我们…, 问能不能…, 啥时候来讲讲)
_ASKED_OF_REP = re.compile(
    r"(?:要|让|叫|请|喊)(?:我|俺|阿拉)们?|问(?:我|俺|阿拉)?(?:能不能|能否|可不可以)|啥时候|什么时候|啥辰光|几时|哪天"
)
# The note's opening clause may follow one short one (the account's name).
_OPENING, _NAME_LENGTH = 1, 8
# Words that put an undated act in the future (要, 会, 准备, 我说…): it is no report of the visit.
_FUTURE = re.compile(r"要|会|得|准备|打算|想|我[说讲话]|答应|[吧呢]$")
# 他/她 before the verb as the one acting (not 给他, 跟她): the customer speaking or acting
_OBJECT_PRONOUN = re.compile(r"(?<![给跟帮和对问找让])[他她]")


class CommitmentVoices(PlanFinder):
    """Who speaks or acts in a clause, for a CommitmentFinder."""

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
