"""How the visit went, from the whole note: a linear classifier over character n-grams.

Fitted with scikit-learn on the labelled sentences of tone.yaml (shipped in the package) plus any
confirmed notes of the company (learning), in well under a second, but importing scikit-learn costs
more than a whole cold `keqing extract` may. So the shipped model's weights ship too
(tone_weights.json, with the hash of the tone.yaml they were fitted on; `python -m memory.extract.tone`
writes them): scikit-learn is imported only to fit a company's own tone, or when tone.yaml has
changed since the weights were written.
"""

from __future__ import annotations

import hashlib
import json
import math
from functools import lru_cache
from pathlib import Path
from typing import Any

from memory.base.yamlfile import read_yaml

HERE = Path(__file__).parent
SOURCE = HERE / "tone.yaml"
WEIGHTS = HERE / "tone_weights.json"
LABELS = ("positive", "negative", "neutral")


@lru_cache(maxsize=1)
def shipped_examples() -> tuple[tuple[str, str], ...]:
    data = read_yaml(SOURCE)
    examples = []
    for key, sentences in data.items():
        label = key.removesuffix("_more")
        examples += [(sentence, label) for sentence in sentences]
    return tuple(examples)


def source_digest() -> str:
    return hashlib.sha256(SOURCE.read_bytes()).hexdigest()


class ToneModel:
    """Fitted with scikit-learn, then scored in plain Python from its weights: a call into sklearn
    costs milliseconds of input checks, the dot product of a short note microseconds."""

    labels: list[str]
    bias: list[float]
    weights: dict[str, tuple[float, list[float]]]  # gram: (idf, one weight per label)

    @classmethod
    def fitted(cls) -> ToneModel:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        examples = shipped_examples()
        vectorizer = TfidfVectorizer(analyzer="char", ngram_range=(2, 3), sublinear_tf=True)
        features = vectorizer.fit_transform([text for text, _ in examples])
        model = LogisticRegression(C=4.0, max_iter=500)
        model.fit(features, [label for _, label in examples])
        return cls(
            [str(label) for label in model.classes_],
            [float(b) for b in model.intercept_],
            {
                gram: (float(vectorizer.idf_[column]), [float(w) for w in model.coef_[:, column]])
                for gram, column in vectorizer.vocabulary_.items()
            },
        )

    def __init__(
        self, labels: list[str], bias: list[float], weights: dict[str, tuple[float, list[float]]]
    ) -> None:
        self.labels = labels
        self.bias = bias
        self.weights = weights

    def to_json(self) -> dict[str, Any]:
        grams = [[gram, idf, *row] for gram, (idf, row) in sorted(self.weights.items())]
        return {"labels": self.labels, "bias": self.bias, "weights": grams}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ToneModel:
        weights = {str(gram): (float(idf), [float(w) for w in row]) for gram, idf, *row in data["weights"]}
        return cls(list(data["labels"]), [float(b) for b in data["bias"]], weights)

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


def shipped_model() -> ToneModel | None:
    """The weights written for the current tone.yaml, if they are."""
    if not WEIGHTS.exists():
        return None
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    return ToneModel.from_json(data) if data.get("source") == source_digest() else None


@lru_cache(maxsize=8)
def tone_model() -> ToneModel:
    """The shipped model: its saved weights when current, else fitted from the shipped examples."""
    return shipped_model() or ToneModel.fitted()


def write_weights() -> None:
    data = {"source": source_digest(), **ToneModel.fitted().to_json()}
    WEIGHTS.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write_weights()
