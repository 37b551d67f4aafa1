"""Okapi BM25 (Lucene's variant, k1 = 1.5, b = 0.75) over an inverted index, in plain Python.

Written here rather than imported: the library used before pulled in scipy, a quarter of a cold
`keqing ask`, and a playbook of a few hundred passages needs no sparse matrices.
"""

from __future__ import annotations

import math
from collections import Counter

K1 = 1.5
B = 0.75


class BM25:
    def __init__(self, corpus: list[list[str]]) -> None:
        self.postings: dict[str, list[tuple[int, int]]] = {}
        for index, words in enumerate(corpus):
            for word, count in Counter(words).items():
                self.postings.setdefault(word, []).append((index, count))
        lengths = [len(words) for words in corpus]
        average = sum(lengths) / len(lengths) if lengths else 1.0
        self.norms = [K1 * (1 - B + B * length / average) for length in lengths]
        total = len(corpus)
        self.idf = {
            word: math.log(1 + (total - len(found) + 0.5) / (len(found) + 0.5))
            for word, found in self.postings.items()
        }

    def __contains__(self, word: str) -> bool:
        return word in self.postings

    def top(self, query: list[str], k: int) -> list[tuple[int, float]]:
        """(passage, score) of the k best passages with a positive score, best first."""
        scores: dict[int, float] = {}
        for word in query:
            idf = self.idf.get(word, 0.0)
            for index, count in self.postings.get(word, []):
                gain = idf * count / (count + self.norms[index])  # Lucene leaves out (k1 + 1)
                scores[index] = scores.get(index, 0.0) + gain
        best = sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:k]
        return [(index, score) for index, score in best if score > 0]
