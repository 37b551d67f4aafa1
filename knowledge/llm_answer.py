"""A model-written answer over the retrieved passages, kept honest: citations must exist."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from knowledge.search import Passage
from memory.base.yamlfile import read_yaml

if TYPE_CHECKING:
    from memory.llm.model import ChatModel

_CITATION = re.compile(r"\[(\d+)\]")
_CHINESE = re.compile(r"[\u4e00-\u9fff]")
PASSAGE_CHARS = 500


def numbered(passages: list[Passage]) -> str:
    return "\n".join(f"[{n}] {p.title}:{p.text[:PASSAGE_CHARS]}" for n, p in enumerate(passages, start=1))


def clean_citations(text: str, count: int) -> str:
    """Removes citations of passages that do not exist ([7] of three)."""
    return _CITATION.sub(lambda m: m.group(0) if 1 <= int(m.group(1)) <= count else "", text).strip()


def usable(text: str, count: int) -> bool:
    """Chinese prose that cites at least one real passage; anything else is the model failing."""
    cited = {int(n) for n in _CITATION.findall(text)}
    return bool(_CHINESE.search(text)) and any(1 <= n <= count for n in cited)


@cache
def _refusal_patterns() -> tuple[re.Pattern[str], ...]:
    found = read_yaml(Path(__file__).parent / "refusals.yaml")
    return tuple(re.compile(pattern) for pattern in found)


def is_refusal(text: str) -> bool:
    """The model saying the passages do not answer the question: no citation, and words to that effect."""
    flat = re.sub(r"\s+", "", text)
    return not _CITATION.search(flat) and any(p.search(flat) for p in _refusal_patterns())


Verdict = Literal["answer", "refusal", "unusable"]


def verdict(text: str, count: int) -> Verdict:
    """An answer citing the passages, a refusal (nothing relevant: a valid answer), or the model failing."""
    if usable(text, count):
        return "answer"
    return "refusal" if is_refusal(text) else "unusable"


def model_answer(model: ChatModel, question: str, passages: list[Passage]) -> tuple[Verdict, str]:
    """The model's answer and its verdict; "unusable" when it failed (the caller goes offline)."""
    from memory.llm.model import LLMUnavailable

    try:
        text = model.text("answer", purpose="answer", question=question, passages=numbered(passages))
    except LLMUnavailable:
        return "unusable", ""
    text = clean_citations(text, len(passages))
    return verdict(text, len(passages)), text


def stream_answer(model: ChatModel, question: str, passages: list[Passage]) -> Iterator[str]:
    """The answer as it grows, for a message edited in place; raises LLMUnavailable before the first token."""
    text = ""
    for token in model.stream("answer", purpose="answer", question=question, passages=numbered(passages)):
        text += token
        yield clean_citations(text, len(passages))
