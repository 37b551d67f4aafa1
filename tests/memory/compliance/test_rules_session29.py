"""Compliance rules added in session 29 from set 9's errors (tests/data/compliance/heldout9.jsonl, blind
until this session) and the other readable splits: each rule on phrasings written for it on the sample
company, in no set."""

from __future__ import annotations

import pytest

from tests.memory.compliance.conftest import Check, kinds
from tests.memory.compliance.test_rules import only


# -- inducements --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "国药 年度返利协议签好了 满两千件返一个点 抵货款 不发现金 采购说明年再谈",
        "瑞康 季度返点照合同走 直接冲账 没给购物卡 财务说可以",
    ],
)
def test_a_handing_over_denied_hands_nothing_over(check: Check, text: str) -> None:
    assert "inducement" not in kinds(check(text))


@pytest.mark.parametrize(
    "text",
    ["西山卫生院 周院长说克肟要是不给红包就不进了", "惠民药房 王店长讲不给购物卡就把蒲地蓝撤了"],
)
def test_not_given_then_a_threat_is_an_ask(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 讲完克肟的课 中午订了快餐 每人一份 周院长说下回还来",
        "李氏诊所 丹参片的推广会开完 发了矿泉水 一人两瓶 李大夫说挺好",
    ],
)
def test_goods_counted_per_person_at_a_working_event_are_no_money(check: Check, text: str) -> None:
    assert "inducement" not in kinds(check(text))


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 周院长问开一盒克肟能返他多少 我说只有协议里的返点 他没吭声",
        "惠民药房 王店长打听卖一瓶蒲地蓝能给她几个点 我讲公司只按合同走",
    ],
)
def test_money_per_unit_to_a_person_stays_an_inducement_beside_a_contract(check: Check, text: str) -> None:
    only(check, text, "inducement")


# -- adverse events -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 克肟用了半年了 没听说有啥副作用 周院长说下月照常进",
        "惠民药房 王店长讲蒲地蓝卖了三百多支 一例不良反应都没遇到 还要补货",
    ],
)
def test_a_report_denied_is_no_event(check: Check, text: str) -> None:
    assert "adverse_event" not in kinds(check(text))


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 王店长说六味地黄丸也能治口疮 起泡了吃上两天就好",
        "李氏诊所 我跟李大夫讲丹参片还能管痔疮 肿了吃点就消",
    ],
)
def test_a_symptom_then_treated_with_the_drug_is_its_use_not_a_reaction(check: Check, text: str) -> None:
    assert "adverse_event" not in kinds(check(text))


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 周院长说有个病人吃了克肟以后起泡了 抹上药膏才好",
        "惠民药房 有位顾客喝了蒲地蓝 嘴唇肿了 回家擦上药才消",
    ],
)
def test_a_symptom_after_the_drug_was_taken_stays_an_event_whatever_treats_it(
    check: Check, text: str
) -> None:
    only(check, text, "adverse_event")


# -- value by its shape (memory/compliance/shapes.py) ---------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 王店长让我们把蒲地蓝的钱转到她私人的支付宝",
        "西山卫生院 周院长说仲景那边把钱直接存进他个人账户",
    ],
)
def test_money_into_a_persons_own_account_is_an_inducement(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "国药 采购说返点打对公 不能打到她个人卡上 克肟下月多进五件",
        "惠民药房 王店长说陈列费走公司账 别转到她私人微信 蒲地蓝多订十盒",
    ],
)
def test_a_deposit_to_a_person_forbidden_is_none(check: Check, text: str) -> None:
    assert "inducement" not in kinds(check(text))


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 我请周院长和科里几个人去钓鱼 他说克肟以后多进点",
        "李氏诊所 仲景的人请李大夫出去耍了两天 丹参片就换成他们的了",
    ],
)
def test_a_party_taken_out_tied_to_volume_is_an_inducement(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 周院长请我们去他办公室坐坐 说克肟下月多进点",
        "李氏诊所 李大夫请科里的人去食堂吃了个饭 我顺便讲了丹参片 下月多用点",
        "西山卫生院 周院长请大家去唱歌 说是科里自己的团建 克肟照常用",
    ],
)
def test_an_invitation_by_the_account_or_a_plain_meal_is_no_treat(check: Check, text: str) -> None:
    assert "inducement" not in kinds(check(text))


@pytest.mark.parametrize(
    "text",
    [
        "李氏诊所 李大夫说要是能给他办张洗车卡 克肟就多开点",
        "惠民药房 王店长想要两张加油的储值卡 说蒲地蓝下月多进",
    ],
)
def test_a_card_handed_over_tied_to_volume_is_an_inducement(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    ["惠民药房 给会员办了几张积分卡 蒲地蓝多进了五件", "李氏诊所 给病号发了张随访卡 克肟照常开"],
)
def test_a_card_for_shoppers_or_patients_is_none(check: Check, text: str) -> None:
    assert "inducement" not in kinds(check(text))


@pytest.mark.parametrize(
    "text",
    [
        "李氏诊所 李大夫自己花钱买了台新打印机 说开克肟的处方快",
        "西山卫生院 周院长自个儿掏钱配了辆电动车 克肟照常进",
    ],
)
def test_goods_the_person_bought_himself_are_no_value_given(check: Check, text: str) -> None:
    assert "inducement" not in kinds(check(text))


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 周院长说克肟可以多进 每季度三千转到他老婆的银行卡",
        "李氏诊所 李大夫说丹参片照开 钱打进她家闺女的支付宝就行",
    ],
)
def test_money_into_a_family_members_account_is_an_inducement(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    ["西山卫生院 周院长说仲景包了他们全院的年夜饭", "李氏诊所 李大夫讲扬子江给他父亲办了寿宴 钱是他们出的"],
)
def test_a_feast_paid_for_is_a_valuable(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 周院长让我帮他订两张去昆明的机票 说克肟的量没问题",
        "惠民药房 王店长要我替她买个金手镯 蒲地蓝她来推",
    ],
)
def test_buying_a_valuable_for_someone_hands_it_over(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 周院长说仲景的代表年底给科里每人两千 说是讲课费",
        "李氏诊所 李大夫讲扬子江的人过节给诊所每人八百",
    ],
)
def test_money_per_person_from_a_payer_needs_no_tie(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 王店长说年底给店员每人发了一千五 我说不错",
        "西山卫生院 院里过节给职工每人发了六百 周院长说少了",
    ],
)
def test_money_per_person_the_account_pays_its_own_people_is_none(check: Check, text: str) -> None:
    assert "inducement" not in kinds(check(text))
