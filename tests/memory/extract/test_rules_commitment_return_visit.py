"""Session 30: the rep saying he will come back to look or ask is a visit, no promise
(memory/extract/commitment_finder.py, _RETURN_VISIT); phrasings that appear in no data set, on the sample
company's master data (R = 2026-05-13, a Wednesday)."""

import datetime as dt

import pytest

from tests.memory.extract.sample import Extract, day


@pytest.mark.parametrize(
    ("text", "back"),
    [
        ("东关药房 王店长说新品卖得一般 我说下礼拜四再过来看看", day(5, 21)),
        ("惠民药房 刘老板说合同还没批 我讲月底再去问问", day(5, 31)),
        ("惠民药房 刘老板说价格还得商量 我说下礼拜一再上去一趟", day(5, 18)),
    ],
)
def test_a_return_to_look_or_ask_is_the_next_visit_not_a_commitment(
    extract: Extract, text: str, back: dt.date
) -> None:
    record = extract(text)
    assert record.commitments == []
    assert record.next_visit == back


def test_a_said_visit_to_do_something_stays_a_commitment(extract: Extract) -> None:
    record = extract("惠民药房 刘老板说价格还得商量 我说周五去跟她当面谈价格")
    assert [c.due for c in record.commitments] == [day(5, 15)]
