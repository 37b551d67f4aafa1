"""Paperwork with an office and other lines of business, asked in the trade's words, are not covered."""

from pathlib import Path

import pytest

from knowledge.gate import load_gate
from knowledge.playbook_service import Playbook


@pytest.fixture(scope="module")
def playbook(tmp_path_factory: pytest.TempPathFactory) -> Playbook:
    return Playbook(Path(tmp_path_factory.mktemp("kb")))


def test_a_licence_asked_for_is_paperwork_not_the_trade(playbook: Playbook) -> None:
    # A credential the playbook never mentions, with a verb of applying or renewing in the same clause.
    for question, credential in (
        ("想在镇上开个药房 要办哪些许可证", "许可证"),
        ("村医说卫生室的执照咋续办", "执照"),
        ("老板让我帮他办个营业执照", "营业执照"),
        ("卫生室的执照丢了怎么办", "执照"),  # 怎么办 is one word to jieba: 办 at its end
    ):
        retrieval = playbook.retrieve(question)
        assert retrieval.paperwork == credential and not load_gate().covers(retrieval), question


def test_papers_the_playbook_speaks_of_stay_the_trade(playbook: Playbook) -> None:
    # 证照 and 证书 are papers a rep brings to a chain or shows a customer: the playbook's own words.
    for question in ("进连锁之前要准备哪些证照", "把公司的证书拿给老板看了 他还是不放心"):
        retrieval = playbook.retrieve(question)
        assert retrieval.paperwork == "" and load_gate().covers(retrieval), question


def test_a_seller_of_several_goods_or_a_job_in_another_line(playbook: Playbook) -> None:
    # The goods between a seller and 的 may be several words; 代理 and 销售 name a job in a line.
    for question, goods in (
        ("卖渔具饵料的咋跟钓鱼协会打交道", "渔具"),
        ("做家电销售的怎么维护老客户", "家电"),
        ("汽车代理咋找客户", "汽车"),
    ):
        retrieval = playbook.retrieve(question)
        assert retrieval.other_trade == goods and not load_gate().covers(retrieval), question
    for question in ("区域代理咋跟连锁谈进场", "连锁药店的销售数据咋拿到"):
        assert playbook.retrieve(question).other_trade == "", question
