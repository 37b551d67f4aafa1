"""Each compliance rule on phrasings written for it (in no labelled set), with its near misses."""

from __future__ import annotations

import pytest

from tests.memory.compliance.conftest import Check, kinds


def only(check: Check, text: str, kind: str) -> tuple[str, str | None]:
    found = [f for f in check(text) if f.kind == kind]
    assert len(found) == 1, (text, found)
    assert found[0].text in text and found[0].advice
    return found[0].text, found[0].product


# -- adverse events -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "quoted", "product"),
    [
        ("惠民药房 王店长说有位大爷服用丹参片两天后牙龈出血 鼻子也流血", "牙龈出血", "复方丹参片"),
        ("西山卫生院 周院长讲一个病人用了头孢克肟之后全身出红疹,已经停药了", "全身出红疹", "头孢克肟分散片"),
    ],
)
def test_a_reaction_after_use_of_our_product_is_an_adverse_event(
    check: Check, text: str, quoted: str, product: str
) -> None:
    span, named = only(check, text, "adverse_event")
    assert quoted in span and named == product


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 有顾客拿回来两盒蒲地蓝 说里面有絮状物",
        "红旗卫生室 老刘说这批六味地黄丸有几瓶发霉了 退回来了",
    ],
)
def test_a_quality_complaint_is_an_adverse_event(check: Check, text: str) -> None:
    assert only(check, text, "adverse_event")[1] is not None


@pytest.mark.parametrize(
    "text",
    [
        "红旗卫生室 老刘说有个孩子误喝了半瓶蒲地蓝 上吐下泻",
        "惠民药房 王店长说有个老人把丹参片吃多了 送医院了",
    ],
)
def test_misuse_and_overdose_are_adverse_events(check: Check, text: str) -> None:
    only(check, text, "adverse_event")


@pytest.mark.parametrize(
    "text",
    [
        "红旗卫生室 上回给老刘的样品 有个病人吃了以后心慌,老刘让我问问",
        "西山卫生院 我带去的赠品有个病人吃完头晕 周院长说要注意",
    ],
)
def test_an_unnamed_drug_the_rep_supplied_is_an_adverse_event_without_product(
    check: Check, text: str
) -> None:
    assert only(check, text, "adverse_event")[1] is None


@pytest.mark.parametrize(
    "text",
    [
        # a symptom before the product is why it was bought
        "惠民药房 头晕耳鸣的老人来买六味的多 这周卖了二十瓶",
        "西山卫生院 周院长说咽炎扁桃体炎的病人多 克肟用得快",
        "西山卫生院 周院长说有个病人有头孢过敏史 所以克肟没开",  # background
        "西山卫生院 周院长说仲景的头孢吃了有病人起疹子",  # a competitor's product
        "西山卫生院 周院长说六味治头晕耳鸣挺好",  # an improvement, on label
        "惠民药房 六味卖了二十瓶 过年吃多了上火的多",  # 吃多了 away from the product: a big meal
        "西山卫生院 克肟用了二十盒 周院长说最近肚子疼的病人多",  # demand, not a reaction
    ],
)
def test_indications_background_and_competitors_are_no_adverse_event(check: Check, text: str) -> None:
    assert "adverse_event" not in kinds(check(text))


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 周院长说有个病人浑身起疙瘩 是吃的克肟",
        "惠民药房 有位大妈胃疼了两天 说是吃了丹参片",
    ],
)
def test_a_reaction_before_the_product_taken_is_an_adverse_event(check: Check, text: str) -> None:
    assert only(check, text, "adverse_event")[1] is not None


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 克肟这月用了三十盒。周院长说有个老人吃了以后拉肚子",
        "惠民药房 丹参片卖了二十瓶。王店长说有位大爷服用后牙龈出血",
    ],
)
def test_a_reaction_after_use_of_a_product_named_earlier_is_an_adverse_event(check: Check, text: str) -> None:
    assert only(check, text, "adverse_event")[1] is not None


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 周院长说有个病人吃了克肟以后脸肿得老高",
        "惠民药房 王店长说有位大爷吃了丹参片 嘴唇发紫 手也发麻",
    ],
)
def test_a_body_part_with_a_symptom_after_use_is_an_adverse_event(check: Check, text: str) -> None:
    only(check, text, "adverse_event")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("红旗卫生室 老刘说有个老人一天喝了五支蒲地蓝", "adverse_event"),  # taken: an overdose
        ("西山卫生院 周院长说有个病人一次吃了三片克肟", "adverse_event"),
        ("红旗卫生室 老刘让病人一天喝五支蒲地蓝", "off_label"),  # advised: off the label
        ("西山卫生院 周院长建议一次吃三片克肟", "off_label"),
    ],
)
def test_a_dose_above_the_label_taken_is_an_overdose_advised_is_off_label(
    check: Check, text: str, kind: str
) -> None:
    assert kinds(check(text)) == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 王店长说有个大爷把丹参片当成降压药吃了",
        "红旗卫生室 老刘说有个老太太拿错了 把蒲地蓝给孙子喝了",
    ],
)
def test_a_drug_taken_by_mistake_is_an_adverse_event(check: Check, text: str) -> None:
    only(check, text, "adverse_event")


# -- inducements --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("惠民药房 给王店长塞了一张一千块的京东卡 让她多推六味", "六味地黄丸"),
        ("西山卫生院 中秋给周院长拎了两瓶茅台 他说克肟下个月多用点", "头孢克肟分散片"),
    ],
)
def test_valuables_handed_over_for_the_account_are_an_inducement(
    check: Check, text: str, product: str
) -> None:
    assert only(check, text, "inducement")[1] == product


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 周院长说要想多用克肟 每盒得返他八块 私下给",
        "惠民药房 店员说每卖一盒蒲地蓝 给她们提三块钱 就主推我们的",
    ],
)
def test_money_per_unit_tied_to_prescribing_or_selling_is_an_inducement(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 仲景的人给周院长送了台笔记本电脑 想让他们进仲景的货",
        "惠民药房 听王店长说扬子江请店员去海南旅游了",
    ],
)
def test_a_competitor_paying_is_an_inducement_without_our_product(check: Check, text: str) -> None:
    assert only(check, text, "inducement")[1] is None


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 周院长说一张方子十块 克肟他就都开",
        "西山卫生院 听说仲景那边每张处方二十元 周院长没答应",
    ],
)
def test_money_per_prescription_is_an_inducement_whatever_the_verb(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 签了陈列协议 另外给王店长送了张购物卡",
        "西山卫生院 周院长想让我们赞助科里去海南旅游",
    ],
)
def test_a_valuable_is_an_inducement_beside_ordinary_terms_or_as_sponsorship(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 过节那张购物卡王店长没要",
        "西山卫生院 周院长把那个红包退回去了 说现在查得严",
    ],
)
def test_a_valuable_turned_down_is_still_an_inducement(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 周院长想按处方量拿返点",
        "惠民药房 王店长说每开一盒要点提成",
    ],
)
def test_a_rebate_on_prescriptions_is_an_inducement(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 合同里写的年底返利两个点 按进货额算 走对公账",
        "惠民药房 端架陈列费一个月五百 签了协议 开发票",
        "西山卫生院 听说仲景因为给回扣被罚了 现在不敢来了",
        "红旗卫生室 中午跟老刘在村口吃了碗面 十二块 我付的",
        "惠民药房 给店员送了几个印logo的围裙和台历",
        "惠民药房 王店长过年给店员每人发了三百的红包 算年终奖",
        "惠民药房 王店长的手机号换了 13812345678",
        "惠民药房 顾客拿手机一比 就说我们的六味卖得贵",
        "国药 采购说明年的返点要再高半个点",
        "惠民药房 王店长说仲景的六味每瓶便宜五块",
    ],
)
def test_trade_terms_enforcement_news_and_small_items_are_no_inducement(check: Check, text: str) -> None:
    assert "inducement" not in kinds(check(text))


# -- off-label ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 王店长让店员跟顾客说六味地黄丸能治糖尿病",
        "惠民药房 王店长把丹参片当减肥药卖给年轻人",
    ],
)
def test_a_use_the_label_does_not_list_is_off_label(check: Check, text: str) -> None:
    only(check, text, "off_label")


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 周院长给八岁的小孩也开六味地黄丸",
        "西山卫生院 周院长说蒲地蓝他给怀孕的病人也用 效果不错",
    ],
)
def test_a_group_the_label_excludes_is_off_label(check: Check, text: str) -> None:
    only(check, text, "off_label")


@pytest.mark.parametrize(
    "text",
    [
        "红旗卫生室 老刘说烫伤了他让抹蒲地蓝",
        "西山卫生院 周院长说失眠的老人他也开丹参片",
    ],
)
def test_a_condition_off_the_label_used_with_the_product_is_off_label(check: Check, text: str) -> None:
    only(check, text, "off_label")


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 周院长说给12岁的学生也开六味",
        "西山卫生院 周院长说十岁的孩子也给用六味地黄丸",
    ],
)
def test_an_age_under_eighteen_is_the_childrens_group(check: Check, text: str) -> None:
    only(check, text, "off_label")


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 周院长说克肟对病毒感染也能用",
        "西山卫生院 周院长给头孢菌素过敏的病人也开了克肟",
    ],
)
def test_a_condition_the_label_excludes_is_off_label(check: Check, text: str) -> None:
    only(check, text, "off_label")


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 周院长让病人一次吃三片克肟 说好得快",
        "西山卫生院 周院长说蒲地蓝他让喝两支一天三次",
    ],
)
def test_a_dose_above_the_label_is_off_label(check: Check, text: str) -> None:
    only(check, text, "off_label")


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 周院长说孕妇不用蒲地蓝 小孩减量用",
        "西山卫生院 周院长说蒲地蓝治咽炎效果好",  # on label
        "西山卫生院 周院长说克肟一次一片 一天两次",  # the label's dose
        "惠民药房 王店长说嗓子疼的来买蒲地蓝的多",
        "西山卫生院 周院长说病毒感染不用克肟",
        "西山卫生院 周院长说说明书写着儿童禁用六味 他们从来不给小孩开",
    ],
)
def test_label_uses_doses_and_negated_groups_are_not_off_label(check: Check, text: str) -> None:
    assert "off_label" not in kinds(check(text))


# -- personal data ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 周院长说病人张桂芝 乳腺癌 想问问有没有好的止痛药",
        "红旗卫生室 老刘说村里的糖尿病人赵有福 想试试丹参片",
    ],
)
def test_a_patients_name_with_a_diagnosis_is_personal_data(check: Check, text: str) -> None:
    assert only(check, text, "personal_data")[1] is None


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 周院长帮病人问医保 身份证号419027198001011234",
        "红旗卫生室 老刘给了个病人的电话 13912345678 想要六味",
    ],
)
def test_an_id_number_or_a_patients_phone_is_personal_data(check: Check, text: str) -> None:
    span, _ = only(check, text, "personal_data")
    assert any(ch.isdigit() for ch in span)


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 王店长的手机号换了 13812345678",
        "西山卫生院 周院长最近血压高 在家休息了两天",
        "西山卫生院 周院长说最近病人多 克肟订了二十盒",
    ],
)
def test_contacts_phones_and_health_are_no_personal_data(check: Check, text: str) -> None:
    assert "personal_data" not in kinds(check(text))
