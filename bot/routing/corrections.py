"""The cue rules of a correction: the last note named and what is wrong with it, a field and what it
changes to, not X but Y — the sender setting right the note just sent."""

from __future__ import annotations

import re

from bot.routing.voice import Voice
from bot.routing.words import Cue, clauses, first_at, has, only

# Not X but Y, alone (不是今天去的 是昨天, 是电话 不是上门): what the last note got wrong and what is right.
_PART, _GAP = r"[^\s,，。]", r"[\s,，。]*"
_NOT_BUT = rf"并?不是{_PART}{{1,10}}{_GAP}而?是|是{_PART}{{1,10}}{_GAP}而?不是"
_CONTRAST = re.compile(rf"^(?:{_NOT_BUT}){_PART}{{1,12}}$")


class CorrectionRules(Voice):
    def correction(self, text: str) -> Cue | None:
        """The last note named and something wrong with it (上一条记错了, 把刚才那条撤回); or a message
        that opens with the mistake and says what it should be (写错了 应该是40盒)."""
        if has(text, self.w["previous_note"]) and has(text, self.w["fix"]):
            return Cue("correction", "correction")
        parts = clauses(text)
        head = parts[0] if parts else ""
        mistake = first_at(head, self.w["mistake"])
        reported = first_at(head, self.w["reported"])
        if mistake >= 0 and not 0 <= reported < mistake and has(text, self.w["should_be"]):
            return Cue("correction", "correction")
        return self.field_change(head, text) or self.fix_only(text) or self.contrast(text)

    def back_reference(self, text: str, marked: str) -> Cue | None:
        """The sender points back at what they just sent (上一条, 刚才录的■, 才发的那条, 刚说的■) and says
        what is wrong or what it should be (…不对, 应该是电话, 是院长不是副院长, 记成3月了): the last note
        set right, whatever fields and names it restates — not someone quoted (老板刚说的不是这个价)
        nor asked (刚发的那条能改吗)."""
        found = self._back.search(marked)
        if found is None and not has(marked, self.w["previous_note"]):
            return None
        if found is not None and self._speaker_before(marked, found.start()):
            return None
        wrong = has(text, self.w["fix"]) or has(text, self.w["should_be"]) or has(text, self.w["miswrote"])
        if not wrong or self.asks(marked):
            return None
        return Cue("correction", "back_reference")

    def miswritten(self, text: str, marked: str) -> Cue | None:
        """The sender says what they put down wrongly (我写成十二盒了, 系统记成今天了, 把两家弄混了): a
        mistake in the note just sent — unless someone else's words are reported before it (老板说单子
        写成了别家的) or it is asked (写成啥了)."""
        at = first_at(marked, self.w["miswrote"])
        if at < 0 or 0 <= first_at(marked, self.w["reported"]) < at or self.asks(marked):
            return None
        return Cue("correction", "miswrote")

    def contrast(self, text: str) -> Cue | None:
        """Not X but Y and nothing else (不是去的 是打的电话, 是上周五 不是今天): what the note just sent got
        wrong, set right — unless asked (不是月结是现结吗)."""
        return Cue("correction", "contrast") if _CONTRAST.match(text) and not self.asks(text) else None

    def field_change(self, head: str, text: str) -> Cue | None:
        """A field of the note, then what it changes to (下次拜访改成下周四, 把盒数改为三十): an edit of the
        last note — unless reported (老板说账期改成月结了) or asked (账期改成月结咋谈)."""
        field, change = self.first(head, "note_fields"), self.first(head, "change_to")
        if not 0 <= field < change or has(head, self.w["reported"]) or self.asks(text):
            return None
        return Cue("correction", "field_change")

    def fix_only(self, text: str) -> Cue | None:
        """Nothing but what is wrong, or a field and what is wrong with it (撤回, 删了吧, 日期不对,
        数量写错了): with nothing else said, it can only be about the note just sent."""
        alone = only(text, self.w["wrong_any"], [*self.w["note_fields"], *self.w["particles"]])
        return Cue("correction", "fix_only") if alone else None
