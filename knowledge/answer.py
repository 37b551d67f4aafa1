"""The offline answer, as a colleague would give it: one to three sentences from the passage that best
covers the question's key words, then up to three supporting points from other passages; every
passage listed is cited, and only those.

Sentences end at 。!?; a ;-list stays inside its sentence, so a list item never stands alone, and
a heading (a line without a sentence mark) is never quoted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from knowledge.index import tokens
from knowledge.search import Passage

_SENTENCE = re.compile(r"[^。!?!?\n]+[。!?!?]")
MIN_CHARS = 8
MAX_MAIN = 3
MAX_POINTS = 3
MAIN_CHARS = 160  # a direct answer a rep reads on a phone: more sentences only while they stay short
POINT_OVERLAP = 2  # a supporting point shares at least two of the question's words


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


def sentences(text: str) -> list[str]:
    """Whole sentences only: a line without a closing mark (a heading, a caption) is left out."""
    found = [s.strip() for s in _SENTENCE.findall(text)]
    return [s for s in found if len(s) >= MIN_CHARS and not re.sub(r"[。!?!?]+$", "", s).endswith((":", ":"))]


def _overlap(wanted: set[str], text: str, tokenizer: Any) -> int:
    return len(wanted & set(tokens(text, tokenizer)))


def _bare(sentence: str) -> str:
    return re.sub(r"[。!?!?;;]+$", "", sentence)


def compose(query: str, passages: list[Passage], tokenizer: Any) -> Answer:
    """The answer and the passages it cites (renumbered in citation order)."""
    wanted = set(tokens(query, tokenizer))
    # Retrieval order decides (it weighs the rep's words, their expansions and the vectors); a
    # passage that shares none of the question's words or has no whole sentence is passed over.
    ranked = [i for i in range(len(passages)) if _overlap(wanted, passages[i].text, tokenizer)]
    ranked += [i for i in range(len(passages)) if i not in ranked]
    best = next((i for i in ranked if sentences(passages[i].text)), None)
    if best is None:
        return Answer("", [], covered=False)
    main = sentences(passages[best].text)
    order = sorted(range(len(main)), key=lambda j: (-_overlap(wanted, main[j], tokenizer), j))
    # The passage's opening sentence usually states its point: it always leads.
    lead = [0] if order[0] != 0 else []
    chosen = [*lead, order[0]]
    for j in [j for j in order[1:] if j not in chosen][: MAX_MAIN - len(chosen)]:
        length = sum(len(main[c]) for c in chosen) + len(main[j])
        if _overlap(wanted, main[j], tokenizer) and length <= MAIN_CHARS:
            chosen.append(j)
    chosen.sort()
    cited = [passages[best]]
    text = "".join(main[j] for j in chosen[:-1]) + f"{_bare(main[chosen[-1]])}[1]。"
    points: list[str] = []
    for i in ranked:
        if i == best or len(points) == MAX_POINTS:
            continue
        found = sentences(passages[i].text)
        candidates = [s for s in found if _overlap(wanted, s, tokenizer) >= POINT_OVERLAP]
        if candidates:
            top = max(candidates, key=lambda s: _overlap(wanted, s, tokenizer))
            cited.append(passages[i])
            points.append(f"· {_bare(top)}[{len(cited)}]")
    body = "\n".join([text, *points])
    return Answer(body, [replace(p) for p in cited])
