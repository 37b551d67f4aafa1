"""Adverse events by the shape of a bodily complaint and off-label use by the shape of a use, added for
recall on notes written fresh (fresh23): each rule on phrasings written for it on the sample company,
in no labelled set."""

from __future__ import annotations

import pytest

from memory.compliance.privacy import mask, secrets_of
from tests.memory.compliance.conftest import Check, kinds
from tests.memory.compliance.test_rules import only


# -- adverse events -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 有位大爷吃了丹参片 心里咚咚直跳 坐都坐不住",
        "西山卫生院 周院长说一个病人吃克肟第二天 耳朵里嗡嗡地响",
    ],
)
def test_a_doubled_sound_in_the_body_after_use_is_an_adverse_event(check: Check, text: str) -> None:
    only(check, text, "adverse_event")


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 有个病人吃了克肟 胳膊上青紫青紫的",
        "惠民药房 有个大姐喝了蒲地蓝 脸上红肿红肿的",
    ],
)
def test_a_symptom_said_twice_over_is_a_reaction(check: Check, text: str) -> None:
    only(check, text, "adverse_event")


@pytest.mark.parametrize(
    "text",
    [
        "红旗卫生室 老刘说我前天留下试吃的那盒药 有个大爷吃了以后起了一身疹子",
        "李氏诊所 李大夫说我上礼拜带去的那几瓶 有个病人吃了以后浑身刺痒",
    ],
)
def test_a_drug_the_rep_left_some_days_ago_is_the_one_taken(check: Check, text: str) -> None:
    assert only(check, text, "adverse_event")[1] is None


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 王店长说有顾客问蒲地蓝 喝多了来一支能不能醒酒",
        "西山店 店长说有人喝多了就吃一片丹参片 说护心",
    ],
)
def test_too_much_drink_before_a_dose_is_no_overdose(check: Check, text: str) -> None:
    assert "adverse_event" not in kinds(check(text))


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 王店长说有几盒蒲地蓝一支里头的药液板结了 摇不匀",
        "平安堂总部 质量部说门店反映克肟分散片冲不开 一坨沉在杯底",
    ],
)
def test_a_dose_form_that_will_not_dissolve_is_a_quality_complaint(check: Check, text: str) -> None:
    only(check, text, "adverse_event")


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 有个病人吃了克肟以后 半夜起来晕得直打转",
        "惠民药房 一个大姐喝了蒲地蓝 胃里胀得受不了",
    ],
)
def test_a_bodily_state_with_a_degree_after_use_is_an_adverse_event(check: Check, text: str) -> None:
    only(check, text, "adverse_event")


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 蒲地蓝今年涨得厉害 王店长说进价高了",
        "西山店 丹参片抢得不行 店长说再要二十瓶",
        "惠民药房 王店长说六味压货压得难受 先别送了",
    ],
)
def test_a_degree_of_trade_or_a_figure_of_speech_is_no_reaction(check: Check, text: str) -> None:
    assert "adverse_event" not in kinds(check(text))


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 周院长说有个病人吐了两天 停了克肟才好",
        "李氏诊所 李大夫说一个老人夜里心慌 换掉丹参片就没事了",
    ],
)
def test_the_drug_whose_stopping_ended_a_complaint_caused_it(check: Check, text: str) -> None:
    assert only(check, text, "adverse_event")[1] is not None


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 周院长说有个病人用了克肟以后 肌酐一下子高了",
        "李氏诊所 李大夫说一个老人吃了丹参片 化验血小板掉到六十",
    ],
)
def test_a_lab_value_that_changes_after_use_is_an_adverse_event(check: Check, text: str) -> None:
    only(check, text, "adverse_event")


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 周院长说有个病人手脚发麻 可能是克肟引起的",
        "惠民药房 王店长说有位大爷老犯困 他觉得是丹参片闹的",
    ],
)
def test_a_complaint_put_down_to_our_product_named_after_it_is_an_adverse_event(
    check: Check, text: str
) -> None:
    assert only(check, text, "adverse_event")[1] is not None


@pytest.mark.parametrize(
    "text",
    [
        "李氏诊所 李大夫说有个病人咳嗽 可能是受凉引起的 开了三天克肟",
        "惠民药房 王店长说有个顾客起疹子 怀疑是蓝芩闹的",
    ],
)
def test_a_complaint_put_down_to_something_else_is_no_adverse_event(check: Check, text: str) -> None:
    assert "adverse_event" not in kinds(check(text))


# -- off-label use --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "西山店 店长说要是咱把她孩子补习班的费用交了 六味全年只进咱们的",
        "惠民药房 王店长说她孩子的培训费用涨了 六味这个月要了二十瓶",
    ],
)
def test_a_verb_of_use_inside_a_noun_uses_nothing(check: Check, text: str) -> None:
    assert "off_label" not in kinds(check(text))


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 给药房主任家的孩子买了台新电脑 主任说六味的采购他会盯着",
        "李氏诊所 李大夫的孩子今年高考 六味这个月走得快 又要了十瓶",
    ],
)
def test_a_group_is_off_label_only_where_the_product_is_used_on_it(check: Check, text: str) -> None:
    assert "off_label" not in kinds(check(text))


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 周院长说怀孕的病人蒲地蓝一律不用 都换别的",
        "李氏诊所 李大夫说孩子六味地黄丸一律不开",
    ],
)
def test_a_refusal_anywhere_in_the_clause_is_no_off_label_use(check: Check, text: str) -> None:
    assert "off_label" not in kinds(check(text))


@pytest.mark.parametrize(
    "text",
    [
        "红旗卫生室 老刘让村里老人入秋就喝蒲地蓝 当预防",
        "惠民药房 王店长跟顾客说丹参片能防 没病也吃着",
    ],
)
def test_prevention_is_a_claim_the_label_may_not_list(check: Check, text: str) -> None:
    only(check, text, "off_label")


@pytest.mark.parametrize(
    "text",
    [
        "李氏诊所 李大夫让病人丹参片一吃就是半年",
        "西山卫生院 周院长建议心脏不好的老人丹参片吃上三个月再看",
    ],
)
def test_advised_use_for_months_is_long_term_use(check: Check, text: str) -> None:
    only(check, text, "off_label")


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 有个老病号丹参片吃了好几年了 说管用",
        "西山卫生院 周院长说克肟的价钱要是能降一点 都用咱的",
    ],
)
def test_a_habit_or_a_price_is_no_off_label_claim(check: Check, text: str) -> None:
    assert "off_label" not in kinds(check(text))


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 王店长跟顾客说蒲地蓝加倍喝好得快",
        "李氏诊所 李大夫让病人克肟吃双份 说三天就好",
    ],
)
def test_a_doubled_dose_is_above_the_label(check: Check, text: str) -> None:
    only(check, text, "off_label")


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 蒲地蓝订货量加倍 王店长说旺季到了",
        "西山店 丹参片今年销量翻倍 买的人多",
    ],
)
def test_volume_doubled_is_no_dose(check: Check, text: str) -> None:
    assert "off_label" not in kinds(check(text))


@pytest.mark.parametrize(
    "text",
    [
        "李氏诊所 李大夫说六味地黄丸他给初中生也开过",
        "西山卫生院 周院长说六味地黄丸给高中生补一补也行 他开过",
    ],
)
def test_school_pupils_are_children_to_a_label(check: Check, text: str) -> None:
    only(check, text, "off_label")


# -- personal data --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("西山卫生院 内科5床刘翠英 81岁 肺心病 家属问有没有援助", "刘翠英"),
        ("李氏诊所 李大夫说有个病人叫马福贵 上个月刚查出肝癌", "马福贵"),
        ("惠民药房 王店长说顾客高玉珍今年六十八 有糖尿病 让我们留意", "高玉珍"),
    ],
)
def test_a_patients_name_after_a_bed_number_or_before_a_word_is_masked(
    check: Check, text: str, name: str
) -> None:
    findings = check(text)
    assert name in only(check, text, "personal_data")[0]
    assert name not in (mask(text, secrets_of(findings)) or "")
