"""A need a later note reports met is no longer open in the briefing; one still unmet stays."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.context import AppContext
from bot.flows.briefing import BriefingFlow
from memory.base.db import Database
from tests.conftest import intake_for

D = dt.date(2026, 6, 10)


def _save(db: Database, text: str, day: dt.date) -> None:
    intake = intake_for(db)
    taken = intake.take(text=text, note_date=day, rep="赵磊", channel="chat")
    intake.confirm(raw_note_id=taken.raw_note_id, extraction=taken.extraction)


def _open_needs(db: Database, day: dt.date) -> list[str]:
    brief = BriefingFlow(AppContext.build(db=db)).brief(user="赵磊", query="惠民", today=day).data
    assert brief is not None
    return brief.open_needs


@pytest.mark.parametrize(
    "later", ["惠民药房 折页已经给王店长送到了", "惠民药房 上回说的价签带过去了,王店长挺高兴"]
)
def test_a_need_reported_met_later_is_not_open(sample_db: Database, later: str) -> None:
    _save(sample_db, "惠民药房 王店长想要价签和折页,还希望搞一次店员培训", D)
    assert set(_open_needs(sample_db, D + dt.timedelta(days=1))) == {"pos_material", "training"}
    _save(sample_db, later, D + dt.timedelta(days=7))
    assert _open_needs(sample_db, D + dt.timedelta(days=8)) == ["training"]
