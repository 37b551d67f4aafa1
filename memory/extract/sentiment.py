"""How the contact felt: outcome events and tone words, weighed clause by clause with negation.

Writers differ on routine contacts (is an order alone positive?), so the events are weighed by a
model learned from the labelled notes of many companies (memory/extract/sentiment_model.py). The
rules' own weighing (by_rules: evidence summed per polarity, one side clearly ahead decides, the
character n-gram classifier of memory/extract/tone.py settling weak evidence) is the reading when no
weights ship, and the baseline the model is measured against. Events are word classes in
lexicon.yaml (`sentiment_events`: a first word, optionally followed within a few characters by a
second or by a quantity); tone words carry weights (`sentiment`, which corrections extend). A
negation just before either turns it the other way (不太配合, 不下架了), a temporary marker
(先不要, 这回不进) takes a refusal back to routine, and a contrast (但是, 不过) makes what follows it in
its sentence weigh more than what went before (效果还行 但是嫌贵), and the last clause with evidence
weighs a little more than the others: the outcome the visit ended on. Routine business (an order, a
sale, a restock, a payment: events marked `routine`) counts once in a note however many product lines
it names: three lines ordered are one routine order, which most writers call neutral.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from memory.extract.lexicon import Lexicon, alternatives
from memory.extract.sentiment_model import Features, Offsets, features, shipped_model
from memory.extract.tone import ToneModel

_CLAUSE_END = re.compile(r"[,,。!?;!?;\n:\s、]+")
_SENTENCE_END = re.compile(r"[。!?!?\n]+")
# In a sentence with evidence after a contrast: the share of evidence after it, and before it
# (chosen leave-one-company-out, bench/README.md "Session 26: sentiment").
CONTRAST_WEIGHTS = (1.5, 0.5)
# The share of the last clause with evidence in a note with evidence in more than one clause: the
# outcome a visit ended on (chosen leave-one-company-out, bench/README.md "Session 27: sentiment").
CLOSING_WEIGHT = 1.25
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
_NUMERAL = "[0-9零〇一二两三四五六七八九十百千万几来多余]"


@dataclass(frozen=True)
class _Event:
    sign: int
    weight: int
    pattern: re.Pattern[str]
    pausable: bool
    name: str  # a refusal that 先/这回 before it makes a pause
    # what the event says of a product: a competitor's product that fails is good news for us
    of_product: bool
    # words right after the event that make it another matter (想换 + 批号: a batch swap, no switch)
    unless: re.Pattern[str] | None
    routine: bool  # business done (an order, a sale, a payment): counted once a note


def _contrasted(parts: list[list[tuple[str, int, int]]]) -> list[tuple[str, int, float, int]]:
    """A sentence's items (class, value, clause number), cut at its contrast words, with their shares."""
    if len(parts) > 1 and any(value for part in parts[1:] for _, value, _ in part):
        after, before = CONTRAST_WEIGHTS
        return [(name, value, before, number) for name, value, number in parts[0]] + [
            (name, value, after, number) for part in parts[1:] for name, value, number in part
        ]
    return [(name, value, 1.0, number) for part in parts for name, value, number in part]


def _sides(found: list[tuple[str, int]]) -> tuple[int, int]:
    """(positive, negative): the signed weights of a note's evidence summed per side."""
    positive = sum(value for _, value in found if value > 0)
    return positive, positive - sum(value for _, value in found)


class SentimentScorer:
    def __init__(self, lexicon: Lexicon) -> None:
        weights = lexicon.weights("sentiment")
        self.tone_words = {
            word: (1 if polarity == "positive" else -1) * weight
            for polarity, words in weights.items()
            for word, weight in words.items()
        }
        self._tone = re.compile(alternatives(list(self.tone_words)))
        units = alternatives(lexicon.words("package_units"))
        # a quantity an event may end in (订了二十盒, 补3十瓶, 来个一百五六支)
        self._quantity = f"(?:{_NUMERAL}+)(?:{units})"
        self.events = [self._event(name, spec) for name, spec in lexicon.data["sentiment_events"].items()]
        self.routine = frozenset(event.name for event in self.events if event.routine)
        self.negations = lexicon.words("sentiment_negations")
        negations = alternatives(self.negations)
        # a copula or a degree word may stand between a negation and what it turns (不系好开心, 没咁热情)
        fillers = alternatives(lexicon.words("sentiment_negation_fillers"))
        self._negation = re.compile(f"(?:{negations})(?:{fillers}){{0,2}}$")
        firsts = [w for spec in lexicon.data["sentiment_events"].values() for w in spec["first"]]
        # most clauses carry no tone at all: one search skips them
        self._any = re.compile(alternatives([*firsts, *self.tone_words]))
        self.asks = lexicon.words("sentiment_asks")
        temporary = alternatives(lexicon.words("sentiment_temporary"))
        self._temporary = re.compile(f"(?:{temporary})[^,,。\\s]{{0,2}}$")
        # a sentence is cut before each contrast word that opens a clause (not 卖不过), the word staying
        # with what follows (就是贵 is evidence)
        contrast = alternatives(lexicon.words("sentiment_contrast"))
        self._contrast = re.compile(f"(?<=[\\s,;:、])(?={contrast})")

    def _event(self, name: str, spec: dict[str, Any]) -> _Event:
        body = f"(?:{alternatives(list(spec['first']))})"
        then = alternatives(list(spec["then"])) if spec.get("then") else None
        if spec.get("quantity"):
            then = self._quantity
        if then:
            gap = int(spec.get("gap", _GAP))
            body += f"(?P<gap>[^,,。\\s]{{0,{gap}}}?)(?:{then})"
        sign = 1 if spec["polarity"] == "positive" else -1
        unless = spec.get("unless")
        return _Event(
            sign,
            int(spec["weight"]),
            re.compile(body),
            bool(spec.get("pausable")),
            name,
            bool(spec.get("of_product")),
            re.compile(f"[^,,。\\s]{{0,{_GAP}}}?(?:{alternatives(unless)})") if unless else None,
            bool(spec.get("routine")),
        )

    def evidence(self, text: str) -> tuple[int, int]:
        """(positive, negative) evidence of a note, each a sum of weights."""
        return _sides(self.found(text))

    def found(self, text: str) -> list[tuple[str, int]]:
        """Every event and tone word of a note, clause by clause: (its class, its signed weight)."""
        return [(name, value) for name, value, _ in self.weighed(text)]

    def weighed(self, text: str) -> list[tuple[str, int, float]]:
        """found() with each item's share: in a sentence with evidence after a contrast, what follows
        the contrast counts CONTRAST_WEIGHTS[0], what went before [1]; elsewhere one. The last clause
        with evidence, where another came before it, counts CLOSING_WEIGHT more: how the visit ended.
        Routine business counts once: after the first routine item, the others weigh nothing."""
        values: list[tuple[str, int, float, int]] = []
        clauses = 0
        for sentence in _SENTENCE_END.split(text):
            parts: list[list[tuple[str, int, int]]] = []
            for part in self._contrast.split(sentence):
                items: list[tuple[str, int, int]] = []
                for clause in _CLAUSE_END.split(part):
                    clauses += 1
                    if self._any.search(clause):
                        items += [(name, value, clauses) for name, value in self._clause_values(clause)]
                parts.append(items)
            values += _contrasted(parts)
        said = sorted({number for _, value, _, number in values if value})
        closing = said[-1] if len(said) > 1 else None
        weighed: list[tuple[str, int, float]] = []
        routine = False
        for name, value, share, number in values:
            if value > 0 and name in self.routine:
                value, routine = (0 if routine else value), True
            weighed.append((name, value, share * (CLOSING_WEIGHT if number == closing else 1.0)))
        return weighed

    def _clause_values(self, clause: str) -> list[tuple[str, int]]:
        values: list[tuple[str, int]] = []
        taken: list[tuple[int, int]] = []
        for event in self.events:
            for match in event.pattern.finditer(clause):
                if any(s < match.end() and match.start() < e for s, e in taken):
                    continue
                if event.unless and event.unless.match(clause, match.end()):
                    continue
                taken.append(match.span())
                signed = self._signed(clause, match, event.sign * event.weight)
                value = self._for_us(clause, match, signed, event.of_product)
                paused = event.pausable and self._temporary.search(
                    clause[max(0, match.start() - 6) : match.start()]
                )
                values.append((event.name, 0 if paused else value))
        for match in self._tone.finditer(clause):
            if any(word in clause[: match.start()] for word in self.asks):
                continue  # 问公司能给多少支持: the word names what is asked for
            if not any(s < match.end() and match.start() < e for s, e in taken):
                taken.append(match.span())
                value = self._signed(clause, match, self.tone_words[match.group(0)])
                values.append(("tone", self._for_us(clause, match, value)))
        return values

    def _signed(self, clause: str, match: re.Match[str], value: int) -> int:
        before = clause[max(0, match.start() - 6) : match.start()]
        gap = match.groupdict().get("gap") or ""
        if any(word in gap for word in self.negations):
            return -value  # 效果不好: a negation inside the event
        if self._negation.search(before) and not match.group(0).startswith(("不", "没")):
            return -value
        return value

    @staticmethod
    def _for_us(clause: str, match: re.Match[str], value: int, of_product: bool = False) -> int:
        """A competitor's success, said with no word of ours after its name, counts against us; so does
        its product's failure for us (吃了◆◆不见效), where the event says how a product did."""
        mark = clause.rfind(COMPETITOR_MARK, 0, match.start())
        if mark < 0 or _OUR_SIDE.search(clause, mark, match.start()):
            return value
        return -value if value > 0 or of_product else value

    def features(self, text: str) -> Features:
        return features(self.weighed(text), self.routine)

    def of(self, text: str, tone: ToneModel | None = None, offsets: Offsets | None = None) -> str:
        """The learned weighing of the note's events (sentiment_model.py), shifted by the company's
        offsets if it learned any, or the rules' weighing without a model. Where the model reads a
        routine contact and the company has learned no offsets of its own, the rules' weighing decides
        when it sees a side: the model learned the older writers' line between routine and good (most
        of its notes), and on four companies nobody read this raised sentiment from 0.611 to 0.676
        leaving each company out (bench/README.md, session 26, lead)."""
        model = shipped_model()
        if model is None:
            return self.by_rules(text, tone)
        weighed = self.weighed(text)  # read once, for the model and the rules
        label = model.label(features(weighed, self.routine), offsets)
        if label != "neutral" or offsets:
            return label
        return self._by_evidence(text, _sides([(name, value) for name, value, _ in weighed]), tone)

    def scores(self, text: str) -> dict[str, float] | None:
        """The model's score of each label for a note (None without a model)."""
        model = shipped_model()
        return model.scores(self.features(text)) if model else None

    def by_rules(self, text: str, tone: ToneModel | None = None) -> str:
        """One side clearly ahead decides; weak or balanced evidence is neutral unless the character
        n-gram classifier is sure of the same side."""
        return self._by_evidence(text, self.evidence(text), tone)

    @staticmethod
    def _by_evidence(text: str, evidence: tuple[int, int], tone: ToneModel | None) -> str:
        positive, negative = evidence
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
