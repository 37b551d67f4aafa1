"""Competitive threats: a stop-ordering warning said as a condition or about the future, and a
competitor paying the account's staff; past facts, questions and our own incentives are not threats."""

from __future__ import annotations

import pytest

from memory.extract.lexicon import load_lexicon
from memory.extract.threats import threats_in

COMPETITORS = ["康威制药", "康威"]


def _kinds(text: str) -> list[str]:
    return [t.kind for t in threats_in(text, load_lexicon(), COMPETITORS)]


@pytest.mark.parametrize(
    "note",
    [
        "老板娘放话了,再不给点支持,下季度起就不拿咱们的片剂了",
        "李经理说要是不给陈列费,下个月撤柜",
        "采购讲价格不调的话,以后不再订了",
    ],
)
def test_a_stop_ordering_warning_is_a_threat(note: str) -> None:
    assert _kinds(note) == ["stop_ordering"]


@pytest.mark.parametrize(
    "note",
    [
        "上个月没进货,库存还够",  # a past fact
        "问了问他们进不进新规格",  # a question
        "不要着急,下次慢慢谈",  # 不要 is no stop verb
    ],
)
def test_past_facts_and_questions_are_not_threats(note: str) -> None:
    assert _kinds(note) == []


@pytest.mark.parametrize("note", ["康威的代表给营业员卖一盒给三块", "隔壁那家给收银员发提成,推他们的胶囊"])
def test_a_competitor_paying_the_staff_is_a_threat(note: str) -> None:
    assert _kinds(note) == ["staff_incentive"]


def test_our_own_staff_incentive_is_no_competitive_threat() -> None:
    assert _kinds("我们给店员的奖励月底发") == []


def test_the_condition_before_is_kept_with_the_threat() -> None:
    (threat,) = threats_in("老板说返利再不提,明年换别家", load_lexicon(), COMPETITORS)
    assert threat.text == "老板说返利再不提,明年换别家"
