"""Own products named loosely (memory/extract/product_shortenings.py, gazetteer.py): the stem of the drug's
name, the initials of its words, Latin letters in either case. Names and phrasings appear in no data set."""

import pytest

from memory.extract.engine import OfflineExtractor
from memory.extract.gazetteer import MasterData
from tests.memory.extract.sample import R

CATALOG = [
    {"kind": "product", "id": 1, "name": "替米沙坦片", "aliases": [], "unit": "盒"},
    {"kind": "product", "id": 2, "name": "氟桂利嗪胶囊", "aliases": [], "unit": "盒"},
    {"kind": "product", "id": 3, "name": "维生素E软胶囊", "aliases": [], "unit": "瓶"},
    {"kind": "product", "id": 4, "name": "银杏叶滴丸", "aliases": [], "unit": "盒"},
    {"kind": "product", "id": 5, "name": "维生素B6片", "aliases": ["维B6"], "unit": "瓶"},
    {"kind": "product", "id": 6, "name": "复方板蓝根颗粒", "aliases": [], "unit": "袋"},
    {"kind": "product", "id": 7, "name": "瑞格列奈片", "aliases": [], "unit": "盒"},
    {"kind": "competitor", "id": 8, "name": "瑞格列奈二甲双胍片", "aliases": []},
]


@pytest.fixture(scope="module")
def engine() -> OfflineExtractor:
    return OfflineExtractor(MasterData(customers=[], catalog=CATALOG, reps=[]))


def _products(engine: OfflineExtractor, text: str) -> list[tuple[str, str, float | None]]:
    return [(p.name, p.kind, p.quantity) for p in engine.extract(text, date=R).record.products]


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("心内科 替米 这个月用了六十盒", ("替米沙坦片", "sold", 60)),
        ("神经内科王主任 氟桂 库存还有十二盒", ("氟桂利嗪胶囊", "stock", 12)),
    ],
)
def test_a_product_named_by_the_stem_of_its_name_is_the_product(
    engine: OfflineExtractor, text: str, line: tuple[str, str, float]
) -> None:
    assert _products(engine, text) == [line]


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("康乐药房 维E 上周卖了二十瓶 老板说还行", ("维生素E软胶囊", "sold", 20)),
        ("老年科 银滴要三十盒 月底前送到", ("银杏叶滴丸", "order", 30)),
    ],
)
def test_a_product_named_by_the_initials_of_its_words_is_the_product(
    engine: OfflineExtractor, text: str, line: tuple[str, str, float]
) -> None:
    assert _products(engine, text) == [line]


@pytest.mark.parametrize("text", ["便民药店 维b6 补了十瓶", "便民药店 维生素b6片 补了十瓶"])
def test_latin_letters_of_a_name_match_in_either_case(engine: OfflineExtractor, text: str) -> None:
    assert _products(engine, text) == [("维生素B6片", "order", 10)]


def test_a_common_word_or_a_form_two_names_share_is_no_shortened_name(engine: OfflineExtractor) -> None:
    # 复方 is a word of its own; 瑞格 is the stem of a rival's name too
    shortened = engine.gazetteer.shortened
    assert "复方" not in shortened and "瑞格" not in shortened
    assert _products(engine, "复方的东西他不太信 瑞格这个月没动静") == []
