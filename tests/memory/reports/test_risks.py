"""A competitive threat in a saved note is kept as a risk on the account: in its briefing (the lead's
changes, the details, a talking point) and in the team's at-risk list; taking the note back takes it
away. On SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from bot.context import AppContext
from bot.flows.briefing import BriefingFlow
from bot.views import texts
from memory.base.db import Database
from memory.notes.revisions import take_back
from memory.reports.team import team_summary
from memory.schema.models import AccountRisk, RawNote
from tests.conftest import SAMPLE, import_into, intake_for

D = dt.date(2026, 6, 3)
THREAT = "采购说扣率再不往上调,下个月就不订六味了"


def _save(db: Database, text: str) -> int:
    intake = intake_for(db)
    taken = intake.take(text=text, note_date=D, rep="赵磊", channel="chat")
    intake.confirm(raw_note_id=taken.raw_note_id, extraction=taken.extraction)
    return taken.raw_note_id


def test_a_threat_is_kept_on_the_account_and_shown(any_db: Database) -> None:
    import_into(any_db, SAMPLE / "catalog.yaml", SAMPLE / "customers.csv", SAMPLE / "reps.csv")
    raw_id = _save(any_db, f"惠民药房 王店长在。{THREAT}")
    flow = BriefingFlow(AppContext.build(db=any_db))
    brief = flow.brief(user="赵磊", query="惠民", today=D + dt.timedelta(days=1))
    assert brief.data is not None and [r.kind for r in brief.data.risks] == ["stop_ordering"]
    lead = brief.replies[0].text
    assert texts.t("brief.lead_threat", text=brief.data.risks[0].text) in lead
    assert brief.data.talking_points[0].kind == "threat"
    with any_db.session() as session:
        summary = team_summary(
            session=session, rep_ids=None, since=D, until=D + dt.timedelta(days=1), policy=flow.ctx.policy
        )
        assert ["threat" in r.reasons for r in summary.at_risk if r.customer == "东城惠民大药房"] == [True]
        raw = session.get(RawNote, raw_id)
        assert raw is not None
        take_back(session=session, raw=raw)
    with any_db.session() as session:
        assert session.scalars(select(AccountRisk)).all() == []  # undone with its note
