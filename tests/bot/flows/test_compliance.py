"""Compliance in the chat (bot/assistant.py): the card shows findings, an adverse event becomes a
safety report the rep confirms, an inducement is reworded or confirmed, or blocked by the company."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from bot.assistant import Assistant
from bot.flows.compliance import ComplianceFlow
from memory.base.db import Database
from memory.base.settings import get_settings
from memory.compliance.reports import list_reports
from memory.schema.models import RawNote, Visit
from tests.conftest import SAMPLE, app_context, import_into

R = dt.date(2026, 5, 13)
EVENT = (
    "西山卫生院 周院长说有个病人吃了头孢克肟以后起了一身红疹,停药才好。"
    "病人叫刘桂香 电话13911112222。克肟订了二十盒"
)
PAID = "惠民药房 给王店长塞了一张一千块的京东卡 让她多推六味。六味卖了30瓶"


@pytest.fixture
def labelled(db: Database) -> Database:
    import_into(db, SAMPLE / "catalog_labels.yaml", SAMPLE / "customers.csv", SAMPLE / "reps.csv")
    return db


def actions(reply: object) -> list[str]:
    return [c.action.split(":")[0] for c in reply.choices]  # type: ignore[attr-defined]


def test_an_adverse_event_on_the_card_is_saved_with_a_safety_report(labelled: Database) -> None:
    assistant = Assistant(app_context(labelled))
    card = assistant.handle_text(user="孙婷", text=EVENT, today=R)[-1]
    assert "疑似不良事件" in card.text and "起了一身红疹" in card.text and "患者隐私" in card.text
    assert card.text.index("疑似不良事件") > card.text.index("客情")  # right above the buttons
    ask = assistant.choose(user="孙婷", action=card.choices[0].action)[0]
    assert actions(ask) == ["report", "edit"] and "24 小时" in ask.text
    with labelled.session() as session:
        assert session.scalars(select(Visit)).first() is None  # nothing saved before the rep confirms
    done = assistant.choose(user="孙婷", action=ask.choices[0].action)[0]
    assert "1 份安全报告" in done.text
    with labelled.session() as session:
        (report,) = list_reports(session=session)
        visit = session.scalars(select(Visit)).one()
        assert report.product == "头孢克肟分散片" and report.rep == "孙婷"
        assert report.customer == "西山镇中心卫生院" and "红疹" in report.what_happened
        assert report.reported_on == R and report.raw_note_id == visit.raw_note_id
        stored = str(visit.record) + visit.summary
        assert "刘桂香" not in stored and "13911112222" not in stored  # the patient is masked
        assert "刘**" in stored and "139********" in stored
        assert session.scalars(select(RawNote.text)).one() == EVENT  # the rep's own words are kept
    assert "头孢克肟分散片" in assistant.command(user="", name="safety", args="")[0].text  # /safety
    flow = ComplianceFlow(app_context(labelled))
    admin = flow.safety(user=None).text
    assert "头孢克肟分散片" in admin and "孙婷" in admin
    assert flow.safety(user="孙婷").data is None and "管理员" in flow.safety(user="孙婷").text


def test_an_inducement_is_reworded_or_confirmed(labelled: Database) -> None:
    assistant = Assistant(app_context(labelled))
    card = assistant.handle_text(user="赵磊", text=PAID, today=R)[-1]
    assert "不当利益" in card.text and "京东卡" in card.text
    ask = assistant.choose(user="赵磊", action=card.choices[0].action)[0]
    assert actions(ask) == ["reword", "ack"]
    assert "整条记录" in assistant.choose(user="赵磊", action=ask.choices[0].action)[0].text
    reworded = assistant.handle_text(user="赵磊", text="惠民药房 王店长说六味卖了30瓶", today=R)[-1]
    assert "不当利益" not in reworded.text
    assert "已保存" in assistant.choose(user="赵磊", action=reworded.choices[0].action)[0].text
    with labelled.session() as session:
        notes = session.scalars(select(RawNote).order_by(RawNote.id))
        assert [r.status for r in notes] == ["discarded", "saved"]

    card = assistant.handle_text(user="赵磊", text=PAID, today=R)[-1]
    ask = assistant.choose(user="赵磊", action=card.choices[0].action)[0]
    assert "已保存" in assistant.choose(user="赵磊", action=ask.choices[1].action)[0].text


def test_the_company_can_block_saving_an_inducement(
    labelled: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KEQING_BLOCK_INDUCEMENTS", "true")
    get_settings.cache_clear()
    assistant = Assistant(app_context(labelled))
    card = assistant.handle_text(user="赵磊", text=PAID, today=R)[-1]
    raw = card.choices[0].action.split(":")[1]
    for step in ("save", "ack", "report"):
        reply = assistant.choose(user="赵磊", action=f"{step}:{raw}")[0]
        assert actions(reply) == ["reword"] and "才能保存" in reply.text
    with labelled.session() as session:
        assert session.scalars(select(Visit)).first() is None
