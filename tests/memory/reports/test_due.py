"""The day's due list: a contact the last note planned makes the account due that day (contract
`today --json`, reason planned), cadence does otherwise; late commitments are flagged overdue."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.flows.today import TodayFlow
from bot.views import texts
from memory.base.db import Database
from tests.conftest import app_context, intake_for

MONDAY = dt.date(2026, 6, 1)


def _save(db: Database, text: str, day: dt.date, rep: str = "赵磊") -> None:
    intake = intake_for(db)
    taken = intake.take(text=text, note_date=day, rep=rep, channel="cli")
    intake.confirm(raw_note_id=taken.raw_note_id, extraction=taken.extraction)


@pytest.mark.parametrize(
    "text",
    ["惠民药房 王店长在,六味还有十盒,约好这周四再过去看看", "去了趟惠民药房 跟王店长聊了会 周四我再去一趟"],
)
def test_a_planned_contact_makes_the_account_due_on_its_day(sample_db: Database, text: str) -> None:
    _save(sample_db, text, MONDAY)
    flow = TodayFlow(app_context(sample_db))
    thursday = MONDAY + dt.timedelta(days=3)
    before = flow.today(user="赵磊", day=thursday - dt.timedelta(days=1)).data
    on_the_day = flow.today(user="赵磊", day=thursday).data
    later = flow.today(user="赵磊", day=thursday + dt.timedelta(days=2)).data
    assert before is not None and on_the_day is not None and later is not None
    assert "东城惠民大药房" not in [d.name for d in before.due]  # urban cadence: 15 days, not yet
    planned = next(d for d in on_the_day.due if d.name == "东城惠民大药房")
    assert (planned.reason, planned.next_due, planned.days_overdue) == ("planned", thursday, 0)
    assert next(d for d in later.due if d.name == "东城惠民大药房").days_overdue == 2


def test_a_contact_after_the_plan_takes_the_account_off_the_list(sample_db: Database) -> None:
    _save(sample_db, "惠民药房 王店长在,约好周三再去", MONDAY)
    _save(sample_db, "惠民药房 王店长电话里说货到了", MONDAY + dt.timedelta(days=1))
    data = TodayFlow(app_context(sample_db)).today(user="赵磊", day=MONDAY + dt.timedelta(days=3)).data
    assert data is not None and "东城惠民大药房" not in [d.name for d in data.due]


def test_a_late_commitment_is_flagged_overdue(sample_db: Database) -> None:
    _save(sample_db, "惠民药房 王店长要海报,我答应周二给他送过去", MONDAY)
    day = MONDAY + dt.timedelta(days=4)
    result = TodayFlow(app_context(sample_db)).today(user="赵磊", day=day)
    assert result.data is not None
    due = result.data.to_json()["commitments_due"]
    assert [c["overdue"] for c in due] == [True]  # type: ignore[index]
    assert texts.t("today.commitment_overdue").strip() in result.text
