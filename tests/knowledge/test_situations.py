"""The situations view (knowledge/situations.py): each playbook section indexed by the scenes it answers,
written from the section in many voices; each rule with phrasings that appear in no question set."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from knowledge.playbook_service import Playbook
from knowledge.search import CLOSE_SCENE, VIEWS, Retriever
from knowledge.situations import SITUATIONS, SituationIndex, load_situations, terms

PLAYBOOK = Path(__file__).resolve().parents[2] / "knowledge" / "playbook"


@pytest.fixture(scope="module")
def playbook(tmp_path_factory: pytest.TempPathFactory) -> Playbook:
    return Playbook(Path(tmp_path_factory.mktemp("kb")))


def top(retriever: Retriever, question: str) -> list[str]:
    return [p.section for p in retriever.search(question, 3)]


@pytest.mark.parametrize(
    ("question", "section"),
    [
        ("跟连锁签了合同半年了 门店里一盒货都见不到", "chain-distribution"),
        ("刚到新单位 领导说客户得自己找 我连有几家诊所都不知道", "prospect-lists"),
    ],
)
def test_a_scene_told_in_everyday_words_finds_its_section_through_its_situations(
    playbook: Playbook, question: str, section: str
) -> None:
    without = Retriever(playbook.store, views=VIEWS | {"situations": 0.0})
    assert section in top(playbook.retriever, question)
    assert section not in top(without, question)


def chunk(source: str, section: str, title: str, body: str) -> dict[str, str]:
    return {"id": f"{source}#{section}", "source": source, "section": section, "title": title, "body": body}


def test_a_section_ranks_by_its_best_scenes_not_by_its_advice() -> None:
    chunks = [
        chunk("playbook", "display", "陈列管理", "最佳位置和最佳高度,排面饱满。"),
        chunk("playbook", "pricing", "价格维护", "守住日常价格,盯住异常价格。"),
    ]
    situations = {"display": ("货被塞在柜子最底下 蹲下才看得见",), "pricing": ("隔壁店按半价甩卖",)}
    index = SituationIndex(chunks, situations)
    assert index.ranking(terms("我们的货老被塞到最底下"), {})[0] == [0]
    assert index.ranking(terms("有人半价甩卖我们的货"), {})[0] == [1]


def test_a_document_nobody_wrote_situations_for_stands_for_its_own_text() -> None:
    """A company's own document is not ranked below every playbook section by the view."""
    chunks = [
        chunk("playbook", "display", "陈列管理", "最佳位置和最佳高度。"),
        chunk("公司制度", "s1", "差旅报销", "出差住宿按城市等级报销,发票抬头写公司全称。"),
    ]
    index = SituationIndex(chunks, {"display": ("货被塞在柜子最底下",)})
    assert index.ranking(terms("住宿发票抬头怎么写"), {})[0] == [1]
    assert index.ranking(terms("货塞在最底下"), {})[0] == [0]


def test_every_section_has_six_to_ten_situations_and_every_key_is_a_section() -> None:
    ids = set(re.findall(r"\{#([\w-]+)\}", "".join(p.read_text("utf-8") for p in PLAYBOOK.glob("*.md"))))
    written = load_situations(SITUATIONS)
    assert set(written) == ids
    assert all(6 <= len(scenes) <= 10 for scenes in written.values())
    assert all(len(set(scenes)) == len(scenes) for scenes in written.values())


@pytest.mark.parametrize(
    ("question", "section"),
    [
        ("老主顾突然不进我们的货了 电话里就说再说吧 事先啥迹象都没有", "key-account-churn"),
        ("店员说顾客问的病她们答不上来 想让我去讲讲", "staff-training"),
    ],
)
def test_a_section_whose_written_scenes_the_question_comes_very_close_to_keeps_a_place_in_the_top_3(
    playbook: Playbook, question: str, section: str
) -> None:
    # Reciprocal rank fusion weighs a clear first place in one view no more than a narrow one: the other
    # views, led by a word of the question (电话 → phone-contact), push the scene's section out.
    retriever = playbook.retriever
    assert section in top(retriever, question)
    try:
        retriever.close_scene = float("inf")
        assert section not in top(retriever, question)
    finally:
        retriever.close_scene = CLOSE_SCENE
