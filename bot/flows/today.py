"""The day's route for any transport: accounts due or overdue and commitments due, in the caller's scope."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.context import AppContext
from bot.views import texts
from bot.views.replies import Outcome, Reply
from bot.views.today import render_today
from memory.accounts.access import narrowed, scope_for
from memory.base.errors import KeqingError
from memory.reports.due import DueCommitment, DueCustomer, commitments_due, due_customers


@dataclass(frozen=True)
class DueList:
    day: dt.date
    due: list[DueCustomer]
    commitments: list[DueCommitment]

    def to_json(self) -> dict[str, object]:
        return {
            "date": self.day.isoformat(),
            "due": [d.to_json() for d in self.due],
            "commitments_due": [
                {
                    "customer": c.customer,
                    "text": c.text,
                    "due": c.due.isoformat(),
                    "overdue": c.due < self.day,
                }
                for c in self.commitments
            ],
        }


class TodayFlow:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def today(self, *, user: str | None, day: dt.date, rep: str | None = None) -> Outcome[DueList]:
        """`rep` narrows the list to one rep's accounts, if the caller may see them."""
        with self.ctx.db.session() as session:
            try:
                scope = scope_for(session=session, name=user)
                rep_ids = narrowed(session=session, scope=scope, rep=rep)
            except KeqingError as exc:
                return Outcome.failed(texts.error_text(exc))
            due = due_customers(session=session, rep_ids=rep_ids, today=day, policy=self.ctx.policy)
            commitments = commitments_due(session=session, rep_ids=rep_ids, until=day)
        show_rep = rep is None and (rep_ids is None or len(rep_ids) > 1)
        result = DueList(day, due, commitments)
        return Outcome(result, [Reply(render_today(due, commitments, today=day, show_rep=show_rep))])
