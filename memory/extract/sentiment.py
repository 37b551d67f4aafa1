"""How the contact felt: outcome events and tone words, weighed clause by clause with negation.

The contract's scale is asymmetric in practice: most contacts are routine (an order, a stock count,
a price complaint) and are `neutral`; a note is `positive` or `negative` only on clear evidence. So
evidence is summed per polarity; one side clearly ahead decides, weak or balanced evidence is
neutral, and the character n-gram classifier (memory/extract/tone.py) only settles weak evidence.
Events are word classes in lexicon.yaml (`sentiment_events`: a first word, optionally followed
within a few characters by a second); tone words carry weights (`sentiment`, which corrections
extend). A negation just before either turns it the other way (不太配合, 不下架了), and a
temporary marker (先不要, 这回不进) takes a refusal back to routine.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from memory.extract.lexicon import Lexicon, longest_first
from memory.extract.tone import ToneModel

_CLAUSE_END = re.compile(r"[,,。!?;!?;\n:\s、]+")
# The engine writes a competitor's name as this mark (memory/extract/engine.py): a good outcome whose
# subject is a competitor in the same clause (梧州血栓通中标了, 仲景的业务员热情得很) is bad news for us.
COMPETITOR_MARK = "◆"
_OUR_SIDE = re.compile(r"我们|咱|我")
# Evidence needed for a polarity, and how far one side must lead the other in a mixed contact.
CLEAR = 2
LEAD = 3
# The classifier settles weak evidence only when it is this sure of the same polarity.
SURE = 0.4
_GAP = 4


@dataclass(frozen=True)
class _Event:
    sign: int
    weight: int
    pattern: re.Pattern[str]
    pausable: bool  # a refusal that 先/这回 before it makes a pause


def _alternatives(words: list[str]) -> str:
    return "|".join(map(re.escape, longest_first(words)))


class SentimentScorer:
    def __init__(self, lexicon: Lexicon) -> None:
        weights = lexicon.weights("sentiment")
        self.tone_words = {
            word: (1 if polarity == "positive" else -1) * weight
            for polarity, words in weights.items()
            for word, weight in words.items()
        }
        self._tone = re.compile(_alternatives(list(self.tone_words)))
        self.events = [self._event(spec) for spec in lexicon.data["sentiment_events"].values()]
        self.negations = lexicon.words("sentiment_negations")
        negations = _alternatives(self.negations)
        self._negation = re.compile(f"(?:{negations})$")
        firsts = [w for spec in lexicon.data["sentiment_events"].values() for w in spec["first"]]
        # most clauses carry no tone at all: one search skips them
        self._any = re.compile(_alternatives([*firsts, *self.tone_words]))
        self.asks = lexicon.words("sentiment_asks")
        temporary = _alternatives(lexicon.words("sentiment_temporary"))
        self._temporary = re.compile(f"(?:{temporary})[^,,。\\s]{{0,2}}$")

    @staticmethod
    def _event(spec: dict[str, Any]) -> _Event:
        body = f"(?:{_alternatives(list(spec['first']))})"
        if spec.get("then"):
            gap = int(spec.get("gap", _GAP))
            body += f"(?P<gap>[^,,。\\s]{{0,{gap}}}?)(?:{_alternatives(list(spec['then']))})"
        sign = 1 if spec["polarity"] == "positive" else -1
        return _Event(sign, int(spec["weight"]), re.compile(body), bool(spec.get("pausable")))

    def evidence(self, text: str) -> tuple[int, int]:
        """(positive, negative) evidence of a note, each a sum of weights."""
        positive = negative = 0
        for clause in _CLAUSE_END.split(text):
            if not self._any.search(clause):
                continue
            for value in self._clause_values(clause):
                if value > 0:
                    positive += value
                else:
                    negative -= value
        return positive, negative

    def _clause_values(self, clause: str) -> list[int]:
        values: list[int] = []
        taken: list[tuple[int, int]] = []
        for event in self.events:
            for match in event.pattern.finditer(clause):
                if any(s < match.end() and match.start() < e for s, e in taken):
                    continue
                taken.append(match.span())
                value = self._for_us(clause, match, self._signed(clause, match, event.sign * event.weight))
                paused = event.pausable and self._temporary.search(
                    clause[max(0, match.start() - 6) : match.start()]
                )
                values.append(0 if paused else value)
        for match in self._tone.finditer(clause):
            if any(word in clause[: match.start()] for word in self.asks):
                continue  # 问公司能给多少支持: the word names what is asked for
            if not any(s < match.end() and match.start() < e for s, e in taken):
                taken.append(match.span())
                value = self._signed(clause, match, self.tone_words[match.group(0)])
                values.append(self._for_us(clause, match, value))
        return values

    def _signed(self, clause: str, match: re.Match[str], value: int) -> int:
        before = clause[max(0, match.start() - 4) : match.start()]
        gap = match.groupdict().get("gap") or ""
        if any(word in gap for word in self.negations):
            return -value  # 效果不好: a negation inside the event
        if self._negation.search(before) and not match.group(0).startswith(("不", "没")):
            return -value
        return value

    @staticmethod
    def _for_us(clause: str, match: re.Match[str], value: int) -> int:
        """A competitor's success, said with no word of ours after its name, counts against us."""
        mark = clause.rfind(COMPETITOR_MARK, 0, match.start())
        if value > 0 and mark >= 0 and not _OUR_SIDE.search(clause, mark, match.start()):
            return -value
        return value

    def of(self, text: str, tone: ToneModel | None = None) -> str:
        positive, negative = self.evidence(text)
        if positive and negative and abs(positive - negative) < LEAD:
            return "neutral"  # a mixed contact: an order with a complaint, a refusal with an opening
        lead = positive - negative
        if abs(lead) >= CLEAR:
            return "positive" if lead > 0 else "negative"
        if lead and tone is not None:
            wanted = "positive" if lead > 0 else "negative"
            if tone.probabilities(text)[wanted] >= SURE:
                return wanted
        return "neutral"
