"""The rules' commitments with the dated clauses the learned judge admits (commitment_model.py)."""

from __future__ import annotations

import datetime as dt
import re
from functools import partial

from memory.extract.commitment_finder import _ASKS_REP_HIMSELF, _REP_SAYS, CommitmentFinder
from memory.extract.commitment_model import Candidate, candidates, shipped_model
from memory.extract.dates import DateMention
from memory.extract.found_commitments import FoundCommitment, merge_ask_and_reply, merge_ask_then_answer
from memory.extract.text import Segments, contains_any


class JudgedCommitmentFinder(CommitmentFinder):
    def commitments(
        self, segments: Segments, dates: list[DateMention], ref: dt.date, next_visit: dt.date | None
    ) -> list[FoundCommitment]:
        """The rules' commitments, and each dated clause they passed over that the model admits, due on
        its date (an internal step if its words say so)."""
        found = super().commitments(segments, dates, ref, next_visit)
        model = shipped_model()
        if model is None:
            return found
        for pick in self.candidates(found, segments, dates, ref):
            if model.admits(pick):
                clause = segments.clauses[pick.clause]
                internal = contains_any(clause.text, self.w.internal)
                opens = any(d.start == clause.start for d in dates)
                found.append(
                    FoundCommitment(
                        clause.text,
                        pick.due,
                        internal,
                        False,
                        clause.chunk,
                        clause.sentence,
                        pick.clause,
                        opens,
                    )
                )
        # 我讲回去问退货政策|礼拜四打电话给他: an admitted clause ends the undated step before it
        # 让咱给大夫们搞个培训|我说下礼拜四带着医学部的来: an admitted clause may be the answer to an ask
        ordered = sorted(found, key=lambda f: f.clause)
        return merge_ask_then_answer(merge_ask_and_reply(ordered, partial(self._closed, segments)))

    def candidates(
        self, found: list[FoundCommitment], segments: Segments, dates: list[DateMention], ref: dt.date
    ) -> list[Candidate]:
        def due_of(index: int) -> dt.date | None:
            clause = segments.clauses[index]
            internal = contains_any(clause.text, self.w.internal)
            return self._due(segments, (clause.text, clause), dates, internal)

        return candidates(found, segments, dates, ref, (due_of, lambda i: self._cues(segments, i, dates)))

    def _cues(self, segments: Segments, index: int, dates: list[DateMention]) -> list[str]:
        """What the rules see in a clause and its neighbours, named for the model."""
        clauses = segments.clauses
        text = clauses[index].text
        before = clauses[index - 1].text if index else ""
        after = clauses[index + 1].text if index + 1 < len(clauses) else ""
        sentence = segments.text[slice(*segments.sentence_bounds(clauses[index].start))]
        seen = {
            "rep_says": self._rep_speaks(text) or bool(_REP_SAYS.match(text)),
            "before_rep_says": self._rep_speaks(before),
            "after_rep_says": self._rep_speaks(after),
            "asked_before": bool(_ASKS_REP_HIMSELF.search(before) or re.search(r"要(?:我|俺|阿拉)", before)),
            "asked": bool(_ASKS_REP_HIMSELF.search(text)),
            "customer": self._speaks(text),
            "before_customer": self._speaks(before),
            "verb": self._verb(text) is not None,
            "act": self.w.undertakings.act(text, rep_voiced=True, dated=True) is not None,
            "carrier": self._by_others(text),
            "done": text.endswith("了"),
            "birthday": "生日" in sentence,
            "contact": self.contact_at(text) is not None,
            "yes": bool(self.w.yes.match(text)),
            "after_yes": bool(self.w.yes.match(after)),
            "arranged": self.w.dated.arranged(segments, index, dates) is not None,
            "past": contains_any(text, self.w.past),
            "internal": contains_any(text, self.w.internal),
        }
        return [name for name, on in seen.items() if on]
