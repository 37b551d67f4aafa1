"""A scripted two weeks of a rep (赵磊) and his manager (钱经理) at 华康医药, every step's reply checked:
a note's card edited section by section and a cancel, saved; the day's route from the plans and a late
commitment; a briefing's first five lines; ✔/✖ on its talking points; a later note that changes the
quantities and keeps a commitment; the manager's team summary and the export's product sheet, read back
with openpyxl. Through the assistant (what Telegram and the terminal call) and the CLI (`keqing`)."""

from __future__ import annotations

import datetime as dt
import io
import json

from openpyxl import load_workbook
from typer.testing import CliRunner

from bot.assistant import Assistant
from bot.cli.app import app
from bot.views import texts
from bot.views.replies import Reply
from memory.base.db import Database
from prompts import load_texts
from tests.conftest import app_context

REP, MANAGER = "赵磊", "钱经理"
MON = dt.date(2026, 5, 11)
NOTE = (
    "惠民药房 王店长说六味上个月卖了30瓶,库存还剩8瓶。王店长想要一沓价签,我下次带过去。"
    "对面在搞同仁堂六味买二送一,王店长说我们再不给活动,下个月就不进六味了。下周三再来"
)
# One short reply per section of the card, and what the edited record then holds.
EDITS = [
    ("visit_date", "5月10号", lambda r: r.visit_date == dt.date(2026, 5, 10)),
    ("contacts", "王店长 电话 13900001234", lambda r: r.contacts[0].phone == "13900001234"),
    ("products", "六味 进货 24瓶", lambda r: ("order", 24) in [(p.kind, p.quantity) for p in r.products]),
    ("competitors", "蓝芩 降价两块", lambda r: "蓝芩口服液(扬子江)" in [c.name for c in r.competitors]),
    ("needs", "加 培训", lambda r: "training" in r.needs),
    ("commitments", "删掉第1条", lambda r: r.commitments == []),
    (
        "commitments",
        "下周一带价签过去",  # the Monday after the visit day (now Sunday 10th)
        lambda r: r.commitments[-1].due == dt.date(2026, 5, 11),
    ),
    ("next_visit", "5月20号", lambda r: r.next_visit == dt.date(2026, 5, 20)),
    ("payment_terms", "月结", lambda r: r.payment_terms == "monthly"),
    ("supplier", "国药", lambda r: r.supplier == "国药控股"),
    ("channel", "拜访", lambda r: r.channel == "visit"),
    ("sentiment", "一般", lambda r: r.sentiment == "neutral"),
    ("customer", "东城惠民大药房", lambda r: r.customer.type == "pharmacy" and r.customer.area == "urban"),
]


class Story:
    def __init__(self, db: Database) -> None:
        self.assistant = Assistant(app_context(db))

    def say(self, text: str, day: dt.date, user: str = REP) -> list[Reply]:
        return self.assistant.handle_text(user=user, text=text, today=day)

    def press(self, action: str, day: dt.date, user: str = REP) -> list[Reply]:
        return self.assistant.choose(user=user, action=action, today=day)

    def edit(self, card: Reply, section: str, reply: str, day: dt.date) -> Reply:
        pick = self.press(_action(card, "edit:"), day)[0]
        assert pick.text == texts.t("edit_pick")
        self.press(_action(pick, f":{section}"), day)
        return self.say(reply, day)[-1]

    def save(self, card: Reply, day: dt.date) -> str:
        return self.press(_action(card, "save:"), day)[0].text


def _action(reply: Reply, part: str) -> str:
    return next(c.action for c in reply.choices if part in c.action)


def _lead(key: str) -> str:
    """The emoji a line of the briefing's lead opens with (prompts/messages.yaml brief.<key>)."""
    return str(load_texts("messages")["brief"][key])[0]


def _cli(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.stdout
    return result.stdout


def test_two_weeks_of_a_rep_and_a_manager(sample_db: Database) -> None:
    story = Story(sample_db)
    assistant = story.assistant

    # Monday: the note, its card, every section edited, a cancel, then saved.
    card = story.say(NOTE, MON)[-1]
    assert "东城惠民大药房" in card.text and "价签" in card.text  # the commitment kept its object
    for section, reply, holds in EDITS:
        card = story.edit(card, section, reply, MON)
        pending = assistant.notes.current(REP)
        assert pending is not None
        record = pending.record
        assert holds(record), section
        assert record.summary and record.customer.name in record.summary  # written again after the edit
    before = card.text
    story.press(_action(story.press(_action(card, "edit:"), MON)[0], ":products"), MON)
    cancelled = story.say("算了", MON)
    assert cancelled[0].text == texts.t("edit_cancelled") and cancelled[-1].text == before
    assert story.save(card, MON) == texts.t("saved", customer="东城惠民大药房")

    # Tuesday: a late-to-be commitment at the village clinic.
    clinic = story.say("红旗卫生室 头孢克肟还有3盒,村医要说明书,我15号前送过去", MON + dt.timedelta(days=1))
    assert story.save(clinic[-1], MON + dt.timedelta(days=1)).startswith(texts.t("saved", customer="")[:3])

    # Wednesday of week two: the route follows the plan; the clinic's commitment is late.
    wed = dt.date(2026, 5, 20)
    route = story.assistant.command(user=REP, name="today", args="", today=wed)
    assert route is not None and texts.t("today.planned_today", last="2026-05-10") in route[0].text
    due = json.loads(_cli("today", "--date", wed.isoformat(), "--rep", REP, "--json"))
    reasons = {d["customer"]: d["reason"] for d in due["due"]}
    assert reasons["东城惠民大药房"] == "planned"
    late = [c for c in due["commitments_due"] if c["customer"] == "红旗村卫生室"]
    assert late and late[0]["overdue"] is True

    # The briefing walking in: a title and five lines, the rest behind 更多.
    brief = story.say("今天去惠民,帮我准备一下", wed)[0]
    lines = brief.text.splitlines()
    assert lines[0] == texts.t("brief.title", name="东城惠民大药房", date=wed)
    leads = ("lead_last", "lead_changes", "lead_open", "lead_today", "lead_contact")
    assert [line[0] for line in lines[1:6]] == [_lead(key) for key in leads] and len(lines) == 6
    assert "13900000001" in lines[5] and "东城街道中山路8号" in lines[5]
    assert texts.t("brief.lead_threat", text="") + "王店长说我们再不给活动" in lines[2]  # the threat, kept

    # Talking points: ✖ one with a reason, ✔ another; the dismissed one is not suggested again.
    details = story.press(_action(brief, "more:"), wed)[0]
    assert load_texts("messages")["brief"]["points"] in details.text
    points = [c.action for c in details.choices if c.action.startswith("point:")]
    dismissed, done = points[1], points[2]
    assert story.press(dismissed, wed)[0].text.startswith(texts.t("point.dismissed", text="")[:4])
    assert story.say("王店长不管这块", wed)[0].text == texts.t("point.reason_kept")
    assert story.press(done, wed)[0].text.startswith("👍")
    again = story.press(_action(story.say("惠民帮我准备一下", wed)[0], "more:"), wed)[0]
    assert dismissed not in [c.action for c in again.choices]

    # Thursday: a later visit changes the quantities and keeps the commitment.
    thu = wed + dt.timedelta(days=1)
    later = story.say("惠民药房 价签带过去了,王店长说六味这个月卖了45瓶,库存还剩12瓶", thu)[-1]
    assert story.save(later, thu) == texts.t("saved", customer="东城惠民大药房")
    changed = story.say("惠民帮我准备一下", thu + dt.timedelta(days=1))[0].text.splitlines()
    assert changed[2].startswith(texts.t("brief.lead_changes", changes="")) and "30→45" in changed[2]

    # Friday: the manager's week, and the export's product sheet.
    fri = thu + dt.timedelta(days=1)
    team = assistant.command(user=MANAGER, name="team", args="本月", today=fri)
    assert team is not None
    risk_labels = load_texts("labels")["risk"]
    assert risk_labels["threat"] in team[0].text and "东城惠民大药房" in team[0].text
    assert texts.t("team.point_follows", follows="")[:4] in team[0].text
    summary = json.loads(_cli("team", "--since", "2026-05-01", "--until", fri.isoformat(), "--json"))
    kinds = {p["kind"]: p for p in summary["talking_points"]}
    assert (
        sum(p["followed"] for p in kinds.values()) == 1 and sum(p["dismissed"] for p in kinds.values()) == 1
    )
    export = assistant.command(user=MANAGER, name="export", args="本月", today=fri)
    assert export is not None and export[0].document is not None
    book = load_workbook(io.BytesIO(export[0].document[1]))
    words = load_texts("messages")["export"]
    sheet = book[words["products"]]
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == words["product_headers"]
    assert sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A1:")
    sold = [r for r in rows[1:] if r[2] == "东城惠民大药房" and r[3] == "六味地黄丸" and r[5] == 45]
    assert len(sold) == 1 and sold[0][1] == REP and sold[0][6] == "瓶"
    assert sold[0][0].date() == thu if isinstance(sold[0][0], dt.datetime) else sold[0][0] == thu
