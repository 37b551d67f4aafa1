"""Normalising a note and cutting it into sentences, chunks and clauses, keeping character offsets."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from memory.extract.lexicon import alternatives

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\ufeff]")
_SENTENCE_END = re.compile(r"[。!?;!?;\n]+")
_CHUNK_END = re.compile(r"[,,。!?;!?;\n:]+")
_CLAUSE_END = re.compile(r"[,,。!?;!?;\n:\s、]+")


def normalize(text: str) -> str:
    """Full-width digits and punctuation to half-width (NFKC), control characters removed."""
    return _CONTROL.sub("", unicodedata.normalize("NFKC", text)).strip()


class SpokenWords:
    """Spoken forms read as the standard word of the same length (过生 → 生日, 大寿 → 生日), so one
    rule reads both and every offset stays. A form is left where the standard word already starts
    inside it (过生日 stays), or inside a word of `kept` (the dialect pronoun 额 is 我, but not in 金额,
    额度)."""

    def __init__(self, pairs: dict[str, str], kept: list[str] | None = None) -> None:
        uneven = [said for said, standard in pairs.items() if len(said) != len(standard)]
        if uneven:
            raise ValueError(f"spoken_words must keep the length: {uneven}")
        self.pairs = pairs
        self.pattern = re.compile(alternatives(pairs)) if pairs else None
        self.kept = re.compile(alternatives(kept)) if kept else None

    def standard(self, text: str) -> str:
        if self.pattern is None:
            return text
        covered = {
            at for word in (self.kept.finditer(text) if self.kept else ()) for at in range(*word.span())
        }

        def swap(match: re.Match[str]) -> str:
            said, standard = match.group(0), self.pairs[match.group(0)]
            inside = text.find(standard, match.start() + 1, match.end() + len(standard) - 1)
            return said if inside != -1 or match.start() in covered else standard

        return self.pattern.sub(swap, text)


def written_span(written: str, start: int, end: int) -> str | None:
    """The note as written behind [start, end) of its normalized text (，for ,, 俺 for 我), so a quote is
    a substring of the note; None when normalizing did not keep one character for one."""
    index: list[int] = []
    chars: list[str] = []
    for at, char in enumerate(written):
        for piece in _CONTROL.sub("", unicodedata.normalize("NFKC", char)):
            chars.append(piece)
            index.append(at)
    joined = "".join(chars)
    lead = len(joined) - len(joined.lstrip())
    if joined.strip() != normalize(written) or not 0 <= start < end <= len(joined) - lead:
        return None
    return written[index[start + lead] : index[end - 1 + lead] + 1]


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


def _cut(spans: list[tuple[int, int]], breaks: list[int]) -> list[tuple[int, int]]:
    """Spans cut again at the soft breaks inside them."""
    if not breaks:
        return spans
    cut: list[tuple[int, int]] = []
    for start, end in spans:
        for point in [b for b in breaks if start < b < end]:
            cut.append((start, point))
            start = point
        cut.append((start, end))
    return cut


# 十几个大夫讲, 全院大夫讲: a title after a measure word or a collective is an audience counted,
# not someone (a surname and a title) who speaks
_COUNTED = "个位名全院科们些"
_DISPOSAL = re.compile(r"把[^\s,,。;;!!??]{0,8}$")


class SoftBreaks:
    """Where a voice-typed run with no punctuation turns to a new statement: after a quantity and
    its unit, before a date that opens a plan, before someone titled who speaks, before the rep's
    own 我说/我答应. Only runs longer than MIN_RUN characters are cut."""

    MIN_RUN = 12

    def __init__(self, units: list[str], titles: list[str]) -> None:
        unit = "|".join(map(re.escape, units))
        title = "|".join(map(re.escape, titles))
        self._after = re.compile(
            rf"(?:\d+|[零〇一二两三四五六七八九十百千万]+)(?:多|来|几)?(?:{unit})(?:了|左右|多)?(?=[\u4e00-\u9fff])(?![\u4e00-\u9fff]?的|钱)"
        )
        self._before = re.compile(
            rf"(?<![让叫喊给跟和帮请对问找])(?:(?![让叫喊给跟和帮请对问找{_COUNTED}])[\u4e00-\u9fff](?:{title})|我们?)(?=说|问|想|讲|答应|又|还|让|喊|叫|回去|出)"
        )
        # the rep's own plans open a statement of their own (马主任答应 is the customer's, not a break)
        self._plan = re.compile(
            # (拉回去, 带回去: 回去 after a verb of carrying is where goods go, no plan)
            r"(?<=[\u4e00-\u9fff])(?<![我就再也还都要说拉拿搬退带送寄发])(?:答应|约了|约好|回去|到时候|下次)"
        )
        self._titles = tuple(titles)

    def find(self, text: str, dates: list[tuple[int, int]]) -> list[int]:
        points: set[int] = set()
        for start, end in _split(text, _CLAUSE_END):
            if end - start <= self.MIN_RUN:
                continue
            run = text[start:end]
            # 把那五十盒拉回去: an amount after 把 is the object of a verb still to come
            points |= {
                start + m.end() for m in self._after.finditer(run) if not _DISPOSAL.search(run, 0, m.start())
            }
            points |= {start + m.start() for m in self._before.finditer(run)}
            points |= {
                start + m.start()
                for m in self._plan.finditer(run)
                if not run[: m.start()].endswith(self._titles)
            }
            points |= {
                d
                for d, d_end in dates
                if start < d < end
                # 让我下礼拜四去讲: a person right before a date is its subject, in the same statement
                and text[d - 1] not in "到在于约定是等从的了前我们"
                and text[d_end : d_end + 2] != "生日"
                and text[d - 2 : d] != "生日"
            }
        return sorted(p for p in points if 0 < p < len(text))


class Segments:
    """Three nested cuts: sentences (。!?;), chunks (also ,), clauses (also spaces, as reps use them);
    soft breaks (SoftBreaks) cut chunks and clauses of voice-typed runs too."""

    def __init__(self, text: str, breaks: list[int] | None = None) -> None:
        self.text = text
        self.sentences = _split(text, _SENTENCE_END)
        # sentences cut at the soft breaks too: the reach of "the date said earlier in the sentence"
        self.statements = _cut(self.sentences, breaks or [])
        self.chunks = _cut(_split(text, _CHUNK_END), breaks or [])
        clauses = []
        for start, end in _cut(_split(text, _CLAUSE_END), breaks or []):
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

    def statement_bounds(self, offset: int) -> tuple[int, int]:
        index = _index_of(self.statements, offset)
        return self.statements[index] if self.statements else (0, len(self.text))

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
