"""Inducements by the shape of an exchange (memory/compliance/exchange.py): something of value handed
to a person and, in the same sentence, what it buys. Each rule on phrasings written for it on the
sample company, in no labelled set."""

from __future__ import annotations

import pytest

from tests.memory.compliance.conftest import Check, kinds
from tests.memory.compliance.test_rules import only


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 仲景的人给药房每人拎了两桶花生油 让多进仲景的货",
        "李氏诊所 同仁堂的代表给李大夫弄了台扫地机 让他多开同仁堂六味",
    ],
)
def test_goods_counted_out_for_volume_are_an_inducement(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "李氏诊所 李大夫说要是给他配一辆电瓶车 克肟下个月能用到两百盒",
        "惠民药房 王店长说只要给店员每人买一件羽绒服 蒲地蓝就能订三百盒",
    ],
)
def test_a_volume_promised_on_a_condition_ties_what_is_given(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "西山店 店长说仲景给她们每人送了一套床品 现在店里只卖他们家的",
        "红旗卫生室 老刘说有个厂子给他捎了两箱苹果 回来全用人家的",
    ],
)
def test_all_of_the_volume_to_one_maker_ties_what_is_given(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 给药剂科小孙微信转了八百 谢他把克肟的单子往前排",
        "惠民药房 给王店长送了两盒燕窝 谢她这个月帮丹参片冲了量",
    ],
)
def test_thanks_for_a_favour_ties_what_is_given(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "西山店 仲景的业务员给店长弄了一台电饭煲 让她把仲景的药码在最前面",
        "惠民药房 同仁堂给店员买了几件工装 店员就把同仁堂六味摆到收银台边上",
    ],
)
def test_a_better_place_on_the_shelf_ties_what_is_given(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "李氏诊所 李大夫说扬子江每季度给他一笔咨询费 其实是照着开了多少盒算的",
        "西山卫生院 周院长说仲景给科里发过节费 看用了多少支来定",
    ],
)
def test_a_fee_counted_by_volume_is_an_inducement(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "李氏诊所 李大夫说他儿子在县城学驾照的费用 问我们能不能帮着出",
        "西山店 店长说她闺女钢琴班一年的费用要是我们给交了 六味全店只卖咱的",
    ],
)
def test_a_persons_own_expense_paid_is_an_inducement(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 周院长说要是能帮他还了这个月的车贷 克肟全院都用咱的",
        "惠民药房 王店长说仲景答应给她垫上这半年的房租",
    ],
)
def test_a_persons_debt_paid_is_an_inducement(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "红旗卫生室 老刘说扬子江带他们几个村医到桂林待了四天 吃住都是厂家掏的",
        "西山卫生院 周院长说仲景请科里的人去大理住了一礼拜 路费都报销了",
    ],
)
def test_a_stay_somewhere_paid_for_is_an_inducement(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "李氏诊所 李大夫说他想换台新电脑 问我们能不能支援一点 克肟包在他身上",
        "西山店 店长说要找厂家赞助几千 丹参片的量好说",
    ],
)
def test_support_asked_of_us_for_a_favour_returned_is_an_inducement(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "李氏诊所 李大夫问开一盒克肟他自己能落多少",
        "西山卫生院 药房主任问每开一瓶丹参片能分多少",
    ],
)
def test_a_personal_take_asked_per_unit_prescribed_is_an_inducement(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "李氏诊所 我以公司名义给李大夫女儿包了八百块礼",
        "西山卫生院 仲景的代表给周院长包了一千二的礼",
    ],
)
def test_money_given_as_a_present_is_an_inducement(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "李氏诊所 李大夫孙子满月 我去了一趟 随了八百",
        "西山店 店长女儿出嫁 我们随了一千二",
    ],
)
def test_money_given_at_a_family_occasion_is_an_inducement(check: Check, text: str) -> None:
    only(check, text, "inducement")


@pytest.mark.parametrize(
    "text",
    [
        "红旗卫生室 老刘说有家厂子组织村医去桂林待了三天 回来都开那家的 六味要了十瓶",
        "西山卫生院 周院长说别家给科里每人拎了一桶油 让多进别家的货 丹参片这次要了二十瓶",
    ],
)
def test_an_unnamed_maker_pays_for_no_product_of_ours(check: Check, text: str) -> None:
    assert only(check, text, "inducement")[1] is None


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 周院长说他们的运费我们出了 克肟下月多进五十盒",
        "李氏诊所 李大夫问我们能不能赞助一场义诊 克肟用量会上来",
        "西山店 店长让我们帮着出一份培训课件 丹参片的量往上提",
        "红旗卫生室 老刘去市里住了五天院 费用新农合报了",
        "惠民药房 王店长说病人的药钱医保报 六味多进点不怕",
        "西山卫生院 用咱的克肟给一个七十岁的老人挂了三天",
        "惠民药房 王店长说她儿子的学费涨了 家里压力大",
    ],
)
def test_an_exchange_without_a_value_to_a_person_or_a_tie_is_no_inducement(check: Check, text: str) -> None:
    assert "inducement" not in kinds(check(text))
