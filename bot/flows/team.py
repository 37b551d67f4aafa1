"""Team summaries, their chart and the Excel export, for managers on any transport."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from bot.views import texts
from bot.views.charts import team_chart
from bot.views.replies import Reply
from memory.accounts.people import get_person, require_manager, visible_rep_ids
from memory.base.db import Database
from memory.base.errors import KeqingError
from memory.base.settings import get_settings
from memory.llm.client import chat_model
from memory.llm.phrase import phrase
from memory.reports.cadence import load_policy
from memory.reports.export import export_workbook
from memory.reports.periods import period_of
from memory.reports.team import TeamSummary, team_summary, weekly_visits
from prompts import load_texts

MAX_RISKS = 10


def manager_rights(session: Session, user: str) -> set[int] | None:
    """The team a manager sees; raises for a rep. The terminal with no --as is the shell's admin."""
    if not user:
        return None
    person = get_person(session=session, name=user)
    require_manager(person)
    return visible_rep_ids(session=session, person=person)


def render_team(team: TeamSummary) -> str:
    form = load_texts("messages")["team"]
    labels = load_texts("labels")
    lines = [form["title"].format(since=team.period.since, until=team.period.until), team.summary, ""]
    for rep in team.reps:
        lines.append(
            form["rep"].format(
                rep=rep.rep,
                visits=rep.visits,
                calls=rep.calls,
                contacted=rep.customers_contacted,
                owned=rep.customers_owned,
                coverage=f"{rep.coverage:.0%}",
                overdue=rep.overdue_customers,
            )
        )
    if team.at_risk:
        lines.append(form["at_risk"])
        for risk in team.at_risk[:MAX_RISKS]:
            reasons = "、".join(labels["risk"].get(r, r) for r in risk.reasons)
            lines.append(form["risk"].format(customer=risk.customer, rep=risk.rep or "-", reasons=reasons))
        if len(team.at_risk) > MAX_RISKS:
            lines.append(form["more"].format(count=len(team.at_risk) - MAX_RISKS))
    if team.competitors:
        lines.append(
            form["competitors"].format(
                competitors="、".join(f"{c.name}×{c.mentions}" for c in team.competitors[:5])
            )
        )
    if team.needs:
        needs = "、".join(f"{labels['need'].get(n.need, n.need)}×{n.count}" for n in team.needs[:5])
        lines.append(form["needs"].format(needs=needs))
    lines.append(form["commitments"].format(open=team.open_commitments, overdue=team.overdue_commitments))
    return "\n".join(lines)


class TeamFlow:
    def __init__(self, db: Database) -> None:
        self.db = db

    def team(self, *, user: str, words: str, today: dt.date) -> list[Reply]:
        period = period_of(words, today)
        if period is None:
            return [Reply(load_texts("messages")["team"]["period_unknown"].format(words=words))]
        since, until = period
        with self.db.session() as session:
            try:
                rights = manager_rights(session, user)
            except KeqingError as exc:
                return [Reply(texts.error_text(exc))]
            team = team_summary(
                session=session,
                rep_ids=rights,
                since=since,
                until=until,
                policy=load_policy(get_settings().home),
            )
            weekly = weekly_visits(session=session, rep_ids=rights, since=since, until=until)
        model = chat_model(get_settings(), self.db)
        if model is not None:
            facts = render_team(team)
            team.summary = (
                phrase(model, prompt="team_summary_llm", facts=facts, purpose="team") or team.summary
            )
        return [Reply(render_team(team), photo=team_chart(team, weekly))]

    def export(self, *, user: str, words: str, today: dt.date) -> list[Reply]:
        since, until = period_of(words, today) or period_of("", today) or (today, today)
        with self.db.session() as session:
            try:
                rights = manager_rights(session, user)
            except KeqingError as exc:
                return [Reply(texts.error_text(exc))]
            data = export_workbook(session=session, rep_ids=rights, since=since, until=until)
        form = load_texts("messages")
        name = form["export"]["filename"].format(since=since, until=until)
        return [Reply(form["team"]["export_caption"].format(since=since, until=until), document=(name, data))]
