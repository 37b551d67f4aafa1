"""Date phrases of the contract's convention table, resolved against the note's reference date R.

`find_dates` returns every phrase in a text with the day it means. Future-facing rules apply
(bare 周三 is the next Wednesday strictly after R; 3月2号 before R means next year); a phrase that
points back (昨天, 上周五) is marked `past`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from memory.extract.numbers import NUMBER, parse_int

WEEKDAYS = {
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "日": 7,
    "天": 7,
    "末": 6,
    "1": 1,
    "2": 2,
    "3": 3,
    "4": 4,
    "5": 5,
    "6": 6,
    "7": 7,
}
_WEEK = r"(?:周|星期|礼拜)"
_WD = r"[一二三四五六日天末1-7]"
_DAYS = {
    "大前天": -3,
    "前天": -2,
    "昨天": -1,
    "昨儿": -1,
    "昨晚": -1,
    "今晚": 0,
    "明早": 1,
    "明晚": 1,
    "今天": 0,
    "今儿": 0,
    "当天": 0,
    "明天": 1,
    "明儿": 1,
    "后天": 2,
    "大后天": 3,
    # spoken and dialect forms: 后儿 (后天), 夜来 (昨天, Shandong)
    "前儿": -2,
    "后儿": 2,
    "大后儿": 3,
    "夜来": -1,
}
_TIME_OF_DAY = r"(?:上午|下午|晚上|中午|早上|傍晚|晚)?"
# 俩礼拜后, 过俩天: 俩 is two; 十来天后: 来/多 after a count take the count (as amounts do).
_COUNT = rf"({NUMBER}|俩)(?:来|多)?"
_NOW = r"(?:这个?时候|这时候|今天|同一天)"

_PATTERNS: list[tuple[str, str]] = [
    ("next_month_start", r"下个?月月?初"),
    ("next_month_end", r"下个?月月?底"),
    ("month_end", r"(?:这个?月|本月)?月底"),
    ("next_month_same", rf"下个?月的?{_NOW}"),
    ("months_after", rf"{_COUNT}个?月(?:以)?后"),
    ("half_month", r"半个?月(?:以)?后"),
    ("next_week_same", rf"下(?:个)?(?:周|星期|礼拜)(?:的)?{_NOW}"),
    ("weeks_after", rf"{_COUNT}(?:个)?(?:周|星期|礼拜)(?:以)?后"),
    ("days_after", rf"{_COUNT}天(?:以)?后"),
    ("days_after", rf"过{_COUNT}天"),
    ("month_day", rf"({NUMBER})月({NUMBER})(?:日|号)(?:\s*{_WEEK}{_WD})?"),
    # 下个月8号, 这个月20号: a day of the next or this month
    ("next_month_day", rf"下个?月({NUMBER})(?:日|号)"),
    ("this_month_day", rf"(?:这个?|本)月({NUMBER})(?:日|号)"),
    # 看一下下周二 / 看下下个礼拜五 run together: the first 下 is the verb's (一下, 看下), not 下下
    ("week_after_next_day", rf"(?<![一看问说讲等试查催想聊量])下下(?:个)?{_WEEK}({_WD})"),
    ("next_week_day", rf"下(?:个)?{_WEEK}(?:的{_WEEK}?)?({_WD})"),
    ("last_week_day", rf"上(?:个)?{_WEEK}({_WD})"),
    ("this_week_day", rf"(?:这|本)(?:个)?{_WEEK}({_WD})"),
    ("weekday", rf"{_WEEK}({_WD})"),
    ("day_only", rf"({NUMBER})(?:号|日)(?![楼店线床室柜门窗车])"),
    ("relative_day", "|".join(sorted(_DAYS, key=len, reverse=True))),
]
_COMPILED = [(kind, re.compile(pattern)) for kind, pattern in _PATTERNS]


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    phrase: str
    date: dt.date
    past: bool = False


def add_months(day: dt.date, months: int) -> dt.date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def month_end(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def next_weekday(ref: dt.date, weekday: int) -> dt.date:
    """The given ISO weekday strictly after ref."""
    delta = (weekday - ref.isoweekday()) % 7 or 7
    return ref + dt.timedelta(days=delta)


def _month_day(ref: dt.date, month: int, day: int, future: bool) -> dt.date | None:
    try:
        candidate = dt.date(ref.year, month, day)
    except ValueError:
        return None
    if future and candidate < ref:
        try:
            candidate = dt.date(ref.year + 1, month, day)
        except ValueError:
            return None
    return candidate


# No plan is counted in more than a year of days, weeks or months: a longer run of digits before 周后
# or 天后 is a phone number or a typo, and would overflow the calendar.
_MAX_COUNT = 366


def _resolve(kind: str, match: re.Match[str], ref: dt.date) -> tuple[dt.date | None, bool]:
    groups = match.groups()
    number = (2 if groups[0] == "俩" else parse_int(groups[0])) if groups and groups[0] else None
    if number is not None and number > _MAX_COUNT:
        return None, False
    if kind == "relative_day":
        offset = _DAYS[match.group(0)]
        return ref + dt.timedelta(days=offset), offset < 0
    if kind == "next_month_start":
        return add_months(ref.replace(day=1), 1), False
    if kind == "next_month_end":
        return month_end(add_months(ref.replace(day=1), 1)), False
    if kind == "month_end":
        return month_end(ref), False
    if kind == "next_month_same":
        return add_months(ref, 1), False
    if kind == "months_after":
        return (add_months(ref, number), False) if number else (None, False)
    if kind == "half_month":
        return ref + dt.timedelta(days=15), False
    if kind == "next_week_same":
        return ref + dt.timedelta(days=7), False
    if kind == "weeks_after":
        return (ref + dt.timedelta(days=7 * number), False) if number else (None, False)
    if kind == "days_after":
        return (ref + dt.timedelta(days=number), False) if number else (None, False)
    if kind == "month_day":
        month, day = parse_int(groups[0]), parse_int(groups[1])
        if month is None or day is None or not 1 <= month <= 12:
            return None, False
        return _month_day(ref, month, day, future=True), False
    if kind in {"next_month_day", "this_month_day"}:
        first = add_months(ref.replace(day=1), 1 if kind == "next_month_day" else 0)
        if number is None or not 1 <= number <= calendar.monthrange(first.year, first.month)[1]:
            return None, False
        return first.replace(day=number), kind == "this_month_day" and first.replace(day=number) < ref
    if kind in {"week_after_next_day", "next_week_day", "last_week_day", "this_week_day", "weekday"}:
        weekday = WEEKDAYS[groups[0]]
        if kind == "weekday":
            return next_weekday(ref, weekday), False
        week_offset = {
            "week_after_next_day": 14,
            "next_week_day": 7,
            "last_week_day": -7,
            "this_week_day": 0,
        }[kind]
        return monday_of(ref) + dt.timedelta(days=week_offset + weekday - 1), kind == "last_week_day"
    if kind == "day_only":
        day_number = parse_int(groups[0])
        if day_number is None or not 1 <= day_number <= 31:
            return None, False
        for months in (0, 1):
            first = add_months(ref.replace(day=1), months)
            if day_number <= calendar.monthrange(first.year, first.month)[1]:
                candidate = first.replace(day=day_number)
                if candidate >= ref:
                    return candidate, False
        return None, False
    raise ValueError(kind)


def find_dates(text: str, ref: dt.date) -> list[DateMention]:
    """Every date phrase in text, leftmost-longest, without overlaps."""
    candidates = []
    for priority, (kind, regex) in enumerate(_COMPILED):
        for match in regex.finditer(text):
            candidates.append((match.start(), -(match.end() - match.start()), priority, kind, match))
    mentions: list[DateMention] = []
    taken_until = -1
    for start, _length, _priority, kind, match in sorted(candidates, key=lambda c: c[:3]):
        if start < taken_until:
            continue
        if kind == "day_only" and start > 0 and text[start - 1] == "月":
            continue
        day, past = _resolve(kind, match, ref)
        if day is not None:
            mentions.append(DateMention(start, match.end(), match.group(0), day, past))
            taken_until = match.end()
    return mentions


def resolve_phrase(phrase: str, ref: dt.date) -> dt.date | None:
    """The day one phrase means (for corrections such as "下次: 3月20号"); ISO dates are accepted too."""
    phrase = phrase.strip()
    try:
        return dt.date.fromisoformat(phrase)
    except ValueError:
        pass
    found = find_dates(phrase, ref)
    return found[0].date if found else None


def month_day_of(text: str) -> str | None:
    """MM-DD of the first X月Y号 in text (birthdays)."""
    match = re.search(rf"({NUMBER})月({NUMBER})(?:日|号|(?=[\s,,。;;!!的过]|$))", text)
    if not match:
        return None
    month, day = parse_int(match.group(1)), parse_int(match.group(2))
    if month is None or day is None or not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{month:02d}-{day:02d}"
