"""The general mechanisms of the compliance rules added after held-out set 2 (now tune data): each
rule on phrasings written for it on the sample company, in no labelled set."""

from __future__ import annotations

import pytest

from memory.compliance.privacy import mask, secrets_of
from tests.memory.compliance.conftest import Check, kinds
from tests.memory.compliance.test_rules import only


# -- adverse events -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 王店长说有个顾客喝了蒲地蓝 满脸起红疹 王店长给退了 蒲地蓝还剩二十盒",
        "西山店 有位大姐吃了丹参片 牙龈出血 店员给她退了钱 丹参片又要了十瓶",
    ],
)
def test_recovery_is_read_near_the_symptom_not_to_the_sentences_end(check: Check, text: str) -> None:
    only(check, text, "adverse_event")


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 周院长说输克肟的时候有个病人心慌 护士滴慢了就好了",
        "惠民药房 有位大爷吃丹参片头晕 减量以后就好了",
    ],
)
def test_getting_better_after_the_drug_was_slowed_or_reduced_leaves_a_reaction(
    check: Check, text: str
) -> None:
    only(check, text, "adverse_event")


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 周院长说克肟用了好几年 从来没见过起皮疹的",
        "李氏诊所 李大夫说丹参片他开了那么多 没出过一例胃出血",
    ],
)
def test_a_denied_symptom_is_no_adverse_event(check: Check, text: str) -> None:
    assert "adverse_event" not in kinds(check(text))


@pytest.mark.parametrize(
    "text",
    [
        "红旗卫生室 老刘拿蒲地蓝给病人漱口 说治牙龈肿",
        "惠民药房 王店长跟顾客讲六味地黄丸 说治腿软",
    ],
)
def test_a_symptom_a_drug_is_said_to_treat_is_no_reaction(check: Check, text: str) -> None:
    assert "adverse_event" not in kinds(check(text))


@pytest.mark.parametrize(
    "text",
    [
        "西山店 有顾客拿回一瓶六味地黄丸 说瓶子里头有根毛发",
        "惠民药房 王店长说这批蒲地蓝有一支里面有玻璃渣",
    ],
)
def test_something_found_inside_the_pack_is_a_quality_complaint(check: Check, text: str) -> None:
    only(check, text, "adverse_event")


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 克肟这月用了四十盒。周院长说有个老人吃了三天 浑身起疙瘩",
        "惠民药房 蒲地蓝卖了三十盒。有个顾客喝了两支 嘴唇就肿了",
    ],
)
def test_a_use_and_how_long_it_went_on_link_a_reaction_to_a_drug_named_earlier(
    check: Check, text: str
) -> None:
    assert only(check, text, "adverse_event")[1] is not None


@pytest.mark.parametrize(
    "text",
    [
        "红旗卫生室 老刘说有个病人吃了克肟 拉了两天肚子",
        "西山卫生院 周院长说一个孩子喝了蒲地蓝 闹了一宿肚子",
    ],
)
def test_a_symptom_split_by_a_count_is_a_reaction(check: Check, text: str) -> None:
    only(check, text, "adverse_event")


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 丹参片要了十瓶 老王说眼花了看不清价签",
        "西山店 克肟还剩五盒 小吴说头晕 今天早走",
    ],
)
def test_symptoms_right_after_a_speaker_are_the_speakers_own(check: Check, text: str) -> None:
    assert "adverse_event" not in kinds(check(text))


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 王店长说有个老大爷买了两瓶丹参片 他吃了以后胃里难受",
        "西山卫生院 周院长说有个小伙子来看咽炎 她给开了克肟 他吃了以后浑身起红点",
    ],
)
def test_a_pronoun_after_a_patient_is_that_patient(check: Check, text: str) -> None:
    only(check, text, "adverse_event")


@pytest.mark.parametrize(
    "text",
    [
        "红旗卫生室 老刘说有个孕妇喝了蒲地蓝 后来孩子早产 家里怀疑跟药有关",
        "西山店 有个顾客吃了六味 说是不是药的问题 最近老掉头发",
    ],
)
def test_a_suspicion_that_the_drug_did_it_is_an_adverse_event(check: Check, text: str) -> None:
    only(check, text, "adverse_event")


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 有个大妈来买丹参片 吃了以后心慌得厉害",
        "西山店 有位顾客来买蒲地蓝 喝完就吐了",
    ],
)
def test_a_buyer_who_reacted_after_use_is_no_mere_demand(check: Check, text: str) -> None:
    only(check, text, "adverse_event")


# -- inducements --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 周院长私下问 克肟一个月要是开够三百盒 一盒能给多少",
        "李氏诊所 李大夫问 每开一盒丹参片能返多少",
    ],
)
def test_an_amount_per_unit_asked_as_a_question_is_an_inducement(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "平安堂总部 采购说想进咱们的六味可以 得先往他卡上打三万",
        "西山卫生院 周院长说要用俺们的克肟 得给科里转一万块钱",
    ],
)
def test_a_possessive_between_a_tie_verb_and_the_product_still_ties(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "西山店 店员说仲景的人给她们转了三百 让把仲景的货摆到门口",
        "惠民药房 王店长说要是我们每月给她五百 就把蒲地蓝摆在收银台边上",
    ],
)
def test_money_for_shelf_placement_is_an_inducement(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "李氏诊所 李大夫想让我们把他闺女的学琴费出了 说克肟以后都用我们的",
        "西山卫生院 周院长想让公司承担他家的物业费",
    ],
)
def test_paying_a_persons_own_expense_is_an_inducement(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 科室会上发了印有公司名的笔记本 讲了克肟的用法",
        "红旗卫生室 给老刘送了两把印着logo的雨伞 他说下月多进点六味",
    ],
)
def test_a_branded_item_is_no_inducement(check: Check, text: str) -> None:
    assert "inducement" not in kinds(check(text))


@pytest.mark.parametrize(
    "text",
    [
        "平安堂总部 采购经理说年底给员工发购物卡是她们自己定的 跟厂家无关",
        "惠民药房 王姐说过节给店员发了红包 她们干劲挺足",
    ],
)
def test_receivers_who_are_the_accounts_staff_are_paid_by_it(check: Check, text: str) -> None:
    assert "inducement" not in kinds(check(text))


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 扬子江的人请药剂科的人去三亚玩了一趟 回来蓝芩就进了很多 克肟还剩二十盒",
        "惠民药房 仲景的人给王店长送了条金项链 仲景的货进了一批 我们的六味还剩八瓶",
    ],
)
def test_a_competitor_named_before_our_product_makes_the_inducement_the_competitors(
    check: Check, text: str
) -> None:
    assert only(check, text, "inducement")[1] is None


@pytest.mark.parametrize(
    "text",
    [
        "李氏诊所 仲景那边给李大夫的侄子介绍了个工作 现在仲景的货都是他在推",
        "西山卫生院 周院长说要是能帮他闺女安排进药企实习 克肟全用我们的",
    ],
)
def test_a_favour_arranged_for_someone_is_an_inducement(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 周院长的父亲过寿 经理让我随个礼 说克肟的事还得靠他",
        "惠民药房 王店长家孩子满月 我随了份子 她说下月多进点六味",
    ],
)
def test_a_gift_that_is_the_giving_itself_is_an_inducement(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "西山店 店长说蓝芩那边的人给营业员一瓶提四块",
        "惠民药房 王店长说仲景给收银员一盒返两块",
    ],
)
def test_a_cut_per_unit_sold_is_an_inducement(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "平安堂总部 采购说要多进我们的六味 得私下给他们库管塞点钱",
        "西山卫生院 周院长说要多开克肟 得给科里几个大夫发几千块钱",
    ],
)
def test_money_of_no_stated_amount_tied_to_orders_is_an_inducement(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "红旗卫生室 六味要8瓶 现金 下回带过来",
        "李氏诊所 丹参片要十瓶 现款 国药配送",
    ],
)
def test_a_way_of_paying_written_as_its_own_clause_is_no_inducement(check: Check, text: str) -> None:
    assert "inducement" not in kinds(check(text))


@pytest.mark.parametrize(
    "text",
    [
        "李氏诊所 经理给李大夫塞了两千块钱 说是咨询费",
        "西山卫生院 过年给周院长微信转了一千 他收了",
    ],
)
def test_money_into_one_persons_hands_is_an_inducement(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("西山卫生院 周院长说扬子江因为给医生红包被举报了 现在都不敢了", False),
        ("惠民药房 仲景的人因为送购物卡被处分了", False),
        ("西山卫生院 我给周院长的购物卡他退回来了 说现在纪委盯得紧", True),
        ("李氏诊所 给李大夫准备的红包他没收 说最近反腐", True),
    ],
)
def test_enforcement_news_blocks_only_the_payment_it_punishes(check: Check, text: str, found: bool) -> None:
    assert ("inducement" in kinds(check(text))) is found


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 药剂科主任开口要好处 说别家都给",
        "平安堂总部 采购经理伸手要好处费 我说回去问问",
    ],
)
def test_a_payment_asked_for_by_name_is_an_inducement(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("西山店 公司给营业员发奖金 六味每卖一瓶奖一块", True),
        ("惠民药房 王店长说扬子江给她们店员发奖金 按蓝芩卖的盒数算", True),
        ("惠民药房 王店长说店员的奖金按卖的盒数算 是她自己定的", False),
        ("平安堂总部 门店员工的提成按销量算 总部定的 跟厂家没关系", False),
    ],
)
def test_staff_pay_tied_to_volume_is_an_inducement_only_when_an_outsider_pays(
    check: Check, text: str, found: bool
) -> None:
    assert ("inducement" in kinds(check(text))) is found


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 周院长说克肟得给他个人的点 不然不好办",
        "李氏诊所 李大夫想要私人三个点 丹参片才肯多开",
    ],
)
def test_a_cut_for_one_person_is_an_inducement_by_its_name(check: Check, text: str) -> None:
    only(check, text, "inducement")


# -- off-label use ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 王店长跟顾客说丹参片常年吃能养心",
        "西山店 店员让一个大爷丹参片一直吃 别停",
    ],
)
def test_long_term_use_against_the_label_is_off_label(check: Check, text: str) -> None:
    assert only(check, text, "off_label")[1] == "复方丹参片"


@pytest.mark.parametrize(
    "text",
    [
        "红旗卫生室 老刘给一个怀了四个月的媳妇开了蒲地蓝",
        "西山卫生院 周院长给一个刚满月的奶娃开了六味地黄丸",
    ],
)
def test_a_group_the_label_forbids_is_met_by_the_notes_words_for_it(check: Check, text: str) -> None:
    only(check, text, "off_label")


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 周院长说丹参片治胸闷 病人反映挺好",
        "惠民药房 王店长说六味治腰酸腿软 老人爱买",
    ],
)
def test_a_claim_worded_apart_from_the_label_phrase_is_on_label(check: Check, text: str) -> None:
    assert "off_label" not in kinds(check(text))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("惠民药房 王店长说有个顾客一次吃了二十粒六味地黄丸", "adverse_event"),
        ("西山卫生院 周院长让病人六味地黄丸一次吃十二颗", "off_label"),
    ],
)
def test_pills_count_alike_in_a_dose(check: Check, text: str, kind: str) -> None:
    assert kind in kinds(check(text))


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 王店长推荐丹参片减肥 说效果好",
        "西山店 店员建议顾客拿蒲地蓝解酒",
    ],
)
def test_a_verb_of_use_before_product_and_condition_makes_it_off_label(check: Check, text: str) -> None:
    only(check, text, "off_label")


# -- personal data ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 王店长说老顾客里第一个是孙金花 13912340001 常来买丹参片",
        "平安堂总部 会员名单发过来了 有赵玉兰 13912340002",
    ],
)
def test_a_name_written_right_before_a_number_is_personal_data(check: Check, text: str) -> None:
    only(check, text, "personal_data")


@pytest.mark.parametrize(
    "text",
    [
        "红旗卫生室 老刘说他们村的姜桂英 肺气肿 一直在他这输液",
        "西山卫生院 周院长说病房的郑大山 慢性胰腺炎 让帮着问问省里的专家",
    ],
)
def test_a_disease_named_by_its_ending_marks_a_patient(check: Check, text: str) -> None:
    only(check, text, "personal_data")


@pytest.mark.parametrize(
    "text",
    [
        "红旗卫生室 老刘说村民何长生 痛风 电话13912340003",
        "惠民药房 王店长说有个顾客叫冯小梅 住东城花园5栋 常年吃六味",
    ],
)
def test_a_patients_name_after_a_word_for_one_with_details_is_personal_data(check: Check, text: str) -> None:
    only(check, text, "personal_data")


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 周院长 加了微信 电话13812340004 说病人嫌克肟贵",
        "惠民药房 王店长说顾客多 她的新手机13812340005 让我存上",
    ],
)
def test_a_phone_whose_nearest_holder_is_a_contact_is_no_personal_data(check: Check, text: str) -> None:
    assert "personal_data" not in kinds(check(text))


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("平安堂总部 会员名单里第一个是葛秀珍 13912340006 常买六味", ["葛秀珍", "13912340006"]),
        ("红旗卫生室 老刘说村民尹德旺 痛风 家住红旗村七组", ["尹德旺", "红旗村七组"]),
    ],
)
def test_masking_covers_the_names_and_addresses_the_rule_finds(
    check: Check, text: str, secrets: list[str]
) -> None:
    found = check(text)
    assert "personal_data" in kinds(found)
    masked = [mask(f.text, secrets_of(found)) or "" for f in found if f.kind == "personal_data"]
    assert not any(secret in m for secret in secrets for m in masked), masked
