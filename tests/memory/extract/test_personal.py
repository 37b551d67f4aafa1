"""A contact's notes hold personal facts about that person: no fragment with an account's name cut out
of it, and nothing said about someone else."""

from __future__ import annotations

import datetime as dt

import pytest

from memory.extract.engine import OfflineExtractor
from memory.extract.gazetteer import MasterData

CUSTOMERS = [
    {
        "id": 1,
        "name": "西河乡卫生院",
        "aliases": [],
        "type": "township_hospital",
        "area": "rural",
        "rep": None,
    },
    {"id": 2, "name": "益寿堂药房", "aliases": ["益寿堂"], "type": "pharmacy", "area": "urban", "rep": None},
]


def _notes(note: str) -> dict[str, str | None]:
    engine = OfflineExtractor(MasterData(customers=CUSTOMERS, catalog=[], reps=[]))
    record = engine.extract(note, date=dt.date(2026, 8, 3)).record
    return {c.name: c.notes for c in record.contacts}


@pytest.mark.parametrize(
    ("note", "person", "fact"),
    [
        ("益寿堂 看店的葛药师原来是西河乡卫生院退休的", "葛药师", "原来是西河乡卫生院退休的"),
        ("益寿堂 胡老板娘是从西河乡卫生院退下来的", "胡老板娘", "从西河乡卫生院退下来的"),
    ],
)
def test_an_account_named_inside_a_personal_fact_stays_in_it(note: str, person: str, fact: str) -> None:
    assert _notes(note)[person] == fact


@pytest.mark.parametrize(
    "note",
    ["益寿堂 胡老板娘在。坐诊的是西河乡卫生院退休的", "益寿堂 胡老板娘在,那个专家听说身体不好"],
)
def test_a_clause_about_someone_else_is_not_the_contacts_note(note: str) -> None:
    assert _notes(note)["胡老板娘"] is None
