"""A commitment keeps its object: 「陈店长想要几张海报,下次带过来」 is a commitment to bring the posters.

When a commitment's clause is only a carrying verb and words around it (下次, 给他, a date), the thing is
the one asked for in the clause before it, in the same sentence or the one before: what follows a request
marker there (想要, 缺, lexicon need_markers), else a need keyword it names (海报). The words are data
(objects.yaml); the structure is here.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from memory.extract.found_commitments import FoundCommitment
from memory.extract.lexicon import Lexicon
from memory.extract.text import Segments, Span

HERE = Path(__file__).parent
MAX_THING = 12
_DATE = re.compile(
    r"\d+月\d+[号日]?|\d+[号日]|[下这本]*(?:周|星期|礼拜)[一二三四五六日天]|[今明后]天|月底|月初|下个?月"
)
_TRAILING = re.compile(r"[了吧呢啊的嘛呀]+$")


class ObjectFinder:
    def __init__(self, lexicon: Lexicon) -> None:
        words = lexicon.section("commitment_objects", HERE / "objects.yaml")
        self.carry = sorted(words["carry_verbs"], key=len, reverse=True)
        self.fillers = sorted(words["fillers"], key=len, reverse=True)
        self.not_things = tuple(words["not_things"])
        self.actions = list(words["actions"])
        self.form: str = words["form"]
        self.markers = sorted(lexicon.data["need_markers"], key=len, reverse=True)
        needs = lexicon.data["needs"]
        self.keywords = sorted(
            {w for n in words["thing_needs"] for w in needs.get(n, [])}, key=len, reverse=True
        )

    def lacks_object(self, text: str) -> bool:
        """Only a carrying verb, dates and filler words: nothing says what is carried."""
        verb = next((v for v in self.carry if v in text), None)
        if verb is None:
            return False
        rest = _DATE.sub("", text.replace(verb, "", 1))
        for word in self.fillers:
            rest = rest.replace(word, "")
        return not re.sub(r"[\s,,]", "", rest)

    def thing_in(self, clause: str) -> str | None:
        for marker in self.markers:
            at = clause.rfind(marker)
            if at < 0:
                continue
            thing = _TRAILING.sub("", clause[at + len(marker) :]).strip()
            while (first := next((m for m in self.markers if thing.startswith(m)), None)) is not None:
                thing = thing[len(first) :]  # 想要: two markers in a row
            # 没问题: a marker (问) inside a word leaves one character, no thing
            if len(thing) < 2 or len(thing) > MAX_THING or any(a in thing for a in self.actions):
                continue
            if not thing.startswith(self.not_things):
                return thing
        return next((k for k in self.keywords if k in clause), None)

    def with_objects(self, found: list[FoundCommitment], segments: Segments) -> list[FoundCommitment]:
        clauses = segments.clauses
        kept = []
        for commitment in found:
            index = _clause_of(clauses, commitment)
            thing = None
            if index is not None and self.lacks_object(commitment.text):
                earlier = [
                    c for c in clauses[max(0, index - 2) : index] if commitment.sentence - c.sentence <= 1
                ]
                thing = next((t for c in reversed(earlier) if (t := self.thing_in(c.text))), None)
            text = self.form.format(text=commitment.text, thing=thing) if thing else commitment.text
            kept.append(replace(commitment, text=text))
        return kept


def _clause_of(clauses: list[Span], commitment: FoundCommitment) -> int | None:
    return next(
        (
            i
            for i, c in enumerate(clauses)
            if c.sentence == commitment.sentence and commitment.text and commitment.text in c.text
        ),
        None,
    )
