"""Normalising a note and cutting it into sentences, chunks and clauses, keeping character offsets."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\ufeff]")
_SENTENCE_END = re.compile(r"[。!?;!?;\n]+")
_CHUNK_END = re.compile(r"[,,。!?;!?;\n:]+")
_CLAUSE_END = re.compile(r"[,,。!?;!?;\n:\s、]+")


def normalize(text: str) -> str:
    """Full-width digits and punctuation to half-width (NFKC), control characters removed."""
    return _CONTROL.sub("", unicodedata.normalize("NFKC", text)).strip()


@dataclass(frozen=True)
class Span:
    text: str
    start: int
    end: int
    sentence: int
    chunk: int


def _split(text: str, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in pattern.finditer(text):
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


class Segments:
    """Three nested cuts: sentences (。!?;), chunks (also ,), clauses (also spaces, as reps use them)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.sentences = _split(text, _SENTENCE_END)
        self.chunks = _split(text, _CHUNK_END)
        clauses = []
        for start, end in _split(text, _CLAUSE_END):
            clauses.append(Span(text[start:end], start, end, self.sentence_of(start), self.chunk_of(start)))
        self.clauses = clauses

    def sentence_of(self, offset: int) -> int:
        return _index_of(self.sentences, offset)

    def chunk_of(self, offset: int) -> int:
        return _index_of(self.chunks, offset)

    def clause_at(self, offset: int) -> Span | None:
        for clause in self.clauses:
            if clause.start <= offset < clause.end:
                return clause
        return None

    def chunk_text(self, index: int) -> str:
        start, end = self.chunks[index]
        return self.text[start:end]

    def sentence_bounds(self, offset: int) -> tuple[int, int]:
        index = self.sentence_of(offset)
        return self.sentences[index] if self.sentences else (0, len(self.text))


def _index_of(spans: list[tuple[int, int]], offset: int) -> int:
    for index, (start, end) in enumerate(spans):
        if offset < end:
            return index if offset >= start else max(index - 1, 0)
    return max(len(spans) - 1, 0)


def contains_any(text: str, words: list[str]) -> bool:
    return any(word in text for word in words)
