"""Competitive threats in a note, clause by clause (the words are data: threats.yaml).

stop_ordering — the account says it will stop or cut buying: a stop verb (不/不再/停 before one of the
lexicon's restock verbs, or a stop word) in a clause that sets a condition (不然…) or speaks of the
future (下个月…), or right after a clause that sets the condition. Past facts (上个月没进) have no
condition and no future, and 没 is not a stop negation.
staff_incentive — a competitor paying the account's staff: someone on the staff and an incentive in one
clause, offered by a named competitor or another firm (对面, 人家…), not by us.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from memory.extract.lexicon import Lexicon
from memory.extract.text import Segments, Span, contains_any, normalize

HERE = Path(__file__).parent
MAX_TEXT = 200
_ANY_VERB = "[进补拿订要配]"  # 进不进 asks, it does not threaten


@dataclass(frozen=True)
class Threat:
    kind: str  # stop_ordering | staff_incentive
    text: str  # the clause (with the condition before it) that says it


class ThreatFinder:
    def __init__(self, lexicon: Lexicon) -> None:
        words = lexicon.section("threats", HERE / "threats.yaml")
        self.words = {key: sorted(value, key=len, reverse=True) for key, value in words.items()}
        # 要 alone is too common (不要着急); 不要了 is a stop word instead
        verbs = "|".join(re.escape(v) for v in lexicon.words("restock_verbs") if v != "要")
        negations = "|".join(map(re.escape, self.words["stop_negations"]))
        stop_words = "|".join(map(re.escape, self.words["stop_words"]))
        # 不进了, 不再拿我们的, 停订: a negation right before a restock verb; or a stop word
        self.stop = re.compile(f"(?<!{_ANY_VERB})(?:{negations})(?:{verbs})(?!步|口|去|来|门)|{stop_words}")

    def find(self, text: str, segments: Segments, competitors: list[str]) -> list[Threat]:
        found: list[Threat] = []
        clauses = segments.clauses
        for index, clause in enumerate(clauses):
            before = clauses[index - 1] if index > 0 else None
            threat = self._stop(clause, before) or self._incentive(clause, competitors)
            if threat is not None and all(t.text != threat.text for t in found):
                found.append(threat)
        return found

    def _stop(self, clause: Span, before: Span | None) -> Threat | None:
        if not self.stop.search(clause.text):
            return None
        said = clause.text
        conditions = self.words["conditions"]
        # 再不给活动,以后就不拿了: the condition set in the clause just before, in the same sentence
        if (
            before is not None
            and before.sentence == clause.sentence
            and contains_any(before.text, conditions)
        ):
            return Threat("stop_ordering", f"{before.text},{said}"[:MAX_TEXT])
        if contains_any(said, self.words["conditions"]) or contains_any(said, self.words["future"]):
            return Threat("stop_ordering", said[:MAX_TEXT])
        return None

    def _incentive(self, clause: Span, competitors: list[str]) -> Threat | None:
        said = clause.text
        if not (contains_any(said, self.words["staff"]) and contains_any(said, self.words["incentives"])):
            return None
        by_other = any(name in said for name in competitors) or contains_any(said, self.words["others"])
        if not by_other or contains_any(said, self.words["own"]):
            return None
        return Threat("staff_incentive", said[:MAX_TEXT])


def threats_in(text: str, lexicon: Lexicon, competitors: list[str]) -> list[Threat]:
    """The threats a whole note reports; competitors: names (and aliases) of the catalog's competitors."""
    clean = normalize(text)
    return ThreatFinder(lexicon).find(clean, Segments(clean, []), competitors)
