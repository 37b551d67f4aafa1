"""What a note can vouch for: its words, its numbers (numerals normalised), its phone numbers, its date
phrases, and how much of a paraphrase it holds.

A model's value is grounded when the note says it: a number written 三十 or 30, a phone number
written with spaces, a date the rules resolve from a phrase of the contract's table, or — for a phrase
outside that table (中旬, 元旦后, 十五号左右) — a date that fits the phrase's own numbers.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from memory.extract.dates import WEEKDAYS, DateMention, find_dates
from memory.extract.numbers import NUMBER, parse_number
from memory.extract.text import normalize

_WORD = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]+")
# Date phrases outside the contract's table: a day, weekday or month written some other way, or a
# named time of year. Vague ones (下次, 改天, 过几天) name no day, so they ground none.
_LOOSE_DATE = re.compile(
    rf"(?P<day>{NUMBER})\s*(?:号|日)|(?:周|星期|礼拜)(?P<weekday>[一二三四五六日天1-7])"
    rf"|(?P<month>{NUMBER})月(?:份|中|初|底|上旬|中旬|下旬)?"
    r"|(?P<named>元旦|春节|过年|年前|年后|节前|节后|国庆|五一|端午|中秋|清明|月中|上旬|中旬|下旬)"
)
NAMED_RANGE_DAYS = 120  # a named time of year (年前, 中旬) grounds a date at most this far from the note
PAST_RANGE_DAYS = 31  # a visit written up later is still within the month
_NUMERAL_RUN = re.compile(r"[\d.零〇一二两三四五六七八九十百千万]+")
_CN_DIGIT = str.maketrans("0123456789", "零一二三四五六七八九")
# 一百五六, 四五, 七八十: a range; its lower end is the number a rep means when one is recorded
_RANGE = re.compile(r"([一二两三四五六七八九])[一二两三四五六七八九]")


def numbers_in(text: str) -> set[float]:
    """Every number the text writes, however written: 30, 三十, 3十, 2百5, and the lower end of a
    range (一百五六 → 150, 四五盒 → 4)."""
    found: set[float] = set()
    for run in _NUMERAL_RUN.findall(text):
        readings = [*re.findall(r"\d+(?:\.\d+)?", run), *re.findall(r"[^\d.]+", run)]
        found |= {value for r in readings if (value := _parse(r)) is not None}
        if (whole := _whole(run)) is not None:
            found.add(whole)
    return found


def _whole(run: str) -> float | None:
    """The one number a run of numerals means: 3十 → 30, 一百五六 → 150."""
    return (
        _parse(run) if run.replace(".", "").isdigit() else _parse(_RANGE.sub(r"\1", run.translate(_CN_DIGIT)))
    )


@lru_cache(maxsize=4096)
def _parse(numeral: str) -> float | None:  # cn2an takes a tenth of a millisecond; notes repeat numerals
    return parse_number(numeral)


def _bigrams(text: str) -> set[str]:
    return {word[i : i + 2] for word in _WORD.findall(text) for i in range(len(word) - 1)}


@dataclass(frozen=True)
class DatePhrase:
    """A date phrase with the numbers it fixes; `ruled` when the rules resolve the whole phrase."""

    day: int | None = None
    weekday: int | None = None
    month: int | None = None
    ruled: bool = False

    def fits(self, value: dt.date) -> bool:
        return (
            (self.day is None or self.day == value.day)
            and (self.weekday is None or self.weekday == value.isoweekday())
            and (self.month is None or self.month == value.month)
        )


class Grounds:
    def __init__(self, text: str, ref: dt.date) -> None:
        self.text = normalize(text)
        self.ref = ref
        self.numbers = numbers_in(self.text)
        self.digits = re.sub(r"\D", "", self.text)
        # A rule that read only the end of a phrase (下周四 of 下下周四) has not resolved it.
        self.dates: list[DateMention] = [
            m for m in find_dates(self.text, ref) if not (m.start and self.text[m.start - 1] in "上下")
        ]
        self.phrases = self._date_phrases()
        self.bigrams = _bigrams(self.text)

    def _date_phrases(self) -> list[DatePhrase]:
        found = []
        for match in _LOOSE_DATE.finditer(self.text):
            ruled = any(m.start < match.end() and match.start() < m.end for m in self.dates)
            number = _parse(match.group("day") or match.group("month") or "")
            value = int(number) if number is not None and number.is_integer() else None
            if match.group("day"):
                found.append(DatePhrase(day=value, ruled=ruled))
            elif match.group("weekday"):
                found.append(DatePhrase(weekday=WEEKDAYS[match.group("weekday")], ruled=ruled))
            elif match.group("month"):
                found.append(DatePhrase(month=value, ruled=ruled))
            else:
                found.append(DatePhrase(ruled=ruled))
        return found

    def says(self, words: str | None) -> bool:
        return bool(words) and normalize(words or "") in self.text

    def quantities(self, units: list[str]) -> set[float]:
        """The numbers the note writes as quantities (a number, maybe 来/多/左右, then a unit), but for
        one (一盒 is as often a price's unit as an amount)."""
        pattern = rf"({_NUMERAL_RUN.pattern})(?:来|多|左右)?个?(?:{'|'.join(map(re.escape, units))})"
        return (
            {n for m in re.finditer(pattern, self.text) if (n := _whole(m.group(1))) is not None and n > 1}
            if units
            else set()
        )

    def near(self, word: str) -> bool:
        """Written with one character off, not the last (丹生针 for 丹参针): a slip of the input method
        that keeps a name's shape; names of fewer than three characters are too short to tell."""
        size = len(word)
        if size < 3:
            return False
        for start in range(len(self.text) - size + 1):
            window = self.text[start : start + size]
            if window[-1] == word[-1] and sum(a != b for a, b in zip(window, word, strict=True)) == 1:
                return True
        return False

    def number(self, value: float | None) -> bool:
        return value is not None and float(value) in self.numbers

    def phone(self, value: str | None) -> bool:
        digits = re.sub(r"\D", "", value or "")
        return len(digits) >= 7 and digits in self.digits

    def paraphrase(self, words: str | None, share: float = 0.5) -> bool:
        """Most of a paraphrase's character pairs are in the note (a commitment, a rival's offer)."""
        pairs = _bigrams(normalize(words or ""))
        return bool(pairs) and len(pairs & self.bigrams) >= share * len(pairs)

    def day(self, value: dt.date | None, *, past: bool = False) -> bool:
        """The note holds a phrase for this day: one the rules resolve to it, or one outside the
        contract's table whose own numbers fit it. A past day (the visit's) may also fit a phrase the
        rules read forwards: 3号去的, 周五去的 (the rules' 3号 and 周五 are the next ones)."""
        if value is None:
            return False
        if any(m.date == value for m in self.dates):
            return True
        if past and not -PAST_RANGE_DAYS <= (value - self.ref).days <= 0:
            return False
        return abs((value - self.ref).days) <= NAMED_RANGE_DAYS and any(
            phrase.fits(value) for phrase in self.phrases if past or not phrase.ruled
        )

    def month_day(self, value: str | None) -> bool:
        """A birthday MM-DD whose month and day are numbers of the note, or the day of a date phrase
        of the note (生日就是下周三)."""
        match = re.fullmatch(r"(\d{1,2})-(\d{1,2})", value or "")
        if match is None:
            return False
        month, day = int(match.group(1)), int(match.group(2))
        if self.number(month) and self.number(day):
            return True
        return any((m.date.month, m.date.day) == (month, day) for m in self.dates)
