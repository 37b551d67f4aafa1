"""Compliance rules added after held-out set 4 became tune data: each rule on phrasings written for it
on the sample company (tests/data/sample/catalog_labels.yaml), in no labelled set."""

from __future__ import annotations

import pytest

from tests.memory.compliance.conftest import Check, kinds
from tests.memory.compliance.test_rules import only


# -- off-label doses and uses -------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "东关诊所 李大夫说克肟一次给病人开三片 好得快",  # label: 一次1片
        "西山卫生室 村医讲蒲地蓝他一次叫病人喝三支",  # label: 一次1支
    ],
)
def test_a_dose_given_to_someone_between_once_and_its_amount_is_read(check: Check, text: str) -> None:
    only(check, text, "off_label")


@pytest.mark.parametrize(
    "text",
    ["惠民药房克肟一次进了三十片 月底再结", "城关店 丹参片每次拿货十瓶 一次到货二十瓶"],
)
def test_an_amount_of_goods_after_once_is_trade_not_a_dose(check: Check, text: str) -> None:
    assert "off_label" not in kinds(check(text))


@pytest.mark.parametrize(
    "text",
    ["北街卫生院 有个大夫给怀孕的病人挂蒲地蓝", "东关诊所 张医生说孕妇嗓子疼也给挂蒲地蓝"],
)
def test_an_iv_drip_is_a_use(check: Check, text: str) -> None:
    only(check, text, "off_label")


@pytest.mark.parametrize(
    "text",
    ["西山卫生院 有个病人头孢过敏 克肟没敢给他开", "东关诊所 那个老太太对头孢菌素过敏 李大夫说克肟莫给她用"],
)
def test_a_use_refused_before_the_verb_is_no_finding(check: Check, text: str) -> None:
    assert "off_label" not in kinds(check(text))


@pytest.mark.parametrize(
    "text",
    [
        "东关诊所 李大夫问克肟能不能给头孢过敏的人用 我说没事",
        "西山卫生室 村医问丹参片敢不敢给怀孕的开 我说可以",
    ],
)
def test_an_a_not_a_question_refuses_nothing(check: Check, text: str) -> None:
    # the 不 of the question is not a refusal: with the use allowed the note reads as the statement
    assert kinds(check(text)) == kinds(check(text.replace("能不能", "能").replace("敢不敢", "敢")))


@pytest.mark.parametrize(
    "text",
    [
        "东关诊所 有个老爷子糖尿病好些年了 李大夫给他开克肟治尿路感染",
        "西山卫生室 王婶风湿多年 这回村医用蒲地蓝治咽炎",
    ],
)
def test_a_stated_use_on_the_label_makes_other_conditions_history(check: Check, text: str) -> None:
    assert "off_label" not in kinds(check(text))


@pytest.mark.parametrize(
    "text",
    ["惠民药房 店长跟顾客讲六味能治失眠 当成安神药卖", "城关店 店员把丹参片当成降压药推给老人"],
)
def test_a_product_sold_as_something_else_is_a_claim_not_a_misuse(check: Check, text: str) -> None:
    found = kinds(check(text))
    assert "off_label" in found and "adverse_event" not in found


# -- adverse events -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    ["西山卫生院 有个病人输了克肟 头晕得站不住", "惠民药房 一位大姐吃了丹参片 胃疼得吃不下饭"],
)
def test_a_state_so_bad_something_can_no_longer_be_done_is_a_reaction(check: Check, text: str) -> None:
    only(check, text, "adverse_event")


@pytest.mark.parametrize(
    "text",
    ["东关诊所 我问李大夫用了克肟的病人有没有啥不舒服", "西山卫生院 回访时问了用丹参片的老人是否有头晕"],
)
def test_a_symptom_asked_about_is_no_report(check: Check, text: str) -> None:
    assert "adverse_event" not in kinds(check(text))


@pytest.mark.parametrize(
    "text",
    [
        "东关诊所 李大夫给一个十岁的娃开了六味 娃吃了以后拉肚子",  # 儿童禁用
        "北街卫生院 大夫给孕妇挂了蒲地蓝 当天就起了一身疹子",  # 孕妇禁用
    ],
)
def test_an_excluded_use_that_harmed_someone_is_both_an_event_and_off_label(check: Check, text: str) -> None:
    found = kinds(check(text))
    assert "adverse_event" in found and "off_label" in found


@pytest.mark.parametrize(
    "text",
    [
        "城关店 有个小孩趁大人不注意把半瓶六味吃了 送去洗了胃",
        "惠民药房 有个怀孕的顾客自己买蒲地蓝喝了三天 起了疹子",
    ],
)
def test_an_accident_or_own_use_that_harmed_someone_is_the_event_alone(check: Check, text: str) -> None:
    found = kinds(check(text))
    assert "adverse_event" in found and "off_label" not in found


# -- inducements --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    ["东关诊所 李大夫说一箱克肟给他返两百 他就只开我们的", "西山卫生室 村医问我们开一盒丹参片能返他好多"],
)
def test_money_per_unit_with_the_one_paid_after_the_verb(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "东关诊所 仲景的人逢年过节给李大夫家送一袋大米 就为了用他们的药",
        "西山卫生院 听说同仁堂给院长送了几箱水果 为了进他们的六味",
    ],
)
def test_a_gift_given_for_a_purpose_of_use_is_tied(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 有个大爷吃了丹参片头晕摔了一跤 被家里人送医院了 丹参片要了十瓶",
        "城关店 店员说有个顾客喝蒲地蓝后吐了 是邻居送去卫生院的 进了二十盒蒲地蓝",
    ],
)
def test_taking_someone_to_hospital_is_no_gift(check: Check, text: str) -> None:
    assert "inducement" not in kinds(check(text))


# -- quotes ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "惠民药房王店长讲，俺们家有个顾客吃了丹参片，牙龈出血",
        "西山卫生院　周院长：一个病人用了克肟以后，全身起红疹",
    ],
)
def test_a_finding_quotes_the_note_as_written(check: Check, text: str) -> None:
    quoted, _ = only(check, text, "adverse_event")
    assert quoted in text and "，" in quoted


# -- personal data --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    ["西山卫生院 周院长说吃丹参片要叮嘱病人莫喝酒", "东关诊所 李大夫讲开克肟时会告诉病人莫空腹吃"],
)
def test_what_a_patient_is_told_is_no_name(check: Check, text: str) -> None:
    assert "personal_data" not in kinds(check(text))


def test_a_patients_name_after_advice_elsewhere_is_still_found(check: Check) -> None:
    only(check, "西山卫生院 周院长说病人莫秀兰 电话13900004567 高血压", "personal_data")


# -- after held-out set 5 became tune data ---------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 昨晚我把两瓶五粮液放到周院长车上了 克肟下季度照旧",
        "东关诊所 我把一张购物卡塞进李大夫抽屉 他说克肟多开点",
    ],
)
def test_a_valuable_put_somewhere_of_theirs_is_handed_over(check: Check, text: str) -> None:
    only(check, text, "inducement")


def test_a_poster_put_up_in_the_shop_is_no_handing_over(check: Check) -> None:
    assert "inducement" not in kinds(check("惠民药房 我把六味的海报放到收银台边上了 六味又要了十瓶"))


@pytest.mark.parametrize(
    "text",
    ["惠民药房 王店长说他老丈人吃了丹参片以后牙龈出血", "西山卫生室 村医讲他婆婆喝了蒲地蓝 拉了两天肚子"],
)
def test_a_contacts_family_member_is_a_patient(check: Check, text: str) -> None:
    only(check, text, "adverse_event")


@pytest.mark.parametrize(
    "text",
    [
        "东关诊所 李大夫说村里张有福 糖尿病二十年 每月来拿药",
        "西山卫生室 村医讲镇上刘桂香 高血压 想要个血压计",
    ],
)
def test_a_person_named_after_the_village_with_a_diagnosis_is_personal_data(check: Check, text: str) -> None:
    only(check, text, "personal_data")


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 店长给失眠的顾客推六味 说睡前吃两粒就好 我说说明书上没有这个 他没理",
        "城关店 店员跟老人推丹参片治便秘 我讲这不是说明书上的",
    ],
)
def test_a_refusal_counts_in_the_clauses_of_the_use_not_a_later_objection(check: Check, text: str) -> None:
    only(check, text, "off_label")
