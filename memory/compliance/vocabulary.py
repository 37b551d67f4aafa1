"""The compliance vocabulary: the `compliance` section of the lexicon (memory/extract/lexicon.yaml,
extended by a company's KEQING_HOME/lexicon.yaml like every other section)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from memory.extract.lexicon import Lexicon, longest_first


@dataclass(frozen=True)
class Vocabulary:
    data: dict[str, Any]

    @classmethod
    def of(cls, lexicon: Lexicon) -> Vocabulary:
        return cls(lexicon.data["compliance"])

    def words(self, kind: str, key: str) -> list[str]:
        return longest_first([str(w) for w in self.data[kind][key]])

    def section(self, kind: str, key: str) -> Any:
        return self.data[kind][key]

    def classes(self, kind: str, key: str) -> list[str]:
        """The words of a section grouped by class (symptoms by body system), as one list."""
        return longest_first([str(w) for words in self.data[kind][key].values() for w in words])
