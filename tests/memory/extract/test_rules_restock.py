"""Rules for the restock cycle (memory/extract/restock.py), each with phrasings that appear in no data set."""

import pytest

from tests.memory.extract.sample import Extract


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("惠民药房 王店长说仓库那边半个月一趟", 15),
        ("李氏诊所 药是县公司一礼拜送一回", 7),
        ("西山卫生院 每月从康泰医药补一次", 30),
        ("红旗卫生室 老刘每个月初拿一次货", 30),
    ],
)
def test_a_period_with_a_frequency_is_a_restock_cycle(extract: Extract, text: str, days: int) -> None:
    assert extract(text).restock_cycle_days == days


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 降压片一个月才卖十来盒",
        "李氏诊所 李大夫说退烧贴一个月估计要一些",
        "西山卫生院 周院长想把账期放到两个月 但旧账要先清",
        "红旗卫生室 老刘让我每个月来跟进一次",
        "惠民药房 王店长要我们每周报一次库存",
    ],
)
def test_a_rate_a_term_or_a_visit_is_no_restock_cycle(extract: Extract, text: str) -> None:
    assert extract(text).restock_cycle_days is None


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("红旗卫生室 一个季度才从县公司进一次", 90),
        ("惠民药房 每礼拜都从瑞康那边拿货", 7),
        ("李氏诊所 十天一补", 10),
        ("西山卫生院 药房说一个月一进", 30),
    ],
)
def test_a_supplier_or_adverbs_may_stand_between_period_and_delivery(
    extract: Extract, text: str, days: int
) -> None:
    assert extract(text).restock_cycle_days == days


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("西山卫生院 药剂科说他们每个月上报一次采购计划 丹参片要二十盒", 30),
        ("西山卫生院 院里两个礼拜报一回用量", 15),
    ],
)
def test_a_hospitals_order_plan_period_is_its_restock_cycle(extract: Extract, text: str, days: int) -> None:
    assert extract(text).restock_cycle_days == days


def test_reporting_stock_is_no_order_plan(extract: Extract) -> None:
    assert extract("西山卫生院 每周报一次库存 丹参片还剩八支").restock_cycle_days is None


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("惠民药房 王店长说他们一个月 从国药 补一回货", 30),
        ("惠民药房 配送那边半个月先给店里送一次", 15),
        ("西山卫生院 周院长讲俩月拿一回 得从县公司走", 60),
        ("惠民药房 王店长话一个礼拜得入一次货", 7),
    ],
)
def test_spaces_a_recipient_and_first_or_must_may_stand_between_period_and_delivery(
    extract: Extract, text: str, days: int
) -> None:
    assert extract(text).restock_cycle_days == days
