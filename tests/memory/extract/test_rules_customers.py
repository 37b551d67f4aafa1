"""Which account a note is about (memory/extract/customers.py), with phrasings that appear in no data
set, on the sample company (国药控股 and 瑞康医药 are its distributors)."""

import pytest

from memory.extract.engine import OfflineExtractor
from memory.extract.gazetteer import MasterData
from tests.memory.extract.sample import R


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("镇上新开了个福寿堂药店 老板姓鲁 六味要了十盒", "福寿堂药店"),
        ("西山村口开了一个康乐诊所 大夫姓任", "康乐诊所"),
    ],
)
def test_a_measure_word_before_a_new_name_is_no_part_of_it(extract, name: str, text: str) -> None:  # type: ignore[no-untyped-def]
    customer = extract(text).customer
    assert (customer.name, customer.matched) == (name, False)


# A wholesaler that is itself a customer (customers.csv), as in the first kind of phrasing.
WHOLESALER = {
    "id": 9,
    "name": "河东顺通医药批发部",
    "aliases": ["顺通"],
    "type": "distributor",
    "area": "rural",
}


@pytest.mark.parametrize(
    "text",
    ["南坡村卫生室 刚建的 村医姓贾 丹参片要十盒 让顺通送", "北岗村卫生室 老贾说六味先要五盒 顺通下周送"],
)
def test_a_new_account_opening_the_note_is_not_its_distributor(text: str) -> None:
    engine = OfflineExtractor(MasterData(customers=[WHOLESALER], catalog=[], reps=[]))
    customer = engine.extract(text, date=R).record.customer
    assert (customer.matched, customer.type) == (False, "village_clinic")


def test_a_distributor_named_first_is_the_account_visited() -> None:
    engine = OfflineExtractor(MasterData(customers=[WHOLESALER], catalog=[], reps=[]))
    customer = engine.extract("顺通对账 南坡村卫生室的货款还没回", date=R).record.customer
    assert (customer.name, customer.matched) == ("河东顺通医药批发部", True)


@pytest.mark.parametrize(
    "text",
    [
        "本来要去惠民药房 关着门 就去了红旗卫生室 刘医生说丹参片还有五盒",
        "本想去惠民药房 老板不在 转到红旗卫生室 六味要五盒",
    ],
)
def test_an_account_one_meant_to_visit_is_not_the_account(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert extract(text).customer.name == "红旗村卫生室"


@pytest.mark.parametrize(
    "text",
    [
        "南岗永丰医药批发部对账。会计小钟。惠民药房的单子差一张",
        "北关康达医药公司看库存。西山卫生院那批丹参片发了",
    ],
)
def test_a_new_account_opening_the_note_beats_known_ones_named_in_later_sentences(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    customer = extract(text).customer
    assert (customer.matched, customer.type) == (False, "distributor")
