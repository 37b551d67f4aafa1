"""The day of a birthday said in a clause: written (生日8月3号, 生日8.12), or relative to the note close to
生日 (下礼拜三是她生日), or opening the next clause (小芳过生日 八月三号).

A birthday is said by 生日 (and the spoken words read as it: 过生, 做寿, 大寿), or by the age a person
turns (下礼拜二过六十六, 月底满五十岁): 过/满 and a grown person's age, no unit after it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from memory.extract.dates import DateMention, month_day_of
from memory.extract.numbers import NUMBER, parse_int
from memory.extract.text import Segments, Span

# A day said relative to the note is a birthday only this close to 生日 (明天是她生日, 她下周三过生日).
NEAR = 8
_NUMERIC = re.compile(r"(?<![\d.])(\d{1,2})[./-](\d{1,2})(?![\d.])")
# 过六十六, 满五十岁: an age turned; a unit or a count word after the number makes it something else
_NOT_AGE = r"\d个天日号周月年盒瓶件支箱袋板包多来余分点次回遍家"
_AGE = re.compile(rf"[过满](?P<n>{NUMBER})(?:岁|周岁)?(?![{_NOT_AGE}])")
_GROWN = range(18, 121)


def said_at(clause: str) -> int:
    """Where a clause says a birthday (生日, or the age turned: 过六十六), or -1."""
    at = clause.find("生日")
    if at >= 0:
        return at
    for match in _AGE.finditer(clause):
        if parse_int(match.group("n")) in _GROWN:
            return match.start()
    return -1


def said_next(
    segments: Segments, clause: Span, dates: Sequence[DateMention], solar: Sequence[str] = ()
) -> str | None:
    """小芳过生日 八月三号, 生日 6-18, 她生日快到了 下周三, 生日：阳历11月2号: the day opening the clause
    right after, in the same sentence, when the birthday's clause names no day of its own; `solar`: words
    that say the day is of the solar calendar (阳历), which may stand before it."""
    index = segments.clauses.index(clause)
    following = segments.clauses[index + 1] if index + 1 < len(segments.clauses) else None
    if following is None or following.sentence != clause.sentence:
        return None
    opening = following.text.removeprefix("是")
    opening = next((opening[len(w) :] for w in solar if opening.startswith(w)), opening)
    written = re.match(rf"^(?:是|在|就是)?{NUMBER}月初?{NUMBER}(?:日|号)?", opening)  # 是五月初六
    if written:
        return month_day_of(written.group(0))
    if _NUMERIC.match(opening):  # 生日 6-18
        return _numeric_day("生日" + opening)
    said = next((d for d in dates if d.start == following.start and not d.past), None)
    return said.date.strftime("%m-%d") if said else None


def _numeric_day(clause: str) -> str | None:
    """生日8.12, 生日是8/12: month and day typed as digits, close to 生日."""
    at = said_at(clause)
    for match in _NUMERIC.finditer(clause):
        month, day = int(match.group(1)), int(match.group(2))
        if abs(match.start() - at) <= NEAR and 1 <= month <= 12 and 1 <= day <= 31:
            return f"{month:02d}-{day:02d}"
    return None


def birthday_in(clause: str, start: int, end: int, dates: Sequence[DateMention]) -> str | None:
    """MM-DD of a birthday: 生日8月3号, or a day said relative to the note (下礼拜三是她生日, 明天过生日)."""
    written = month_day_of(clause) or _numeric_day(clause)
    if written is not None:
        return written
    at = start + said_at(clause)
    said = next(
        (d for d in dates if start <= d.start < end and not d.past and abs(d.start - at) <= NEAR), None
    )
    return said.date.strftime("%m-%d") if said else None
