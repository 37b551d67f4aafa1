"""Date phrases of the contract's convention table, resolved against the note's reference date R.

`find_dates` returns every phrase in a text with the day it means. Future-facing rules apply
(bare 周三 is the next Wednesday strictly after R; 3月2号 before R means next year); a phrase that
points back (昨天, 上周五) is marked `past`.

Phrases are built by structure from the words of dates.yaml: which week (这/下/下下/上) × a week word
(周/星期/礼拜) × a weekday; a month (这个月/下个月/5月) × a part of it (初/中/底); a count × a unit
(天/周/月) after 过 or before 后; a day word (明天, 听日, 明朝). Numbers may mix digits and Chinese
(下周3, 十5号).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from memory.base.yamlfile import read_yaml
from memory.extract.numbers import CN_DIGITS, NUMBER, parse_int

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
_W = read_yaml(Path(__file__).with_name("dates.yaml"))


def _alt(words: list[str]) -> str:
    return "(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + ")"


_DAYS = {word: int(offset) for offset, words in _W["relative_days"].items() for word in words}
_PARTS = {word: part for part, words in _W["month_parts"].items() for word in words}
_WEEK = _alt(_W["week_words"])
# after a direction word 周 may be typed as a homophone (下洲一)
_DIRECTED_WEEK = _alt(_W["week_words"] + _W["week_homophones"])
_WD = r"[一二三四五六日天末1-7]"
# 十5号, 二十3号: a Chinese tens digit before an Arabic unit, as voice input writes days
_DAY = rf"(?:[{CN_DIGITS}]+\d|{NUMBER})"
# 俩礼拜后, 过俩天: 俩 is two; 十来天后: 来/多 after a count take the count (as amounts do).
_COUNT = rf"({NUMBER}|俩)(?:来|多)?"
_NOW = r"(?:这个?时候|这时候|今天|同一天)"
_AFTER = r"(?:以|之)?后"
_UNITS = {"天": "day", "日": "day", "周": "week", "星期": "week", "礼拜": "week", "月": "month"}
# 5月20再来: a month and day without 号, unless the number goes on or is an amount (5月20盒, 5月20多)
_NO_HAO = rf"(?![\d{CN_DIGITS}号日多来余个盒瓶件支箱袋板包提罐桶听粒片贴元块%.])"
_MONTH_REF = rf"(?:(?P<next>{_alt(_W['next_month'])})|(?P<this>{_alt(_W['this_month'])})|(?P<num>{NUMBER})月)"
_WEEKS = {"this_week": 0, "next_week": 7, "week_after_next": 14, "last_week": -7}

_PATTERNS: list[tuple[str, str]] = [
    # 下个月初, 下月月底, 5月中旬, 这个月尾, bare 月底 (月中药 is no middle of a month)
    ("month_part", rf"(?:{_MONTH_REF}份?月?|月)(?P<part>{_alt(list(_PARTS))})(?![药成医西心间国文])"),
    ("next_month_same", rf"下个?月的?{_NOW}"),
    ("count_after", rf"{_COUNT}个?(?P<unit>天|日|周|星期|礼拜|月){_AFTER}"),
    # 过两天, 迟两日 (Cantonese), 等俩礼拜, 隔三天: after that many days (吃过两天药 is no date)
    ("count_after", rf"(?:(?<![吃用喝卖])过|迟|等|隔){_COUNT}个?(?P<unit>天|日|周|星期|礼拜|月)"),
    ("half_month", rf"半个?月{_AFTER}|(?<![吃用喝卖])过半个?月"),
    ("next_week_same", rf"下(?:个)?{_WEEK}(?:的)?{_NOW}"),
    ("month_day", rf"({NUMBER})月({_DAY})(?:(?:日|号)|{_NO_HAO})(?:\s*{_WEEK}{_WD})?"),
    # 6/15: month and day as phones write them (not a fraction: 1/3的货)
    ("month_day", r"(?<![\d/.])(\d{1,2})/(\d{1,2})(?![\d/.%的])"),
    # 下个月8号, 这个月20号: a day of the next or this month
    ("next_month_day", rf"{_alt(_W['next_month'])}的?({_DAY})(?:日|号)"),
    ("this_month_day", rf"{_alt(_W['this_month'])}的?({_DAY})(?:日|号)"),
    # 看一下下周二 / 看下下个礼拜五 run together: the first 下 is the verb's (一下, 看下), not 下下; after
    # a speaker (我讲下下礼拜三, 伊说下下周) 说/讲 is the word said, not 讲下 (talk a little, 跟她讲下)
    (
        "week_after_next",
        rf"(?<![一看问等试查催想聊量])(?<!(?<![我他她伊俺])[说讲])(?<![跟和对同给向][我他她伊俺][说讲])"
        rf"{_alt(_W['week_after_next'])}{_DIRECTED_WEEK}({_WD})",
    ),
    ("next_week", rf"{_alt(_W['next_week'])}{_DIRECTED_WEEK}(?:的{_WEEK}?)?({_WD})"),
    ("last_week", rf"{_alt(_W['last_week'])}{_DIRECTED_WEEK}({_WD})"),
    ("this_week", rf"{_alt(_W['this_week'])}{_DIRECTED_WEEK}({_WD})"),
    ("weekday", rf"{_WEEK}({_WD})"),
    # 两 counts days (两日), it never names the 2nd
    ("day_only", rf"(?<![两几])(?!两)({_DAY})(?:号|日)(?![楼店线床室柜门窗车])"),
    # 以后天天来, 之后日子: 后 of 以后 starts no day word
    ("relative_day", rf"(?<![以之然往]){_alt(list(_DAYS))}"),
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
Resolved = tuple[dt.date | None, bool]


def _count(text: str | None) -> int | None:
    number = 2 if text == "俩" else parse_int(text) if text else None
    return number if number is not None and 0 < number <= _MAX_COUNT else None


def _part_of(first: dt.date, part: str) -> dt.date:
    return {"start": first, "middle": first.replace(day=15), "end": month_end(first)}[part]


def _month_part(match: re.Match[str], ref: dt.date) -> Resolved:
    """下个月初 → the 1st of next month; 5月底 → 31 May (next year if past); bare 月底 → R's month
    end; bare 月初/月中 → the next such day from R."""
    part = _PARTS[match.group("part")]
    this_month = ref.replace(day=1)
    if match.group("next"):
        return _part_of(add_months(this_month, 1), part), False
    if match.group("num"):
        month = parse_int(match.group("num"))
        if month is None or not 1 <= month <= 12:
            return None, False
        first = _month_day(ref, month, 1, future=False)
        assert first is not None
        if _part_of(first, part) < ref and first.month != ref.month:
            first = first.replace(year=first.year + 1)
        return _part_of(first, part), False
    day = _part_of(this_month, part)
    if match.group("this") or part == "end":
        return day, day < ref
    return (day, False) if day >= ref else (_part_of(add_months(this_month, 1), part), False)


def _count_after(match: re.Match[str], ref: dt.date) -> Resolved:
    number = _count(match.group(1))
    if number is None:
        return None, False
    unit = _UNITS[match.group("unit")]
    if unit == "month":
        return add_months(ref, number), False
    return ref + dt.timedelta(days=number * (7 if unit == "week" else 1)), False


def _month_day_phrase(match: re.Match[str], ref: dt.date) -> Resolved:
    month, day = parse_int(match.group(1)), parse_int(match.group(2))
    if month is None or day is None or not 1 <= month <= 12:
        return None, False
    return _month_day(ref, month, day, future=True), False


def _day_of_month(match: re.Match[str], ref: dt.date, months: int) -> Resolved:
    first = add_months(ref.replace(day=1), months)
    number = parse_int(match.group(1))
    if number is None or not 1 <= number <= calendar.monthrange(first.year, first.month)[1]:
        return None, False
    return first.replace(day=number), months == 0 and first.replace(day=number) < ref


def _day_only(match: re.Match[str], ref: dt.date) -> Resolved:
    """15号: that day this month, or next month when it is past."""
    day_number = parse_int(match.group(1))
    if day_number is None or not 1 <= day_number <= 31:
        return None, False
    for months in (0, 1):
        first = add_months(ref.replace(day=1), months)
        if day_number <= calendar.monthrange(first.year, first.month)[1]:
            candidate = first.replace(day=day_number)
            if candidate >= ref:
                return candidate, False
    return None, False


def _in_week(kind: str) -> Callable[[re.Match[str], dt.date], Resolved]:
    def resolve(match: re.Match[str], ref: dt.date) -> Resolved:
        weekday = WEEKDAYS[match.group(1)]
        return monday_of(ref) + dt.timedelta(days=_WEEKS[kind] + weekday - 1), kind == "last_week"

    return resolve


def _relative_day(match: re.Match[str], ref: dt.date) -> Resolved:
    offset = _DAYS[match.group(0)]
    return ref + dt.timedelta(days=offset), offset < 0


_RESOLVERS: dict[str, Callable[[re.Match[str], dt.date], Resolved]] = {
    "month_part": _month_part,
    "next_month_same": lambda m, ref: (add_months(ref, 1), False),
    "count_after": _count_after,
    "half_month": lambda m, ref: (ref + dt.timedelta(days=15), False),
    "next_week_same": lambda m, ref: (ref + dt.timedelta(days=7), False),
    "month_day": _month_day_phrase,
    "next_month_day": lambda m, ref: _day_of_month(m, ref, 1),
    "this_month_day": lambda m, ref: _day_of_month(m, ref, 0),
    **{kind: _in_week(kind) for kind in _WEEKS},
    "weekday": lambda m, ref: (next_weekday(ref, WEEKDAYS[m.group(1)]), False),
    "day_only": _day_only,
    "relative_day": _relative_day,
}


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
        day, past = _RESOLVERS[kind](match, ref)
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
    match = re.search(rf"({NUMBER})月初?({_DAY})(?:日|号|(?=[\s,,。;;!!的过生]|$))", text)  # 五月初六
    if not match:
        return None
    month, day = parse_int(match.group(1)), parse_int(match.group(2))
    if month is None or day is None or not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{month:02d}-{day:02d}"
