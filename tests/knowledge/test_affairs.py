"""The rep's own affairs (expenses, pay, the rep's phone and vehicle) do not make a question of the trade."""

from pathlib import Path

import pytest

import knowledge.search
from knowledge.affairs import without_affairs
from knowledge.playbook_service import Playbook

# Off-topic: only the rep's own affairs, no person or place of the trade (each answered without the rule).
AFFAIRS_ALONE = ("出差回来报销单交给谁", "电动车充电器坏了去哪买", "这个月的话费能报销不")


@pytest.fixture(scope="module")
def playbook(tmp_path_factory: pytest.TempPathFactory) -> Playbook:
    return Playbook(Path(tmp_path_factory.mktemp("kb")))


def test_the_reps_own_affairs_alone_are_not_the_trade(
    playbook: Playbook, monkeypatch: pytest.MonkeyPatch
) -> None:
    for question in AFFAIRS_ALONE:
        assert not playbook.ask(question).covered, question
        assert not playbook.about_the_trade(question), question
    monkeypatch.setattr(knowledge.search, "without_affairs", lambda question: question)
    for question in AFFAIRS_ALONE:  # the same questions, judged with their affairs: answered
        assert playbook.ask(question).covered, question


def test_an_affair_beside_a_person_or_place_of_the_trade_counts(playbook: Playbook) -> None:
    # The customer's phone, the trip to the customers: the question is about them, judged whole.
    for question in ("店员加了我手机微信平时咋联系", "跑乡下的油费公司给报多少"):
        assert without_affairs(question) == question
        assert playbook.ask(question).covered, question
