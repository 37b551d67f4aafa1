"""Compliance rules added in session 25 from fresh probes (tests/data/compliance/fresh25.jsonl, tune
part): each rule on phrasings written for it on the sample company, in no labelled set."""

from __future__ import annotations

import pytest

from tests.memory.compliance.conftest import Check, kinds
from tests.memory.compliance.test_rules import only


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 院长家里换空调 我们出了五千 克肟下个月翻倍",
        "惠民药房 王店长的孩子上补习班 学费我帮她付了 丹参片只进咱们的",
    ],
)
def test_a_payment_by_us_after_a_persons_own_affairs_is_an_inducement(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 对了个账 上个月的货款我们付了 克肟下个月翻倍",
        "惠民药房 王店长说这回的配送费我们出了就行 蒲地蓝多订两百盒",
    ],
)
def test_a_payment_by_us_of_the_accounts_bill_is_no_inducement(check: Check, text: str) -> None:
    assert "inducement" not in kinds(check(text))


@pytest.mark.parametrize(
    "text",
    [
        "红旗卫生室 老刘说仲景给他配了个电动车 所以一直用他们的",
        "西山店 仲景的人给店长捎了两箱橙子 店里一律进他们的",
    ],
)
def test_a_consistent_use_of_one_makers_goods_ties_what_is_given(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "李氏诊所 有个病人吃了克肟 身上痒得越来越厉害",
        "惠民药房 王店长说有个老人吃了丹参片 头晕得更厉害了",
    ],
)
def test_a_symptom_said_stronger_is_a_reaction(check: Check, text: str) -> None:
    only(check, text, "adverse_event")


def test_a_sale_said_stronger_is_no_reaction(check: Check) -> None:
    assert "adverse_event" not in kinds(check("惠民药房 丹参片这个月卖得特别厉害 王店长很满意"))


@pytest.mark.parametrize(
    "text",
    [
        "西山店 店长说竞品给店员每卖一盒补两块 蒲地蓝还剩三十盒",
        "惠民药房 王店长讲对手那边给她们每推一瓶返一块 丹参片这次要了二十瓶",
    ],
)
def test_a_competitors_payment_names_no_product_of_ours(check: Check, text: str) -> None:
    assert only(check, text, "inducement")[1] is None
