"""Rules of session 22 for needs, commitments and sentiment (memory/extract/needs.py, plans.py,
sentiment.py), each with phrasings that appear in no data set, on the sample company's master data."""

import datetime as dt

import pytest

from memory.schema.record import VisitRecord
from tests.memory.extract.sample import Extract, day


def dues(record: VisitRecord) -> list[dt.date | None]:
    return [c.due for c in record.commitments]


# -- needs -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["东关药房 我跟老板说能不能把堆头往前挪挪", "惠民药房 我问店长海报还要不要"])
def test_what_the_rep_says_or_asks_is_no_ask(extract: Extract, text: str) -> None:
    assert extract(text).needs == []


@pytest.mark.parametrize("text", ["惠民药房 刘老板说买三送一效果挺好", "东关药房 店长说上回的满减不错"])
def test_an_event_praised_is_no_ask(extract: Extract, text: str) -> None:
    assert extract(text).needs == []


@pytest.mark.parametrize(
    "text", ["李氏诊所 李大夫要的大瓶装公司说没有", "惠民药房 王店长问的新规格下个月才到"]
)
def test_an_earlier_ask_named_is_no_new_one(extract: Extract, text: str) -> None:
    assert extract(text).needs == []


@pytest.mark.parametrize("text", ["惠民药房 王店长问返点啥时候兑", "东关药房 老板说返利年底按合同兑"])
def test_an_agreed_term_paid_out_is_no_ask(extract: Extract, text: str) -> None:
    assert extract(text).needs == []


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 王店长问能不能再宽限两个月",
        "东关药房 老板问货款能不能月底一块结",
        "李氏诊所 李大夫想让多放一个月",
    ],
)
def test_a_payment_pushed_back_by_a_span_asks_for_credit(extract: Extract, text: str) -> None:
    assert extract(text).needs == ["credit"]


@pytest.mark.parametrize(
    "text", ["东关药房 退货的事经理批了 给他换二十盒新批号的", "惠民药房 账期的事公司批了 再多放一个月"]
)
def test_what_follows_a_grant_spells_the_grant_out(extract: Extract, text: str) -> None:
    assert extract(text).needs == []


@pytest.mark.parametrize(
    ("text", "needs"),
    [
        ("西山卫生院 上回的义诊人挺多 张院长乐呵呵的 说明年开春再办一次", ["consumer_education"]),
        ("东关药房 隔壁在搞满减 老板问我们能不能也搞", ["promotion"]),
    ],
)
def test_an_ask_without_its_object_means_the_event_named_before(
    extract: Extract, text: str, needs: list[str]
) -> None:
    assert extract(text).needs == needs


@pytest.mark.parametrize(
    "text", ["惠民药房 王店长想请我们给店员讲一堂课", "西山卫生院 院长想让我们给医生上一堂课"]
)
def test_a_lesson_asked_for_is_training(extract: Extract, text: str) -> None:
    assert extract(text).needs == ["training"]


# -- commitments --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("东关药房 老板又要二十盒 后天送", day(5, 15)),
        ("李氏诊所 李大夫要十瓶 周五给他送过去", day(5, 15)),
    ],
)
def test_a_dated_delivery_with_no_one_else_named_is_the_reps(
    extract: Extract, text: str, due: dt.date
) -> None:
    assert dues(extract(text)) == [due]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("西山卫生院 院长让我带几本资料过去 周四去", day(5, 14)),
        ("惠民药房 王店长叫我来看看那批货 问题不大 明天上午过去", day(5, 14)),
    ],
)
def test_going_on_a_date_answers_the_ask_before_it(extract: Extract, text: str, due: dt.date) -> None:
    assert dues(extract(text)) == [due]


@pytest.mark.parametrize(
    "text", ["东关药房 老板喊我去看下他亲戚的店 下礼拜再来", "惠民药房 王店长让我去趟仓库 后天再去"]
)
def test_another_round_of_visits_answers_no_ask(extract: Extract, text: str) -> None:
    assert extract(text).commitments == []


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("西山卫生院 院长让我们整理一份临床资料 下周三交", day(5, 20)),
        ("东关药房 老板让我月底前把样品送到", day(5, 31)),
    ],
)
def test_a_thing_asked_of_the_rep_by_a_date_is_due_then(extract: Extract, text: str, due: dt.date) -> None:
    assert dues(extract(text)) == [due]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("惠民药房 王店长问活动的事 我说周四过去谈", day(5, 14)),
        ("东关药房 货款差两千 我跟他说后天去对账", day(5, 15)),
    ],
)
def test_the_rep_saying_a_dated_contact_promises_it(extract: Extract, text: str, due: dt.date) -> None:
    assert dues(extract(text)) == [due]


@pytest.mark.parametrize(
    "text", ["东关药房 海报贴得挺正", "惠民药房 堆头摆得很整齐", "东关药房 展架还在门口摆着"]
)
def test_a_verb_with_de_or_zhe_describes_and_promises_nothing(extract: Extract, text: str) -> None:
    assert extract(text).commitments == []


@pytest.mark.parametrize(
    "text", ["东关药房 老板要十盒 啥时候方便送来都行", "李氏诊所 李大夫说哪天拿过来都可以"]
)
def test_the_customer_leaving_the_when_to_the_rep_is_no_promise_yet(extract: Extract, text: str) -> None:
    assert extract(text).commitments == []


@pytest.mark.parametrize(
    "text", ["西山卫生院 讲座定在下周五 我说回去跟经理报一下", "东关药房 活动定在月底 我回去跟公司申请赠品"]
)
def test_a_step_up_the_line_has_only_a_date_of_its_own(extract: Extract, text: str) -> None:
    assert dues(extract(text)) == [None]


@pytest.mark.parametrize(
    "text", ["惠民药房 货架周六重新摆 我那天过去帮着摆", "东关药房 周五把价签换一遍 我当天过去帮着换"]
)
def test_clauses_next_to_each_other_due_the_same_day_are_one_plan(extract: Extract, text: str) -> None:
    assert len(extract(text).commitments) == 1


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("东关药房 老板让俺后天把样品带过来 俺说中", day(5, 15)),
        ("惠民药房 俺答应周五前把发票寄过去", day(5, 15)),
    ],
)
def test_a_dialect_pronoun_is_the_rep_himself(extract: Extract, text: str, due: dt.date) -> None:
    assert dues(extract(text)) == [due]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("西山卫生院 院长让我下周二去科里讲讲 我应下了", day(5, 19)),
        ("东关药房 老板问我能不能周四送 我说行", day(5, 14)),
    ],
)
def test_a_yes_to_an_ask_of_the_rep_makes_it_a_promise(extract: Extract, text: str, due: dt.date) -> None:
    assert dues(extract(text)) == [due]


@pytest.mark.parametrize(
    "text", ["惠民药房 王店长说要十盒 让明天给送过去", "东关药房 老板要二十盒 让下周一给送来"]
)
def test_the_customer_bidding_is_no_promise_of_the_reps(extract: Extract, text: str) -> None:
    assert extract(text).commitments == []


# -- sentiment ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 刘院长同意进院了",
        "东关药房 返点的事公司批了 老板又订了二十盒",
        "李氏诊所 李大夫说下半年有机会进目录",
        "惠民药房 堆头保住了 这个月销量比上个月多了一倍",
    ],
)
def test_a_yes_a_repeat_order_or_a_chance_is_positive(extract: Extract, text: str) -> None:
    assert extract(text).sentiment == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 这季度用量掉了一半",
        "东关药房 我们的货被挤到最下层了 这个月才卖了四盒",
        "惠民药房 老板娘一肚子火 说送货太慢",
        "李氏诊所 李大夫不太爱搭理人",
    ],
)
def test_a_decline_being_pushed_aside_or_a_bad_temper_is_negative(extract: Extract, text: str) -> None:
    assert extract(text).sentiment == "negative"


@pytest.mark.parametrize("text", ["东关药房 老板问能不能多给点支持", "惠民药房 王店长希望我们热情点"])
def test_a_tone_word_inside_an_ask_is_no_tone(extract: Extract, text: str) -> None:
    assert extract(text).sentiment == "neutral"


# -- more asks and promises: quoted speech, variant characters, formal reports ----------------------------
@pytest.mark.parametrize(
    ("text", "needs"),
    [
        ('东关药房 王店长:"台历再给几本 去年的早发完了"', ["pos_material"]),
        ("西山卫生院 院长原话:帐期能不能拖到年底", ["credit"]),
    ],
)
def test_words_after_a_colon_are_the_speakers(extract: Extract, text: str, needs: list[str]) -> None:
    assert extract(text).needs == needs


@pytest.mark.parametrize(
    ("text", "needs"),
    [
        ("西山卫生院 院长建议我们办个义诊", ["consumer_education"]),
        ("惠民药房 店长说货位太偏 想往前挪", ["display"]),
        ("东关药房 老板说有两箱压坏了 想退", ["return_exchange"]),
        ("西山卫生院 院长说给护士讲一回行不行", ["training"]),
        ("惠民药房 老板娘问货款能不能往后拖拖", ["credit"]),
        ("东关药房 老板说你们新出的胶囊拿几盒来看看", ["new_product"]),
    ],
)
def test_more_ways_of_asking_name_their_object(extract: Extract, text: str, needs: list[str]) -> None:
    assert extract(text).needs == needs


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("西山卫生院 定在下周二下午在会议室给护士们讲课", day(5, 19)),
        ("李氏诊所 说好了周五上午去诊所给大夫讲", day(5, 15)),
    ],
)
def test_a_dated_talk_the_rep_gives_is_a_promise(extract: Extract, text: str, due: dt.date) -> None:
    assert dues(extract(text)) == [due]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("东关药房 老板问价签的事 答应他:周四前带过去", day(5, 14)),
        ("惠民药房 我方将于5月20日前完成赠品配送", day(5, 20)),
        ("西山卫生院 已与院长约定下周一再来 届时提交方案", day(5, 18)),
    ],
)
def test_a_promise_said_as_a_report_keeps_its_date(extract: Extract, text: str, due: dt.date) -> None:
    assert dues(extract(text)) == [due]


@pytest.mark.parametrize(
    ("text", "needs"),
    [
        ("东关药房老板想要几张海报上个月卖了三十盒库存还有二十盒堆头还在门口摆着", ["pos_material"]),
        ("惠民药房王店长问能不能降点价这个月卖了十五盒库存还有八盒陈列位置在收银台旁边", ["margin"]),
    ],
)
def test_a_soft_break_carries_a_request_one_clause_only(
    extract: Extract, text: str, needs: list[str]
) -> None:
    assert extract(text).needs == needs
