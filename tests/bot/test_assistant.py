"""The transport-independent assistant: the note flow of a rep, on real SQLite."""

import datetime as dt

from sqlalchemy import select

from bot.assistant import Assistant
from memory.base.db import Database
from memory.schema.models import RawNote, Visit
from tests.conftest import app_context

R = dt.date(2026, 5, 13)


def raw_id(db: Database) -> int:
    with db.session() as session:
        return session.scalars(select(RawNote.id)).one()


def statuses(db: Database) -> list[str]:
    with db.session() as session:
        return [r.status for r in session.scalars(select(RawNote).order_by(RawNote.id))]


def test_note_card_edit_and_save(sample_db: Database) -> None:
    assistant = Assistant(app_context(sample_db))
    replies = assistant.handle_text(user="赵磊", text="惠明药房 王店长说六味卖了30瓶,下周一再来", today=R)
    card = replies[-1]
    assert "东城惠民大药房" in card.text and "30瓶" in card.text and "2026-05-18" in card.text
    save, edit, discard = (c.action for c in card.choices)
    assert [save, edit, discard] == [f"{kind}:{raw_id(sample_db)}" for kind in ("save", "edit", "discard")]
    assert statuses(sample_db) == ["extracted"]  # stored before the rep decides

    assert "字段" in assistant.choose(user="赵磊", action=edit)[0].text
    assert "看不懂" in assistant.handle_text(user="赵磊", text="下次: 改天吧", today=R)[0].text
    edited = assistant.handle_text(user="赵磊", text="下次: 5月20号", today=R)[0]
    assert "2026-05-20" in edited.text
    assistant.choose(user="赵磊", action=edit)
    edited = assistant.handle_text(user="赵磊", text="客户: 平安堂西山店", today=R)[0]
    assert "平安堂西山店" in edited.text

    assert "已保存" in assistant.choose(user="赵磊", action=save)[0].text
    with sample_db.session() as session:
        visit = session.scalars(select(Visit)).one()
        assert visit.customer is not None and visit.customer.name == "平安堂西山店"
        assert visit.next_visit == dt.date(2026, 5, 20)
    assert statuses(sample_db) == ["saved"]


def test_discard_keeps_the_raw_text(sample_db: Database) -> None:
    assistant = Assistant(app_context(sample_db))
    save, _edit, discard = (
        c.action for c in assistant.handle_text(user="赵磊", text="惠民药房 王店长在", today=R)[-1].choices
    )
    assert "放弃" in assistant.choose(user="赵磊", action=discard)[0].text
    assert statuses(sample_db) == ["discarded"]
    assert "已经放弃" in assistant.choose(user="赵磊", action=save)[0].text


def test_a_button_on_an_older_card_acts_on_that_cards_note(sample_db: Database) -> None:
    assistant = Assistant(app_context(sample_db))
    first = assistant.handle_text(user="赵磊", text="惠明药房 王店长说六味卖了30瓶", today=R)[-1]
    replies = assistant.handle_text(user="赵磊", text="平安堂西山店 刘店长要了二十盒六味", today=R)
    assert "按钮照样能用" in replies[0].text
    second = replies[-1]
    assert "已保存:东城惠民大药房" in assistant.choose(user="赵磊", action=first.choices[0].action)[0].text
    assert "已保存:平安堂西山店" in assistant.choose(user="赵磊", action=second.choices[0].action)[0].text
    with sample_db.session() as session:
        names = [v.customer.name for v in session.scalars(select(Visit).order_by(Visit.id)) if v.customer]
    assert names == ["东城惠民大药房", "平安堂西山店"]
    assert "已经保存" in assistant.choose(user="赵磊", action=first.choices[0].action)[0].text


def test_a_card_still_works_after_a_restart_with_its_edits(sample_db: Database) -> None:
    before = Assistant(app_context(sample_db))
    card = before.handle_text(user="赵磊", text="惠明药房 王店长说六味卖了30瓶,下周一再来", today=R)[-1]
    before.choose(user="赵磊", action=card.choices[1].action)
    edited = before.handle_text(user="赵磊", text="下次: 5月20号", today=R)[0]

    after = Assistant(app_context(sample_db))  # a new process: nothing in memory
    assert "没有待确认" in after.choose(user="孙婷", action=edited.choices[0].action)[0].text  # not hers
    assert "已保存" in after.choose(user="赵磊", action=edited.choices[0].action)[0].text
    with sample_db.session() as session:
        visit = session.scalars(select(Visit)).one()
        assert visit.next_visit == dt.date(2026, 5, 20) and visit.customer is not None
        assert visit.customer.name == "东城惠民大药房"
        assert session.scalars(select(RawNote.draft)).one() is None  # a saved note keeps no draft


def test_blank_emoji_and_thanks_are_not_taken_for_notes(sample_db: Database) -> None:
    assistant = Assistant(app_context(sample_db))
    assert "帮不上" in assistant.handle_text(user="赵磊", text="  ", today=R)[0].text
    assert not assistant.handle_text(user="赵磊", text="🎉🎉", today=R)[0].choices
    thanks = assistant.handle_text(user="赵磊", text="好的,辛苦了", today=R)
    assert len(thanks) == 1 and "不客气" in thanks[0].text
    assert statuses(sample_db) == []  # nothing of theirs is stored as a rejected note
    assert "东城惠民大药房" in assistant.handle_text(user="赵磊", text="惠明药房 老板不在", today=R)[-1].text


def test_questions_are_not_taken_for_notes(sample_db: Database) -> None:
    assistant = Assistant(app_context(sample_db))
    assert assistant.intent("第一次拜访诊所要注意什么?") == "question"
    assert assistant.intent("怎么跟连锁药店谈进场") == "question"
    assert assistant.intent("惠民药房 王店长说六味卖了30瓶") == "note"


def test_a_question_is_answered_from_the_playbook_with_sources(sample_db: Database) -> None:
    assistant = Assistant(app_context(sample_db))
    reply = assistant.handle_text(user="赵磊", text="第一次拜访诊所要注意什么?", today=R)[0]
    assert "[1]" in reply.text and "来源" in reply.text and "playbook#" in reply.text
    assert statuses(sample_db) == []  # a question is not a note


def test_an_alias_shared_by_two_accounts_offers_the_other_as_a_button(db: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import SAMPLE, import_into

    shared = tmp_path / "customers.csv"
    shared.write_text(
        (SAMPLE / "customers.csv").read_text(encoding="utf-8")
        + "南城惠民药店,惠民,pharmacy,urban,B,孙婷,,南城街道\n"
        + "北城惠民药店,惠民,pharmacy,urban,B,孙婷,,北城街道\n",
        encoding="utf-8",
    )
    import_into(db, SAMPLE / "catalog.yaml", shared)
    assistant = Assistant(app_context(db))
    card = assistant.handle_text(user="孙婷", text="惠民 王店长说六味卖了30瓶", today=R)[-1]
    assert "南城惠民药店" in card.text.splitlines()[1]  # the rep's own account first
    offered = [c.label for c in card.choices if c.action.startswith("customer:")]
    assert offered == ["🏪 北城惠民药店"]  # 东城惠民大药房 is 赵磊's: never offered to 孙婷
    other = next(c for c in card.choices if c.action.startswith("customer:"))
    switched = assistant.choose(user="孙婷", action=other.action)[0]
    assert "北城惠民药店" in switched.text.splitlines()[1]


def test_briefing_and_team_requests_are_recognised(sample_db: Database) -> None:
    assistant = Assistant(app_context(sample_db))
    assert assistant.intent("明天去惠民,帮我准备一下") == "briefing"
    assert assistant.intent("本周团队拜访情况怎么样?") == "team"
    assert assistant.intent("第一次拜访诊所要注意什么?") == "question"
    assert assistant.intent("惠民药房 王店长说六味卖了30瓶,下周一再来") == "note"
