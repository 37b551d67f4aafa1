"""Compliance rules added in session 28 from set 8's errors (tests/data/compliance/heldout8.jsonl, blind
until this session): each rule on phrasings written for it on the sample company, in no set."""

from __future__ import annotations

import pytest

from tests.memory.compliance.conftest import Check, kinds
from tests.memory.compliance.test_rules import only


# -- adverse events -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 周院长说有个病人吃了克肟以后 胃里一抽一抽地绞着疼",
        "惠民药房 王店长讲有位大娘喝了蒲地蓝 肚子一阵一阵的揪着痛",
    ],
)
def test_a_doubled_measure_of_manner_adds_no_distance_to_body_and_symptom(check: Check, text: str) -> None:
    only(check, text, "adverse_event")


@pytest.mark.parametrize(
    "text",
    [
        "李氏诊所 李大夫说有个小孩喝了蒲地蓝以后 吐了两次",
        "西山卫生院 周院长讲一个老人吃了丹参片 当天晕了好几回",
    ],
)
def test_a_bodily_episode_counted_by_times_after_use_is_an_event(check: Check, text: str) -> None:
    only(check, text, "adverse_event")


@pytest.mark.parametrize(
    "text",
    ["惠民药房 蒲地蓝这礼拜我拉了两回货 王店长说还行", "西山店 丹参片我拉了好几回了 店长还是不肯多进"],
)
def test_a_haul_counted_by_times_is_no_episode(check: Check, text: str) -> None:
    assert "adverse_event" not in kinds(check(text))


@pytest.mark.parametrize(
    "text",
    ["惠民药房 王店长说蒲地蓝又降价了 我心里直打鼓", "西山卫生院 丹参片的回款还没到 我心里一直发慌"],
)
def test_the_writers_own_feeling_is_no_patients_reaction(check: Check, text: str) -> None:
    assert "adverse_event" not in kinds(check(text))


@pytest.mark.parametrize(
    "text",
    [
        "李氏诊所 李大夫说有个病人吃了克肟以后 老觉得心口发慌",
        "惠民药房 王店长讲有位顾客喝了蒲地蓝 总感觉嗓子发紧",
    ],
)
def test_a_complaint_after_a_verb_of_perceiving_is_an_event(check: Check, text: str) -> None:
    only(check, text, "adverse_event")


# -- inducements --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 周院长的意思是公司出三万 要不然明年克肟就不进了",
        "李氏诊所 李大夫说厂家出五千块 不然以后丹参片不开了",
    ],
)
def test_money_the_maker_pays_under_a_threat_to_stop_using_is_an_inducement(check: Check, text: str) -> None:
    only(check, text, "inducement")


def test_a_turnover_with_a_threat_is_no_payment(check: Check) -> None:
    assert "inducement" not in kinds(check("惠民药房 蒲地蓝这月卖出三万块 不然库存还得压着"))


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 克肟下月多要四十盒 周院长让把宣传册多送两本",
        "李氏诊所 丹参片这次多订了 李大夫叫我把挂历给他多捎几本",
    ],
)
def test_with_ba_the_thing_given_stands_before_the_verb(check: Check, text: str) -> None:
    assert "inducement" not in kinds(check(text))


# -- personal data ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    ["惠民药房 王店长说有个糖尿病的顾客 天天来量血糖", "西山卫生院 有个痛风的会员 每周来拿丹参片"],
)
def test_a_word_for_patients_is_no_name_though_it_opens_with_a_surname(check: Check, text: str) -> None:
    assert "personal_data" not in kinds(check(text))
