"""Rules for next_visit (memory/extract/plans.py, dates.py): what makes a dated clause a planned
contact with the account and what does not, each with phrasings that appear in no data set, on the
sample company's master data."""

import datetime as dt

import pytest

from memory.extract.dates import find_dates
from tests.memory.extract.sample import Extract, NextVisit, R, day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("回春堂 货架有点乱 下周四顺便去分店看一下堆头", day(5, 21)),
        ("钱老板说账等月底一起结 到时候我过来收", day(5, 31)),
    ],
)
def test_going_to_the_account_to_do_something_is_a_contact(
    next_visit: NextVisit, text: str, expected: dt.date
) -> None:
    assert next_visit(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("东门诊所 郑大夫嫌价高 后天把新的价目表发给郑大夫", day(5, 15)),
        ("长青药房 退货的事我回去问 周五前给孟姐回个话", day(5, 15)),
        ("福寿堂何店长要活动方案 下礼拜二发她微信", day(5, 19)),
    ],
)
def test_words_sent_or_said_to_the_customer_are_a_contact(
    next_visit: NextVisit, text: str, expected: dt.date
) -> None:
    assert next_visit(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("卫生所龚所长想看临床资料 喊我大后天带几份来 我说好", day(5, 16)),
        ("乡里搞义诊 5月23号早上七点半到村委会门口", day(5, 23)),
    ],
)
def test_carrying_something_there_or_an_hour_to_be_there_is_a_contact(
    next_visit: NextVisit, text: str, expected: dt.date
) -> None:
    assert next_visit(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "杏林诊所要十盒感冒药 我回他明天喊物流小哥捎过去",
        "永安药店补货 我跟德康配送说好后天送过去",
        "玉泉卫生室缺货 我叫配货员周五拉过去",
    ],
)
def test_a_delivery_by_someone_else_is_no_contact(next_visit: NextVisit, text: str) -> None:
    assert next_visit(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "仁心药店 吕老板说下周三去省里看药交会",
        "蔡院长讲他月底要去市里找卫健委谈",
    ],
)
def test_the_customers_own_trip_is_no_contact(next_visit: NextVisit, text: str) -> None:
    assert next_visit(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "周一送过去的两件货 吕老板说都收到了",
        "礼拜五拿过去的样品 杨医生说还没试",
    ],
)
def test_a_contact_reported_done_is_no_plan(next_visit: NextVisit, text: str) -> None:
    assert next_visit(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("周三晚上宁老板打电话来问价 我说后天过去当面谈", day(5, 15)),
        ("礼拜三药店小关打电话过来要货", None),
    ],
)
def test_the_customers_call_this_note_reports_is_no_plan(
    next_visit: NextVisit, text: str, expected: dt.date | None
) -> None:
    assert next_visit(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("小符七月九号生日后天再过去看看陈列", day(5, 15)),
        ("培训的事批下来了定在5月27号下午在会议室给店员们讲", day(5, 27)),
    ],
)
def test_the_date_before_the_contact_verb_dates_it_across_a_soft_break(
    next_visit: NextVisit, text: str, expected: dt.date
) -> None:
    assert next_visit(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我跟领导商量一下下周二给回复", day(5, 19)),
        ("你先试下下个礼拜一再说", day(5, 18)),
    ],
)
def test_a_verbs_yixia_before_next_week_is_not_the_week_after(text: str, expected: dt.date) -> None:
    assert [m.date for m in find_dates(text, R)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("和平药房 听日晏昼再嚟搵佢倾下", day(5, 14)),
        ("东门诊所 郑大夫冇喺度 后日朝早过去睇下货", day(5, 15)),
    ],
)
def test_cantonese_characters_read_as_their_standard_ones(
    next_visit: NextVisit, text: str, expected: dt.date
) -> None:
    assert next_visit(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("卫生院 院长喊我下礼拜二去", day(5, 19)),
        ("回春堂 老板娘叫我大后天去", day(5, 16)),
    ],
)
def test_the_customer_bidding_the_rep_come_on_a_day_dates_the_contact(
    next_visit: NextVisit, text: str, expected: dt.date
) -> None:
    assert next_visit(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("长青药房 下礼拜一,我再过去一趟", day(5, 18)),
        ("跟钱老板约好了,后天上午", day(5, 15)),
    ],
)
def test_a_clause_that_is_only_a_date_dates_the_contact_beside_it(
    next_visit: NextVisit, text: str, expected: dt.date
) -> None:
    assert next_visit(text) == expected


@pytest.mark.parametrize("text", ["福寿堂要二十盒 司机周五送过去", "永安药店缺货 配送那边说后天把货拉过去"])
def test_a_carriers_delivery_is_no_contact(next_visit: NextVisit, text: str) -> None:
    assert next_visit(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("刘姐说下个月八号开业。到时送个花篮过去", day(6, 8)),
        ("何店长讲礼拜六店庆。嗰日再过去", day(5, 16)),
    ],
)
def test_dao_shi_refers_back_to_the_last_date(next_visit: NextVisit, text: str, expected: dt.date) -> None:
    assert next_visit(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"), [("杏林诊所 下礼拜四盘点", day(5, 21)), ("玉泉卫生室 月底收款", day(5, 31))]
)
def test_an_act_at_the_account_after_a_date_is_a_contact(
    next_visit: NextVisit, text: str, expected: dt.date
) -> None:
    assert next_visit(text) == expected


@pytest.mark.parametrize("text", ["钟老板讲 下礼拜二去南宁进货", "陈生话 后日去医院复查"])
def test_a_southern_speaker_clause_names_who_goes(next_visit: NextVisit, text: str) -> None:
    assert next_visit(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("跟何店长约的是下礼拜二", day(5, 19)),
        ("孟姐的单子说好了 礼拜五见", day(5, 15)),
    ],
)
def test_an_appointment_said_as_its_day_is_a_contact(
    next_visit: NextVisit, text: str, expected: dt.date
) -> None:
    assert next_visit(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("长青药店 店长想要个易拉宝 我说下周一给她整一个", day(5, 18)),
        ("福林诊所 张医生要份说明书 我说周五出一份给他", day(5, 15)),
    ],
)
def test_a_commitment_to_the_account_dates_the_next_contact(
    next_visit: NextVisit, text: str, expected: dt.date
) -> None:
    assert next_visit(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "长青药店 要加二十盒 我说周五让配送站拉过去",
        "福林诊所 张医生想要个学术会 我回去跟经理申请 下周一前报上去",
    ],
)
def test_a_commitment_someone_else_delivers_or_up_the_line_dates_no_contact(
    next_visit: NextVisit, text: str
) -> None:
    assert next_visit(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("长青药店 老板说下周四到货 到时候来", day(5, 21)),
        ("福林诊所 她讲礼拜六店里搞活动 那天我过去", day(5, 16)),
    ],
)
def test_coming_on_the_day_said_before_is_a_contact(
    next_visit: NextVisit, text: str, expected: dt.date
) -> None:
    assert next_visit(text) == expected


@pytest.mark.parametrize(
    "text", ["刘医生儿子下周六过生日 下回带点水果过去", "老板娘下礼拜三生日 下次来给她带束花"]
)
def test_a_birthday_said_before_dates_no_clause_of_the_next_time(next_visit: NextVisit, text: str) -> None:
    assert next_visit(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("主任下下周一出差回来 届时再谈明年的量", day(5, 25)), ("老板说月底盘完点 到时候再聊", day(5, 31))],
)
def test_talking_on_the_day_said_before_is_a_contact(
    next_visit: NextVisit, text: str, expected: dt.date
) -> None:
    assert next_visit(text) == expected


@pytest.mark.parametrize("text", ["老板要的货下周一由华东医药送", "两箱货明天由老刘的车拉过去"])
def test_a_delivery_someone_else_makes_by_you_is_no_contact(next_visit: NextVisit, text: str) -> None:
    assert next_visit(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 店长要补二十盒 我说明天跟国药打个招呼给她补齐",
        "西山卫生院 药房说库存不够了 我讲后天同瑞康讲声给他们补上",
    ],
)
def test_a_step_with_a_distributor_brings_no_contact_with_the_account(extract: Extract, text: str) -> None:
    record = extract(text)
    assert record.commitments, text
    assert record.next_visit is None


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 老板娘又要三十盒感冒灵 我说行 周三就安排",
        "东门诊所 郑大夫催那批退烧药 现款 我讲大后天就发",
    ],
)
def test_an_order_sent_off_at_once_is_no_contact(extract: Extract, text: str) -> None:
    record = extract(text)
    assert [c.due for c in record.commitments if c.due is not None], text
    assert record.next_visit is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("西山卫生院 院长想给村医讲讲新品 下下周五安排", day(5, 29)), ("回春堂 下礼拜二我就送过去", day(5, 19))],
)
def test_an_event_arranged_or_the_rep_delivering_himself_is_still_a_contact(
    next_visit: NextVisit, text: str, expected: dt.date
) -> None:
    assert next_visit(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "西山店 店长说端架要总部点头 下礼拜一去平安堂总部找采购谈",
        "红旗卫生室 村医想进降压药 让西山卫生院统一报 后天打电话给西山卫生院问问",
    ],
)
def test_a_call_or_trip_to_another_account_is_no_contact_with_this_one(
    next_visit: NextVisit, text: str
) -> None:
    assert next_visit(text) is None
