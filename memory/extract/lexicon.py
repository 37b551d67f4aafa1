"""The domain lexicon (lexicon.yaml and surnames.txt), extendable by a company's own lexicon file."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from memory.base.yamlfile import read_yaml

HERE = Path(__file__).parent


def _merge(base: Any, extra: Any) -> Any:
    if isinstance(base, dict) and isinstance(extra, dict):
        merged = dict(base)
        for key, value in extra.items():
            merged[key] = _merge(base[key], value) if key in base else value
        return merged
    if isinstance(base, list) and isinstance(extra, list):
        return base + [item for item in extra if item not in base]
    return extra


def longest_first(words: Iterable[str]) -> list[str]:
    """Longest first; words of one length keep the file's order (a set's order changes per process)."""
    return sorted(dict.fromkeys(words), key=len, reverse=True)


def alternatives(words: Iterable[str], *, longest: bool = True) -> str:
    """Words as one regex alternation: longest first (过生日 before 过生), or in the given order where a
    rule relies on it."""
    return "|".join(map(re.escape, longest_first(words) if longest else words))


@dataclass(frozen=True)
class Lexicon:
    data: dict[str, Any]
    surnames: frozenset[str]

    def words(self, key: str) -> list[str]:
        return longest_first(list(self.data[key]))

    def groups(self, key: str) -> dict[str, list[str]]:
        return {str(code): longest_first(list(words)) for code, words in self.data[key].items()}

    def weights(self, key: str) -> dict[str, dict[str, int]]:
        return {str(polarity): dict(words) for polarity, words in self.data[key].items()}

    def section(self, key: str, shipped: Path) -> dict[str, Any]:
        """Words a module ships in a file of its own, with the company lexicon's `key` section added."""
        return dict(_merge(_shipped_words(shipped), self.data.get(key) or {}))


@lru_cache(maxsize=8)
def _shipped_words(path: Path) -> dict[str, Any]:
    return dict(read_yaml(path))


@lru_cache(maxsize=4)
def load_lexicon(extra_path: Path | None = None) -> Lexicon:
    data = read_yaml(HERE / "lexicon.yaml")
    if extra_path is not None and extra_path.exists():
        data = _merge(data, read_yaml(extra_path) or {})
    surnames = {
        word
        for line in (HERE / "surnames.txt").read_text(encoding="utf-8").splitlines()
        if not line.startswith("#")
        for word in line.split()
    }
    return Lexicon(data=data, surnames=frozenset(surnames))
