"""A company's tone prior: how its reps mark a routine contact that did business.

The engine calls a contact positive only on evidence (tone words, good outcomes); an order taken with
no word of feeling is neutral. Some companies' reps mark every such contact positive. Their confirmed
records show it: among the confirmed notes the engine read neutral with no negative evidence, those
with business done are mostly positive. The prior is learned only when one cue (an order; an order or
a sale) would fix clearly more of those confirmed notes than it breaks, so a company whose reps write
like the engine reads keeps its readings.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

# the business that may make a routine contact positive: a product line of these kinds
CUES: dict[str, frozenset[str]] = {
    "order": frozenset({"order"}),
    "trade": frozenset({"order", "sold"}),
}
# The prior must fix this many more confirmed notes than it breaks, and be right this often.
MIN_GAIN = 3
MIN_SHARE = 2 / 3


@dataclass(frozen=True)
class Routine:
    """A confirmed note as the engine read it without the prior."""

    kinds: frozenset[str]  # kinds of the product lines the engine read
    reading: str  # the engine's sentiment
    negative: int  # negative evidence in the note (memory/extract/sentiment.py)
    gold: str  # the confirmed sentiment


def applies(cue: str, kinds: Iterable[str], reading: str, negative: int) -> bool:
    return reading == "neutral" and negative == 0 and bool(CUES[cue] & set(kinds))


def decide(cue: str | None, kinds: Iterable[str], reading: str, negative: int) -> str:
    """The reading with the company's prior: a neutral contact with business done is positive."""
    return "positive" if cue is not None and applies(cue, kinds, reading, negative) else reading


def fit_prior(notes: list[Routine]) -> str | None:
    """The cue with the best gain over the engine on the confirmed notes, when it is clear; else None."""
    best: tuple[int, str] | None = None
    for cue in CUES:
        flipped = [n for n in notes if applies(cue, n.kinds, n.reading, n.negative)]
        right = sum(n.gold == "positive" for n in flipped)
        gain = right - sum(n.gold == "neutral" for n in flipped)
        if gain >= MIN_GAIN and right >= MIN_SHARE * len(flipped) and (best is None or gain > best[0]):
            best = (gain, cue)
    return best[1] if best else None
