"""The lexical rankings beside word BM25 over passages: character bigrams, and whole sections.

Why bigrams: a rep's phrasing is often segmented differently from the playbook's (维护客情 / 客情维护,
一个月两次 / 每月两次, a typo inside a word) and jieba then shares no word with the passage, while
most character pairs still match. Why sections: a playbook section answers one question over several
passages; a question whose words are spread over them matches the section as a whole better than any
one passage of it.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Mapping
from typing import Any

from knowledge.bm25 import BM25

_RUN = re.compile(r"[\u4e00-\u9fff]+|[A-Za-z0-9]+")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# A word that can be the trade's: Chinese, or Latin of two letters or more (OTC, VIP). Figures (3, 12)
# and lone letters are frequent in the playbook's text (10-12点, A类) but say nothing of a question's topic.
_WORDLIKE = re.compile(r".*[\u4e00-\u9fff]|[A-Za-z]{2,}$")


def bigrams(text: str) -> list[str]:
    """Overlapping character pairs of each Chinese run (a lone character stands for itself); Latin
    and digit runs as whole lower-case words."""
    found: list[str] = []
    for run in _RUN.findall(text):
        if not _HAN.match(run):
            found.append(run.lower())
        elif len(run) == 1:
            found.append(run)
        else:
            found.extend(run[i : i + 2] for i in range(len(run) - 1))
    return found


class LexicalIndex:
    """Bigram BM25 over passages, and word and bigram BM25 over whole sections (title and all their
    passages); a section's rank is given to each of its passages, so fusion can still pick the passage."""

    def __init__(self, chunks: list[dict[str, Any]], words: Callable[[str], list[str]]) -> None:
        texts = [f"{c['title']} {c['body']}" for c in chunks]
        self.passage_bigrams = BM25([bigrams(t) or ["∅"] for t in texts])
        keys: dict[tuple[str, str], list[int]] = {}
        for index, chunk in enumerate(chunks):
            keys.setdefault((chunk["source"], chunk["section"]), []).append(index)
        self.members = list(keys.values())
        sections = [
            chunks[m[0]]["title"] + " " + " ".join(chunks[i]["body"] for i in m) for m in self.members
        ]
        self.section_words = BM25([words(s) or ["∅"] for s in sections])
        self.section_bigrams = BM25([bigrams(s) or ["∅"] for s in sections])

    def rankings(
        self,
        query: str,
        query_words: list[str],
        depth: int,
        weights: tuple[Mapping[str, float], Mapping[str, float]],
    ) -> dict[str, list[list[int]]]:
        """Each view's ranking, best first: groups of passage indexes that share a rank (a section's).
        `weights`: the words' and the bigrams' weights where not 1 (knowledge/concepts.py)."""
        query_bigrams = bigrams(query)
        words, pairs = weights
        return {
            "passage_bigrams": [[i] for i, _ in self.passage_bigrams.top(query_bigrams, depth, pairs)],
            "section_words": self._spread(self.section_words.top(query_words, depth, words)),
            "section_bigrams": self._spread(self.section_bigrams.top(query_bigrams, depth, pairs)),
        }

    def _spread(self, ranked: list[tuple[int, float]]) -> list[list[int]]:
        return [self.members[section] for section, _ in ranked]


def keyness(corpus: list[list[str]], general: Mapping[str, int], general_total: int) -> dict[str, float]:
    """How much more the knowledge base uses each of its words than general Chinese does (jieba's
    dictionary counts): log of the ratio of the two rates, kept where positive. 客户, 店员, 陈列 score
    high; 公司, 一年, 孩子 near nothing: a question made of the latter is not about the playbook's trade."""
    counts = Counter(word for words in corpus for word in words)
    total = sum(counts.values()) or 1
    found = {w: math.log((n / total) / ((general.get(w, 0) + 1) / general_total)) for w, n in counts.items()}
    return {w: score for w, score in found.items() if score > 0 and _WORDLIKE.match(w)}
