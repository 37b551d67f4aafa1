"""How an account pays: a payment word (现结, 月结, 压一批结一批) or the shape of a settling clause.

- A payment word counts only as a word: 月结 of 下个月结婚 is none (the words its last character opens
  are `payment_word_breakers`).
- A settling clause says the term by when it pays: a time (货到了, 月底, 卖完) and a settling verb
  (给钱, 结, 打款) with at most a few adverbs between (货到了就给钱 → cod, 钱是月底一起结 → monthly).
- A one-off settlement is no term: 剩下的月底结, 这个月先结三千, 晚一个月结 (`payment_one_off`, said
  before the term in its clause).
The first term said wins.
"""

from __future__ import annotations

import re

from memory.extract.lexicon import Lexicon, alternatives
from memory.extract.text import Segments

_ADVERBS = "[一起统再就才都了是]{0,3}"


class PaymentFinder:
    def __init__(self, lexicon: Lexicon) -> None:
        self.code_of = {w: code for code, words in lexicon.groups("payment_terms").items() for w in words}
        self._word = re.compile(alternatives(list(self.code_of)))
        self.breakers = lexicon.words("payment_word_breakers")
        self.one_off = lexicon.words("payment_one_off")
        settle = alternatives(lexicon.words("payment_settle_verbs"), longest=False)
        self._shapes = {
            code: re.compile(rf"(?:{'|'.join(map(re.escape, times))}){_ADVERBS}(?:{settle})")
            for code, times in lexicon.groups("payment_times").items()
        }

    def terms(self, text: str, segments: Segments) -> str | None:
        found: list[tuple[int, str]] = []
        for match in self._word.finditer(text):
            if not any(text.startswith(word, match.end() - 1) for word in self.breakers):
                found.append((match.start(), self.code_of[match.group(0)]))
        for code, shape in self._shapes.items():
            found += [(m.start(), code) for m in shape.finditer(text)]
        kept = [(at, code) for at, code in found if not self._one_off(text, segments, at)]
        return min(kept)[1] if kept else None

    def _one_off(self, text: str, segments: Segments, at: int) -> bool:
        clause = segments.clause_at(at)
        start = clause.start if clause else at
        return any(word in text[start:at] for word in self.one_off)
