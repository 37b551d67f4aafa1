"""After a crash, notes stored and read but never confirmed are offered back on the rep's next
message ("你有 N 条记录还没确认"), one button each that brings back the note's card."""

from __future__ import annotations

import datetime as dt

from bot.assistant import Assistant
from memory.base.db import Database
from tests.conftest import app_context

DAY = dt.date(2026, 5, 13)


def test_notes_whose_cards_were_lost_are_offered_back_after_a_restart(sample_db: Database) -> None:
    before = Assistant(app_context(sample_db))
    before.handle_text(user="赵磊", text="惠民药房 王店长说六味卖了30瓶", today=DAY)
    before.handle_text(user="赵磊", text="红旗卫生室 村医说板蓝根还剩五盒", today=DAY)
    before.handle_text(user="孙婷", text="西山卫生院 院长说下月开始月结", today=DAY)
    after = Assistant(app_context(sample_db))  # the process died before anyone pressed a button
    replies = after.handle_text(user="赵磊", text="第一次拜访诊所要注意什么?", today=DAY)
    offer = replies[0]
    assert "2 条记录还没确认" in offer.text
    assert [c.label.split()[-1] for c in offer.choices] == ["红旗村卫生室", "东城惠民大药房"]
    card = after.choose(user="赵磊", action=offer.choices[1].action, today=DAY)[0]
    assert "东城惠民大药房" in card.text and any(c.action.startswith("save:") for c in card.choices)
    saved = after.choose(user="赵磊", action=next(c.action for c in card.choices if c.action[:5] == "save:"))
    assert "已保存" in saved[0].text
    # offered once per process start, and never someone else's notes
    again = after.handle_text(user="赵磊", text="平安堂西山店 店员说六味卖完了", today=DAY)
    assert not any("还没确认" in r.text for r in again)
    other = after.handle_text(user="孙婷", text="李氏诊所 李医生说感冒灵要补货", today=DAY)
    assert "1 条记录还没确认" in other[0].text and "西山镇中心卫生院" in other[0].choices[0].label


def test_nothing_is_offered_when_every_note_was_confirmed(sample_db: Database) -> None:
    first = Assistant(app_context(sample_db))
    card = first.handle_text(user="赵磊", text="惠民药房 店长说感冒灵卖了20盒", today=DAY)[-1]
    first.choose(user="赵磊", action=next(c.action for c in card.choices if c.action[:8] == "discard:"))
    replies = Assistant(app_context(sample_db)).handle_text(user="赵磊", text="今天有啥要去的?", today=DAY)
    assert not any("还没确认" in r.text for r in replies)
