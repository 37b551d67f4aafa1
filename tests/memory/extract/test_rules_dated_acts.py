"""The rep's own dated acts are commitments; a contact alone, the account's own event and a thing
reported done are not (memory/extract/next_contact.py DatedContacts.own_plans, plans.py)."""

import datetime as dt

import pytest

from memory.schema.record import VisitRecord
from tests.memory.extract.sample import Extract


def dues(record: VisitRecord) -> list[dt.date | None]:
    return [c.due for c in record.commitments]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("老板说周末人多 礼拜六上午九点到店门口", dt.date(2026, 5, 16)),
        ("店长说要搞促销 下周二下午两点半赶到店里", dt.date(2026, 5, 19)),
    ],
)
def test_being_there_at_a_set_hour_is_an_appointment_kept(extract: Extract, text: str, due: dt.date) -> None:
    record = extract(text)
    assert dues(record) == [due]
    assert record.next_visit == due


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("社区讲座的事区域经理同意了 定在下周四", dt.date(2026, 5, 21)),
        ("测血糖活动公司批下来了 安排在下礼拜六", dt.date(2026, 5, 23)),
    ],
)
def test_an_event_the_reps_line_arranged_for_a_day_is_a_commitment(
    extract: Extract, text: str, due: dt.date
) -> None:
    assert dues(extract(text)) == [due]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("院长说健康讲座专家他们自己请 定在下周四", dt.date(2026, 5, 21)),
        ("老板娘说她儿子的婚礼定在下礼拜六", dt.date(2026, 5, 23)),
    ],
)
def test_an_event_the_account_arranged_only_dates_the_next_contact(
    extract: Extract, text: str, due: dt.date
) -> None:
    record = extract(text)
    assert record.commitments == []
    assert record.next_visit == due


@pytest.mark.parametrize(
    "text",
    ["卫生室的护士培训今天弄完了 反响挺好", "连锁总店的店员培训今天弄好了 来了二十多个人"],
)
def test_a_promise_whose_run_reports_it_done_is_none(extract: Extract, text: str) -> None:
    assert extract(text).commitments == []
