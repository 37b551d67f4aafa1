"""Okapi BM25 (Lucene's variant: k1 = 1.5, b = 0.75, no (k1 + 1) factor) over an inverted index of
numpy arrays: every posting list is a slice of two arrays (passages, term counts), so an index is a
few arrays rather than one pair per word, quick to build and to read back from the disk cache.

Written here rather than imported: the library used before pulled in scipy, a quarter of a cold
`keqing ask`; numpy alone keeps a query over 100 000 passages in milliseconds.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping

K1 = 1.5
B = 0.75


class BM25:
    def __init__(self, corpus: list[list[str]]) -> None:
        import numpy

        lists: dict[str, tuple[list[int], list[int]]] = {}
        for index, words in enumerate(corpus):
            for word, count in Counter(words).items():
                found = lists.setdefault(word, ([], []))
                found[0].append(index)
                found[1].append(count)
        self.spans: dict[str, tuple[int, int]] = {}
        passages: list[int] = []
        counts: list[int] = []
        for word, (ids, tfs) in lists.items():
            self.spans[word] = (len(passages), len(passages) + len(ids))
            passages += ids
            counts += tfs
        self.passages = numpy.asarray(passages, dtype="int64")
        self.counts = numpy.asarray(counts, dtype="float64")
        lengths = numpy.asarray([len(words) for words in corpus], dtype="float64")
        average = float(lengths.mean()) if len(corpus) else 1.0
        self.norms = K1 * (1 - B + B * lengths / average)
        total = len(corpus)
        self.idf = {
            w: math.log(1 + (total - len(ids) + 0.5) / (len(ids) + 0.5)) for w, (ids, _) in lists.items()
        }

    def __contains__(self, word: str) -> bool:
        return word in self.spans

    def top(
        self, query: list[str], k: int, weights: Mapping[str, float] | None = None
    ) -> list[tuple[int, float]]:
        """(passage, score) of the k best passages with a positive score, best first; a query word
        counts `weights[word]` times (1 when not given)."""
        import numpy  # not kept on the object: an index is pickled to its disk cache (knowledge/index.py)

        scores = numpy.zeros(len(self.norms))
        for word in query:
            if word in self.spans:
                start, end = self.spans[word]
                ids, tfs = self.passages[start:end], self.counts[start:end]
                weight = weights.get(word, 1.0) if weights else 1.0
                scores[ids] += weight * self.idf[word] * tfs / (tfs + self.norms[ids])
        if k < len(scores):  # the k best unordered first: a full sort of 100 000 scores is the slow part
            candidates = numpy.argpartition(-scores, k)[:k]
            best = candidates[numpy.argsort(-scores[candidates], kind="stable")]
        else:
            best = numpy.argsort(-scores, kind="stable")
        return [(int(i), float(scores[i])) for i in best if scores[i] > 0]
