"""Rules for date phrases built by structure from dates.yaml (memory/extract/dates.py): regional day words,
which week × a week word (or its homophone) × a weekday, a month × its part, a count × a unit, mixed
numerals. Every phrasing appears in no data set; R is a Wednesday."""

import datetime as dt

import pytest

from memory.extract.dates import find_dates
from tests.memory.extract.sample import R, day


def _first(text: str) -> tuple[dt.date, bool]:
    found = find_dates(text, R)
    assert found, text
    return found[0].date, found[0].past


@pytest.mark.parametrize(
    ("text", "expected", "past"),
    [
        ("听日上昼我再嚟", day(5, 14), False),
        ("明朝下半日去寻伊", day(5, 14), False),
        ("后儿个整两箱过去", day(5, 15), False),
        ("大后日先得闲", day(5, 16), False),
        ("琴日佢冇喺度", day(5, 12), True),
    ],
)
def test_regional_day_words_are_days_from_r(text: str, expected: dt.date, past: bool) -> None:
    assert _first(text) == (expected, past)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("今个礼拜五收数", day(5, 15)),
        ("呢个礼拜六开张", day(5, 16)),
        ("下一个星期四过去", day(5, 21)),
        ("下洲三再约", day(5, 20)),
        ("下下个星其一讲课", day(5, 25)),
    ],
)
def test_which_week_times_a_week_word_times_a_weekday(text: str, expected: dt.date) -> None:
    assert _first(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("下个月头再对数", day(6, 1)),
        ("8月底前结清", day(8, 31)),
        ("月中过去补货", day(5, 15)),
        ("这个月尾收款", day(5, 31)),
        ("下月中旬搞活动", day(6, 15)),
    ],
)
def test_a_month_times_its_part(text: str, expected: dt.date) -> None:
    assert _first(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("过一个礼拜再看", day(5, 20)),
        ("迟两日先讲", day(5, 15)),
        ("三个星期之后再联系", day(6, 3)),
        ("隔两天过去", day(5, 15)),
        ("等俩礼拜再说", day(5, 27)),
    ],
)
def test_a_count_times_a_unit_after_guo_or_before_hou(text: str, expected: dt.date) -> None:
    assert _first(text)[0] == expected


@pytest.mark.parametrize("text", ["迟两日再讲", "隔两日就好"])
def test_liang_counts_days_and_never_names_the_second(text: str) -> None:
    assert [d.date for d in find_dates(text, R)] == [day(5, 15)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("二十5号送货", day(5, 25)),
        ("十8号前交", day(5, 18)),
        ("6月12再来", day(6, 12)),
        ("7/3过去培训", day(7, 3)),
    ],
)
def test_mixed_numerals_and_phone_forms_of_a_day(text: str, expected: dt.date) -> None:
    assert _first(text)[0] == expected


@pytest.mark.parametrize("text", ["进了6月12盒", "库存还剩1/3的货", "5月20多盒卖完了"])
def test_amounts_are_no_month_and_day(text: str) -> None:
    assert [d for d in find_dates(text, R) if d.phrase[0].isdigit()] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我讲下下礼拜三", day(5, 27)),
        ("伊说下下周一再看", day(5, 25)),
        ("跟她讲下下周五的事", day(5, 22)),
    ],
)
def test_the_week_after_next_after_a_speaker(text: str, expected: dt.date) -> None:
    assert _first(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected", "past"),
    [
        # 今天 / 明天 / 后天 / 大后天, 昨天 / 前天 (Southern Min, Hakka, Cantonese)
        ("今仔日落雨冇出门", day(5, 13), False),
        ("今晡日先整账", day(5, 13), False),
        ("明仔再去收数", day(5, 14), False),
        ("天光日早上补货", day(5, 14), False),
        ("后日去揾伊", day(5, 15), False),
        ("大后日先过去", day(5, 16), False),
        ("昨昏伊有来电话", day(5, 12), True),
        ("前日佢嚟过", day(5, 11), True),
        # N天后 / 过N天, 一周后 / 下周这个时候, 半个月后, 一个月后 / 下个月这个时候
        ("四日后再去对账", day(5, 17), False),
        ("过四日再来睇", day(5, 17), False),
        ("一个礼拜后复诊", day(5, 20), False),
        ("下个礼拜这时候再约", day(5, 20), False),
        ("半个月后嚟收数", day(5, 28), False),
        ("下个月这时候再讲", day(6, 13), False),
        # 周X, 这周X, 下周X, 下下周X
        ("礼拜六开张", day(5, 16), False),
        ("今个礼拜四交货", day(5, 14), False),
        ("下只礼拜四过去", day(5, 21), False),
        ("下下个星期一讲课", day(5, 25), False),
        # 月底, 下个月初, X月Y号
        ("月尾前清数", day(5, 31), False),
        ("下个月头再讲", day(6, 1), False),
        ("六月十8开业", day(6, 18), False),
    ],
)
def test_the_contract_date_table_in_spoken_variants(text: str, expected: dt.date, past: bool) -> None:
    assert _first(text) == (expected, past)
