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


# -- session 28: new accounts nobody listed -------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("去了协和堂药店 老板说六味卖了六盒", "协和堂药店"),
        ("镇上新开的和美大药房 老板姓苗 要了五盒丹参片", "和美大药房"),
    ],
)
def test_a_conjunction_character_can_begin_a_shop_name(extract, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert extract(text).customer.name == name


def test_a_conjunction_between_two_names_still_ends_the_second(extract) -> None:  # type: ignore[no-untyped-def]
    assert extract("跑了福寿药店和康宁大药房 六味各要了五盒").customer.name != "和康宁大药房"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("顺道去了趟北沟村卫生室 村医姓路 丹参片要五盒", "北沟村卫生室"),
        ("今天跑了一趟长青诊所 大夫姓葛 六味先拿三盒", "长青诊所"),
    ],
)
def test_a_count_of_trips_before_a_new_name_is_no_part_of_it(extract, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert extract(text).customer.name == name


@pytest.mark.parametrize(
    "text",
    [
        "任大夫以前在县城开过药店 这回在西山村口开了康乐诊所 丹参片先要五盒",
        "鲁老板原来在市里干过药房 今年自己开了福寿堂药店 六味要了十盒",
    ],
)
def test_a_shop_someone_once_worked_in_is_not_the_account(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert extract(text).customer.name in {"康乐诊所", "福寿堂药店"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("西山村口新开了个中医诊所 叫回春堂诊所 大夫姓任", "回春堂诊所"),
        ("镇上新开一家药房 名叫百草园大药房 老板姓鲁", "百草园大药房"),
    ],
)
def test_the_name_a_new_shop_is_called_by_wins_over_its_kind(extract, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert extract(text).customer.name == name


@pytest.mark.parametrize(
    "text",
    [
        "新开了家康泰大药房 是外省的连锁 店长姓温 六味先要五盒",
        "去了新开的益寿大药房 连锁的 进货都走总部 丹参片要三盒",
    ],
)
def test_a_chain_said_of_a_new_shop_makes_it_a_chain_store(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert extract(text).customer.type == "chain_store"


def _territory_engine() -> OfflineExtractor:
    accounts = [
        {"id": i, "name": name, "aliases": [], "type": "village_clinic", "area": area, "rep": rep}
        for i, (name, area, rep) in enumerate(
            [
                ("南岭村卫生室", "rural", "罗兰"),
                ("北岭村卫生室", "rural", "罗兰"),
                ("东城社区诊所", "urban", "罗兰"),
                ("西城社区诊所", "urban", "魏东"),
                ("中山路药房", "urban", "魏东"),
            ],
            start=1,
        )
    ]
    return OfflineExtractor(MasterData(customers=accounts, catalog=[], reps=[]))


@pytest.mark.parametrize(("rep", "area"), [("罗兰", "rural"), ("魏东", "urban")])
@pytest.mark.parametrize("text", ["头回去长寿药店 老板姓毛 聊了聊", "福满堂药店 冯老板说下月再说"])
def test_a_new_account_with_no_place_lies_in_the_reps_territory(text: str, rep: str, area: str) -> None:
    customer = _territory_engine().extract(text, date=R, rep=rep).record.customer
    assert (customer.matched, customer.area) == (False, area)


def test_a_place_written_beats_the_territory() -> None:
    customer = _territory_engine().extract("城关新开的长寿药店 老板姓毛", date=R, rep="罗兰").record.customer
    assert customer.area == "urban"


# A wholesaler of the catalog (it delivers to others) that is also a listed customer.
TWO_ROLES = MasterData(
    customers=[{**WHOLESALER, "name": "河东永顺医药批发部", "aliases": ["永顺"]}],
    catalog=[{"kind": "distributor", "id": 1, "name": "永顺医药", "aliases": ["永顺"]}],
    reps=[],
)


@pytest.mark.parametrize("text", ["永顺 对账 会计小郑说上月的单子差两笔", "下午去永顺收款 老板说月底结清"])
def test_a_wholesaler_that_is_also_a_customer_is_the_account_visited(text: str) -> None:
    customer = OfflineExtractor(TWO_ROLES).extract(text, date=R).record.customer
    assert (customer.name, customer.matched) == ("河东永顺医药批发部", True)


def test_a_wholesaler_said_to_deliver_is_no_account_visited() -> None:
    customer = OfflineExtractor(TWO_ROLES).extract("钱姐说从永顺进的货卖完了", date=R).record.customer
    assert customer.name != "河东永顺医药批发部"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("上午先去了红旗卫生室 村医不在 白跑 然后去李氏诊所 李大夫说六味卖了八盒 又要十盒", "河东李氏诊所"),
        ("先到西山卫生院 院长开会 转头去红旗卫生室 丹参片还剩两瓶 要五瓶", "红旗村卫生室"),
    ],
)
def test_a_round_of_visits_is_recorded_at_the_account_visited_last(extract, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert extract(text).customer.name == name


def test_a_round_whose_goods_were_all_at_the_first_stop_stays_there(extract) -> None:  # type: ignore[no-untyped-def]
    text = "先去了红旗卫生室 六味要了十盒 然后去李氏诊所 人不在"
    assert extract(text).customer.name == "红旗村卫生室"
