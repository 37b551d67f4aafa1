"""Revoking access through the emulator and the real bot: a deactivated or unlinked person is refused
from their very next message, like a stranger, and leaves nothing; the token is in no log line."""

from __future__ import annotations

from sqlalchemy import func, select

from memory.accounts.people import link_telegram, set_active, unlink
from memory.base.db import Database
from memory.schema.models import RawNote
from tests.bot.telegram.conftest import TOKEN, Harness


def _raw_notes(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(RawNote)) or 0


def test_deactivated_and_unlinked_people_are_refused_at_once(sample_db: Database, telegram: Harness) -> None:
    with sample_db.session() as session:
        link_telegram(session=session, name="赵磊", telegram_id=5101)
        link_telegram(session=session, name="孙婷", telegram_id=5102)
    zhao, sun = telegram.user(5101, "赵磊"), telegram.user(5102, "孙婷")
    zhao.send("惠民药房 王店长说六味卖了30瓶")
    assert "东城惠民大药房" in zhao.replies()[0]["text"]
    with sample_db.session() as session:
        set_active(session=session, name="赵磊", active=False)
        unlink(session=session, name="孙婷")
    stored = _raw_notes(sample_db)
    zhao.send("红旗卫生室 村医说板蓝根卖了12盒")
    assert "只对已登记" in zhao.replies()[0]["text"]
    sun.send("西山卫生院 院长说下月起月结")
    assert "只对已登记" in sun.replies()[0]["text"]
    assert _raw_notes(sample_db) == stored
    assert TOKEN not in telegram.log.read_text(encoding="utf-8", errors="replace")
    assert telegram.bot_errors() == []
