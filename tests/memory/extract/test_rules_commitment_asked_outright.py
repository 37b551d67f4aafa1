"""Session 30: the customer's ask that the rep himself act for the account is his undertaking though no
yes follows (memory/extract/commitment_finder.py, _asked_outright); phrasings that appear in no data set,
on the sample company's master data (R = 2026-05-13, a Wednesday)."""

import pytest

from tests.memory.extract.sample import Extract, day


@pytest.mark.parametrize(
    "text",
    [
        "东关药房 王店长说配送老是晚两天 叫我帮着催催物流",
        "惠民药房 刘老板说最近客人多 喊我把新的价目表带过来",
    ],
)
def test_an_ask_of_the_rep_unanswered_is_an_undated_undertaking(extract: Extract, text: str) -> None:
    assert [c.due for c in extract(text).commitments] == [None]


def test_an_ask_of_the_rep_with_its_own_date_is_due_then(extract: Extract) -> None:
    record = extract("惠民药房 刘老板说感冒药快没了 让我下周五捎二十盒过来")
    assert [c.due for c in record.commitments] == [day(5, 22)]


@pytest.mark.parametrize(
    "text",
    [
        "东关药房 王店长说店员都是新来的 想让我们给店员搞个培训",  # a wish: only a yes takes it up
        "东关药房 王店长说生意一般 同意让我把海报贴在门口",  # leave granted
        "惠民药房 刘老板说配送老是晚两天 叫我帮着催催物流 我说这个得看公司",  # the rep's answer decides
    ],
)
def test_a_wish_a_leave_or_an_answered_ask_is_not_taken_outright(extract: Extract, text: str) -> None:
    assert extract(text).commitments == []
