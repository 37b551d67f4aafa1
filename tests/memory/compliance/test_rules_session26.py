"""Compliance rules added in session 26 from set 6's errors and fresh probes (tests/data/compliance/
fresh26.jsonl, tune part): each rule on phrasings written for it on the sample company, in no set."""

from __future__ import annotations

import pytest

from memory.compliance.privacy import mask, secrets_of
from tests.memory.compliance.conftest import Check, kinds
from tests.memory.compliance.test_rules import only


# -- personal data ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 周院长说这周两个住院的 何春生 慢阻肺 蒋玉梅 胆结石 都用了克肟",
        "李氏诊所 李大夫讲他那两个老病号 冯德旺 痛风 吕秀芝 冠心病 蒲地蓝拿了十盒",
    ],
)
def test_two_patients_each_with_their_own_diagnosis_are_two_findings(check: Check, text: str) -> None:
    found = [f for f in check(text) if f.kind == "personal_data"]
    assert len(found) == 2, found
    assert found[0].text != found[1].text


@pytest.mark.parametrize(
    "text",
    [
        "李氏诊所 病人冯桂香 手机13900003344 高血压好几年了",
        "红旗卫生室 老刘说村民吴长贵 13900007788 高血压 常年吃丹参片",
    ],
)
def test_a_diagnosis_opening_with_a_surname_is_no_second_patient(check: Check, text: str) -> None:
    only(check, text, "personal_data")


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 王店长说街对面的孙大娘 帕金森好几年了 每回来拿丹参片",
        "红旗卫生室 村医说二组的郭三婶怀孕六个月了 问蒲地蓝能不能喝",
        "西山店 店长讲常来的那个韩老头 家住新街七号 最近老咳嗽",
    ],
)
def test_a_surname_with_a_kin_word_and_a_detail_is_personal_data(check: Check, text: str) -> None:
    only(check, text, "personal_data")
    masked = mask(text, secrets_of(check(text))) or ""
    assert not any(name in masked for name in ("孙大娘", "郭三婶", "韩老头"))


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 王店长说隔壁的孙大娘又来买丹参片了 人挺和气",
        "西山店 店长讲韩老头今天帮着搬了两箱货",
    ],
)
def test_a_kin_named_elder_with_no_detail_is_no_personal_data(check: Check, text: str) -> None:
    assert "personal_data" not in kinds(check(text))


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 何院长自己糖尿病又重了 换了新号13800007788 以后打这个",
        "李氏诊所 李大夫也有高血压 他说新手机是一三八零零零零五五六六",
    ],
)
def test_a_contacts_own_diagnosis_makes_no_patient_of_their_number(check: Check, text: str) -> None:
    assert "personal_data" not in kinds(check(text))


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 周院长讲有个病人住了一礼拜院 出院后接着吃丹参片",
        "李氏诊所 李大夫说那个病人住过两回院了 这次又来开克肟",
    ],
)
def test_a_hospital_stay_is_no_address(check: Check, text: str) -> None:
    assert "personal_data" not in kinds(check(text))


# -- off-label ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 收了个肺炎的病人 七十五岁 周院长用了克肟两天就好了",
        "李氏诊所 有个大爷八十五岁了 李大夫给他开了克肟",
    ],
)
def test_an_age_inside_a_larger_number_is_no_child(check: Check, text: str) -> None:
    assert "off_label" not in kinds(check(text))


# -- inducement: what is handed over --------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "钱经理送周院长回家 往他车里放了两条中华 说克肟明年就指望他了",
        "西山店 我在店长抽屉里塞了个购物卡 让她丹参片多进点",
    ],
)
def test_a_valuable_put_into_a_place_of_theirs_is_an_inducement(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "瑞康 刘经理问能不能给他们多放一个月账 六味多订两百盒",
        "西山店 店长说要是多放两个月账期 丹参片能订三百盒",
    ],
)
def test_credit_given_to_an_account_is_no_goods_put_anywhere(check: Check, text: str) -> None:
    assert "inducement" not in kinds(check(text))


@pytest.mark.parametrize(
    "text",
    [
        "红旗卫生室 老刘说他家电脑坏了 让我给他配一台 以后丹参片全用咱们的",
        "惠民药房 王店长说店里空调不行了 问我能不能给她弄一台 蒲地蓝只进咱们的",
    ],
)
def test_a_thing_named_before_and_then_counted_out_is_an_inducement(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "李氏诊所 李大夫说仲景上个月带他去云南转了六天 全包",
        "西山卫生院 周院长说同仁堂六味的人请他去厦门住了一礼拜 报销",
    ],
)
def test_a_stay_said_to_be_paid_in_the_next_clause_is_an_inducement(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 药房老何说统方可以给我们弄 每个月两千",
        "李氏诊所 李大夫讲每月的处方明细能发我 一个月八百",
    ],
)
def test_a_sum_per_month_beside_prescribing_is_an_inducement(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "晚上请周院长吃了饭又去唱歌 一共花了两千四 他说克肟下季度给我们加量",
        "请王店长一家去泡温泉 花了一千六 她说丹参片以后多进咱们的",
    ],
)
def test_a_treat_with_its_cost_tied_to_volume_is_an_inducement(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 周院长买房差钱 我借了他三万 没打借条",
        "惠民药房 王店长说周转不开 钱经理借给她两万 利息不要了",
    ],
)
def test_money_lent_to_a_person_is_an_inducement(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 王店长说员工卖蒲地蓝一盒提三毛 是店里自己定的",
        "平安堂总部 采购说门店卖六味一盒提一块 总部定的 跟我们没关系",
    ],
)
def test_a_per_unit_cut_the_account_sets_itself_is_no_inducement(check: Check, text: str) -> None:
    assert "inducement" not in kinds(check(text))


@pytest.mark.parametrize(
    "text",
    [
        "瑞康的刘经理讲 过年给他自己的伙计每人发了个红包",
        "西山店 店长说年底给她自家的员工发了红包 明年丹参片还是照常进",
    ],
)
def test_a_red_packet_to_ones_own_staff_is_no_inducement(check: Check, text: str) -> None:
    assert "inducement" not in kinds(check(text))


@pytest.mark.parametrize(
    "text",
    [
        "李氏诊所 李大夫说他国庆自己掏钱去云南玩了一趟 丹参片还剩五盒",
        "西山卫生院 周院长讲他自个儿掏钱去桂林逛了一圈 回来接着开克肟",
    ],
)
def test_a_trip_paid_by_the_person_himself_is_no_inducement(check: Check, text: str) -> None:
    assert "inducement" not in kinds(check(text))


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 王店长说儿子下月办喜事 份子钱看我们的意思",
        "红旗卫生室 老刘讲他家老人过寿 份子钱让我们随一份 丹参片以后都用咱的",
    ],
)
def test_money_for_a_family_occasion_asked_of_us_is_an_inducement(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 周院长说病人吃克肟起了疹子 让我们给药房三千块 这事不声张 以后照常用",
        "李氏诊所 李大夫讲丹参片那事别报了 你们给科里五千 我们接着用",
    ],
)
def test_money_to_keep_using_a_product_is_an_inducement(check: Check, text: str) -> None:
    assert "inducement" in kinds(check(text))


# -- adverse events ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 王店长说这批蒲地蓝倒出来有白色的絮 顾客退回来了",
        "西山店 店长讲六味这盒泡开有小黑点 病人没敢吃",
    ],
)
def test_foreign_matter_found_when_a_dose_is_made_up_is_an_adverse_event(check: Check, text: str) -> None:
    only(check, text, "adverse_event")


@pytest.mark.parametrize(
    "text",
    [
        "西山店 店长说仲景搞了个冲量比赛 头一名奖一台平板 店员都在推仲景",
        "惠民药房 王店长讲仲景说谁推他们的货推得多 年底奖一辆电动车",
    ],
)
def test_a_prize_counted_out_in_a_sales_race_is_an_inducement(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 周院长说克肟要多用 得给他表弟的药店走一笔推广费",
        "李氏诊所 李大夫讲只要丹参片全用咱们的 给他老婆那边打一笔劳务钱就行",
    ],
)
def test_a_sum_counted_out_as_one_payment_further_on_is_an_inducement(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 给周院长拎了两条中华 克肟的事他说放心",
        "李氏诊所 给李大夫捎了两箱车厘子 他讲丹参片的事你放心",
    ],
)
def test_a_matter_taken_care_of_in_return_ties_what_is_given(check: Check, text: str) -> None:
    only(check, text, "inducement")
