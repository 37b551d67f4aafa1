"""The compliance check's classes and links (session 13): symptom classes by body system, a body part
or vital sign with what went wrong with it, pack defects; inducements tied by a verb before a product,
money per person, trips, gifts in tied sentences. Every phrasing here is in no labelled set."""

from __future__ import annotations

import pytest

from tests.memory.compliance.conftest import Check, kinds
from tests.memory.compliance.test_rules import only


# -- adverse events -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "quoted", "product"),
    [
        ("西山卫生院 周院长说有个老太太吃了六味 小肚子坠得慌 尿不出来", "尿不出", "六味地黄丸"),
        ("红旗卫生室 老刘说有个孩子喝了蒲地蓝 哭闹了一宿 不吃奶", "哭闹", "蒲地蓝消炎口服液"),
        ("惠民药房 王店长说有个大哥吃完克肟 昏昏沉沉的 走路发飘", "昏昏沉沉", "头孢克肟分散片"),
    ],
)
def test_a_symptom_of_any_body_system_after_use_is_an_adverse_event(
    check: Check, text: str, quoted: str, product: str
) -> None:
    span, named = only(check, text, "adverse_event")
    assert quoted in span and named == product


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("惠民药房 王店长说有个小伙子喝完蒲地蓝 嘴唇一圈发白 手脚冰凉", "嘴唇一圈发白"),
        ("红旗卫生室 老刘说有个大爷吃丹参片吃了一个月 牙龈老是渗血", "牙龈老是渗血"),
        ("西山卫生院 周院长说有个病人吃了丹参片 血压一下子掉到八十", "血压一下子掉到"),
    ],
)
def test_a_body_part_or_vital_sign_that_went_wrong_after_use_is_an_adverse_event(
    check: Check, text: str, quoted: str
) -> None:
    assert quoted in only(check, text, "adverse_event")[0]


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 王店长说这批克肟 好几板药片都碎了",
        "平安堂总部 采购说蒲地蓝有几支瓶盖松了 药液渗出来了",
    ],
)
def test_a_defect_of_the_pack_or_dose_form_is_a_quality_complaint(check: Check, text: str) -> None:
    assert only(check, text, "adverse_event")[1] is not None


@pytest.mark.parametrize(
    "text",
    [
        "红旗卫生室 我留给老刘的那几盒药 有个病人吃了以后耳朵嗡嗡的",
        "西山卫生院 我们寄过去的药 有个病人吃完心里扑通扑通的",
    ],
)
def test_a_drug_the_rep_handed_over_is_an_adverse_event_without_product(check: Check, text: str) -> None:
    assert only(check, text, "adverse_event")[1] is None


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 病人吃了克肟以后 嗓子不疼了 烧也退了",  # a symptom negated: it got better
        "惠民药房 王店长说头晕耳鸣腰酸的老人来拿六味的多",  # the label's indications, before the product
        "惠民药房 王店长说同仁堂六味有个顾客吃了以后拉肚子",  # a competitor's product
        "惠民药房 买三盒六味送一个保温杯 顾客挺喜欢",  # a customer's promotion
    ],
)
def test_better_indications_competitors_and_promotions_are_no_finding(check: Check, text: str) -> None:
    assert not {"adverse_event", "inducement"} & set(kinds(check(text)))


# -- inducements ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("西山卫生院 周院长说药房能把开克肟的大夫名单导出来 每个月给他两千", "头孢克肟分散片"),
        ("红旗卫生室 老刘说要是我们一年给他三万 他就换我们的六味", "六味地黄丸"),
    ],
)
def test_money_to_a_person_tied_by_a_verb_before_a_product_is_an_inducement(
    check: Check, text: str, product: str
) -> None:
    assert only(check, text, "inducement")[1] == product


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 药事会那几个委员 一人得打点五千 克肟才能进院",
        "红旗卫生室 老刘说开一盒克肟要提八块 别的厂都这么给",
        "西山卫生院 周院长要我们每月发处方费 按开药量算",
    ],
)
def test_money_per_person_per_unit_or_named_for_prescribing_is_an_inducement(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 周院长说克肟一个月开够三百盒 让我们组织科里去三亚玩一趟",
        "惠民药房 王店长想让我们出钱安排她们去西安逛逛 六味就多进点",
        "西山卫生院 周院长想去北京开会 问我们能不能把机票酒店报销 克肟明年多用",
    ],
)
def test_a_trip_or_travel_paid_for_the_account_is_an_inducement(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 王店长说蓝芩的业务员给她们店员一人送了个电饭煲 让多推蓝芩",
        "红旗卫生室 我送了老刘一套茶具 他说六味以后都进我们的",
    ],
)
def test_a_gift_in_a_sentence_tied_to_ordering_is_an_inducement(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 下周送货的时候顺便送两盒克肟样品 周院长说多用点",
        "西山卫生院 周院长下周请假去海南玩 克肟先不要",
        "红旗卫生室 我说回去请示一下 老刘说六味先进五盒",
    ],
)
def test_samples_deliveries_and_other_verbs_are_no_inducement(check: Check, text: str) -> None:
    assert "inducement" not in kinds(check(text))


# -- what makes a symptom no adverse event -----------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 克肟这月用了八十盒 周院长腰疼得直不起来 在家歇着",  # the contact's own health
        "红旗卫生室 六味要了十瓶 老刘说他最近血压有点偏高",
        "惠民药房 王店长说来拿蒲地蓝的 都是嗓子肿疼的",  # what buyers come with
        "西山卫生院 周院长说有个病人头孢过敏 一吃就起疹子 所以没开克肟",  # the product was not given
        "红旗卫生室 老刘说有个孩子腮帮子肿 喝了蒲地蓝 三天就好",  # better later: why it was taken
        "惠民药房 王店长说丹参片能治胸口闷 让老人常吃",  # a use claimed
        "惠民药房 有个顾客问吃丹参片会不会头晕",  # a question
        "红旗卫生室 老刘说吃了六味 头不晕了 耳朵也不响了",  # negated
    ],
)
def test_a_contacts_health_a_reason_for_buying_a_question_or_a_cure_is_no_adverse_event(
    check: Check, text: str
) -> None:
    assert "adverse_event" not in kinds(check(text))


@pytest.mark.parametrize(
    "text",
    [
        "红旗卫生室 老刘说有个小孩把大半盒丹参片当糖吃了",
        "惠民药房 王店长说有个老人一口气吃了一整板克肟",
    ],
)
def test_a_portion_of_a_pack_taken_at_once_is_an_overdose(check: Check, text: str) -> None:
    only(check, text, "adverse_event")


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 周院长说有个孕妇吃了克肟 后来见了红",
        "红旗卫生室 老刘说有个老人吃了丹参片 起了疙瘩",
    ],
)
def test_a_symptom_with_a_verbs_le_inside_is_still_a_symptom(check: Check, text: str) -> None:
    only(check, text, "adverse_event")


# -- inducements: who pays and what is paid -------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 王店长过年给店员一人发了个红包",
        "平安堂总部 郑姐说财务主任给手下每人发了购物卡 说是过节福利",
    ],
)
def test_an_account_paying_its_own_staff_is_no_inducement(check: Check, text: str) -> None:
    assert "inducement" not in kinds(check(text))


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 周院长说克肟多用点可以 但护士们的跑腿钱得有",
        "红旗卫生室 老刘说别家每月都给介绍钱 问我们给不给",
    ],
)
def test_a_fee_named_with_money_is_a_payment_by_its_name(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 店员推六味 我们一瓶给她们五毛",
        "红旗卫生室 我给老刘儿子买了个游戏机 他说丹参片以后多进",
    ],
)
def test_money_per_unit_sold_or_a_gift_bought_for_someone_in_a_tied_sentence_is_an_inducement(
    check: Check, text: str
) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 王店长说仲景按店员卖出去的瓶数发钱 一瓶八毛",
        "西山卫生院 周院长说扬子江按每个大夫的开方数结钱 一张两块",
    ],
)
def test_money_counted_by_volume_is_tied_to_it(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "红旗卫生室 老刘说只要给他外甥找个工作 六味就全进我们的",
        "西山卫生院 周院长说有个病人家属要三千块封口费 克肟才能接着用",
    ],
)
def test_a_favour_or_hush_money_for_the_account_is_an_inducement(check: Check, text: str) -> None:
    only(check, text, "inducement")
