"""A favour someone of the trade asks of the rep is judged by what is asked (knowledge/favours.py)."""

from pathlib import Path

import pytest

from knowledge.favours import relayed
from knowledge.playbook_service import Playbook


@pytest.fixture(scope="module")
def playbook(tmp_path_factory: pytest.TempPathFactory) -> Playbook:
    return Playbook(Path(tmp_path_factory.mktemp("kb")))


def test_what_is_relayed_follows_the_ask() -> None:
    assert relayed("老板让我帮他修下打印机") == "修下打印机"
    assert relayed("村医托俺打听下哪家驾校好") == "打听下哪家驾校好"
    assert relayed("老板说最近生意难做") == ""


def test_a_customers_own_business_is_not_covered(playbook: Playbook) -> None:
    # The customer's name makes these talk the trade; what they ask names a thing the playbook lacks.
    for question in ("店员问我信用卡逾期了咋办", "村医问我宅基地咋批", "老板问我他店的房租合同到期了咋续"):
        assert playbook.asks_a_favour(question), question
        assert not playbook.ask(question).covered, question


def test_a_relayed_ask_about_the_trade_stays_covered(playbook: Playbook) -> None:
    # Asked by a customer, about the trade: a way to draw shoppers (法子, a word of the concept classes),
    # the terms, what sets our goods apart.
    for question in (
        "店长问我有啥法子让顾客多来几趟",
        "老板问我能不能把账期放宽点",
        "店员问我这药跟别家的有啥不一样 我说不清",
    ):
        assert not playbook.asks_a_favour(question), question
        assert playbook.ask(question).covered, question
