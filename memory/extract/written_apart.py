"""Names written apart: parts joined by a dot (买买提·艾力 — a name of 新疆 or 西藏, or a foreign one, which
holds no surname) or an English given name before a surname (Amy张, which holds the surname); a title may
follow either."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from memory.extract.lexicon import alternatives, longest_first

# characters that end words said before a name (见了, 跟, 找, 说, 叫): a name written apart starts after them
_BEFORE_A_NAME = "了的和跟与找见说给问让叫是在"
_DOTS = "·•・"
_SAID = "说讲"


@dataclass
class ApartName:
    span: int  # where the words for the person start: a title said right before the name names them too
    start: int  # where the name starts
    end: int  # after the name and a title that follows it
    surname: str | None
    title: str | None
    title_at: int


class WrittenApart:
    def __init__(self, surnames: Sequence[str], titles: Sequence[str], places: Sequence[str] = ()) -> None:
        """`places`: words that, like a title, may stand right before a name (药剂科买买提·艾力)."""
        self.titles = titles
        self.before_name = [*titles, *places]
        sur = "|".join(longest_first(list(surnames)))
        after = alternatives(list(titles), longest=False)
        # the part after the last dot ends at a title or what is said of the person (买买提·艾力主任说)
        tail = rf"(?:(?!{after}|[{_SAID}])[\u4e00-\u9fff]){{1,8}}"
        self._name = re.compile(
            rf"(?:[\u4e00-\u9fff]{{1,8}}(?:[{_DOTS}]{tail})+"
            rf"|(?<![A-Za-z])[A-Z][a-z]{{1,10}}(?P<s>{sur}))(?P<t>{after})?"
        )

    def find(self, text: str) -> Iterator[ApartName]:
        for match in self._name.finditer(text):
            span, start = self._after_words(match.group(0), match.start())
            yield ApartName(span, start, match.end(), match.group("s"), match.group("t"), match.start("t"))

    def _after_words(self, run: str, at: int) -> tuple[int, int]:
        """Where the name starts in the run of characters before its dot, after the last title or word
        of speech in it (店长热依汗·…, 见了库尔班·…), and where its span starts: at a title said right
        before it."""
        head = re.split(f"[{_DOTS}]", run)[0]
        titles = [(head.rfind(t), head.rfind(t) + len(t)) for t in self.before_name if t in head]
        title = max(titles, key=lambda found: found[1], default=(0, 0))
        words = max([i + 1 for i, char in enumerate(head) if char in _BEFORE_A_NAME], default=0)
        cut = max(title[1], words)
        if cut >= len(head):
            return at, at
        return at + (title[0] if title[1] == cut and title[1] > words else cut), at + cut
