"""How the contact felt, learned: a logistic regression over the outcome events and tone words of a note.

The events and tone words are those of memory/extract/sentiment.py (word classes in lexicon.yaml,
each signed by negation and by whose success it is); the model weighs each class, as writers of many
companies labelled their notes. It is fitted with scikit-learn on the labelled notes shipped beside it
(sentiment_notes.jsonl: the notes of the repository's company sets, a competitor's name written as
the competitor mark) in about a second; its weights ship too (sentiment_weights.json, written by
`python bench/sentiment_loco.py --write`), so a cold `keqing extract` scores in plain Python and
never imports scikit-learn. bench/sentiment_loco.py measures it leave-one-company-out.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from memory.extract.clear_gain import clearly_better

HERE = Path(__file__).parent
NOTES = HERE / "sentiment_notes.jsonl"
WEIGHTS = HERE / "sentiment_weights.json"
# the lexicon sections the features are read with: the weights are current only for these
SECTIONS = (
    "sentiment",
    "sentiment_events",
    "sentiment_negations",
    "sentiment_negation_fillers",
    "sentiment_asks",
    "sentiment_temporary",
    "sentiment_contrast",
)
# Regularisation, chosen leave-one-company-out (bench/README.md, "Sentiment, session 24").
STRENGTH = 0.3

Features = dict[str, float]
# A company's shift of the labels' scores, learned from its confirmed notes: how its reps draw the line
# between a routine contact and a good or bad one (a threshold no note-level feature sees).
Offsets = dict[str, float]
OFFSET_STEPS = [step / 4 for step in range(-6, 7)]
# The shift must fix this many more confirmed notes than it breaks.
MIN_GAIN = 3
# The shift is the best of 169: on random halvings of the readable companies the 5% test still let
# through shifts that lowered the other half's sentiment (guikang −0.150); at 1% none did
# (bench/learning_splits.py, bench/README.md "Session 27: learning guards").
OFFSET_LEVEL = 0.01


def best_label(scores: dict[str, float], offsets: Offsets | None = None) -> str:
    shift = offsets or {}
    return max(scores, key=lambda label: scores[label] + shift.get(label, 0.0))


def fit_offsets(
    notes: list[tuple[dict[str, float], str]],
    unchanged: list[dict[str, float]],
    *,
    readings: list[str] | None = None,
) -> Offsets | None:
    """The smallest shift of the positive and negative scores (neutral fixed) that reads the most
    confirmed notes (model scores, confirmed label) right, when it gains MIN_GAIN notes and, against
    the engine's `readings` of them without a shift (the model's labels if not given), fixes clearly
    more than it breaks (clear_gain.py); else None. A shift must leave the readings of `unchanged` as
    they are (a note with no evidence stays neutral: what the reps did not correct must not change)."""
    base = sum(best_label(scores) == gold for scores, gold in notes)
    shifts = [
        {"positive": p, "negative": n}
        for p in OFFSET_STEPS
        for n in OFFSET_STEPS
        if all(
            best_label(scores, {"positive": p, "negative": n}) == best_label(scores) for scores in unchanged
        )
    ]

    def merit(shift: Offsets) -> tuple[int, float]:
        gain = sum(best_label(scores, shift) == gold for scores, gold in notes) - base
        return gain, -sum(abs(value) for value in shift.values())

    best = max(shifts, key=merit, default=None)
    if best is None or merit(best)[0] < MIN_GAIN:
        return None
    before = readings or [best_label(scores) for scores, _ in notes]
    after = [best_label(scores, best) for scores, _ in notes]
    fixed = sum(new == gold != old for (_, gold), old, new in zip(notes, before, after, strict=True))
    broken = sum(old == gold != new for (_, gold), old, new in zip(notes, before, after, strict=True))
    return best if clearly_better(fixed, broken, OFFSET_LEVEL) else None


def features(found: Iterable[tuple[str, int, float]], routine: frozenset[str] = frozenset()) -> Features:
    """A note's features from its (class, signed weight, share) evidence: a count per class and sign, and
    the summed weight of each side (scaled to about one per event), each item counted by its share (a
    contrast makes what follows it count more than what went before). A note whose only evidence is
    routine business (`routine`: an order, a sale, a payment) is flagged: writers differ most on it, and
    the flag lets the model weigh it apart from the same order beside other good news (session 30)."""
    values: Features = {}
    positive = negative = 0.0
    names = set()
    for name, value, share in found:
        if not value:
            continue  # a refusal taken back to a pause: no evidence either way
        key = f"{name}:{'+' if value > 0 else '-'}"
        values[key] = values.get(key, 0.0) + share
        positive += share * max(value, 0)
        negative += share * max(-value, 0)
        names.add(key)
    values["positive"] = positive / 3
    values["negative"] = negative / 3
    if names and names <= {f"{name}:+" for name in routine}:
        values["routine only"] = 1.0
    return values


def labelled_notes() -> list[dict[str, str]]:
    """The shipped labelled notes: company, text (competitors marked) and sentiment."""
    return [json.loads(line) for line in NOTES.read_text("utf-8").splitlines() if line.strip()]


def source_digest(lexicon_data: dict[str, Any]) -> str:
    """What the weights were fitted from: the notes and the lexicon sections of the features."""
    sections = json.dumps({k: lexicon_data.get(k) for k in SECTIONS}, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(NOTES.read_bytes() + sections.encode("utf-8")).hexdigest()


class SentimentModel:
    """Multinomial logistic regression, scored from its weights (a dot product over a few features)."""

    def __init__(self, labels: list[str], bias: list[float], weights: dict[str, list[float]]) -> None:
        self.labels = labels
        self.bias = bias
        self.weights = weights

    @classmethod
    def fitted(cls, examples: list[tuple[Features, str]]) -> SentimentModel:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression

        vectorizer = DictVectorizer()
        matrix = vectorizer.fit_transform([values for values, _ in examples])
        model = LogisticRegression(C=STRENGTH, max_iter=3000, class_weight="balanced")
        model.fit(matrix, [label for _, label in examples])
        return cls(
            [str(label) for label in model.classes_],
            [float(b) for b in model.intercept_],
            {
                str(name): [float(w) for w in model.coef_[:, column]]
                for name, column in vectorizer.vocabulary_.items()
            },
        )

    def scores(self, values: Features) -> dict[str, float]:
        """Each label's score for a note's features."""
        scores = list(self.bias)
        for name, value in values.items():
            for index, weight in enumerate(self.weights.get(name, ())):
                scores[index] += weight * value
        return dict(zip(self.labels, scores, strict=True))

    def label(self, values: Features, offsets: Offsets | None = None) -> str:
        """The best label; `offsets`, a company's learned shift of its labels' scores, added first."""
        return best_label(self.scores(values), offsets)

    def to_json(self) -> dict[str, Any]:
        return {"labels": self.labels, "bias": self.bias, "weights": self.weights}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SentimentModel:
        weights = {str(k): [float(w) for w in row] for k, row in data["weights"].items()}
        return cls(list(data["labels"]), [float(b) for b in data["bias"]], weights)


@lru_cache(maxsize=1)
def shipped_model() -> SentimentModel | None:
    """The shipped weights (tests check they are current for the shipped notes and lexicon)."""
    if not WEIGHTS.exists():
        return None
    return SentimentModel.from_json(json.loads(WEIGHTS.read_text(encoding="utf-8")))
