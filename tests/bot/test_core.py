"""The transport-independent assistant: the note flow of a rep, on real SQLite."""

import datetime as dt

from sqlalchemy import select

from bot.core import Assistant, looks_like_question
from memory.db import Database
from memory.models import RawNote, Visit

R = dt.date(2026, 5, 13)


def statuses(db: Database) -> list[str]:
    with db.session() as session:
        return [r.status for r in session.scalars(select(RawNote).order_by(RawNote.id))]


def test_note_card_edit_and_save(sample_db: Database) -> None:
    assistant = Assistant(sample_db)
    replies = assistant.handle_text(user="赵磊", text="惠明药房 王店长说六味卖了30瓶,下周一再来", today=R)
    card = replies[-1]
    assert "东城惠民大药房" in card.text and "30瓶" in card.text and "2026-05-18" in card.text
    assert [c.action for c in card.choices] == ["save", "edit", "discard"]
    assert statuses(sample_db) == ["extracted"]  # stored before the rep decides

    assert "字段" in assistant.choose(user="赵磊", action="edit")[0].text
    assert "看不懂" in assistant.handle_text(user="赵磊", text="下次: 改天吧", today=R)[0].text
    edited = assistant.handle_text(user="赵磊", text="下次: 5月20号", today=R)[0]
    assert "2026-05-20" in edited.text
    assistant.choose(user="赵磊", action="edit")
    edited = assistant.handle_text(user="赵磊", text="客户: 平安堂西山店", today=R)[0]
    assert "平安堂西山店" in edited.text

    assert "已保存" in assistant.choose(user="赵磊", action="save")[0].text
    with sample_db.session() as session:
        visit = session.scalars(select(Visit)).one()
        assert visit.customer is not None and visit.customer.name == "平安堂西山店"
        assert visit.next_visit == dt.date(2026, 5, 20)
    assert statuses(sample_db) == ["saved"]


def test_discard_keeps_the_raw_text(sample_db: Database) -> None:
    assistant = Assistant(sample_db)
    assistant.handle_text(user="赵磊", text="惠民药房 王店长在", today=R)
    assert "放弃" in assistant.choose(user="赵磊", action="discard")[0].text
    assert statuses(sample_db) == ["discarded"]
    assert "没有待确认" in assistant.choose(user="赵磊", action="save")[0].text


def test_empty_and_emoji_notes_get_a_clear_message(sample_db: Database) -> None:
    assistant = Assistant(sample_db)
    assert "空的" in assistant.handle_text(user="赵磊", text="  ", today=R)[0].text
    assert "文字" in assistant.handle_text(user="赵磊", text="🎉🎉", today=R)[0].text
    assert statuses(sample_db) == ["rejected", "rejected"]


def test_questions_are_not_taken_for_notes() -> None:
    assert looks_like_question("第一次拜访诊所要注意什么?")
    assert looks_like_question("怎么跟连锁药店谈进场")
    assert not looks_like_question("惠民药房 王店长说六味卖了30瓶")


def test_a_question_is_answered_from_the_playbook_with_sources(sample_db: Database) -> None:
    assistant = Assistant(sample_db)
    reply = assistant.handle_text(user="赵磊", text="第一次拜访诊所要注意什么?", today=R)[0]
    assert "[1]" in reply.text and "来源" in reply.text and "playbook#" in reply.text
    assert statuses(sample_db) == []  # a question is not a note
