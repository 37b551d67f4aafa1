"""How the visit went, from the whole note: a linear classifier over character n-grams.

Trained when the engine is built, in well under a second, on the labelled sentences of tone.yaml
(shipped in the package) plus any confirmed notes of the company (learning). scikit-learn is
imported here only, so nothing pays for it until an engine is built.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).parent
LABELS = ("positive", "negative", "neutral")


@lru_cache(maxsize=1)
def shipped_examples() -> tuple[tuple[str, str], ...]:
    data = yaml.safe_load((HERE / "tone.yaml").read_text(encoding="utf-8"))
    examples = []
    for key, sentences in data.items():
        label = key.removesuffix("_more")
        examples += [(sentence, label) for sentence in sentences]
    return tuple(examples)


class ToneModel:
    def __init__(self, extra: tuple[tuple[str, str], ...] = ()) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        examples = (*shipped_examples(), *extra)
        self.vectorizer = TfidfVectorizer(analyzer="char", ngram_range=(2, 3), sublinear_tf=True)
        features = self.vectorizer.fit_transform([text for text, _ in examples])
        self.model: Any = LogisticRegression(C=4.0, max_iter=500)
        self.model.fit(features, [label for _, label in examples])

    def probabilities(self, text: str) -> dict[str, float]:
        row = self.model.predict_proba(self.vectorizer.transform([text]))[0]
        return {str(label): float(p) for label, p in zip(self.model.classes_, row, strict=True)}


@lru_cache(maxsize=8)
def tone_model(extra: tuple[tuple[str, str], ...] = ()) -> ToneModel:
    return ToneModel(extra)
