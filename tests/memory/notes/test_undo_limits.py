"""/undo takes back only the caller's own notes, saved in chat, within a day."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select, update

from bot.flows.notes import NoteFlow
from memory.base.db import Database
from memory.schema.models import RawNote, Visit
from tests.conftest import SAMPLE, app_context, import_into, intake_for

DAY = dt.date(2026, 5, 13)


def _visits(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(Visit)) or 0


def _chat_save(flow: NoteFlow, user: str, text: str) -> None:
    card = flow.take(user=user, text=text, today=DAY)[-1]
    save = next(c for c in card.choices if c.action.startswith("save:"))
    flow.choose(user=user, kind="save", value=save.action.partition(":")[2])


def test_undo_takes_back_a_note_saved_in_chat_today(any_db: Database) -> None:
    import_into(any_db, SAMPLE / "catalog.yaml", SAMPLE / "customers.csv", SAMPLE / "reps.csv")
    flow = NoteFlow(app_context(any_db))
    _chat_save(flow, "赵磊", "惠民药房 店长说六味卖了30瓶")
    assert _visits(any_db) == 1
    assert "已撤销" in flow.undo(user="赵磊")[0].text
    assert _visits(any_db) == 0


def test_undo_never_touches_imported_visits_or_another_reps_notes(any_db: Database) -> None:
    import_into(any_db, SAMPLE / "catalog.yaml", SAMPLE / "customers.csv", SAMPLE / "reps.csv")
    intake = intake_for(any_db)
    for text in ("红旗卫生室 村医说板蓝根卖了12盒", "平安堂西山店 店员说六味要补货"):
        taken = intake.take(text=text, note_date=DAY, rep="赵磊", channel="cli")  # an admin's import
        intake.confirm(raw_note_id=taken.raw_note_id, extraction=taken.extraction)
    flow = NoteFlow(app_context(any_db))
    _chat_save(flow, "孙婷", "李氏诊所 李医生说感冒灵用完了")
    for _ in range(3):
        assert "没有可以撤销" in flow.undo(user="赵磊")[0].text
    assert _visits(any_db) == 3


def test_undo_refuses_a_chat_note_saved_more_than_a_day_ago(any_db: Database) -> None:
    import_into(any_db, SAMPLE / "catalog.yaml", SAMPLE / "customers.csv", SAMPLE / "reps.csv")
    flow = NoteFlow(app_context(any_db))
    _chat_save(flow, "孙婷", "西山卫生院 院长说下月起月结")
    with any_db.session() as session:
        stamped = session.scalar(select(RawNote.received_at))
        assert stamped is not None
        session.execute(update(RawNote).values(received_at=stamped - dt.timedelta(hours=25)))
    assert "没有可以撤销" in flow.undo(user="孙婷")[0].text
    assert _visits(any_db) == 1
