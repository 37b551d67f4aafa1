"""Corrections, small talk, other and the due list, routed in the chat, on real SQLite (dev company)."""

import datetime as dt

from sqlalchemy import select

from bot.assistant import Assistant
from memory.base.db import Database
from memory.schema.models import RawNote, Visit
from tests.conftest import app_context

DAY = dt.date(2026, 3, 19)
NOTE = "福康药店老板娘说风油精又卖了十瓶 现结"


def visits(db: Database) -> int:
    with db.session() as session:
        return len(session.scalars(select(Visit)).all())


def test_a_correction_of_a_card_not_yet_saved_offers_edit_or_discard(dev_db: Database) -> None:
    assistant = Assistant(app_context(dev_db))
    card = assistant.handle_text(user="张伟", text=NOTE, today=DAY)[-1]
    raw = card.choices[0].action.split(":")[1]
    reply = assistant.handle_text(user="张伟", text="刚发那条搞错了,别存", today=DAY)[0]
    assert "福康" in reply.text
    assert [c.action for c in reply.choices] == [f"edit:{raw}", f"discard:{raw}"]


def test_a_correction_of_a_saved_note_offers_undo_or_edit(dev_db: Database) -> None:
    assistant = Assistant(app_context(dev_db))
    card = assistant.handle_text(user="张伟", text=NOTE, today=DAY)[-1]
    assistant.choose(user="张伟", action=card.choices[0].action)
    assert visits(dev_db) == 1
    reply = assistant.handle_text(user="张伟", text="上一条记错了", today=DAY)[0]
    undo, reedit = (c.action for c in reply.choices)
    assert "高店镇福康药店" in reply.text and undo.startswith("undo:") and reedit.startswith("reedit:")
    assert "已撤销" in assistant.choose(user="张伟", action=undo)[0].text
    assert visits(dev_db) == 0
    assert "没有可以" in assistant.choose(user="张伟", action=undo)[0].text  # once only


def test_a_saved_note_edited_again_is_saved_with_the_edit(dev_db: Database) -> None:
    assistant = Assistant(app_context(dev_db))
    card = assistant.handle_text(user="张伟", text=NOTE, today=DAY)[-1]
    assistant.choose(user="张伟", action=card.choices[0].action)
    reply = assistant.handle_text(user="张伟", text="刚才那个不对 要改", today=DAY)[0]
    assert "字段" in assistant.choose(user="张伟", action=reply.choices[1].action)[0].text
    edited = assistant.handle_text(user="张伟", text="付款: 月结", today=DAY)[0]
    assistant.choose(user="张伟", action=edited.choices[0].action)
    with dev_db.session() as session:
        visit = session.scalars(select(Visit)).one()
        assert visit.payment_terms == "monthly"
        assert [r.status for r in session.scalars(select(RawNote))] == ["saved"]


def test_a_correction_with_nothing_to_correct(dev_db: Database) -> None:
    reply = Assistant(app_context(dev_db)).handle_text(user="李娜", text="刚才那条不对", today=DAY)[0]
    assert "没有可以更正" in reply.text and not reply.choices


def test_small_talk_gets_a_friendly_reply_and_a_hint_and_is_not_stored(dev_db: Database) -> None:
    assistant = Assistant(app_context(dev_db))
    hello = assistant.handle_text(user="李娜", text="晚上好呀", today=DAY)[0].text
    assert "拜访" in hello  # the hint
    assert "不客气" in assistant.handle_text(user="李娜", text="多谢多谢", today=DAY)[0].text
    assert "客情助手" in assistant.handle_text(user="李娜", text="你都会干点啥", today=DAY)[0].text
    with dev_db.session() as session:
        assert session.scalars(select(RawNote)).all() == []


def test_how_the_day_went_gets_a_word_of_sympathy_not_a_greeting(dev_db: Database) -> None:
    assistant = Assistant(app_context(dev_db))
    for text in ("跑了一上午乡镇 腰酸得不行", "唉 这周真是憋屈"):
        assert "辛苦" in assistant.handle_text(user="李娜", text=text, today=DAY)[0].text, text


def test_other_gets_a_short_help(dev_db: Database) -> None:
    assistant = Assistant(app_context(dev_db))
    for text in ("帮我订一间今晚的宾馆", "。。。"):
        assert "帮不上" in assistant.handle_text(user="李娜", text=text, today=DAY)[0].text


def test_the_due_list_of_tomorrow(saved_dev: Database) -> None:
    reply = Assistant(app_context(saved_dev)).handle_text(user="李娜", text="明儿个该跑哪几家", today=DAY)[0]
    assert "2026-03-20" in reply.text
