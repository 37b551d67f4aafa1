"""Every phrase of the contract's date table, resolved from R."""

import datetime as dt

import pytest

from memory.extract.dates import add_months, find_dates, month_day_of, resolve_phrase

WED = dt.date(2026, 3, 11)  # a Wednesday
SUN = dt.date(2026, 1, 11)  # a Sunday
JAN31 = dt.date(2026, 1, 31)


@pytest.mark.parametrize(
    ("phrase", "ref", "expected"),
    [
        ("今天", WED, "2026-03-11"),
        ("明天", WED, "2026-03-12"),
        ("后天", WED, "2026-03-13"),
        ("大后天", WED, "2026-03-14"),
        ("昨天", WED, "2026-03-10"),
        ("前天", WED, "2026-03-09"),
        ("3天后", WED, "2026-03-14"),
        ("三天后", WED, "2026-03-14"),
        ("过两天", WED, "2026-03-13"),
        ("过3天", WED, "2026-03-14"),
        ("一周后", WED, "2026-03-18"),
        ("下周这个时候", WED, "2026-03-18"),
        ("两周后", WED, "2026-03-25"),
        ("半个月后", WED, "2026-03-26"),
        ("一个月后", WED, "2026-04-11"),
        ("一个月后", JAN31, "2026-02-28"),
        ("下个月这个时候", JAN31, "2026-02-28"),
        ("周三", WED, "2026-03-18"),
        ("周四", WED, "2026-03-12"),
        ("星期五", WED, "2026-03-13"),
        ("礼拜天", WED, "2026-03-15"),
        ("礼拜一", WED, "2026-03-16"),
        ("这周五", WED, "2026-03-13"),
        ("本周一", WED, "2026-03-09"),
        ("这个礼拜六", WED, "2026-03-14"),
        ("下周一", WED, "2026-03-16"),
        ("下周一", SUN, "2026-01-12"),
        ("下星期三", WED, "2026-03-18"),
        ("下个礼拜四", WED, "2026-03-19"),
        ("下礼拜天", WED, "2026-03-22"),
        ("月底", WED, "2026-03-31"),
        ("月底", dt.date(2026, 2, 3), "2026-02-28"),
        ("下个月初", WED, "2026-04-01"),
        ("下月初", dt.date(2026, 12, 20), "2027-01-01"),
        ("3月20号", WED, "2026-03-20"),
        ("3月20日", WED, "2026-03-20"),
        ("三月二十号", WED, "2026-03-20"),
        ("3月2号", WED, "2027-03-02"),
        ("十五号", WED, "2026-03-15"),
        ("5号", WED, "2026-04-05"),
        ("上周五", WED, "2026-03-06"),
    ],
)
def test_phrase(phrase: str, ref: dt.date, expected: str) -> None:
    assert resolve_phrase(phrase, ref) == dt.date.fromisoformat(expected)


def test_past_phrases_are_marked() -> None:
    found = find_dates("昨天去的,明天再来", WED)
    assert [(m.phrase, m.past) for m in found] == [("昨天", True), ("明天", False)]


def test_a_weekday_after_a_date_belongs_to_it() -> None:
    found = find_dates("3月21号礼拜六上午讲座", WED)
    assert [(m.phrase, m.date.isoformat()) for m in found] == [("3月21号礼拜六", "2026-03-21")]


@pytest.mark.parametrize(
    "text", ["一个月进一次货", "半个月从九州通进一次货", "这两天心情不好", "上个月卖了30盒"]
)
def test_periods_are_not_dates(text: str) -> None:
    assert find_dates(text, WED) == []


def test_iso_dates_and_nonsense() -> None:
    assert resolve_phrase("2026-04-01", WED) == dt.date(2026, 4, 1)
    assert resolve_phrase("改天", WED) is None
    assert resolve_phrase("13月5号", WED) is None


def test_birthdays_and_month_arithmetic() -> None:
    assert month_day_of("生日4月12号") == "04-12"
    assert month_day_of("五月六号生日") == "05-06"
    assert month_day_of("没有日期") is None
    assert add_months(dt.date(2026, 12, 31), 2) == dt.date(2027, 2, 28)


@pytest.mark.parametrize("text", ["货款13800001111周后再结", "那批货99999999天后才到", "合同5000个月后到期"])
def test_a_count_beyond_a_year_names_no_date(text: str) -> None:
    assert [m.date for m in find_dates(text, dt.date(2026, 5, 4))] in ([], [None])
