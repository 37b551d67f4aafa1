"""Own products with quantities and their kind (sold / stock / order / mention), and competitor mentions."""

from __future__ import annotations

import re
from dataclasses import dataclass

from memory.extract.gazetteer import Gazetteer, Mention
from memory.extract.lexicon import Lexicon, longest_first
from memory.extract.numbers import NUMBER, parse_number
from memory.extract.text import Segments

_PER_UNIT_AFTER = re.compile(r"^(?:提|返|给|送|多|贵|便宜|块|元|毛|钱|的价)")


@dataclass
class ProductLine:
    name: str
    quantity: float | None
    unit: str | None
    kind: str


@dataclass
class CompetitorLine:
    name: str
    note: str | None


@dataclass(frozen=True)
class _Quantity:
    start: int
    end: int
    value: float | None
    unit: str


class ProductFinder:
    def __init__(self, gazetteer: Gazetteer, lexicon: Lexicon) -> None:
        self.gazetteer = gazetteer
        self.lexicon = lexicon
        units = set(lexicon.words("units")) | {e.unit for e in gazetteer.entities if e.unit}
        unit_pattern = "|".join(map(re.escape, longest_first(list(units))))
        # 四十来瓶, 二十多盒: the round number is what the rep reports.
        self._quantity = re.compile(rf"({NUMBER})(?:来|多|余)?\s*({unit_pattern})")
        self.kind_verbs = [
            (verb, kind) for kind, verbs in lexicon.groups("product_kinds").items() for verb in verbs
        ]
        self.kind_verbs.sort(key=lambda vk: -len(vk[0]))
        self.negations = set(lexicon.data["kind_negations"])
        self.blockers = lexicon.words("kind_blockers")
        forms = "|".join(map(re.escape, lexicon.words("drug_forms")))
        self._drug_form = re.compile(rf"({forms})")
        firms = "|".join(map(re.escape, lexicon.words("competitor_firm_suffixes")))
        self._firm = re.compile(rf"([\u4e00-\u9fff]{{2,4}}?)({firms})")
        self._stops = longest_first(
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

    # -- quantities ---------------------------------------------------------------------------
    def _quantities(self, text: str) -> list[_Quantity]:
        found = []
        for match in self._quantity.finditer(text):
            if _PER_UNIT_AFTER.match(text[match.end() :]):
                continue
            found.append(_Quantity(match.start(), match.end(), parse_number(match.group(1)), match.group(2)))
        return found

    def _verb_in(self, window: str, *, nearest_to_end: bool = True) -> str | None:
        best: tuple[int, int, str] | None = None
        for blocker in self.blockers:
            window = window.replace(blocker, "#" * len(blocker))
        for verb, kind in self.kind_verbs:
            position = window.rfind(verb) if nearest_to_end else window.find(verb)
            while position >= 0 and (
                window[position + len(verb) : position + len(verb) + 1] == "的"
                or any(window[:position].endswith(word) for word in self.negations)
            ):
                position = (
                    window.rfind(verb, 0, position) if nearest_to_end else window.find(verb, position + 1)
                )
            if position < 0:
                continue
            key = position + len(verb) if nearest_to_end else -position
            if best is None or (key, len(verb)) > (best[0], best[1]):
                best = (key, len(verb), kind)
        return best[2] if best else None

    def _verb_before_colon(self, text: str, segments: Segments, offset: int) -> str | None:
        """要货:感冒灵10件、藿香正气水5件 — a list after a colon takes the verb of the chunk before it."""
        index = segments.chunk_of(offset)
        start = segments.chunks[index][0]
        if index == 0 or not text[:start].rstrip().endswith(":"):
            return None
        return self._verb_in(text[segments.chunks[index - 1][0] : start])

    def products(self, text: str, segments: Segments, mentions: list[Mention]) -> list[ProductLine]:
        goods = [m for m in mentions if m.kind in {"product", "competitor"}]
        lines: list[ProductLine] = []
        quantified: set[int] = set()
        carry: dict[int, str] = {}
        previous_end = 0
        for quantity in self._quantities(text):
            sentence = segments.sentence_of(quantity.start)
            before = [
                m for m in goods if m.end <= quantity.start and segments.sentence_of(m.start) == sentence
            ]
            since_last = [m for m in before if m.start >= previous_end]
            follows = (
                []
                if since_last
                else [
                    m
                    for m in goods
                    if m.start >= quantity.end
                    and not text[quantity.end : m.start].strip()
                    and m.start - quantity.end <= 1
                ]
            )
            owner = follows[0] if follows else (before[-1] if before else None)
            if owner is None:
                continue
            clause = segments.clause_at(quantity.start)
            if follows:
                window_start = max(previous_end, clause.start if clause else quantity.start)
            else:
                window_start = max(previous_end, owner.end)
            kind = self._verb_in(text[window_start : quantity.start])
            if kind is None and not follows:
                chunk_start = segments.chunks[segments.chunk_of(owner.start)][0]
                kind = self._verb_in(text[max(chunk_start, previous_end) : owner.start])
            if kind is None and clause is not None:
                end = clause.end
                if text[end : end + 1] == "、":  # 银黄12盒、阿莫西林20盒都补上了: the list's verb
                    end = segments.chunks[segments.chunk_of(quantity.start)][1]
                kind = self._verb_in(text[quantity.end : end], nearest_to_end=False)
            if kind is None:
                kind = self._verb_before_colon(text, segments, owner.start)
            kind = kind or carry.get(sentence) or "mention"
            carry[sentence] = kind
            previous_end = quantity.end
            quantified.add(id(owner))
            if owner.kind == "product":
                unit = quantity.unit if quantity.value is not None else None  # 二三十盒: no number, no unit
                lines.append(ProductLine(owner.entities[0].name, quantity.value, unit, kind))
        for mention in goods:
            if mention.kind != "product" or id(mention) in quantified:
                continue
            clause = segments.clause_at(mention.start)
            after = text[mention.end : min(mention.end + 4, clause.end if clause else mention.end)]
            kind = self._verb_in(after, nearest_to_end=False)
            lines.append(ProductLine(mention.entities[0].name, None, None, kind or "mention"))
        return _one_per_kind(lines)

    # -- competitors -------------------------------------------------------------------------------
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
        for match in self._drug_form.finditer(text):
            if any(taken[match.start() : match.end()]):
                continue
            start = match.start()
            while (
                start > 0
                and match.start() - start < 6
                and re.match(r"[\u4e00-\u9fff\dA-Za-z]", text[start - 1])
            ):
                if any(text[:start].endswith(stop) for stop in self._stops):
                    break
                start -= 1
            if match.start() - start >= 2 and not any(taken[start : match.end()]):
                found.append((start, text[start : match.end()]))
        competitors: list[CompetitorLine] = []
        for start, name in sorted(found):
            if any(r.name == name for r in competitors):
                continue
            clause = segments.clause_at(start)
            competitors.append(CompetitorLine(name, clause.text if clause else None))
        return competitors


def _one_per_kind(lines: list[ProductLine]) -> list[ProductLine]:
    """One entry per (product, kind); a bare mention only when nothing more is said of the product."""
    out: list[ProductLine] = []
    for line in lines:
        if any(o.name == line.name and o.kind == line.kind for o in out):
            continue
        out.append(line)
    talked = {o.name for o in out if o.kind != "mention"}
    return [o for o in out if o.kind != "mention" or o.name not in talked]
