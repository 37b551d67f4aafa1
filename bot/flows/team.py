"""Team summaries with their chart, for managers on any transport; a model may phrase the summary."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.context import AppContext
from bot.views import texts
from bot.views.charts import team_chart
from bot.views.replies import Outcome, Reply
from bot.views.team import render_team
from memory.accounts.access import manager_scope_for
from memory.base.errors import KeqingError
from memory.llm.phrase import phrase
from memory.reports.periods import period_of
from memory.reports.team import TeamSummary, team_summary, weekly_visits


@dataclass(frozen=True)
class TeamReport:
    summary: TeamSummary
    chart: bytes | None


class TeamFlow:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def for_words(self, *, user: str | None, words: str, today: dt.date) -> Outcome[TeamReport]:
        """/team 本周, 「上个月团队怎么样」: the period the words name (this month when they name none)."""
        period = period_of(words, today)
        if period is None:
            return Outcome.failed(texts.t("team.period_unknown", words=words))
        since, until = period
        return self.team(user=user, since=since, until=until, chart=True)

    def team(
        self, *, user: str | None, since: dt.date, until: dt.date, rep: str | None = None, chart: bool
    ) -> Outcome[TeamReport]:
        if since > until:
            return Outcome.failed(texts.t("bad_period", since=since, until=until))
        with self.ctx.db.session() as session:
            try:
                rep_ids = manager_scope_for(session=session, name=user, rep=rep)
            except KeqingError as exc:
                return Outcome.failed(texts.error_text(exc))
            summary = team_summary(
                session=session, rep_ids=rep_ids, since=since, until=until, policy=self.ctx.policy
            )
            weekly = (
                weekly_visits(session=session, rep_ids=rep_ids, since=since, until=until) if chart else {}
            )
        if self.ctx.model is not None:
            summary.summary = (
                phrase(self.ctx.model, prompt="team_summary_llm", facts=render_team(summary), purpose="team")
                or summary.summary
            )
        image = team_chart(summary, weekly) if chart else None
        return Outcome(TeamReport(summary, image), [Reply(render_team(summary), photo=image)])
