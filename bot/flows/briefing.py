"""Briefings and commitments ticked off, for any transport: find the account the caller may see,
build its briefing, let a model reword the talking points when one is configured."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from bot.context import AppContext
from bot.flows.points import PointFlow, point_choices
from bot.views import texts
from bot.views.briefing import render_brief, render_brief_details, render_brief_lead
from bot.views.replies import Choice, Outcome, Reply
from memory.accounts.access import scope_for
from memory.accounts.lookup import resolve_customer
from memory.base.errors import AmbiguousCustomer, KeqingError, NotFoundError
from memory.extract.dates import find_dates
from memory.llm.phrase import phrase_lines
from memory.notes.commitments import mark_kept
from memory.reports.briefing import Brief, build_brief
from memory.reports.point_feedback import hidden_points
from memory.reports.talking_points import talking_points
from memory.schema.models import Customer

MAX_TICKS = 3


class BriefingFlow:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.points = PointFlow(ctx)

    def brief(
        self, *, user: str | None, query: str, today: dt.date, in_text: bool = False, full: bool = False
    ) -> Outcome[Brief]:
        """A briefing for what the caller typed; 「明天去…」 briefs for the day the words name."""
        if in_text:
            named = [d.date for d in find_dates(query, today) if d.date >= today]
            today = named[0] if named else today
        with self.ctx.db.session() as session:
            try:
                scope = scope_for(session=session, name=user)
                customer = resolve_customer(
                    session=session, query=query, scope=scope, lexicon=self.ctx.lexicon, in_text=in_text
                )
            except NotFoundError:
                if in_text:  # 帮我准备一下 without a name the index knows
                    return Outcome.failed(texts.t("brief_which"))
                return Outcome.failed(texts.t("unknown_customer", name=query.strip()))
            except AmbiguousCustomer as exc:
                choices = [
                    Choice(texts.t("choice_brief", name=name), f"brief:{id_}") for id_, name in exc.candidates
                ]
                return Outcome(None, [Reply(texts.t("which_customer"), choices)])
            except KeqingError as exc:
                return Outcome.failed(texts.error_text(exc))
            return self._briefed(session, customer, today, full)

    def by_id(
        self, *, user: str | None, customer_id: int, today: dt.date, full: bool = False
    ) -> Outcome[Brief]:
        with self.ctx.db.session() as session:
            try:
                scope = scope_for(session=session, name=user)
            except KeqingError as exc:
                return Outcome.failed(texts.error_text(exc))
            customer = session.get(Customer, customer_id)
            if customer is None or not scope.sees(customer.rep_id):
                return Outcome.failed(texts.t("unknown_customer", name=customer_id))
            return self._briefed(session, customer, today, full)

    def kept(self, *, user: str | None, commitment_id: int, today: dt.date) -> Outcome[str]:
        with self.ctx.db.session() as session:
            try:
                scope = scope_for(session=session, name=user)
                commitment = mark_kept(session=session, commitment_id=commitment_id, on=today, scope=scope)
            except KeqingError as exc:
                return Outcome.failed(texts.error_text(exc))
            return Outcome(commitment.text, [Reply(texts.t("kept", text=commitment.text))])

    def details(self, *, user: str | None, customer_id: int, today: dt.date) -> Outcome[Brief]:
        """The rest of a briefing, after its first five lines (the 更多 button)."""
        outcome = self.by_id(user=user, customer_id=customer_id, today=today, full=True)
        if outcome.data is None:
            return outcome
        brief = outcome.data
        return Outcome(brief, [Reply(render_brief_details(brief), point_choices(brief))])

    def point(self, *, user: str, value: str, today: dt.date) -> list[Reply]:
        """A ✔ or ✖ on a talking point (bot/flows/points.py); the briefing names the point."""
        customer_id = value.split(":", 1)[0]
        brief = (
            self.by_id(user=user, customer_id=int(customer_id), today=today).data
            if customer_id.isdigit()
            else None
        )
        return self.points.choose(user=user, value=value, brief=brief, today=today)

    def _briefed(self, session: Session, customer: Customer, today: dt.date, full: bool) -> Outcome[Brief]:
        """In a chat the first five lines, with 更多 and a ✔ per open commitment; `full` gives it all."""
        brief = self._annotated(session, customer, today)
        if full:
            return Outcome(brief, [Reply(render_brief(brief, today=today.isoformat()))])
        more = Choice(texts.t("brief.choice_more"), f"more:{customer.id}:{today.isoformat()}")
        ticks = [
            Choice(texts.t("choice_kept", text=p.text[:20]), f"kept:{p.id}")
            for p in brief.open_commitments[:MAX_TICKS]
        ]
        lead = render_brief_lead(brief, today=today.isoformat())
        return Outcome(brief, [Reply(lead, [more, *point_choices(brief, 0, 1), *ticks])])

    def _annotated(self, session: Session, customer: Customer, today: dt.date) -> Brief:
        """The briefing; with a model, its talking points reworded (facts, reasons and sources unchanged)."""
        brief = build_brief(
            session=session, customer=customer, today=today, policy=self.ctx.policy, lexicon=self.ctx.lexicon
        )
        hidden = hidden_points(
            session=session, customer_id=customer.id, last_contact=brief.last_visit, today=today
        )
        points = talking_points(brief, today, hidden)
        if self.ctx.model is not None and points:
            lines = phrase_lines(
                self.ctx.model,
                prompt="talking_points_llm",
                lines=[p.text for p in points],
                purpose="brief",
                customer=customer.name,
            )
            points = [p.model_copy(update={"text": t}) for p, t in zip(points, lines, strict=True)]
        brief.talking_points = points
        return brief
