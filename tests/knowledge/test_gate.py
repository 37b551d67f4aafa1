"""The relevance gate's rules, on real retrievals from the shipped playbook."""

from dataclasses import replace
from pathlib import Path

import pytest

from knowledge.gate import load_gate
from knowledge.playbook_service import Playbook


@pytest.fixture(scope="module")
def playbook(tmp_path_factory: pytest.TempPathFactory) -> Playbook:
    return Playbook(Path(tmp_path_factory.mktemp("kb")))


def test_one_strong_trade_word_talks_the_trade(playbook: Playbook) -> None:
    # With the sum of the words' keyness out of reach, one strongly trade word of the question's own
    # still says it talks the trade; an everyday trade word (客户, 药店) does not.
    gate = replace(load_gate(), domain_threshold=float("inf"))
    for question in ("堆头要不回来", "首推率上不去"):
        assert gate.talks_the_trade(playbook.retrieve(question)), question
    for question in ("客户家里装修找哪家好", "药店门口停车收费吗"):
        assert not gate.talks_the_trade(playbook.retrieve(question)), question


def test_a_question_about_another_line_of_business_is_not_covered(playbook: Playbook) -> None:
    # The goods before a word for a shop, or between a seller and 的, that the playbook never speaks of.
    for question, goods in (("开服装店的怎么留住回头客", "服装"), ("卖化妆品的咋维护老顾客", "化妆品")):
        retrieval = playbook.retrieve(question)
        assert retrieval.other_trade == goods and not load_gate().covers(retrieval), question
    # A kind of shop our customers come in, or goods of our own trade, is no other line of business.
    for question in ("社区店陈列咋做", "中药店的店员怎么培训", "旗舰店的堆头咋弄"):
        assert playbook.retrieve(question).other_trade == "", question


def test_a_question_in_the_knowledge_bases_own_words_is_covered(playbook: Playbook) -> None:
    # However little a short question matches: every word one the playbook uses, one of them the trade's.
    gate = replace(load_gate(), threshold=float("inf"))
    for question in ("店员不推我们的货", "老板老是不在店里"):
        assert gate.covers(playbook.retrieve(question)), question
    for question in ("公司年终奖啥时候发", "老板家孩子学钢琴"):  # a thing it never speaks of
        assert not gate.covers(playbook.retrieve(question)), question


def test_a_situation_close_to_a_sections_written_scenes_is_about_the_trade(playbook: Playbook) -> None:
    # Told in everyday words, with too few words of the trade to talk it: the written scenes of one
    # section (knowledge/playbook/situations.yaml) vouch that the playbook answers it.
    gate = load_gate()
    without = replace(gate, close_scene=float("inf"))
    scenes = (
        "天和堂老板想办个十周年 邀了亲戚朋友 我这边能做点啥",
        "刚调来韶关 村里的卫生所一个都不认识 从哪摸",
    )
    for question in scenes:
        retrieval = playbook.retrieve(question)
        assert not without.talks_the_trade(retrieval), question
        assert gate.tells_a_scene(retrieval) and gate.covers(retrieval), question
        assert not without.covers(retrieval), question
    # An everyday question near no scene stays refused.
    for question in ("跟老婆吵架了 她回娘家了 我咋哄", "客厅想重新刷墙 自己刷还是请人"):
        assert not gate.covers(playbook.retrieve(question)), question


def test_the_company_standing_alone_is_the_employer_not_another_trade(playbook: Playbook) -> None:
    # 公司 after goods the customer asked for, in their own clause or not, is the rep's company failing
    # to deliver (…公司那边说没货), not a 礼盒公司: the question stays the trade's.
    for question in ("卫生院要的温度计公司迟迟不发货", "中秋前老板要备礼盒 公司那边说没货"):
        retrieval = playbook.retrieve(question)
        assert retrieval.other_trade == "" and load_gate().covers(retrieval), question
    # Goods that open the clause or follow a seller before 公司 are still another line of business.
    for question, goods in (("旅游公司怎么揽客", "旅游"), ("化妆品公司怎么做会员活动", "化妆品")):
        retrieval = playbook.retrieve(question)
        assert retrieval.other_trade == goods and not load_gate().covers(retrieval), question
