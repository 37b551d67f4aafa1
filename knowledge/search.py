"""Hybrid retrieval: BM25 over jieba words and over character bigrams, BM25 over whole sections, and
Chroma vectors over character n-grams, all on the question expanded with the knowledge base's own
words (knowledge/expand.py) and the concept classes' words for the situation it tells
(knowledge/concepts.py), setting words (卫生院, 老板) weighing less, and BM25 over the situations each
playbook section answers (knowledge/situations.py), fused by weighted reciprocal rank (each view
measured in bench/README.md).
Each retrieval also reports absolute evidence (BM25 score, cosine similarity, the share of the
question's words the best passage holds, how much the question talks the trade) for the relevance gate."""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from knowledge.affairs import without_affairs
from knowledge.concepts import (
    SETTING_WEIGHT,
    concept_keys,
    setting_bigrams,
    setting_terms,
    setting_words,
    term_weights,
)
from knowledge.embed import char_ngram_vector
from knowledge.expand import RESOURCES, Expander, load_synonyms
from knowledge.favours import foreign_thing
from knowledge.index import Index, cached_index, tokens
from knowledge.lexical import bigrams
from knowledge.paperwork import paperwork
from knowledge.regional import in_mandarin
from knowledge.situations import terms
from knowledge.store import KnowledgeStore
from knowledge.trades import names_a_thing, other_trade
from memory.base.dictionary import dictionary_tokenizer

RRF_K = 60
# A question this close to one section's written scenes (the situations view's BM25 score) keeps that
# section among the k best: chosen on the readable and check sets (bench/README.md, session 27).
CLOSE_SCENE = 10.0
# The weight of each ranking in the fusion, chosen on the tune questions (bench/README.md).
EXPANSION_WEIGHT = 0.5  # a word the expansion added counts less than the rep's own word
VIEWS = {
    "words": 1.0,
    "vectors": 0.6,
    "passage_bigrams": 0.5,
    "section_words": 0.0,
    "section_bigrams": 1.0,
    "situations": 3.0,
}


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
    # The keyness of the expanded question's words (those the expansion added at EXPANSION_WEIGHT): how
    # much the question talks the trade. An added word counts less, as in the ranking: 领导 → 管理者
    # does not make a question about one's pay a question of the trade.
    domain: float = 0.0
    # The keyness of the question's strongest own word (陈列, 返点, 村医): one such word says the question
    # talks the trade however short it is.
    strongest: float = 0.0
    # The goods of another line of business the question is about (奶茶店…, 卖保险的…; knowledge/trades.py).
    other_trade: str = ""
    # The licence or permit the question asks to obtain or renew (营业执照, 证; knowledge/paperwork.py).
    paperwork: str = ""
    # The question's own words (stop words aside), and those of them the knowledge base never uses (its
    # passages' words, its domain vocabulary): 人家不要我的货 has none, 公司年假几天 has 假.
    own: tuple[str, ...] = ()
    unknown: tuple[str, ...] = ()
    # How close the question comes to the written scenes of the nearest playbook section (the situations
    # view's BM25 score, on the question expanded without the concept classes, as the other evidence).
    scenes: float = 0.0

    def unknown_things(self) -> tuple[str, ...]:
        """The unknown words that name a thing (车险, 年终奖, 北京): what else the question may be about.
        An unknown verb or quality (搭理, 贵) is only how the rep puts it."""
        return tuple(w for w in self.unknown if names_a_thing(w))


class Retriever:
    def __init__(
        self,
        store: KnowledgeStore,
        *,
        views: dict[str, float] | None = None,
        resources: Iterable[str] = RESOURCES,
    ) -> None:
        self.store = store
        self.synonyms = load_synonyms(store.home / "synonyms.yaml")
        self.expander = Expander(self.synonyms, resources)
        self.tokenizer = dictionary_tokenizer()
        self.added = sorted(self.expander.vocabulary_words())
        for word in self.added:
            self.tokenizer.add_word(word)
        self.views = dict(VIEWS if views is None else views)
        self.expansion_weight = EXPANSION_WEIGHT
        self.setting_weight = SETTING_WEIGHT
        self.close_scene = CLOSE_SCENE
        self._index = Index()
        self._version: tuple[int, float] = (-1, 0.0)
        self._position: dict[str, int] = {}
        self._known: set[str] = set()
        self._said: frozenset[str] | None = None

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
        # the offline embedding is compared in process when the store is local: no Chroma to load
        path = self.store.folder / f"{self.store.collection}.index"
        self._index = cached_index(path, chunks, self.tokenizer, self.added, vectors=self.store.local)
        self._position = {c["id"]: i for i, c in enumerate(chunks)}
        self.expander.reindex(self._index.vocabulary, self.tokenizer.FREQ)
        self._known = self._index.vocabulary | set(self.synonyms) | set(self.added)
        self._version = version

    def bm25_ranking(
        self, query: str, depth: int, question: str = "", words: list[str] | None = None
    ) -> list[tuple[int, float]]:
        """Word BM25 of the (expanded) query (its `words`, when already cut); words not in `question`
        weigh EXPANSION_WEIGHT, setting words SETTING_WEIGHT."""
        if self._index.bm25 is None:
            return []
        words = tokens(query, self.tokenizer) if words is None else words
        return self._index.bm25.top(words, depth, self._word_weights(question or query, words))

    def _word_weights(self, question: str, words: list[str]) -> dict[str, float]:
        own = [w for w in words if w in question]
        return term_weights(words, own, setting_words(), self.expansion_weight, self.setting_weight)

    def vector_ranking(self, query: str, depth: int) -> list[tuple[int, float]]:
        if self._index.matrix is not None:
            import numpy

            similarity = self._index.matrix @ numpy.asarray(char_ngram_vector(query), dtype="float32")
            best = numpy.argsort(-similarity)[:depth]
            return [(int(i), float(similarity[i])) for i in best if similarity[i] > 0]
        try:
            depth = min(depth, len(self._index.chunks))
            found = self.store.vectors.similarity_search_with_score(query, k=depth)
        except Exception:  # an embedding endpoint that is down: BM25 alone still answers
            log.warning("vector search failed; answering from BM25 alone", exc_info=True)
            return []
        return [(self._position[i], 1.0 - distance) for i, distance in found if i in self._position]

    def expanded(self, question: str, concepts: bool = True) -> str:
        """The question (regional words in Mandarin) followed by the knowledge base's words for it;
        without `concepts`, the concept classes' words left out (what the relevance gate weighs)."""
        full, plain = self._queries(question)
        return full if concepts else plain

    def _queries(self, question: str) -> tuple[str, str]:
        """The question expanded with the concept classes (for the ranking) and without (for the gate)."""
        self._refresh()
        question = in_mandarin(question, self.store.home / "regional.yaml")
        words = [w for w in self.tokenizer.cut(question, HMM=False) if w.strip()]
        full, plain = self.expander.both(question, words)
        return self._joined(question, full), self._joined(question, plain)

    @staticmethod
    def _joined(question: str, extra: list[str]) -> str:
        return f"{question} {' '.join(extra)}" if extra else question

    def titles(self) -> list[str]:
        self._refresh()
        return [c["title"] for c in self._index.chunks]

    def search(self, question: str, k: int = 3) -> list[Passage]:
        return self.retrieve(question, k).passages

    def retrieve(self, question: str, k: int = 3) -> Retrieval:
        self._refresh()
        if not self._index.chunks or not question.strip():
            return Retrieval([])
        question = in_mandarin(question, self.store.home / "regional.yaml")
        query, plain = self._queries(question)
        depth = max(50, k * 10)
        words = tokens(query, self.tokenizer)
        lexical = self.bm25_ranking(query, depth, question, words)
        vector = self.vector_ranking(query, depth)
        fused = self._fuse(question, query, words, depth, (lexical, vector))
        best = self._one_per_section(sorted(fused.items(), key=lambda item: -item[1]), k)
        best = self._with_close_scene(question, query, fused, best, k)
        top = best[0][1] if best else 1.0
        passages = [self._passage(i, score / top) for i, score in best]
        # the gate judges a question about the rep's own affairs alone without them (knowledge/affairs.py)
        judged = without_affairs(question)
        if judged != question:
            plain = self._queries(judged)[1]
        if plain != query:
            words, vector = tokens(plain, self.tokenizer), self.vector_ranking(plain, 1)
        found = self._evidence((question, judged), words, vector, passages, best[0][0] if best else None)
        return replace(found, scenes=self._scenes(judged, plain))

    def _with_close_scene(
        self, question: str, query: str, fused: dict[int, float], best: list[tuple[int, float]], k: int
    ) -> list[tuple[int, float]]:
        """The section whose written scenes the question comes very close to (score ≥ CLOSE_SCENE) keeps
        a place among the k best, last if the fusion left it out: reciprocal rank weighs a clear first
        place in one view no more than a narrow one."""
        scenes = self._index.situations
        if scenes is None or not self.views.get("situations") or len(best) < k:
            return best
        members, score = scenes.nearest(terms(query), self._situation_weights(question, query))
        if score < self.close_scene or any(index in members for index, _ in best):
            return best
        chosen = max(members, key=lambda index: fused.get(index, 0.0))
        return [*best[: k - 1], (chosen, fused.get(chosen, 0.0))]

    def _scenes(self, question: str, plain: str) -> float:
        if self._index.situations is None:
            return 0.0
        return self._index.situations.closeness(terms(plain), self._situation_weights(question, plain))

    def _evidence(
        self,
        asked: tuple[str, str],
        words: list[str],
        vector: list[tuple[int, float]],
        passages: list[Passage],
        best: int | None,
    ) -> Retrieval:
        """The passages with the gate's absolute evidence, from the question expanded without the concept
        classes (`words`, `vector`): the relevance thresholds were set on that expansion, and a situation
        said in everyday words (对我爱答不理) is no sign that a question is about the trade. `asked`: the
        question, and what the gate judges of it (without the rep's own affairs); the things it names
        (own, unknown, another trade) are the whole question's."""
        question, judged = asked
        own = [w for w in self._cut(question) if w in tokens(w, self.tokenizer)]
        return Retrieval(
            passages,
            bm25=self._bm25_evidence(judged, words),
            cosine=vector[0][1] if vector else 0.0,
            coverage=self.coverage(words, best) if best is not None else 0.0,
            words=words,
            domain=self._domain(judged, words),
            strongest=max((self._index.keyness.get(w, 0.0) for w in words if w in judged), default=0.0),
            other_trade=other_trade(question, self._cut, self._known),
            paperwork=paperwork(question, self._cut, self._known),
            own=tuple(own),
            unknown=tuple(w for w in own if w not in self._known),
        )

    def _bm25_evidence(self, question: str, words: list[str]) -> float:
        """The best passage's word BM25 with setting words at full weight, for the gate: a question is
        no less about the trade for naming where it happens (the gate's thresholds were set so)."""
        if self._index.bm25 is None:
            return 0.0
        own = [w for w in words if w in question]
        weights = term_weights(words, own, frozenset(), self.expansion_weight, 1.0)
        best = self._index.bm25.top(words, 1, weights)
        return best[0][1] if best else 0.0

    def foreign_thing(self, retrieval: Retrieval) -> str:
        """A noun of general Chinese the question names and the knowledge base never speaks of, nor its
        concept classes' phrases (knowledge/favours.py)."""
        if self._said is None:
            self._said = frozenset(w for phrase in concept_keys() for w in self._cut(phrase))
        return foreign_thing(retrieval.unknown, self._said)

    def _cut(self, text: str) -> list[str]:
        return [w for w in self.tokenizer.cut(text, HMM=False) if w.strip()]

    def _domain(self, question: str, words: list[str]) -> float:
        """How much the question talks the trade: its words' keyness, an added word's at its weight."""
        weight = self.expansion_weight
        return sum(self._index.keyness.get(w, 0.0) * (1.0 if w in question else weight) for w in set(words))

    def _fuse(
        self,
        question: str,
        query: str,
        words: list[str],
        depth: int,
        ranked: tuple[list[tuple[int, float]], list[tuple[int, float]]],
    ) -> dict[int, float]:
        """Weighted reciprocal rank fusion of every view (a section's rank counts for each passage of it);
        `ranked` holds the word BM25 and the vector rankings, the other views are ranked here."""
        lexical, vector = ranked
        rankings = {"words": [[i] for i, _ in lexical], "vectors": [[i] for i, _ in vector]}
        if self._index.lexical is not None:
            pairs = term_weights(
                bigrams(query),
                bigrams(question),
                setting_bigrams(),
                self.expansion_weight,
                self.setting_weight,
            )
            weights = (self._word_weights(question, words), pairs)
            rankings |= self._index.lexical.rankings(query, words, depth, weights)
        if self.views.get("situations") and self._index.situations is not None:
            scene_weights = self._situation_weights(question, query)
            rankings["situations"] = self._index.situations.ranking(terms(query), scene_weights, depth)
        fused: dict[int, float] = {}
        for view, groups in rankings.items():
            weight = self.views.get(view, 0.0)
            for rank, group in enumerate(groups if weight else []):
                for index in group:
                    fused[index] = fused.get(index, 0.0) + weight / (RRF_K + rank + 1)
        return fused

    def _situation_weights(self, question: str, query: str) -> dict[str, float]:
        """The situations view's term weights: an added term at EXPANSION_WEIGHT, and the setting words'
        bigrams and characters (卫生院 → 卫, 生, 院) muted as in the other lexical views."""
        return term_weights(
            terms(query), terms(question), setting_terms(), self.expansion_weight, self.setting_weight
        )

    def _one_per_section(self, ranked: list[tuple[int, float]], k: int) -> list[tuple[int, float]]:
        """The best passage of each section: three passages of one section would crowd out the others."""
        seen: set[tuple[str, str]] = set()
        kept: list[tuple[int, float]] = []
        for index, score in ranked:
            chunk = self._index.chunks[index]
            key = (chunk["source"], chunk["section"])
            if key not in seen:
                seen.add(key)
                kept.append((index, score))
                if len(kept) == k:
                    break
        return kept

    def coverage(self, words: list[str], index: int) -> float:
        """The IDF-weighted share of the query's words found in one passage (unknown words weigh most)."""
        chunk = self._index.chunks[index]
        text = f"{chunk['title']} {chunk['body']}"
        unknown = math.log(1 + len(self._index.chunks))
        weights = {w: self._index.idf.get(w, unknown) for w in set(words)}
        total = sum(weights.values()) or 1.0
        return sum(weight for word, weight in weights.items() if word in text) / total

    def _passage(self, index: int, score: float) -> Passage:
        chunk = self._index.chunks[index]
        return Passage(
            id=chunk["id"],
            title=chunk["title"],
            source=chunk["source"],
            section=chunk["section"],
            text=chunk["body"],
            score=round(score, 4),
        )
