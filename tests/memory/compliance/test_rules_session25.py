"""Compliance rules added in session 25 from fresh probes (tests/data/compliance/fresh25.jsonl, tune
part): each rule on phrasings written for it on the sample company, in no labelled set."""

from __future__ import annotations

import pytest

from memory.compliance.privacy import mask, secrets_of
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


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("惠民药房 老顾客张桂香 高血压 手机一三九零二八七六五四三", "一三九零二八七六五四三"),
        ("西山卫生院 住院的病人 电话幺五八三六二七四九九零", "幺五八三六二七四九九零"),
    ],
)
def test_a_number_read_out_digit_by_digit_is_a_number(check: Check, text: str, number: str) -> None:
    quoted, _ = only(check, text, "personal_data")
    assert number in quoted
    masked = mask(text, secrets_of(check(text))) or ""
    assert number not in masked and number[:3] in masked


def test_digits_of_an_order_are_no_phone(check: Check) -> None:
    assert "personal_data" not in kinds(check("惠民药房 丹参片订了一二十盒 王店长说下周再说"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("惠民药房 王店长说老顾客钱玉珍 糖尿病 每个月来拿药", "钱玉珍"),
        ("西山卫生院 病人车国庆 慢阻肺 住了一礼拜", "车国庆"),
    ],
)
def test_a_surname_that_is_also_a_word_is_a_name_where_a_word_calls_it_one(
    check: Check, text: str, name: str
) -> None:
    quoted, _ = only(check, text, "personal_data")
    assert name in quoted
    assert name not in (mask(text, secrets_of(check(text))) or "")


def test_a_word_that_is_also_a_surname_is_no_name_without_a_word_calling_it_one(check: Check) -> None:
    assert "personal_data" not in kinds(check("惠民药房 王店长说治糖尿病 钱花得不少 丹参片要二十瓶"))


@pytest.mark.parametrize(
    "text",
    [
        "东关诊所 李大夫说有个娃吃克肟拉了两回肚子 后来就好了",
        "惠民药房 有个老人吃了丹参片 头晕了一阵 歇了会儿就好了",
    ],
)
def test_a_reaction_the_label_does_not_treat_that_passed_is_still_a_reaction(check: Check, text: str) -> None:
    only(check, text, "adverse_event")


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 王店长说有个老人胸口发闷 吃了丹参片两天就好了",
        "东关诊所 李大夫说嗓子发炎的娃吃了克肟 三天就好了",
    ],
)
def test_a_complaint_the_drug_treated_that_got_better_is_no_reaction(check: Check, text: str) -> None:
    assert "adverse_event" not in kinds(check(text))


@pytest.mark.parametrize(
    "text",
    ["惠民药房 有顾客说蒲地蓝喝出了一根头发", "东关诊所 李大夫讲有个病人克肟吃出了玻璃渣"],
)
def test_something_found_while_taking_the_product_is_a_quality_complaint(check: Check, text: str) -> None:
    only(check, text, "adverse_event")


@pytest.mark.parametrize(
    "text",
    ["惠民药房 王店长说有个小伙子喝蒲地蓝喝上瘾了", "东关诊所 有个老病号吃克肟成瘾了 天天来要"],
)
def test_dependence_on_the_product_is_a_misuse(check: Check, text: str) -> None:
    only(check, text, "adverse_event")


@pytest.mark.parametrize(
    "text",
    [
        "东关诊所 李大夫说克肟一天给病人吃四回 好得快",  # label: 一次1片 一日2次
        "西山卫生室 村医讲丹参片每天叫老人吃五次 一次三片",  # label: 一次3片 一日3次
    ],
)
def test_more_times_a_day_than_the_label_allows_is_off_label(check: Check, text: str) -> None:
    only(check, text, "off_label")


@pytest.mark.parametrize(
    "text",
    ["东关诊所 克肟一天给病人吃两回 按说明书来", "惠民药房 丹参片一天进两次货 王店长说卖得快"],
)
def test_times_a_day_within_the_label_or_of_trade_are_no_finding(check: Check, text: str) -> None:
    assert "off_label" not in kinds(check(text))


@pytest.mark.parametrize(
    "text",
    [
        "北街卫生院 周院长问蒲地蓝能不能给孕妇挂 我说最好别",
        "东关诊所 李大夫问对头孢过敏的能不能吃克肟 我讲不行 看说明书",
    ],
)
def test_a_use_only_asked_about_is_no_finding(check: Check, text: str) -> None:
    assert "off_label" not in kinds(check(text))


@pytest.mark.parametrize(
    "text",
    [
        "北街卫生院 周院长问蒲地蓝能不能给孕妇挂 我说没事",
        "东关诊所 李大夫问对头孢过敏的能不能吃克肟 我讲问题不大",
    ],
)
def test_a_use_asked_about_and_allowed_is_off_label(check: Check, text: str) -> None:
    only(check, text, "off_label")
