"""Accounts named in shortened form (memory/extract/abbreviations.py): of each word of the name the whole
word, its first character or nothing, as Chinese shortens names. Names and phrasings appear in no data set."""

import pytest

from memory.base.dictionary import shared_tokenizer
from memory.extract.abbreviations import name_parts, shortenings, words_of
from memory.extract.engine import OfflineExtractor
from memory.extract.gazetteer import MasterData
from tests.memory.extract.sample import R

CUSTOMERS = [
    {"id": 1, "name": "桦川市人民医院", "type": "county_hospital", "area": "urban"},
    {"id": 2, "name": "桦川市中医医院", "type": "county_hospital", "area": "urban"},
    {"id": 3, "name": "泗溪县恒裕医药配送公司", "type": "distributor", "area": "urban"},
    {"id": 4, "name": "鹤鸣堂大药房连锁总部", "type": "chain_hq", "area": "urban"},
    {"id": 5, "name": "鹤鸣堂大药房东街店", "type": "pharmacy", "area": "urban"},
]


@pytest.fixture(scope="module")
def engine() -> OfflineExtractor:
    return OfflineExtractor(MasterData(customers=CUSTOMERS, catalog=[], reps=[]))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("桦人医 心内科李主任 说下月科室会可以排", "桦川市人民医院"),
        ("上午跑了趟恒裕配送 对了上季度的账 还差八千", "泗溪县恒裕医药配送公司"),
        ("鹤鸣堂总部 采购部开会 下季度的陈列方案要重新报", "鹤鸣堂大药房连锁总部"),
    ],
)
def test_an_account_named_by_a_shortened_form_is_the_account(
    engine: OfflineExtractor, text: str, name: str
) -> None:
    customer = engine.extract(text, date=R).record.customer
    assert (customer.name, customer.matched) == (name, True)


def test_a_shortened_form_inside_a_longer_word_names_no_account(engine: OfflineExtractor) -> None:
    """恒裕医 is a shortened 恒裕医药配送公司 only standing alone: in 恒裕医院 it is part of another name."""
    customer = engine.extract("新开的恒裕医院 院长姓邵 第一次见", date=R).record.customer
    assert customer.name != "泗溪县恒裕医药配送公司"


def test_a_form_two_accounts_share_is_no_shortened_name(engine: OfflineExtractor) -> None:
    """桦川市医院 shortens both the town's people's hospital and its Chinese medicine hospital: it names
    neither."""
    assert "桦川市医院" not in engine.gazetteer.shortened
    assert "桦人医" in engine.gazetteer.shortened


def test_the_words_of_a_name_keep_its_own_name_whole() -> None:
    kinds = ("连锁总部", "大药房", "人民医院", "医院")
    own, suffixes = name_parts("鹤鸣堂大药房连锁总部", "", kinds)
    assert (own, suffixes) == ("鹤鸣堂", ["大药房", "连锁总部"])
    forms = shortenings("", words_of(own, shared_tokenizer()), [["大", "药房"], ["连锁", "总部"]])
    assert {"鹤鸣堂总部", "鹤鸣堂连锁"} <= forms
    assert not any(form.startswith("鹤") and not form.startswith("鹤鸣堂") for form in forms)
    assert "鹤鸣堂药房" not in forms  # nothing of 连锁总部 left: any of the chain's stores
    place_forms = shortenings("桦川市", [], [["人民", "医院"]])
    assert {"桦人医", "桦川市医院"} <= place_forms and "人医" not in place_forms
