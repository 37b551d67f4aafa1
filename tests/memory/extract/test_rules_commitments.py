"""Undertakings by the shape of the clause (memory/extract/undertakings.py, plans.py, found_commitments.py),
each rule with phrasings that appear in no data set, on the sample company's master data (R = 2026-05-13,
a Wednesday)."""

import datetime as dt

import pytest

from memory.extract.found_commitments import FoundCommitment, merge_ask_and_reply
from memory.extract.text import SpokenWords
from memory.schema.record import VisitRecord
from tests.memory.extract.sample import Extract, day


def dues(record: VisitRecord) -> list[dt.date | None]:
    return [c.due for c in record.commitments]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("惠民药房 店长说收银台的灯不亮了 我下周一给她修好", day(5, 18)),
        ("李氏诊所 李大夫嫌包装难拆 周五过去帮他重新理一遍货", day(5, 15)),
        ("西山店 店员说价签糊了 我给她们重新换一套", None),
    ],
)
def test_an_act_done_for_someone_is_an_undertaking(extract: Extract, text: str, due: dt.date | None) -> None:
    assert dues(extract(text)) == [due]


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 老板娘要几个购物篮 改天我给她捎几个来",
        "红旗卫生室 村医要一份用药手册 我说回头整理好发他邮箱",
    ],
)
def test_an_act_under_a_marker_of_the_future_in_the_reps_words(extract: Extract, text: str) -> None:
    assert dues(extract(text)) == [None]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("西山卫生院 院长讲想办个健康日 我说要得 下个月初派两个人过来", day(6, 1)),
        ("惠民药房 老板想做个店庆 我说可以 下周二把展架送到", day(5, 19)),
    ],
)
def test_the_reps_words_go_on_after_he_speaks(extract: Extract, text: str, due: dt.date) -> None:
    assert dues(extract(text)) == [due]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("西山店 店长说少到了一箱 我马上找仓库查 后天给她补上", day(5, 15)),
        ("惠民药房 老板嫌堆头位置偏，我方将协调调整，周五前落实。", day(5, 15)),
    ],
)
def test_an_undated_step_joins_the_dated_act_after_it(extract: Extract, text: str, due: dt.date) -> None:
    assert dues(extract(text)) == [due]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("李氏诊所 李大夫嫌扣点低 我说回头帮他问问经理 周四给他回个信", day(5, 14)),
        ("惠民药房 老板问能不能延期结款 我说我去跟公司协调 下周一给他个说法", day(5, 18)),
    ],
)
def test_an_undated_step_joins_the_answer_after_it(extract: Extract, text: str, due: dt.date) -> None:
    assert dues(extract(text)) == [due]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("惠民药房 老板说上季度的返利还没到 我说月底前一定给他兑现了", day(5, 31)),
        ("西山店 店长说样品不够 我说下周一肯定给她补齐了", day(5, 18)),
    ],
)
def test_a_last_le_in_the_reps_promise_does_not_report_it_done(
    extract: Extract, text: str, due: dt.date
) -> None:
    assert dues(extract(text)) == [due]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("平安堂总部 采购想给门店店员办个产品培训 我应下来了 定在下周五下午", day(5, 22)),
        ("西山卫生院 院长希望我们派人来讲讲合理用药 我说行 安排在下周三上午", day(5, 20)),
    ],
)
def test_a_want_answered_with_a_bare_yes_is_a_promise_dated_by_the_arrangement(
    extract: Extract, text: str, due: dt.date
) -> None:
    assert dues(extract(text)) == [due]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("惠民药房 新来的店员不会用血压计 明天再过来教教她们", day(5, 14)),
        ("西山店 老板娘说陈列乱了 下周二再来帮她摆一摆", day(5, 19)),
    ],
)
def test_coming_to_the_account_to_serve_it_on_a_date_is_a_commitment(
    extract: Extract, text: str, due: dt.date
) -> None:
    assert dues(extract(text)) == [due]


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 老板说下月结款 周五我再来一趟找收银员问问情况",
        "西山店 王店长承诺月底前把上批货款结清",
        "李氏诊所 李大夫想进点阿莫西林 我说好的",
        "惠民药房 上回答应给她换的货今天换好了",
    ],
)
def test_an_errand_the_customers_own_act_or_a_kept_promise_is_no_undertaking(
    extract: Extract, text: str
) -> None:
    assert extract(text).commitments == []


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("惠民药房 老板娘讲想搞次店员培训 我讲得 定在下周四下午", day(5, 21)),
        ("西山店 黄姐话佢店里缺海报 我话冇问题 下周一拎过来畀佢", day(5, 18)),
    ],
)
def test_regional_saying_and_characters_read_as_standard(extract: Extract, text: str, due: dt.date) -> None:
    assert dues(extract(text)) == [due]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("惠民药房 约了下周二下午过去给店员讲课 宣传册也一起带过去", day(5, 19)),
        ("西山店 店长要的展架我说周五送过去 价签一并捎上", day(5, 15)),
    ],
)
def test_an_act_along_with_a_plan_is_due_with_it(extract: Extract, text: str, due: dt.date) -> None:
    """On the same day as the plan before it, it joins that plan (found_commitments.merge_same_plan)."""
    record = extract(text)
    assert dues(record) == [due]
    assert "一" in record.commitments[0].text


@pytest.mark.parametrize(
    "text",
    ["西山店 店长说止咳糖浆断货两天了 催一下配送公司", "惠民药房 老板要的赠品还没到 跟进一下仓库"],
)
def test_a_chase_in_the_tentative_aspect_is_a_note_to_self(extract: Extract, text: str) -> None:
    assert dues(extract(text)) == [None]


@pytest.mark.parametrize(
    "text",
    ["惠民药房 老板说月底结 催一下尾款", "西山店 店长说货没到 我催了一下仓库 说明天发"],
)
def test_chasing_the_accounts_money_or_a_chase_done_is_no_undertaking(extract: Extract, text: str) -> None:
    assert extract(text).commitments == []


@pytest.mark.parametrize(
    "text",
    ["惠民药房 上回少送的两盒 今天已经补齐", "李氏诊所 李大夫说的样品 早上已带过去"],
)
def test_an_act_said_already_done_is_no_undertaking(extract: Extract, text: str) -> None:
    assert extract(text).commitments == []


@pytest.mark.parametrize(
    "text",
    [
        "平安堂总部 采购讲礼拜四前把进货单传给我",
        "李氏诊所 李大夫说下礼拜一会给村医们讲讲我们的药",
        "惠民药房 老板娘话月底前把对账单发给我",
    ],
)
def test_what_the_rep_is_handed_or_a_run_after_the_customers_word_is_the_customers(
    extract: Extract, text: str
) -> None:
    assert extract(text).commitments == []


@pytest.mark.parametrize(
    "text",
    ["惠民药房 我拿了三盒试用装给店长 她说先试试", "西山店 上午捎了一箱宣传册到店里 店员都说好看"],
)
def test_a_carrying_with_le_between_verb_and_direction_is_a_report(extract: Extract, text: str) -> None:
    assert extract(text).commitments == []


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("惠民药房 老板要的台历 下次记得带两本", None),
        ("西山店 店长问陈列费 我说争取下周一给她个答复", day(5, 18)),
        ("李氏诊所 李大夫说阿莫西林快断了 我说先给他留五盒", None),
    ],
)
def test_more_markers_and_acts_for_the_account(extract: Extract, text: str, due: dt.date | None) -> None:
    assert dues(extract(text)) == [due]


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 老板问能不能换个展架 我说没问题 下周一送过去",
        "西山店 店长问海报还有没有 我说没问题 周五捎过去",
    ],
)
def test_a_marker_inside_a_word_names_no_thing(extract: Extract, text: str) -> None:
    assert "题" not in extract(text).commitments[0].text


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("西山店 店长要二十盒 我说没问题 明天叫配送发货", day(5, 14)),
        ("惠民药房 老板娘要的试用装 我后天让物流拉过去", day(5, 15)),
    ],
)
def test_the_rep_sending_someone_to_serve_the_account_is_his_commitment(
    extract: Extract, text: str, due: dt.date
) -> None:
    assert dues(extract(text)) == [due]


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 老板要十盒 明天让配送送过去 还说有两盒破了要换 回他好 明天我让配送一块带回来",
        "西山店 店长要价签 周五叫物流捎过去 还要退三盒 我说行 周五我叫物流一起拉回来",
    ],
)
def test_someone_sent_along_with_an_earlier_delivery_is_that_delivery(extract: Extract, text: str) -> None:
    assert len(extract(text).commitments) == 1


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("益寿药店 刘姐嫌货少 我说要得先放三十盒看看", None),
        ("康乐诊所 王医生想搞个义诊 我说问下公司再定", None),
        ("顺心药房 店长要报价 我说周五出一份报价", day(5, 15)),
        ("和平药店 老板娘嫌赠品少 我说我去跟配送站打个招呼", None),
        # voice-typed, no punctuation: the run cut before 我说 keeps the rep as the speaker
        ("康宁药店王老板说想搞代销卖完再结账我说中先放十盒看看", None),
    ],
)
def test_the_act_heading_the_reps_own_words_is_an_undertaking(
    extract: Extract, text: str, due: dt.date | None
) -> None:
    assert dues(extract(text)) == [due]


@pytest.mark.parametrize(
    "text",
    [
        "益寿药店 刘姐问能不能便宜 我说不行",
        "顺心药房 店长问有没有活动 我说这个月有买赠",
        "和平药店 货架放不下 我跟店员说能不能挪一挪位置",
    ],
)
def test_a_refusal_news_or_a_question_in_the_reps_words_is_no_undertaking(
    extract: Extract, text: str
) -> None:
    assert dues(extract(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "同仁药房 方案发过去了 采购说周五前回复我",
        "仁和诊所 报价单给了 老板讲下礼拜一之前通知我",
    ],
)
def test_an_answer_coming_to_the_rep_is_no_undertaking(extract: Extract, text: str) -> None:
    assert dues(extract(text)) == []


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("人民医院 院长想请我们来给护士讲讲用药 定在下周四", day(5, 21)),
        ("百姓药房 店长想让我们来给店员培训一下 约在下礼拜二", day(5, 19)),
    ],
)
def test_an_ask_to_serve_fixed_on_a_date_is_an_undertaking(extract: Extract, text: str, due: dt.date) -> None:
    assert dues(extract(text)) == [due]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("灯箱下周一我找人来装", day(5, 18)),
        ("福林药店 新货架到了 明天我过去安装", day(5, 14)),
        ("谈妥了 周五签协议", day(5, 15)),
        ("张院长爱钓鱼 下回约他去水库", None),
    ],
)
def test_installing_signing_and_inviting_out_are_undertakings(
    extract: Extract, text: str, due: dt.date | None
) -> None:
    assert dues(extract(text)) == [due]


# --- session 25: clause shapes of the rep's undertakings ---


def test_the_spoken_pronoun_e_reads_as_i_outside_amount_words() -> None:
    spoken = SpokenWords({"额": "我"}, ["金额", "额度"])
    assert spoken.standard("进货金额少了 额度用完 额说下周补") == "进货金额少了 额度用完 我说下周补"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("七里河康泰药房 老板要两张海报 额说后天给他送过来", dt.date(2026, 5, 15)),
        ("秦州诊所 李大夫问能不能便宜点 额说额把新价目表下周一拿来", dt.date(2026, 5, 18)),
    ],
)
def test_the_spoken_pronoun_e_is_the_rep(extract: Extract, text: str, due: dt.date) -> None:
    assert dues(extract(text)) == [due]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("卫生院院长让我们给村医讲一次课 讲合理用药 暂定下周二上午", dt.date(2026, 5, 19)),
        ("连锁总部。店员培训方案已定:下周五下午", dt.date(2026, 5, 22)),
    ],
)
def test_an_event_the_reps_side_puts_on_arranged_for_a_day_is_a_commitment(
    extract: Extract, text: str, due: dt.date
) -> None:
    assert dues(extract(text)) == [due]


@pytest.mark.parametrize("text", ["卫生院的村医培训改到下周三了", "药房说义诊他们自己请大夫 定在下周六"])
def test_an_event_moved_or_put_on_by_the_account_is_no_new_commitment(extract: Extract, text: str) -> None:
    assert extract(text).commitments == []


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("张院长要个讲糖尿病的老师 我说没问题 下周三我把老师领过来", dt.date(2026, 5, 20)),
        ("老板嫌返点低 我说下个月初我把新的返点方案拿来", dt.date(2026, 6, 1)),
    ],
)
def test_the_reps_act_in_the_ba_shape_is_an_undertaking(extract: Extract, text: str, due: dt.date) -> None:
    assert dues(extract(text)) == [due]


def test_the_ba_shape_reported_done_is_no_undertaking(extract: Extract) -> None:
    assert extract("老板要的样品 我把样品送过去了 老板挺满意").commitments == []


@pytest.mark.parametrize("text", ["老板想在门口挂个横幅 我说年后弄", "店长要做个会员活动 我说过完节办"])
def test_a_vague_time_may_open_the_reps_words(extract: Extract, text: str) -> None:
    assert dues(extract(text)) == [None]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("老板说隔壁店乱价 我说去找代理商问问 给他个说法", None),
        ("店长嫌到货慢 我说去找物流公司问问 后天给她个说法", dt.date(2026, 5, 15)),
    ],
)
def test_asking_a_third_party_and_answering_the_customer_is_one_undertaking(
    extract: Extract, text: str, due: dt.date | None
) -> None:
    assert dues(extract(text)) == [due]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "老板要一个冰柜贴和两本台历 台历明天送 冰柜贴下周一带过来",
            [dt.date(2026, 5, 14), dt.date(2026, 5, 18)],
        ),
        ("店长要宣传册 宣传册后天寄过去", [dt.date(2026, 5, 15)]),
    ],
)
def test_a_thing_asked_for_then_named_before_a_date_and_carried_is_a_delivery(
    extract: Extract, text: str, expected: list[dt.date]
) -> None:
    assert dues(extract(text)) == expected


@pytest.mark.parametrize(
    "text",
    ["店长要站店的人 我答应了 5月20日、21日安排两个促销员", "店长说要人帮忙 下周三、周四过来帮她理货"],
)
def test_days_listed_with_a_comma_start_on_the_first(extract: Extract, text: str) -> None:
    record = extract(text)
    assert dues(record) == [dt.date(2026, 5, 20)]
    assert record.next_visit == dt.date(2026, 5, 20)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("惠民药房 店长要我去仓库催一下那批货 我说后天之前搞定", day(5, 15)),
        ("西山卫生院 院长问啥时候来给村医讲讲 我讲下下礼拜二", day(5, 26)),
        ("李氏诊所 李大夫叫我帮他换批号 我话礼拜五前没问题", day(5, 15)),
    ],
)
def test_a_reply_of_only_a_date_takes_up_the_ask_before_it(extract: Extract, text: str, due: dt.date) -> None:
    assert dues(extract(text)) == [due]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("李氏诊所 李大夫说发票少了一张 我说周五前查清楚回他", day(5, 15)),
        ("惠民药房 老板娘嫌账对不上 我讲礼拜一之前核好告诉她", day(5, 18)),
    ],
)
def test_a_deadline_in_the_reps_words_stands_before_the_act(
    extract: Extract, text: str, due: dt.date
) -> None:
    assert dues(extract(text)) == [due]


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 老板娘说明天去进货 问新品有没有彩页 回头我整理好发她",
        "李氏诊所 李大夫后天出门 想要份说明书 改天给他捎一份",
    ],
)
def test_a_vague_time_of_its_own_takes_no_date_said_before(extract: Extract, text: str) -> None:
    assert dues(extract(text)) == [None]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("惠民药房 老板娘话要两张海报 𠊎讲礼拜五带过去畀佢", day(5, 15)),
        ("李氏诊所 李医生想搞个讲座 𠊎话下只礼拜二帮佢安排", day(5, 19)),
    ],
)
def test_the_hakka_first_person_is_the_rep(extract: Extract, text: str, due: dt.date) -> None:
    assert dues(extract(text)) == [due]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("今天去惠民药房帮店长理货 店长说周末人多", []),
        ("今天到西山卫生院给护士们培训 院长也来听了", []),
        ("惠民药房 店长要海报 我说今天下午给她送过去", [day(5, 13)]),
    ],
)
def test_the_day_of_the_visit_opening_the_note_dates_no_promise(
    extract: Extract, text: str, expected: list[dt.date]
) -> None:
    assert dues(extract(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 感冒灵摆在货架最下层 不显眼",
        "西山店 对手的止咳糖浆摆门口 卖得比我们好",
    ],
)
def test_where_goods_stand_after_bai_is_no_promise(extract: Extract, text: str) -> None:
    assert dues(extract(text)) == []


def test_placing_goods_oneself_is_still_a_promise(extract: Extract) -> None:
    assert dues(extract("惠民药房 周六我过去帮着摆在收银台边上")) == [day(5, 16)]


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 老板问能不能先压两个月货款 我说这个得问下经理",
        "西山店 店长想要个冰柜 冰柜的事先问问",
    ],
)
def test_asking_someone_about_it_under_a_modal_is_a_step_up_the_line(extract: Extract, text: str) -> None:
    record = extract(text)
    assert dues(record) == [None]
    assert record.next_visit is None


@pytest.mark.parametrize("text", ["惠民药房 老板娘说她得问问老板", "西山店 店长说进货要总部定 她要先问总部"])
def test_the_customer_asking_someone_is_no_promise(extract: Extract, text: str) -> None:
    assert dues(extract(text)) == []


def _found(text: str, clause: int, due: dt.date | None, *, asked: bool = False) -> FoundCommitment:
    return FoundCommitment(text, due, False, False, 0, 0, clause, asked=asked)


@pytest.mark.parametrize(
    ("ask", "reply", "due"),
    [
        (
            _found("叫我送二十盒来", 1, None, asked=True),
            _found("下礼拜四我送过去", 5, day(5, 21)),
            day(5, 21),
        ),
        (_found("要我们月底出方案", 2, day(5, 31), asked=True), _found("方案我来弄", 3, None), day(5, 31)),
    ],
)
def test_the_customers_ask_and_the_reps_answer_are_one_commitment(
    ask: FoundCommitment, reply: FoundCommitment, due: dt.date
) -> None:
    merged = merge_ask_and_reply([ask, reply], lambda ask, reply: False)
    assert [(c.due, c.clause) for c in merged] == [(due, reply.clause)]


def test_an_ask_taken_up_before_the_customer_speaks_again_stays_apart() -> None:
    ask, reply = _found("让配送明天送", 1, day(5, 14), asked=True), _found("月底给她带过去", 4, day(5, 31))
    assert len(merge_ask_and_reply([ask, reply], lambda ask, reply: True)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "宣传册送到西山店 店长挺满意 又要了十盒",
        "去惠民药房给老板回话 活动公司批了 老板挺高兴",
    ],
)
def test_the_opening_words_report_the_visit(extract: Extract, text: str) -> None:
    assert dues(extract(text)) == []


def test_an_opening_note_to_self_is_still_a_promise(extract: Extract) -> None:
    assert dues(extract("回头给西山店送宣传册")) == [None]
