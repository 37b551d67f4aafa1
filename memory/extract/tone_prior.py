"""A company's tone prior: how its reps mark a routine contact that did business.

The engine calls a contact positive only on evidence (tone words, good outcomes); an order taken with
no word of feeling is neutral. Some companies' reps mark every such contact positive. Their confirmed
records show it: among the confirmed notes the engine read neutral with nothing against us, no
grievance and no competitor, those with business done are mostly positive. The prior is learned only
when one cue (an order; an order or a sale) would fix clearly more of those confirmed notes than it
breaks (memory/extract/clear_gain.py), so a company whose reps write like the engine reads keeps its
readings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from memory.extract.clear_gain import clearly_better

# the business that may make a routine contact positive: a product line of these kinds
CUES: dict[str, frozenset[str]] = {
    "order": frozenset({"order"}),
    "trade": frozenset({"order", "sold"}),
}
# Needs that are grievances (a batch to swap, margin too thin, payment to defer): an order that comes
# with one is a mixed contact, as is one where a competitor is named.
GRIEVANCES = frozenset({"return_exchange", "margin", "credit"})
# The prior must fix this many more confirmed notes than it breaks.
MIN_GAIN = 3


@dataclass(frozen=True)
class Contact:
    """What the engine read of a contact, before the prior."""

    reading: str  # the engine's sentiment
    negative: int  # negative evidence in the note (memory/extract/sentiment.py)
    kinds: frozenset[str]  # kinds of the product lines read
    needs: frozenset[str]
    competitors: bool  # a competitor is named

    @classmethod
    def of(cls, record: dict[str, Any], negative: int) -> Contact:
        return cls(
            record["sentiment"],
            negative,
            frozenset(p["kind"] for p in record.get("products") or []),
            frozenset(record.get("needs") or []),
            bool(record.get("competitors")),
        )


@dataclass(frozen=True)
class Routine:
    """A confirmed note: the engine's reading and the confirmed sentiment."""

    contact: Contact
    gold: str


def applies(cue: str, contact: Contact) -> bool:
    """A contact read neutral with nothing against us, no grievance, no competitor, and business done."""
    return (
        contact.reading == "neutral"
        and contact.negative == 0
        and not contact.competitors
        and not contact.needs & GRIEVANCES
        and bool(CUES[cue] & contact.kinds)
    )


def decide(cue: str | None, contact: Contact) -> str:
    """The reading with the company's prior: a routine contact with business done is positive."""
    return "positive" if cue is not None and applies(cue, contact) else contact.reading


def fit_prior(notes: list[Routine]) -> str | None:
    """The cue with the best gain over the engine on the confirmed notes, when it is clear; else None."""
    best: tuple[int, str] | None = None
    for cue in CUES:
        flipped = [n for n in notes if applies(cue, n.contact)]
        right = sum(n.gold == "positive" for n in flipped)
        broken = sum(n.gold == "neutral" for n in flipped)
        gain = right - broken
        if gain >= MIN_GAIN and clearly_better(right, broken) and (best is None or gain > best[0]):
            best = (gain, cue)
    return best[1] if best else None
