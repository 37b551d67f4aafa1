"""How the visit went, from the whole note: a linear classifier over character n-grams.

Trained when the engine is built, in well under a second, on the labelled sentences of tone.yaml
(shipped in the package) plus any confirmed notes of the company (learning). scikit-learn is
imported here only, so nothing pays for it until an engine is built.
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

from memory.base.yamlfile import read_yaml

HERE = Path(__file__).parent
LABELS = ("positive", "negative", "neutral")


@lru_cache(maxsize=1)
def shipped_examples() -> tuple[tuple[str, str], ...]:
    data = read_yaml(HERE / "tone.yaml")
    examples = []
    for key, sentences in data.items():
        label = key.removesuffix("_more")
        examples += [(sentence, label) for sentence in sentences]
    return tuple(examples)


class ToneModel:
    """Fitted with scikit-learn, then scored in plain Python from its weights: a call into sklearn
    costs milliseconds of input checks, the dot product of a short note microseconds."""

    def __init__(self, extra: tuple[tuple[str, str], ...] = ()) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        examples = (*shipped_examples(), *extra)
        vectorizer = TfidfVectorizer(analyzer="char", ngram_range=(2, 3), sublinear_tf=True)
        features = vectorizer.fit_transform([text for text, _ in examples])
        model = LogisticRegression(C=4.0, max_iter=500)
        model.fit(features, [label for _, label in examples])
        self.labels = [str(label) for label in model.classes_]
        self.bias = [float(b) for b in model.intercept_]
        self.weights = {
            gram: (float(vectorizer.idf_[column]), [float(w) for w in model.coef_[:, column]])
            for gram, column in vectorizer.vocabulary_.items()
        }

    def probabilities(self, text: str) -> dict[str, float]:
        counts: dict[str, int] = {}
        for size in (2, 3):
            for start in range(len(text) - size + 1):
                gram = text[start : start + size]
                if gram in self.weights:
                    counts[gram] = counts.get(gram, 0) + 1
        values = {gram: (1 + math.log(n)) * self.weights[gram][0] for gram, n in counts.items()}
        norm = math.sqrt(sum(v * v for v in values.values())) or 1.0
        scores = list(self.bias)
        for gram, value in values.items():
            for index, weight in enumerate(self.weights[gram][1]):
                scores[index] += weight * value / norm
        top = max(scores)
        exp = [math.exp(score - top) for score in scores]
        return {label: e / sum(exp) for label, e in zip(self.labels, exp, strict=True)}


@lru_cache(maxsize=8)
def tone_model(extra: tuple[tuple[str, str], ...] = ()) -> ToneModel:
    return ToneModel(extra)
