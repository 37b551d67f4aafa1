"""Competitor mentions: the catalog's competitors, firms named by a firm suffix (X制药), and drugs
named by a dosage form (X颗粒) that are none of ours; each with the clause it was said in."""

from __future__ import annotations

import re
from dataclasses import dataclass

from memory.base.dictionary import shared_tokenizer
from memory.extract.gazetteer import Gazetteer, Mention
from memory.extract.lexicon import Lexicon, alternatives, longest_first
from memory.extract.text import Segments

# Words a drug's name does not run back over (用X颗粒, 换成X颗粒): where a name written as seen starts.
_STOPS = longest_first(
    [
        "用",
        "卖",
        "进",
        "是",
        "有",
        "的",
        "了",
        "和",
        "跟",
        "与",
        "及",
        "推",
        "换成",
        "改用",
        "说",
        "在",
        "把",
        "被",
        "个",
        "些",
        "种",
        "都",
        "全",
        "主要",
    ]
)
_NAME_REACH = 6
# A word of general Chinese this frequent in jieba's dictionary (照片, 名片, 饮片, 药片) is that word, not a
# drug named by its form; drug names the dictionary holds are rare words there (地黄丸 7, 贴膏 3).
_COMMON_WORD = 15
_NUMERAL = "0123456789一二三四五六七八九十百千两几半"


@dataclass
class CompetitorLine:
    name: str
    note: str | None


class CompetitorFinder:
    def __init__(self, gazetteer: Gazetteer, lexicon: Lexicon) -> None:
        self.gazetteer = gazetteer
        forms = alternatives(lexicon.words("drug_forms"), longest=False)
        self._drug_form = re.compile(rf"({forms})")
        self._measures = set(lexicon.words("units"))
        firms = alternatives(lexicon.words("competitor_firm_suffixes"), longest=False)
        self._firm = re.compile(rf"([\u4e00-\u9fff]{{2,4}}?)({firms})")

    def competitors(self, text: str, segments: Segments, mentions: list[Mention]) -> list[CompetitorLine]:
        taken = [False] * len(text)
        for m in mentions:
            for i in range(m.start, m.end):
                taken[i] = True
        found: list[tuple[int, str]] = [
            (m.start, m.entities[0].name) for m in mentions if m.kind == "competitor"
        ]
        own = {self.gazetteer.company or ""}
        for match in self._firm.finditer(text):
            # 以前在药厂干过: a stop word inside the name's reach ends what is no firm's name
            start = max(
                [match.start()]
                + [match.start() + i + len(w) for w in _STOPS if (i := match.group(1).rfind(w)) >= 0]
            )
            name = text[start : match.end()]
            if match.start(2) - start >= 2 and not any(taken[start : match.end()]) and name not in own:
                found.append((start, name))
        # 太极的急支糖浆: a drug named right after a competitor firm is that firm's, already found
        firm_ends = {m.end for m in mentions if m.kind == "competitor"}
        for match in self._drug_form.finditer(text):
            if any(taken[match.start() : match.end()]) or not self._ends_a_name(
                text, match.start(), match.end()
            ):
                continue
            start = self._name_start(text, match.start())
            owned = start in firm_ends or (text[start - 1 : start] == "的" and start - 1 in firm_ends)
            if match.start() - start >= 2 and not any(taken[start : match.end()]) and not owned:
                found.append((start, text[start : match.end()]))
        return self._lines(found, segments)

    def _lines(self, found: list[tuple[int, str]], segments: Segments) -> list[CompetitorLine]:
        competitors: list[CompetitorLine] = []
        for start, name in sorted(found):
            if any(r.name == name for r in competitors):
                continue
            clause = segments.clause_at(start)
            competitors.append(CompetitorLine(name, clause.text if clause else None))
        return competitors

    def _name_start(self, text: str, form_start: int) -> int:
        """Where a drug named by its form starts: back over the name's characters, up to a stop word,
        never over a count (要二十瓶糖浆, 一盒七片: a numeral and its measure end what is no name)."""
        start = form_start
        while (
            start > 0
            and form_start - start < _NAME_REACH
            and re.match(r"[\u4e00-\u9fff\dA-Za-z]", text[start - 1])
        ):
            if any(text[:start].endswith(stop) for stop in _STOPS):
                break
            start -= 1
        counted = [
            i for i in range(start, form_start) if text[i] in _NUMERAL and self._counts(text, i, form_start)
        ]
        return counted[-1] + 1 if counted else start

    def _counts(self, text: str, at: int, form_start: int) -> bool:
        """A numeral that counts: before a measure word or the form itself (十四片, 二十瓶), not one
        inside a name (六味地黄丸, 三九)."""
        after = at + 1
        while after < form_start and text[after] in _NUMERAL:
            after += 1
        return after == form_start or text[after] in self._measures

    def _ends_a_name(self, text: str, form_start: int, form_end: int) -> bool:
        """A form word ends a drug's name where jieba cuts a word after it (贴膏药 is 膏药, 散步 no
        powder) and the word it ends is no common word of general Chinese (照片, 饮片)."""
        left = max(0, form_start - _NAME_REACH)
        tokenizer = shared_tokenizer()
        at = left
        for word in tokenizer.cut(text[left : form_end + 2], HMM=False):
            stop = at + len(word)
            if at < form_end < stop:
                return False
            if stop == form_end:
                return at >= form_start or (tokenizer.FREQ.get(word) or 0) < _COMMON_WORD
            at = stop
        return True
