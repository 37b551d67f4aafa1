"""In model mode, a model that says the passages do not answer the question has answered: the reply is
`covered: false` with the usual refusal, not a stitched offline answer passed off as covered."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.llm_answer import is_refusal, verdict
from knowledge.playbook_service import Playbook


@pytest.fixture
def playbook(keqing_home: Path) -> Playbook:
    return Playbook(keqing_home)


@pytest.mark.parametrize(
    "text",
    [
        "抱歉,所给资料中并未提及员工差旅补贴的标准。",
        "以上内容没有涉及这个问题,我无法根据资料回答。",
        "资料里找不到相关信息。",
        "这个问题超出资料的范围,建议咨询人事部门。",
    ],
)
def test_a_reply_saying_the_passages_lack_the_answer_is_a_refusal(text: str) -> None:
    assert is_refusal(text)
    assert verdict(text, 3) == "refusal"


@pytest.mark.parametrize(
    "text",
    [
        "先约好时间再去,避开店里客人多的时候 [1]。",
        "资料里没有提到具体天数,但建议新客户前两个月多去几次 [2]。",  # cites a passage: an answer
    ],
)
def test_a_reply_citing_passages_is_an_answer_not_a_refusal(text: str) -> None:
    assert not is_refusal(text)
    assert verdict(text, 3) == "answer"


@pytest.mark.parametrize("text", ["", "OK", "好的好的好的"])
def test_an_empty_or_uncited_reply_that_refuses_nothing_is_the_model_failing(text: str) -> None:
    assert verdict(text, 3) == "unusable"


def test_a_model_refusal_answers_not_covered_without_sources(playbook: Playbook) -> None:
    question = "出差住酒店每晚能报多少钱"
    passages = playbook.passages(question)
    answer = playbook.model_reply(question, "提供的资料没有相关内容,无法回答这个问题。", passages)
    assert answer.covered is False
    assert answer.sources == []
    assert "手册" in answer.answer  # the usual refusal, naming what the playbook covers


def test_a_model_answer_keeps_its_sources_and_an_unusable_one_goes_offline(playbook: Playbook) -> None:
    question = "药店几点去拜访比较好"
    passages = playbook.passages(question)
    written = playbook.model_reply(question, "避开店里最忙的时段,先电话约好再去 [1]。", passages)
    assert written.covered and written.sources == passages
    offline = playbook.model_reply(question, "嗯嗯", passages)
    assert offline.covered and offline.sources
