"""Briefings, the due list, ticking commitments and reminders through the transport-independent core."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from bot.assistant import Assistant
from bot.reminders import morning_messages, set_reminders
from bot.views import texts
from memory.accounts.people import link_telegram
from memory.base.db import Database
from memory.schema.models import Commitment, Customer, Person
from prompts import load_texts
from tests.conftest import app_context

D = dt.date(2026, 3, 19)


def _id(db: Database, name: str) -> int:
    with db.session() as session:
        return session.scalars(select(Customer.id).where(Customer.name == name)).one()


def test_a_briefing_request_in_plain_words(saved_dev: Database) -> None:
    assistant = Assistant(app_context(saved_dev))
    reply = assistant.handle_text(user="李娜", text="明天去百姓,帮我准备一下", today=D)[0]
    tomorrow = D + dt.timedelta(days=1)
    assert (
        texts.t("brief.title", name="城关百姓大药房", date=tomorrow) in reply.text
    )  # briefed for the day asked
    assert len(reply.text.splitlines()) <= 6  # the title and five lines; the rest behind 更多
    more, *ticks_ = reply.choices
    assert more.action == f"more:{_id(saved_dev, '城关百姓大药房')}:{tomorrow}"
    details = assistant.choose(user="李娜", action=more.action, today=D)[0].text
    assert load_texts("messages")["brief"]["points"] in details
    ticks = [c.action for c in ticks_ if c.action.startswith("kept:")]
    assert ticks and [c.action.split(":")[0] for c in ticks_[:2]] == ["point", "point"]  # ✔ ✖ today's point

    done = assistant.choose(user="李娜", action=ticks[0], today=D)[0]
    assert "已兑现" in done.text
    with saved_dev.session() as session:
        commitment = session.get(Commitment, int(ticks[0].split(":")[1]))
        assert commitment is not None and (commitment.status, commitment.kept_on) == ("kept", D)
    again = assistant.handle_text(user="李娜", text="百姓帮我准备一下", today=D)[0]
    assert f"kept:{ticks[0].split(':')[1]}" not in [c.action for c in again.choices]


def test_several_matches_are_offered_as_buttons_and_others_accounts_are_hidden(saved_dev: Database) -> None:
    assistant = Assistant(app_context(saved_dev))
    reply = assistant.handle_text(user="李娜", text="益康帮我准备一下", today=D)[0]
    assert reply.text == "是哪一家?"
    assert {c.label for c in reply.choices} == {"📋 益康大药房连锁总部", "📋 益康大药房人民路店"}
    brief = assistant.choose(user="李娜", action=reply.choices[0].action, today=D)[0]
    assert "拜访简报" in brief.text
    refused = assistant.handle_text(user="张伟", text="百姓大药房帮我准备一下", today=D)[0]
    assert "拜访简报" not in refused.text
    with saved_dev.session() as session:
        zhang = session.scalars(select(Person.id).where(Person.name == "张伟")).one()
        his = session.scalars(select(Commitment.id).where(Commitment.rep_id == zhang)).first()
    assert "找不到这条承诺" in assistant.choose(user="李娜", action=f"kept:{his}", today=D)[0].text


def test_today_in_chat(saved_dev: Database) -> None:
    text = (
        Assistant(app_context(saved_dev)).today.today(user="张伟", day=dt.date(2026, 3, 31)).replies[0].text
    )
    assert "该去的客户" in text and "高店镇卫生院" in text and "李庄村卫生室" not in text


def test_morning_and_birthday_reminders(saved_dev: Database) -> None:
    with saved_dev.session() as session:
        link_telegram(session=session, name="李娜", telegram_id=7001)
    messages = morning_messages(app_context(saved_dev), dt.date(2026, 3, 31))
    assert [chat for chat, _ in messages] == [7001]
    assert "早上好,李娜" in messages[0][1] and "益康大药房连锁总部" in messages[0][1]
    birthday = morning_messages(app_context(saved_dev), dt.date(2026, 1, 19))  # 刘店长: 01-20
    assert any("明天是 城关百姓大药房 刘店长 的生日" in text for _, text in birthday)
    set_reminders(saved_dev, name="李娜", on=False)
    assert morning_messages(app_context(saved_dev), dt.date(2026, 3, 31)) == []
