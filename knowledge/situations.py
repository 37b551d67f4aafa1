"""Each playbook section indexed by the situations it answers (knowledge/playbook/situations.yaml):
short scenes a rep would be in when the section is what they need, written from the section in many
voices (a 县城 pharmacy rep, a 村医 visitor, a chain KAM, a new rep, a manager; terse, spoken).

Why: a rep asks from the situation (老板一见我就躲, 货摆在最底下那层), the section answers in the
trade's terms (沟通, 陈列位置). The situations are one more view of each section (doc2query by hand):
a section's situations together are one BM25 document of character bigrams and single characters, so a
question that tells a scene like one of them ranks the section without sharing a word of its advice.
One document per section rather than one per situation, and single characters beside the bigrams: both
measured better (bench/README.md, session 26) — the words of several scenes of one section add up, and
a scene told in few words often shares single characters only (款, 堆, 躲).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from knowledge.bm25 import BM25
from knowledge.lexical import bigrams
from knowledge.store import PLAYBOOK_SOURCE
from memory.base.yamlfile import read_yaml

_HAN = re.compile(r"[\u4e00-\u9fff]")
SITUATIONS = Path(__file__).parent / "playbook" / "situations.yaml"


def terms(text: str) -> list[str]:
    """The character bigrams of `text`, and its Chinese characters alone (款, 堆, 躲): a scene is told in
    few words, and one shared character often is all a rep's phrasing and a written scene have in common."""
    return bigrams(text) + _HAN.findall(text)


@cache
def load_situations(path: Path = SITUATIONS) -> dict[str, tuple[str, ...]]:
    """Section id → the situations it answers."""
    data: dict[str, list[str]] = read_yaml(path) or {}
    return {section: tuple(found) for section, found in data.items() if found}


class SituationIndex:
    """Bigram BM25 over each section's situations; a section's rank is given to each of its passages,
    so fusion can still pick the passage. A section nobody wrote situations for (a company's own
    document) stands for itself, its title and text: the view must not rank every added document below
    the playbook."""

    def __init__(self, chunks: list[dict[str, Any]], situations: Mapping[str, tuple[str, ...]]) -> None:
        members: dict[tuple[str, str], list[int]] = {}
        for index, chunk in enumerate(chunks):
            members.setdefault((chunk["source"], chunk["section"]), []).append(index)
        self.members = list(members.values())
        corpus: list[list[str]] = []
        written_at: list[int] = []  # the sections told by written scenes, not by their own text
        for (source, section), indexes in members.items():
            written = (
                situations.get(section, ()) if source == PLAYBOOK_SOURCE else ()
            )  # a company's own documents have none
            if written:
                written_at.append(len(corpus))
            texts = written or [chunks[indexes[0]]["title"], *(chunks[i]["body"] for i in indexes)]
            corpus.append([t for text in texts for t in terms(text)] or ["∅"])
        self.bm25 = BM25(corpus) if corpus else None
        self.written = frozenset(written_at)

    def ranking(self, query: list[str], weights: Mapping[str, float], depth: int = 50) -> list[list[int]]:
        """Groups of passage indexes, one per section, the `depth` best sections first."""
        found = self.bm25.top(query, depth, weights) if self.bm25 is not None else []
        return [self.members[section] for section, _ in found]

    def nearest(self, query: list[str], weights: Mapping[str, float]) -> tuple[list[int], float]:
        """The passages of the section whose written scenes the question comes closest to, and how close
        (BM25 score; no passages when no written scene shares a term)."""
        found = self.bm25.top(query, len(self.members), weights) if self.bm25 is not None else []
        best = next(((section, score) for section, score in found if section in self.written), None)
        return (self.members[best[0]], best[1]) if best else ([], 0.0)

    def closeness(self, query: list[str], weights: Mapping[str, float]) -> float:
        """How close the question comes to the written scenes of its nearest section (BM25 score): the
        relevance gate's evidence that a situation told in everyday words is one the playbook answers.
        Only written scenes count: a section standing for its own text matches any question that
        borrows its words."""
        found = self.bm25.top(query, len(self.members), weights) if self.bm25 is not None else []
        return next((score for section, score in found if section in self.written), 0.0)
