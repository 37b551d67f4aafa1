"""A commitment keeps its object: a bare carrying verb (下次带过来) takes the thing asked for in the
clause before; a commitment that names its thing, or follows an asked-for action, is left as it is."""

from __future__ import annotations

import datetime as dt

import pytest

from memory.extract.engine import OfflineExtractor
from memory.extract.gazetteer import MasterData

R = dt.date(2026, 7, 1)


def _commitments(note: str) -> list[str]:
    record = OfflineExtractor(MasterData(customers=[], catalog=[], reps=[])).extract(note, date=R).record
    return [c.text for c in record.commitments]


@pytest.mark.parametrize(
    ("note", "thing"),
    [
        ("福寿堂 老板娘想要一沓价签,我回头给她带过去", "一沓价签"),
        ("福寿堂 老板娘缺折页。礼拜四送过去", "折页"),
        ("福寿堂 老板娘问有没有小瓶装的,下回拿过来", "小瓶装"),
    ],
)
def test_a_bare_carrying_commitment_takes_the_thing_asked_before(note: str, thing: str) -> None:
    (text,) = _commitments(note)
    assert thing in text


@pytest.mark.parametrize(
    "note",
    ["福寿堂 老板娘想让我们搞个买赠,下次带过来", "福寿堂 答应下回把样品捎过去"],
)
def test_an_action_or_a_named_thing_is_not_taken_as_the_object(note: str) -> None:
    (text,) = _commitments(note)
    assert "(" not in text
