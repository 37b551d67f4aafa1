"""A company's own tone: the shipped tone classifier retrained with the notes its reps confirmed.

The engine's sentiment (tone words, outcome events, the shipped classifier) is kept unless the
retrained classifier is sure of another reading. How sure it must be is chosen on the confirmed notes
themselves, each half judged by a model trained on the other half; the override is used only when it
fixes more confirmed notes than it breaks by a margin, so a company whose reps write like the shipped
examples keeps the engine's reading.
"""

from __future__ import annotations

from dataclasses import dataclass

from memory.extract.tone import ToneModel, tone_model

# Confirmed notes count this many times among the shipped sentences: they are the company's voice.
WEIGHT = 3
THRESHOLDS = (0.5, 0.6, 0.7, 0.8)
# The override must fix at least this many more held-out confirmed notes than it breaks.
MIN_GAIN = 2


@dataclass(frozen=True)
class Labelled:
    text: str
    gold: str  # the confirmed sentiment
    engine: str  # what the engine read without the company's tone


@dataclass(frozen=True)
class CompanyTone:
    model: ToneModel
    threshold: float

    def decide(self, text: str, engine: str) -> str:
        chances = self.model.probabilities(text)
        best = max(chances, key=lambda label: chances[label])
        return best if best != engine and chances[best] >= self.threshold else engine


def company_tone(examples: tuple[tuple[str, str], ...], threshold: float) -> CompanyTone:
    """The retrained classifier for (text, confirmed sentiment) pairs (cached per set of notes)."""
    return CompanyTone(tone_model(examples * WEIGHT), threshold)


def fit_threshold(notes: list[Labelled]) -> float | None:
    """The surest threshold with the best gain over the engine on held-out halves, or None."""
    if len(notes) < 2 * MIN_GAIN + 4:
        return None
    halves = (notes[0::2], notes[1::2])
    gains = dict.fromkeys(THRESHOLDS, 0)
    for train, test in (halves, halves[::-1]):
        model = ToneModel.fitted(tuple((n.text, n.gold) for n in train) * WEIGHT)
        for threshold in THRESHOLDS:
            tone = CompanyTone(model, threshold)
            for note in test:
                read = tone.decide(note.text, note.engine)
                gains[threshold] += (read == note.gold) - (note.engine == note.gold)
    best = max(THRESHOLDS, key=lambda t: (gains[t], t))
    return best if gains[best] >= MIN_GAIN else None
