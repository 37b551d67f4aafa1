"""A rep who got an error or no answer sends the same note again: within the window, the same rep's
identical chat text of the same day is the same note (one raw note, one card, at most one visit);
anything else is a new note."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select, update

from bot.assistant import Assistant
from memory.base.db import Database
from memory.notes.intake import RESEND_WINDOW
from memory.schema.models import RawNote, Visit
from tests.conftest import app_context, intake_for

DAY = dt.date(2026, 5, 13)
NOTES = ["惠民药房 店长说六味这周卖了十二瓶", "红旗卫生室 村医想要板蓝根的宣传页,下周送去"]


def _count(db: Database, model: type[RawNote] | type[Visit]) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


@pytest.mark.parametrize("note", NOTES)
def test_a_resent_chat_note_is_the_same_note_until_it_is_saved(sample_db: Database, note: str) -> None:
    intake = intake_for(sample_db)
    first = intake.take(text=note, note_date=DAY, rep="赵磊", channel="chat")
    again = intake.take(text=note, note_date=DAY, rep="赵磊", channel="chat")
    assert again.raw_note_id == first.raw_note_id and again.extraction is not None
    assert again.problem is None and _count(sample_db, RawNote) == 1
    intake.confirm(raw_note_id=again.raw_note_id, extraction=again.extraction)
    after_save = intake.take(text=note, note_date=DAY, rep="赵磊", channel="chat")
    assert after_save.problem == "already_saved" and after_save.raw_note_id == first.raw_note_id
    assert (_count(sample_db, RawNote), _count(sample_db, Visit)) == (1, 1)


@pytest.mark.parametrize("note", NOTES)
def test_a_repeat_that_is_no_resend_is_a_new_note(sample_db: Database, note: str) -> None:
    intake = intake_for(sample_db)
    first = intake.take(text=note, note_date=DAY, rep="赵磊", channel="chat")
    other_rep = intake.take(text=note, note_date=DAY, rep="孙婷", channel="chat")
    other_day = intake.take(text=note, note_date=DAY + dt.timedelta(days=1), rep="赵磊", channel="chat")
    batch = intake.take(text=note, note_date=DAY, rep="赵磊", channel="cli")  # a file may repeat a line
    ids = {first.raw_note_id, other_rep.raw_note_id, other_day.raw_note_id, batch.raw_note_id}
    assert len(ids) == 4
    intake.discard(raw_note_id=first.raw_note_id)  # discarded, then written again: meant anew
    assert intake.take(text=note, note_date=DAY, rep="赵磊", channel="chat").raw_note_id not in ids


def test_the_same_text_after_the_window_is_a_new_note(sample_db: Database) -> None:
    intake = intake_for(sample_db)
    first = intake.take(text=NOTES[0], note_date=DAY, rep="赵磊", channel="chat")
    with sample_db.session() as session:
        long_ago = dt.datetime.now() - RESEND_WINDOW - dt.timedelta(hours=24)
        session.execute(update(RawNote).where(RawNote.id == first.raw_note_id).values(received_at=long_ago))
    later = intake.take(text=NOTES[0], note_date=DAY, rep="赵磊", channel="chat")
    assert later.raw_note_id != first.raw_note_id


@pytest.mark.parametrize("note", NOTES)
def test_in_chat_a_resent_note_gets_its_card_again_and_a_resent_saved_one_is_said_saved(
    sample_db: Database, note: str
) -> None:
    assistant = Assistant(app_context(sample_db))
    card = assistant.take_note(user="赵磊", text=note, today=DAY)[-1]
    again = assistant.take_note(user="赵磊", text=note, today=DAY)
    assert [r.choices for r in again] == [card.choices]  # the same card, no "previous note kept"
    save = next(c.action for c in card.choices if c.action.startswith("save:"))
    assistant.choose(user="赵磊", action=save)
    assert "已经保存过" in assistant.take_note(user="赵磊", text=note, today=DAY)[0].text
    assert _count(sample_db, Visit) == 1
