"""Supplier and competitors named in passing, with phrasings that appear in no data set."""

import pytest

from memory.extract.engine import OfflineExtractor
from memory.extract.gazetteer import MasterData
from tests.memory.extract.sample import Extract, R

WHOLESALER = {"id": 9, "name": "河东镇兴隆医药批发部", "aliases": ["兴隆批发部"], "type": "distributor"}
CLINIC = {"id": 10, "name": "南坡村卫生室", "aliases": ["南坡卫生室"], "type": "village_clinic"}


@pytest.mark.parametrize(
    "text", ["南坡卫生室 丹参片还剩三盒 兴隆配", "南坡卫生室 他们半个月从兴隆进一次 丹参片要十盒"]
)
def test_a_wholesaler_is_called_by_its_core_name(text: str) -> None:
    engine = OfflineExtractor(MasterData(customers=[WHOLESALER, CLINIC], catalog=[], reps=[]))
    assert engine.extract(text, date=R).record.supplier == "兴隆"


@pytest.mark.parametrize(
    "text", ["惠民药房 仲景的香砂养胃丸卖得最好", "惠民药房 对面在推仲景的逍遥丸 买二送一"]
)
def test_a_drug_named_right_after_a_competitor_firm_is_the_firms(extract: Extract, text: str) -> None:
    assert [c.name for c in extract(text).competitors] == ["仲景制药"]


@pytest.mark.parametrize(
    "text", ["南坡卫生室 丹参片要十盒 明天叫兴隆批发部给送过去", "南坡卫生室 六味没了 叫兴隆批发部送五盒"]
)
def test_a_wholesaler_asked_to_deliver_is_the_supplier(text: str) -> None:
    engine = OfflineExtractor(MasterData(customers=[WHOLESALER, CLINIC], catalog=[], reps=[]))
    assert engine.extract(text, date=R).record.supplier == "兴隆批发部"


@pytest.mark.parametrize(
    "text",
    ["兴隆批发部对账 兴隆批发部送南坡卫生室的单子少了一张", "在兴隆批发部看库存 兴隆批发部的车下午送货"],
)
def test_the_visited_wholesaler_named_again_is_not_its_own_supplier(text: str) -> None:
    engine = OfflineExtractor(MasterData(customers=[WHOLESALER, CLINIC], catalog=[], reps=[]))
    assert engine.extract(text, date=R).record.supplier is None


GUOKANG = {"kind": "distributor", "id": 20, "name": "国康医药", "aliases": ["国康"]}


@pytest.mark.parametrize(
    ("text", "supplier"),
    [
        ("兴隆批发部对账 他们这批丹参片是从国康进的", "国康医药"),
        ("兴隆批发部看库存 老板说国康的价格比我们低", None),
    ],
)
def test_at_a_wholesaler_only_a_firm_said_to_deliver_is_its_supplier(text: str, supplier: str | None) -> None:
    engine = OfflineExtractor(MasterData(customers=[WHOLESALER, CLINIC], catalog=[GUOKANG], reps=[]))
    assert engine.extract(text, date=R).record.supplier == supplier
