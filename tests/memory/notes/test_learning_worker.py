"""Relearning after a corrected card runs on the process's one learning worker: saves do not pile up
threads, and what the last correction taught is learned once the worker is idle."""

import datetime as dt
import threading

from sqlalchemy import select

from memory.base.db import Database
from memory.notes.learning import WORKER, learn_later
from memory.schema.models import LearnedPhrase
from memory.schema.record import VisitRecord
from tests.conftest import intake_for

R = dt.date(2026, 5, 13)


def _learning_threads() -> int:
    return sum(t.name == "keqing-learning" for t in threading.enumerate())


def _save_corrected(db: Database, text: str, **fields: object) -> None:
    intake = intake_for(db)
    taken = intake.take(text=text, note_date=R, rep="赵磊", channel="cli")
    assert taken.extraction is not None
    record = VisitRecord.model_validate({**taken.extraction.record.to_json(), **fields})
    intake.confirm(raw_note_id=taken.raw_note_id, extraction=taken.extraction, record=record)


def test_many_corrected_saves_share_one_learning_worker(sample_db: Database) -> None:
    seen: list[int] = []
    for i in range(6):
        _save_corrected(sample_db, f"惠民药房 小蒋说六味卖了{i + 20}瓶", contacts=[])
        seen.append(_learning_threads())
    assert max(seen) <= 1
    assert WORKER.wait(60)
    assert _learning_threads() == 0


def test_requests_made_while_learning_are_not_lost(sample_db: Database) -> None:
    intake = intake_for(sample_db)
    for _ in range(5):
        learn_later(sample_db, intake.lexicon)
    # an ask's phrase is learned from five corrected notes (teach.py: the sign test)
    for text in (
        "惠民药房 王店长说想弄个灯箱",
        "惠民药房 小蒋问能不能弄个灯箱",
        "惠民药房 收银小周也说弄个灯箱好",
        "红旗卫生室 杨医生想弄个灯箱挂外头",
        "西山店 店长说门口要弄个灯箱",
    ):
        _save_corrected(sample_db, text, needs=["pos_material"])
    assert WORKER.wait(60)
    with sample_db.session() as session:
        learned = session.scalars(select(LearnedPhrase.phrase).where(LearnedPhrase.section == "need_phrases"))
        assert any(phrase in "想弄个灯箱" for phrase in learned)
    later = intake.take(text="惠民药房 王店长还想弄个灯箱挂门口", note_date=R, rep="赵磊", channel="cli")
    assert later.extraction is not None and "pos_material" in later.extraction.record.needs
