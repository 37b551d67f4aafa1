"""Hybrid retrieval: BM25 over jieba words and Chroma vectors over character n-grams, both on the
question expanded with the knowledge base's own words (knowledge/expand.py), fused by weighted
reciprocal rank. Each retrieval also reports absolute evidence (BM25 score, cosine similarity, the
share of the question's words the best passage holds) for the relevance gate."""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from knowledge.bm25 import BM25
from knowledge.embed import char_ngram_vector
from knowledge.expand import RESOURCES, Expander, load_synonyms
from knowledge.store import KnowledgeStore

RRF_K = 60
_STOP = set("的了是在和与及或也都就还要吗呢吧啊呀么怎么什么哪些一个有没有能不能咱我你他她们这那")


log = logging.getLogger("keqing.search")


@dataclass(frozen=True)
class Passage:
    id: str
    title: str
    source: str
    section: str
    text: str
    score: float


@dataclass(frozen=True)
class Retrieval:
    """The passages, best first, and how strongly the best one matches (absolute, not relative)."""

    passages: list[Passage]
    bm25: float = 0.0
    cosine: float = 0.0
    coverage: float = 0.0
    words: list[str] = field(default_factory=list)


def tokens(text: str, tokenizer: Any) -> list[str]:
    words = [w.strip() for w in tokenizer.cut_for_search(text)]
    return [w for w in words if w and re.search(r"[\u4e00-\u9fffA-Za-z0-9]", w) and w not in _STOP]


class Retriever:
    def __init__(
        self,
        store: KnowledgeStore,
        *,
        bm25_weight: float = 1.0,
        vector_weight: float = 0.3,
        resources: Iterable[str] = RESOURCES,
    ) -> None:
        import jieba

        jieba.setLogLevel(60)
        self.store = store
        self.synonyms = load_synonyms(store.home / "synonyms.yaml")
        self.expander = Expander(self.synonyms, resources)
        self.tokenizer = jieba.Tokenizer()
        for word in self.expander.vocabulary_words():
            self.tokenizer.add_word(word)
        self.weights = (bm25_weight, vector_weight)
        self._chunks: list[dict[str, Any]] = []
        self._bm25: BM25 | None = None
        self._idf: dict[str, float] = {}
        self._version: tuple[int, float] = (-1, 0.0)
        self._position: dict[str, int] = {}
        self._matrix: Any = None
        self._numpy: Any = None

    def _refresh(self) -> None:
        version = self.store.version()
        if version == self._version:
            return
        seen: set[str] = set()
        chunks = []
        for chunk in self.store.all_chunks():  # a passage two sources share is shown once
            if chunk["digest"] not in seen:
                seen.add(chunk["digest"])
                chunks.append(chunk)
        self._chunks = chunks
        self._position = {c["id"]: i for i, c in enumerate(chunks)}
        corpus = [tokens(f"{c['title']} {c['body']}", self.tokenizer) or ["∅"] for c in chunks]
        self._bm25 = BM25(corpus) if chunks else None
        frequency: dict[str, int] = {}
        for words in corpus:
            for word in set(words):
                frequency[word] = frequency.get(word, 0) + 1
        self._idf = {w: math.log(1 + len(corpus) / n) for w, n in frequency.items()}
        self._matrix = None
        if self.store.local and chunks:  # the offline embedding, compared in process: no Chroma to load
            import numpy

            self._numpy = numpy
            texts = [f"{c['title']}\n{c['body']}" for c in chunks]
            self._matrix = numpy.asarray([char_ngram_vector(t) for t in texts], dtype="float32")
        self.expander.reindex(set(frequency), self.tokenizer.FREQ)
        self._version = version

    def bm25_ranking(self, query: str, depth: int) -> list[tuple[int, float]]:
        if self._bm25 is None:
            return []
        return self._bm25.top(tokens(query, self.tokenizer), depth)

    def vector_ranking(self, query: str, depth: int) -> list[tuple[int, float]]:
        if self._matrix is not None:
            similarity = self._matrix @ self._numpy.asarray(char_ngram_vector(query), dtype="float32")
            best = self._numpy.argsort(-similarity)[:depth]
            return [(int(i), float(similarity[i])) for i in best if similarity[i] > 0]
        try:
            found = self.store.vectors.similarity_search_with_score(query, k=min(depth, len(self._chunks)))
        except Exception:  # an embedding endpoint that is down: BM25 alone still answers
            log.warning("vector search failed; answering from BM25 alone", exc_info=True)
            return []
        return [(self._position[i], 1.0 - distance) for i, distance in found if i in self._position]

    def expanded(self, question: str) -> str:
        """The question followed by the knowledge base's words for it."""
        self._refresh()
        words = [w for w in self.tokenizer.cut(question, HMM=False) if w.strip()]
        extra = self.expander.terms(question, words)
        return f"{question} {' '.join(extra)}" if extra else question

    def titles(self) -> list[str]:
        self._refresh()
        return [c["title"] for c in self._chunks]

    def search(self, question: str, k: int = 3) -> list[Passage]:
        return self.retrieve(question, k).passages

    def retrieve(self, question: str, k: int = 3) -> Retrieval:
        self._refresh()
        if not self._chunks or not question.strip():
            return Retrieval([])
        query = self.expanded(question)
        depth = max(50, k * 10)
        lexical, vector = self.bm25_ranking(query, depth), self.vector_ranking(query, depth)
        fused: dict[int, float] = {}
        for weight, ranking in zip(self.weights, (lexical, vector), strict=True):
            for rank, (index, _score) in enumerate(ranking):
                fused[index] = fused.get(index, 0.0) + weight / (RRF_K + rank + 1)
        best = self._one_per_section(sorted(fused.items(), key=lambda item: -item[1]), k)
        top = best[0][1] if best else 1.0
        passages = [self._passage(i, score / top) for i, score in best]
        words = tokens(query, self.tokenizer)
        return Retrieval(
            passages,
            bm25=lexical[0][1] if lexical else 0.0,
            cosine=vector[0][1] if vector else 0.0,
            coverage=self.coverage(words, best[0][0]) if best else 0.0,
            words=words,
        )

    def _one_per_section(self, ranked: list[tuple[int, float]], k: int) -> list[tuple[int, float]]:
        """The best passage of each section: three passages of one section would crowd out the others."""
        seen: set[tuple[str, str]] = set()
        kept: list[tuple[int, float]] = []
        for index, score in ranked:
            key = (self._chunks[index]["source"], self._chunks[index]["section"])
            if key not in seen:
                seen.add(key)
                kept.append((index, score))
                if len(kept) == k:
                    break
        return kept

    def coverage(self, words: list[str], index: int) -> float:
        """The IDF-weighted share of the query's words found in one passage (unknown words weigh most)."""
        chunk = self._chunks[index]
        text = f"{chunk['title']} {chunk['body']}"
        unknown = math.log(1 + len(self._chunks))
        weights = {w: self._idf.get(w, unknown) for w in set(words)}
        total = sum(weights.values()) or 1.0
        return sum(weight for word, weight in weights.items() if word in text) / total

    def _passage(self, index: int, score: float) -> Passage:
        chunk = self._chunks[index]
        return Passage(
            id=chunk["id"],
            title=chunk["title"],
            source=chunk["source"],
            section=chunk["section"],
            text=chunk["body"],
            score=round(score, 4),
        )
