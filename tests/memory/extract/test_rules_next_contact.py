"""Planned contacts by the shape of a clause (memory/extract/next_contact.py) and spoken date variants
(memory/extract/dates.py), with phrasings that appear in no data set, on the sample company."""

import datetime as dt

import pytest

from memory.extract.dates import find_dates
from tests.memory.extract.sample import NextVisit, R, day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠民药房 王店长要的海报还没印好 下礼拜二送", day(5, 19)),
        ("西山卫生院 周院长要一份药品说明 五月二十号之前交", day(5, 20)),
        ("红旗卫生室 老刘说丹参片够用 半个月后电话约", day(5, 28)),
        ("惠民药房 王店长说先不进了 一个月后再说吧", day(6, 13)),
    ],
)
def test_a_clause_opening_on_a_date_with_a_bare_verb_is_the_reps_plan(
    next_visit: NextVisit, text: str, expected: dt.date
) -> None:
    assert next_visit(text) == expected


@pytest.mark.parametrize(
    "text",
    ["惠民药房 王店长说她 下礼拜二去省城进货", "礼拜五送过去的两箱 王店长说收到了"],
)
def test_a_dated_verb_with_a_subject_or_reported_done_is_no_plan(next_visit: NextVisit, text: str) -> None:
    assert next_visit(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("西山卫生院 给老年人的健康讲座定在5月30号", day(5, 30)),
        ("红旗卫生室 村医培训改到下下周一了", day(5, 25)),
    ],
)
def test_an_event_arranged_for_a_date_is_the_next_contact(
    next_visit: NextVisit, text: str, expected: dt.date
) -> None:
    assert next_visit(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠民药房 王店长问我能不能礼拜六来帮着摆货 我说行", day(5, 16)),
        ("红旗卫生室 老刘礼拜天嫁闺女 喊俺去喝喜酒 俺说中", day(5, 17)),
        ("惠民药房 王店长下周一生日 让我到时候带束花 我答应了", day(5, 18)),
    ],
)
def test_an_ask_with_a_date_the_rep_accepts_is_the_next_contact(
    next_visit: NextVisit, text: str, expected: dt.date
) -> None:
    assert next_visit(text) == expected


@pytest.mark.parametrize(
    "text",
    ["惠民药房 王店长说她闺女6月3号生日 让我帮着订个蛋糕 我答应了", "西山卫生院 周院长明天出差 节后再来"],
)
def test_a_birthday_or_a_vague_time_dates_no_contact(next_visit: NextVisit, text: str) -> None:
    assert next_visit(text) is None


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("下个月月初", day(6, 1)),
        ("下个月月底", day(6, 30)),
        ("俩礼拜后", day(5, 27)),
        ("过俩天", day(5, 15)),
        ("十来天后", day(5, 23)),
        ("下礼拜这时候", day(5, 20)),
        ("下个星期的礼拜一", day(5, 18)),
        ("两月后", day(7, 13)),
        ("后儿", day(5, 15)),
        ("夜来", day(5, 12)),
        ("下个月5号", day(6, 5)),
        ("这个月28号", day(5, 28)),
    ],
)
def test_spoken_variants_of_the_date_table_resolve_like_the_written_ones(
    phrase: str, expected: dt.date
) -> None:
    assert [m.date for m in find_dates(f"{phrase}再说", R)] == [expected]
