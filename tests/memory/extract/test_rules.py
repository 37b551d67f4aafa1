"""General rules of the offline engine, each with phrasings that appear in no data set (sample data)."""

import datetime as dt

import pytest

from memory.extract.dates import find_dates
from memory.extract.numbers import parse_number
from tests.memory.extract.sample import R


@pytest.mark.parametrize(("written", "value"), [("4十", 40), ("3百2", 320), ("6千", 6000), ("1百", 100)])
def test_an_arabic_digit_with_a_chinese_magnitude_is_one_number(written: str, value: int) -> None:
    assert parse_number(written) == value


@pytest.mark.parametrize(
    ("written", "value"), [("三四十", 30), ("两百七八", 270), ("六七", 6), ("十二三", 12)]
)
def test_an_estimate_of_two_neighbouring_digits_is_its_lower_bound(written: str, value: int) -> None:
    assert parse_number(written) == value


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("下下周二", dt.date(2026, 5, 26)),
        ("下下个礼拜五", dt.date(2026, 5, 29)),
        ("下下星期天", dt.date(2026, 5, 31)),
    ],
)
def test_the_week_after_next_is_two_weeks_on(phrase: str, day: dt.date) -> None:
    assert [m.date for m in find_dates(f"{phrase}再过去", R)] == [day]


@pytest.mark.parametrize(
    "text",
    ["惠民药房 六味地黄丸柜台里还囤着12盒", "惠民药房 王店长说六味地黄丸仓库里堆着七八盒"],
)
def test_colloquial_holding_verbs_are_stock(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [p.kind for p in extract(text).products] == ["stock"]


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("惠民药房 王店长说我们六味比隔壁进价高 没赚头", "margin"),
        ("李氏诊所 李大夫问丹参片有没有小包装的", "new_product"),
        ("惠民药房 王店长喊我们给点价签跟立牌", "pos_material"),
        ("红旗卫生室 老刘想把快过期那批换成新批号的", "return_exchange"),
        ("西山卫生院 周院长说货款想缓一个月", "credit"),
    ],
)
def test_a_need_asked_indirectly_or_in_dialect_is_a_need(extract, text: str, need: str) -> None:  # type: ignore[no-untyped-def]
    assert need in extract(text).needs


@pytest.mark.parametrize(
    ("text", "sentiment"),
    [
        ("惠民药房 王店长当场就订了丹参片二十盒", "positive"),
        ("李氏诊所 李大夫说谢谢 这回帮了大忙", "positive"),
        ("西山卫生院 招标没中标 这下麻烦了", "negative"),
        ("红旗卫生室 老刘还是不松口 看来够呛", "negative"),
        ("惠民药房 王店长说那就先不下架了", "positive"),
    ],
)
def test_sentiment_weighs_outcomes_and_tone_with_negation(extract, text: str, sentiment: str) -> None:  # type: ignore[no-untyped-def]
    assert extract(text).sentiment == sentiment


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("西山卫生院 约了下周五给医生们讲丹参片", dt.date(2026, 5, 22)),
        ("惠民药房 王店长喊我下周一过去找她 我说一定去", dt.date(2026, 5, 18)),
    ],
)
def test_an_appointment_made_or_accepted_is_a_commitment_and_the_next_contact(
    extract, text: str, day: dt.date
) -> None:  # type: ignore[no-untyped-def]
    record = extract(text)
    assert record.next_visit == day
    assert [c.due for c in record.commitments] == [day]
