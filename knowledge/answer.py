"""The offline answer: the sentences of the retrieved passages that best match the question, cited [n]."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from knowledge.search import Passage, tokens

_SENTENCE = re.compile(r"[^。!?;!?;\n]+[。!?;!?;]?")


@dataclass(frozen=True)
class Answer:
    answer: str
    sources: list[Passage]
    covered: bool = True

    def to_json(self) -> dict[str, Any]:
        return {
            "answer": self.answer,
            "covered": self.covered,
            "sources": [
                {"id": p.id, "title": p.title, "source": p.source, "text": p.text, "score": p.score}
                for p in self.sources
            ],
        }


def compose(query: str, passages: list[Passage], tokenizer: Any, *, max_sentences: int = 4) -> str:
    """Up to `max_sentences` sentences, best first by shared words, each ending with its citation."""
    wanted = set(tokens(query, tokenizer))
    scored: list[tuple[float, int, int, str]] = []
    for number, passage in enumerate(passages, start=1):
        for order, sentence in enumerate(_SENTENCE.findall(passage.text)):
            sentence = sentence.strip()
            if len(sentence) < 6:
                continue
            overlap = len(wanted & set(tokens(sentence, tokenizer)))
            if overlap:
                scored.append((overlap * passage.score, number, order, sentence))
    chosen = sorted(scored, key=lambda s: -s[0])[:max_sentences]
    chosen.sort(key=lambda s: (s[1], s[2]))
    return "".join(f"{re.sub(r'[。;;]+$', '', s[3])}[{s[1]}]。" for s in chosen)
