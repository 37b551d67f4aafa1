"""Birthdays in the words reps type (memory/extract/text.SpokenWords, birthdays.py, dates.month_day_of),
with phrasings that appear in no data set (sample company 华康医药)."""

import datetime as dt

import pytest

from memory.extract.text import SpokenWords
from tests.memory.extract.sample import R


def birthdays(record) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [c.birthday for c in record.contacts]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("惠民药房 店长钱姐说她后天过生 六味卖了十盒", 2),
        ("平安堂西山店 吴店长说他大后天做寿 丹参片还剩五盒", 3),
    ],
)
def test_a_spoken_word_for_birthday_reads_as_one(extract, text: str, days: int) -> None:  # type: ignore[no-untyped-def]
    assert birthdays(extract(text)) == [(R + dt.timedelta(days=days)).strftime("%m-%d")]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("惠民药房 店长钱姐生日是阳历七月初九 六味卖了十盒", "07-09"),
        ("平安堂西山店 吴店长过生 是十月初三 丹参片还剩五盒", "10-03"),
    ],
)
def test_a_day_written_with_chu_is_that_day_of_the_month(extract, text: str, day: str) -> None:  # type: ignore[no-untyped-def]
    assert birthdays(extract(text)) == [day]


def test_a_spoken_word_is_left_where_the_standard_word_starts_inside_it() -> None:
    spoken = SpokenWords({"过生": "生日", "大寿": "生日"})
    assert spoken.standard("她下周过生日") == "她下周过生日"
    assert spoken.standard("她下周过生 要蛋糕") == "她下周生日 要蛋糕"
    assert spoken.standard("过七十大寿") == "过七十生日"


def test_a_spoken_word_must_keep_the_length() -> None:
    with pytest.raises(ValueError, match="keep the length"):
        SpokenWords({"过生": "生日了"})


@pytest.mark.parametrize(
    "text",
    [
        "平安堂西山店 小周说腊月初三是吴店长生日 丹参片还剩五盒",
        "惠民药房 老孟说冬月初九是钱店长生日 六味卖了十盒",
    ],
)
def test_a_lunar_day_in_the_birthdays_sentence_records_none(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert birthdays(extract(text)) == [None, None]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("惠民药房 店长钱姐\n- 六味卖了十盒\n- 钱姐生日：公历9月14号", "09-14"),
        ("平安堂西山店 吴店长生日 阳历十一月二十号 丹参片还剩五盒", "11-20"),
    ],
)
def test_a_day_after_a_solar_calendar_word_is_the_birthday(extract, text: str, day: str) -> None:  # type: ignore[no-untyped-def]
    assert birthdays(extract(text)) == [day]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("惠民药房 孙哥讲他后天过五十 要补十盒", 2),
        ("平安堂西山店 吴店长说大后天满四十岁 丹参片还剩五盒", 3),
    ],
)
def test_the_age_a_person_turns_says_a_birthday(extract, text: str, days: int) -> None:  # type: ignore[no-untyped-def]
    assert birthdays(extract(text)) == [(R + dt.timedelta(days=days)).strftime("%m-%d")]


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 孙哥讲过两天再补十盒",
        "惠民药房 孙哥讲满五十盒给返点",
    ],
)
def test_a_count_after_guo_is_no_age(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert birthdays(extract(text)) == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("西山卫生院 周院长讲丹参片用得好 周院长屋里婆娘讲他后天生日 叫我莫讲", [2]),
        ("红旗卫生室 方大夫不在 儿媳妇小郑看店 小郑说她公公后天过七十二 丹参片要五盒", [2, None]),
        ("惠民药房 孙哥讲他老婆后天过生日", [None]),
    ],
)
def test_a_relative_telling_of_his_or_her_birthday_tells_of_whose_relative_they_are(
    extract, text: str, expected: list[int | None]
) -> None:  # type: ignore[no-untyped-def]
    days = [None if d is None else (R + dt.timedelta(days=d)).strftime("%m-%d") for d in expected]
    assert birthdays(extract(text)) == days
