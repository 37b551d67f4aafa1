"""Hybrid retrieval: BM25 over jieba words and Chroma vectors over character n-grams, both on the
question expanded with the synonym lexicon, fused by weighted reciprocal rank."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any

from knowledge.expand import expand, load_synonyms
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


def tokens(text: str, tokenizer: Any) -> list[str]:
    words = [w.strip() for w in tokenizer.cut_for_search(text)]
    return [w for w in words if w and re.search(r"[\u4e00-\u9fffA-Za-z0-9]", w) and w not in _STOP]


class Retriever:
    def __init__(
        self, store: KnowledgeStore, *, bm25_weight: float = 1.0, vector_weight: float = 0.3
    ) -> None:
        import jieba

        jieba.setLogLevel(60)
        self.store = store
        self.synonyms = load_synonyms(store.home / "synonyms.yaml")
        self.tokenizer = jieba.Tokenizer()
        for key, terms in self.synonyms.items():
            for word in (key, *terms):
                self.tokenizer.add_word(word)
        self.weights = (bm25_weight, vector_weight)
        self._chunks: list[dict[str, Any]] = []
        self._bm25: Any = None
        self._version: tuple[int, float] = (-1, 0.0)
        self._position: dict[str, int] = {}

    def _refresh(self) -> None:
        import bm25s

        version = self.store.version()
        if version == self._version:
            return
        chunks = self.store.all_chunks()
        self._chunks = chunks
        self._position = {c["id"]: i for i, c in enumerate(chunks)}
        self._bm25 = None
        if chunks:
            self._bm25 = bm25s.BM25()
            corpus = [tokens(f"{c['title']} {c['body']}", self.tokenizer) or ["∅"] for c in chunks]
            self._bm25.index(corpus, show_progress=False)
        self._version = version

    def bm25_ranking(self, query: str, depth: int) -> list[int]:
        if self._bm25 is None:
            return []
        known = [t for t in tokens(query, self.tokenizer) if t in self._bm25.vocab_dict]
        if not known:
            return []
        found, scores = self._bm25.retrieve([known], k=min(depth, len(self._chunks)), show_progress=False)
        return [int(i) for i, score in zip(found[0], scores[0], strict=True) if score > 0]

    def vector_ranking(self, query: str, depth: int) -> list[int]:
        try:
            found = self.store.vectors.similarity_search_with_score(query, k=min(depth, len(self._chunks)))
        except Exception:  # an embedding endpoint that is down: BM25 alone still answers
            log.warning("vector search failed; answering from BM25 alone", exc_info=True)
            return []
        return [self._position[d.id] for d, _distance in found if d.id in self._position]

    def search(self, question: str, k: int = 3) -> list[Passage]:
        self._refresh()
        if not self._chunks or not question.strip():
            return []
        query = expand(question, self.synonyms)
        depth = max(50, k * 10)
        fused: dict[int, float] = {}
        for weight, ranking in zip(
            self.weights, (self.bm25_ranking(query, depth), self.vector_ranking(query, depth)), strict=True
        ):
            for rank, index in enumerate(ranking):
                fused[index] = fused.get(index, 0.0) + weight / (RRF_K + rank + 1)
        best = sorted(fused.items(), key=lambda item: -item[1])[:k]
        top = best[0][1] if best else 1.0
        return [
            Passage(
                id=self._chunks[i]["id"],
                title=self._chunks[i]["title"],
                source=self._chunks[i]["source"],
                section=self._chunks[i]["section"],
                text=self._chunks[i]["body"],
                score=round(score / top, 4),
            )
            for i, score in best
        ]
