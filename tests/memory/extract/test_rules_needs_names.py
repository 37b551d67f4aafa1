"""A word of an ask inside a product's name is part of the name (memory/extract/needs.py, PRODUCT_MARK):
the real engine on a small catalog of its own, with phrasings that appear in no data set."""

import datetime as dt

import pytest

from memory.extract.engine import OfflineExtractor
from memory.extract.gazetteer import MasterData

CATALOG = [
    {"id": 1, "kind": "product", "name": "无糖型板蓝根颗粒", "aliases": ["无糖板蓝根"], "unit": "盒"},
    {"id": 2, "kind": "product", "name": "儿童型维生素AD滴剂", "aliases": ["儿童AD"], "unit": "盒"},
    {"id": 3, "kind": "product", "name": "新复方感冒片", "aliases": [], "unit": "盒"},
]


@pytest.fixture(scope="module")
def engine() -> OfflineExtractor:
    return OfflineExtractor(MasterData(company="试例医药", catalog=CATALOG))


@pytest.mark.parametrize(
    ("text", "needs"),
    [
        ("惠民药房 王店长想再进二十盒无糖型板蓝根颗粒", []),
        ("西山卫生院 药房说要十盒儿童型维生素AD滴剂", []),
        # the same word outside a name is still an ask
        ("惠民药房 王店长想要无糖的 问有没有", ["new_product"]),
    ],
)
def test_a_word_inside_a_products_name_is_no_ask(
    engine: OfflineExtractor, text: str, needs: list[str]
) -> None:
    assert engine.extract(text, date=dt.date(2026, 5, 13)).record.needs == needs
