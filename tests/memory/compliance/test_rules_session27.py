"""Compliance rules added in session 27 from set 7's errors and fresh probes (tests/data/compliance/
fresh27.jsonl, tune part): each rule on phrasings written for it on the sample company, in no set."""

from __future__ import annotations

import pytest

from tests.memory.compliance.conftest import Check, kinds
from tests.memory.compliance.test_rules import only


# -- adverse events -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "李氏诊所 李大夫说有个病人吃了克肟以后脖子上起了一片红疙瘩赶紧停了打了抗过敏的针现在没事了",
        "西山卫生院 周院长讲有个老汉喝了蒲地蓝当天嘴唇就肿了赶紧给他挂了抗过敏的水",
    ],
)
def test_background_words_count_only_near_the_symptom(check: Check, text: str) -> None:
    only(check, text, "adverse_event")


def test_a_complaint_said_to_be_common_is_still_background(check: Check) -> None:
    assert "adverse_event" not in kinds(check("惠民药房 王店长说蒲地蓝最近好卖 过敏性鼻炎的多"))


@pytest.mark.parametrize(
    "text",
    [
        "红旗卫生室 村医说我上回送的试用装 给一个大娘喝了以后脸肿了 过了两天消了",
        "李氏诊所 李大夫讲我留下的样品给一个病号吃了后浑身起疹子 现在好了",
    ],
)
def test_a_reaction_to_a_drug_the_rep_left_that_passed_is_still_an_event(check: Check, text: str) -> None:
    assert only(check, text, "adverse_event")[1] is None


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("西山卫生院 周院长说有个病人吃了一个月克肟 复查血小板低", "头孢克肟分散片"),
        ("李氏诊所 李大夫讲病号喝了两个礼拜丹参片 化验白细胞低", "复方丹参片"),
    ],
)
def test_a_count_found_low_after_use_is_an_event(check: Check, text: str, product: str) -> None:
    assert only(check, text, "adverse_event")[1] == product


def test_a_low_count_where_the_drug_was_not_given_is_no_event(check: Check) -> None:
    assert "adverse_event" not in kinds(check("西山卫生院 周院长说有个病人血小板低 克肟没敢开"))


@pytest.mark.parametrize(
    "text",
    ["惠民药房 王店长说这批蒲地蓝瓶底有一层白乎乎的东西", "西山店 店长讲丹参片的瓶子底下有些黄色的东西"],
)
def test_something_lying_at_the_bottom_of_the_pack_is_a_quality_complaint(check: Check, text: str) -> None:
    only(check, text, "adverse_event")


@pytest.mark.parametrize(
    "text",
    [
        "红旗卫生室 村医说有个大爷喝了蒲地蓝以后心里扑腾扑腾的",
        "李氏诊所 李大夫讲她对象吃了克肟心口突突突突的",
    ],
)
def test_a_heart_beating_in_a_doubled_two_syllable_sound_is_a_reaction(check: Check, text: str) -> None:
    only(check, text, "adverse_event")


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 周院长说有个老太吃了丹参片 头晕得很 坐都坐不住",
        "李氏诊所 李大夫讲病号吃克肟吃到第四天 大便带血",
    ],
)
def test_a_state_said_with_hen_or_blood_in_the_stool_is_a_reaction(check: Check, text: str) -> None:
    only(check, text, "adverse_event")


def test_a_trade_said_with_hen_is_no_reaction(check: Check) -> None:
    assert "adverse_event" not in kinds(check("惠民药房 王店长说蒲地蓝卖得好得很 丹参片也走得快"))


@pytest.mark.parametrize(
    "text",
    ["惠民药房 王店长说这批丹参片药片上有白毛", "西山卫生院 周院长讲蒲地蓝有几支瓶子里漂着小白点"],
)
def test_something_on_the_dose_or_floating_in_it_is_a_quality_complaint(check: Check, text: str) -> None:
    only(check, text, "adverse_event")


# -- inducements --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "李氏诊所 李大夫说仲景的代表给他女婿在县里找了个保安的活",
        "西山卫生院 我们给周院长家孩子报了个钢琴班 克肟下季度多开点",
    ],
)
def test_something_arranged_for_a_contacts_family_member_is_an_inducement(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 周院长说给他孙子买了个书包 自己掏的钱",
        "惠民药房 王店长说给她家孩子买了两盒蒲地蓝",
        "西山卫生院 周院长说他闺女考上研究生了 克肟照常要了二十盒",
    ],
)
def test_the_family_paid_by_the_contact_or_sold_our_goods_is_no_inducement(check: Check, text: str) -> None:
    assert "inducement" not in kinds(check(text))


@pytest.mark.parametrize(
    "text",
    [
        "李氏诊所 李大夫的闺女在省城读研 住宿费我们可以帮忙交",
        "西山卫生院 周院长他老娘看病的钱要是咱们能帮着出 克肟都用咱的",
    ],
)
def test_a_family_members_expense_we_offer_to_pay_is_an_inducement(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 王店长说她老公在做茶叶生意 问我们公司能不能过年都在那买",
        "西山卫生院 周院长的儿子开了个饭店 让我们科室会都去那订",
    ],
)
def test_buying_from_a_contacts_family_business_is_an_inducement(check: Check, text: str) -> None:
    only(check, text, "inducement")


def test_a_family_business_we_do_not_buy_from_is_no_inducement(check: Check) -> None:
    assert "inducement" not in kinds(check("西山卫生院 周院长的儿子开了个饭店 生意挺好 克肟要了三十盒"))


@pytest.mark.parametrize(
    "text",
    [
        "西山店 店长说要是克肟多进几件 问我能不能弄两条中华",
        "惠民药房 王店长讲仲景那边说了 够五十件就带她去云南玩四天",
    ],
)
def test_more_volume_or_a_volume_reached_as_the_condition_ties_a_valuable(check: Check, text: str) -> None:
    only(check, text, "inducement")


def test_more_volume_for_a_trade_term_is_no_inducement(check: Check) -> None:
    assert "inducement" not in kinds(check("惠民药房 王店长说要是蒲地蓝多进几件 能不能给个扣率"))


@pytest.mark.parametrize(
    "text",
    [
        "红旗卫生室 村医说他家缺个冰箱 你们要是给弄一个 丹参片以后都进咱的",
        "李氏诊所 李大夫讲想换个手机 要是我们给买一个 克肟就全包了",
    ],
)
def test_a_valuable_named_before_and_counted_by_ge_is_handed_over(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 周院长说仲景那边中秋给他们院拉了三桶油两袋面 仲景的货现在用得最多",
        "红旗卫生室 村医讲扬子江的人给他拉了一箱酒 蓝芩现在卖得最多",
    ],
)
def test_goods_hauled_to_an_account_whose_use_is_the_most_are_an_inducement(check: Check, text: str) -> None:
    only(check, text, "inducement")


def test_the_goods_hauled_as_an_order_are_no_inducement(check: Check) -> None:
    assert "inducement" not in kinds(check("西山卫生院 周院长说国药给他们拉了两箱货 克肟用得最多"))


@pytest.mark.parametrize(
    "text",
    [
        "平安堂西山店 店长说自己给店员定了提成 卖一盒丹参片提五毛",
        "平安堂总部 采购说店里卖一盒自营品种提一块 丹参片照旧",
    ],
)
def test_the_accounts_own_pay_for_its_staff_is_no_inducement(check: Check, text: str) -> None:
    assert "inducement" not in kinds(check(text))


@pytest.mark.parametrize(
    "text",
    [
        "王经理请西山卫生院周院长去青岛玩了一趟 全包 克肟下季度多开点",
        "仲景的人带李氏诊所李大夫去三亚转了一圈 吃住都是他们掏的",
    ],
)
def test_a_paid_trip_told_as_one_round_is_an_inducement(check: Check, text: str) -> None:
    only(check, text, "inducement")


def test_a_trip_the_person_paid_himself_is_no_inducement(check: Check) -> None:
    assert "inducement" not in kinds(check("西山卫生院 周院长说他自己掏钱去云南转了一趟 克肟照常用"))


# -- off-label ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 周院长说自己最近血压高 吃着降压药 克肟下个月还要三十盒",
        "李氏诊所 李大夫讲他本人失眠好几年了 蒲地蓝这回拿了二十盒",
    ],
)
def test_a_condition_the_contact_has_himself_is_no_off_label_use(check: Check, text: str) -> None:
    assert "off_label" not in kinds(check(text))


def test_a_patients_own_condition_treated_with_our_product_is_still_off_label(check: Check) -> None:
    only(check, "西山卫生院 周院长说有个病人自己失眠 他给开了蒲地蓝", "off_label")
