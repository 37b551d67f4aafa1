"""Competitor mentions: the catalog's competitors, firms named by a firm suffix (X制药), and drugs
named by a dosage form (X颗粒) that are none of ours; each with the clause it was said in."""

from __future__ import annotations

import re
from dataclasses import dataclass

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


@dataclass
class CompetitorLine:
    name: str
    note: str | None


class CompetitorFinder:
    def __init__(self, gazetteer: Gazetteer, lexicon: Lexicon) -> None:
        self.gazetteer = gazetteer
        forms = alternatives(lexicon.words("drug_forms"), longest=False)
        self._drug_form = re.compile(rf"({forms})")
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
            if not any(taken[match.start() : match.end()]) and match.group(0) not in own:
                found.append((match.start(), match.group(0)))
        # 太极的急支糖浆: a drug named right after a competitor firm is that firm's, already found
        firm_ends = {m.end for m in mentions if m.kind == "competitor"}
        for match in self._drug_form.finditer(text):
            if any(taken[match.start() : match.end()]):
                continue
            start = match.start()
            while (
                start > 0
                and match.start() - start < _NAME_REACH
                and re.match(r"[\u4e00-\u9fff\dA-Za-z]", text[start - 1])
            ):
                if any(text[:start].endswith(stop) for stop in _STOPS):
                    break
                start -= 1
            owned = start in firm_ends or (text[start - 1 : start] == "的" and start - 1 in firm_ends)
            if match.start() - start >= 2 and not any(taken[start : match.end()]) and not owned:
                found.append((start, text[start : match.end()]))
        competitors: list[CompetitorLine] = []
        for start, name in sorted(found):
            if any(r.name == name for r in competitors):
                continue
            clause = segments.clause_at(start)
            competitors.append(CompetitorLine(name, clause.text if clause else None))
        return competitors
