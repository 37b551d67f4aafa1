"""The grounding rules of the merge, each with phrasings found in no data set."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest

from memory.base.db import Database
from memory.extract.lexicon import load_lexicon
from memory.llm.answer import ModelVisit
from memory.llm.extract import LLMExtractor
from memory.llm.grounding import Grounds, numbers_in
from memory.llm.model import Schema
from memory.notes.engines import offline_extractor

WEDNESDAY = dt.date(2026, 9, 16)


class _Never:
    """A model that is never called: merge() is pure."""

    def structured(self, prompt: str, schema: type[Schema], *, purpose: str, **values: Any) -> Schema:
        raise AssertionError

    def text(self, prompt: str, *, purpose: str, **values: Any) -> str:
        raise AssertionError

    def stream(self, prompt: str, *, purpose: str, **values: Any) -> Iterator[str]:
        raise AssertionError


def test_numbers_ground_however_they_are_written() -> None:
    assert {40, 230, 120, 2000, 7} <= numbers_in("卖了4十盒,订二百三,还有一百二三,欠两千,剩七八瓶")
    assert {15, 3.5} <= numbers_in("拿了1十5件 用掉3.5箱")
    assert 41 not in numbers_in("卖了4十盒") and 8 not in numbers_in("剩七八瓶")


def test_phone_numbers_ground_with_separators() -> None:
    grounds = Grounds("有事找她 136-0000-4321,或者座机 0371 6666 888", WEDNESDAY)
    assert grounds.phone("13600004321") and grounds.phone("03716666888")
    assert not grounds.phone("13600004322") and not grounds.phone("4321")


def test_a_date_phrase_of_the_table_is_the_rules_reading() -> None:
    grounds = Grounds("礼拜三再过来看看,后天先打个电话", WEDNESDAY)  # bare 礼拜三 on a Wednesday: next week
    assert grounds.day(dt.date(2026, 9, 23)) and grounds.day(dt.date(2026, 9, 18))
    assert not grounds.day(WEDNESDAY) and not grounds.day(dt.date(2026, 9, 30))


def test_a_date_phrase_outside_the_table_stands_when_its_numbers_fit() -> None:
    grounds = Grounds("下下礼拜五再去,二十八号左右结款", WEDNESDAY)
    assert grounds.day(dt.date(2026, 10, 2)) and grounds.day(dt.date(2026, 9, 28))
    assert not grounds.day(dt.date(2026, 10, 1)) and not grounds.day(dt.date(2026, 9, 26))
    named = Grounds("国庆节后再约", WEDNESDAY)
    assert named.day(dt.date(2026, 10, 9)) and not named.day(dt.date(2027, 5, 1))
    assert not Grounds("改天再去", WEDNESDAY).day(dt.date(2026, 9, 20))  # a vague phrase names no day


def test_a_visit_day_may_fit_a_phrase_the_rules_read_forwards() -> None:
    grounds = Grounds("14号去的,周一那天人多", WEDNESDAY)
    assert grounds.day(dt.date(2026, 9, 14), past=True)
    assert not grounds.day(dt.date(2026, 9, 13), past=True)
    assert not grounds.day(dt.date(2026, 8, 14), past=True)  # past the month


def test_a_birthday_grounds_by_its_numbers_or_a_date_phrase() -> None:
    assert Grounds("老板生日腊月初八,农历12月8", WEDNESDAY).month_day("12-08")
    assert Grounds("店长说大后天是她生日", WEDNESDAY).month_day("09-19")
    assert not Grounds("店长说大后天是她生日", WEDNESDAY).month_day("09-20")


def test_a_paraphrase_grounds_by_its_character_pairs() -> None:
    grounds = Grounds("主任说要看临床资料,我说周五把资料送过去", WEDNESDAY)
    assert grounds.paraphrase("周五把临床资料送给主任", share=1 / 3)
    assert not grounds.paraphrase("下周请主任吃饭", share=1 / 3)


def test_a_name_one_character_off_grounds_except_at_its_end() -> None:
    grounds = Grounds("他们用的消严口服液卖得一般,感冒药也一般", WEDNESDAY)
    assert grounds.near("消炎口服液")
    assert not grounds.near("感冒灵") and not grounds.near("口服")


def test_nulls_are_readings_missing_keys_are_silence_and_illegal_codes_say_nothing() -> None:
    answer = ModelVisit.model_validate(
        {"supplier": None, "sentiment": "furious", "needs": ["display", "world_peace"], "visit_date": "soon"}
    )
    assert answer.nulls == {"supplier"}
    assert (answer.sentiment, answer.needs, answer.visit_date, answer.contacts) == (
        None,
        ["display"],
        None,
        None,
    )


@pytest.fixture
def engine(sample_db: Database) -> LLMExtractor:
    with sample_db.session() as session:
        return LLMExtractor(offline_extractor(session=session, lexicon=load_lexicon()), _Never())


def _merge(engine: LLMExtractor, note: str, answer: dict[str, Any]) -> dict[str, Any]:
    base = engine.offline.extract(note, date=WEDNESDAY)
    return engine.merge(base, ModelVisit.model_validate(answer), Grounds(note, WEDNESDAY)).record.to_json()


def test_a_grounded_model_wins_where_it_disagrees_with_the_rules(engine: LLMExtractor) -> None:
    note = "惠民的周店长说六味最近卖得还行,就是进价高了点,下回想多要点赠品"
    merged = _merge(
        engine,
        note,
        {
            "customer": {"name": "东城惠民大药房"},
            "contacts": [{"name": "周店长", "surname": "周", "role": "purchaser"}],
            "products": [{"name": "六味地黄丸", "kind": "sold"}],
            "needs": ["margin"],
            "sentiment": "negative",
        },
    )
    assert merged["needs"] == ["margin"] and merged["sentiment"] == "negative"
    assert merged["contacts"][0]["role"] == "purchaser"
    assert merged["products"] == [{"name": "六味地黄丸", "quantity": None, "unit": None, "kind": "sold"}]


def test_where_the_model_is_silent_the_offline_value_stays(engine: LLMExtractor) -> None:
    note = "西山卫生院 院长说丹参片月结,国药送货,下周二再来"
    base = engine.offline.extract(note, date=WEDNESDAY).record.to_json()
    merged = _merge(engine, note, {"customer": {"name": "西山镇中心卫生院"}, "sentiment": "positive"})
    assert merged["sentiment"] == "positive"
    for field in ("payment_terms", "supplier", "next_visit", "products", "contacts", "needs"):
        assert merged[field] == base[field]


def test_an_answer_about_another_note_is_rejected_whole(engine: LLMExtractor) -> None:
    note = "红旗卫生室 老马说丹参片卖了十五瓶"
    base = engine.offline.extract(note, date=WEDNESDAY).record
    fluent = {
        "customer": {"name": "平安堂西山店"},
        "contacts": [{"name": "老马", "role": "doctor"}],
        "products": [{"name": "复方丹参片", "quantity": 50, "kind": "order"}],
        "sentiment": "negative",
        "needs": ["display"],
    }
    assert _merge(engine, note, fluent) == base.to_json()
    same_account = {**fluent, "customer": {"name": "红旗村卫生室"}}  # the right account, the wrong visit
    same_account["products"] = [{"name": "六味地黄丸", "quantity": 30, "kind": "sold"}]
    same_account["contacts"] = [{"name": "王大夫", "role": "doctor"}]
    assert _merge(engine, note, same_account) == base.to_json()


def test_an_answer_the_note_does_not_hold_changes_nothing(engine: LLMExtractor) -> None:
    note = "惠民药房 周店长说六味卖了30瓶,现款,有事找小赵 13800000000"
    base = engine.offline.extract(note, date=WEDNESDAY).record
    junk = {
        "customer": {"name": "不存在的药房"},
        "contacts": [{"name": "马云", "role": "owner"}, {"name": "周店长", "role": "manager"}],
        "products": [{"name": "蒲地蓝", "quantity": 99, "kind": "sold"}, {"name": "六味", "quantity": 31}],
        "competitors": [{"name": "华为", "note": "降价"}],
        "payment_terms": "monthly",
        "supplier": "小赵",
        "needs": ["training"],
    }
    assert _merge(engine, note, junk) == base.to_json()
