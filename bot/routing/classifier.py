"""A character n-gram linear classifier over marked messages, trained at first use on training.yaml
and on other writers' labelled messages (training_sets.yaml, written by bench/routing_training.py)."""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from bot.routing.classes import class_marks
from bot.routing.normalize import from_slots
from memory.base.yamlfile import read_yaml
from memory.extract.gazetteer import loose_pinyin

HERE = Path(__file__).parent


SETS = HERE / "training_sets.yaml"


def training_set(
    path: Path = HERE / "training.yaml", extra: Path | None = SETS
) -> tuple[list[str], list[str]]:
    """(marked phrases, intents) of the shipped training files. Phrases written by one hand alone
    routed a blind set's messages 126/130; with eight other writers' labelled messages 130/130, and no
    set left out of them routed worse by more than one message (bench/README.md, session 26)."""
    pairs = [
        (from_slots(phrase), intent)
        for source in (path, extra)
        if source is not None
        for intent, phrases in read_yaml(source).items()
        for phrase in phrases
    ]
    return [p for p, _ in pairs], [i for _, i in pairs]


def features(marked: str) -> str:
    """^ and $ let n-grams see how a message starts and ends (帮我…, …吗, …咋办); the class marks
    after them stand for whole classes of words (bot/routing/classes.py)."""
    return f"^{marked}$ {class_marks(marked)}"


def sounds(featured: str) -> list[str]:
    """The message's syllables, loosely (no tones; z/zh, in/ing … alike), one and two at a time: a
    character typed as another of the same sound (霉 for 没, 在 for 再) still gives the words it meant."""
    syllables = loose_pinyin(featured)
    return syllables + [f"{a} {b}" for a, b in pairwise(syllables)]


class Classifier:
    def __init__(self, texts: list[str], intents: list[str]) -> None:
        # scikit-learn takes about half a second to import: only a chat turn needs it, not the CLI.
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.multiclass import OneVsRestClassifier
        from sklearn.pipeline import make_pipeline, make_union
        from threadpoolctl import threadpool_limits

        # One-vs-rest liblinear: a tenth of a second on one core, where a multinomial fit takes
        # seconds when BLAS threads fight over a busy machine.
        self.model: Any = make_pipeline(
            make_union(
                TfidfVectorizer(analyzer="char", ngram_range=(1, 3), sublinear_tf=True),
                TfidfVectorizer(analyzer=sounds, sublinear_tf=True),
            ),
            OneVsRestClassifier(LogisticRegression(C=20, solver="liblinear", class_weight="balanced")),
        )
        with threadpool_limits(1):
            self.model.fit([features(t) for t in texts], intents)
        self.intents: list[str] = [str(c) for c in self.model.classes_]

    def scores(self, marked: str) -> dict[str, float]:
        """Each intent's probability, highest first."""
        probabilities = self.model.predict_proba([features(marked)])[0]
        ranked = sorted(zip(self.intents, probabilities, strict=True), key=lambda p: -p[1])
        return {intent: float(p) for intent, p in ranked}


@lru_cache(maxsize=1)
def shipped_classifier() -> Classifier:
    return Classifier(*training_set())
