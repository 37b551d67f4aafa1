"""Briefings, the day's due list and commitments ticked off, for any transport."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from bot.views import texts
from bot.views.briefing import render_brief
from bot.views.replies import Choice, Reply
from bot.views.today import render_today
from memory.accounts.people import get_person, may_see, visible_rep_ids
from memory.base.db import Database
from memory.base.errors import AmbiguousCustomer, KeqingError, NotFoundError
from memory.base.settings import get_settings
from memory.llm.client import chat_model
from memory.notes.commitments import mark_kept
from memory.reports.brief_service import brief_of, resolve_customer
from memory.reports.cadence import load_policy
from memory.reports.due import commitments_due, due_customers
from memory.schema.models import Customer

MAX_TICKS = 3


def rights_of(session: Session, user: str) -> set[int] | None:
    """Whose accounts a chat user sees; the terminal with no --as is the shell's admin."""
    if not user:
        return None
    try:
        return visible_rep_ids(session=session, person=get_person(session=session, name=user))
    except KeqingError:
        return set()


class BriefingFlow:
    def __init__(self, db: Database) -> None:
        self.db = db

    def brief(self, *, user: str, query: str, today: dt.date, in_text: bool = False) -> list[Reply]:
        with self.db.session() as session:
            try:
                customer = resolve_customer(
                    session=session, query=query, rep_ids=rights_of(session, user), in_text=in_text
                )
            except NotFoundError:
                if in_text:  # 帮我准备一下 without a name the index knows
                    return [Reply(texts.t("brief_which"))]
                return [Reply(texts.t("unknown_customer", name=query.strip()))]
            except AmbiguousCustomer as exc:
                choices = [
                    Choice(texts.t("choice_brief", name=name), f"brief:{id_}") for id_, name in exc.candidates
                ]
                return [Reply(texts.t("which_customer"), choices)]
            except KeqingError as exc:
                return [Reply(texts.error_text(exc))]
            return self._reply(session, customer, today)

    def _reply(self, session: Session, customer: Customer, today: dt.date) -> list[Reply]:
        brief = brief_of(
            session=session, customer=customer, today=today, model=chat_model(get_settings(), self.db)
        )
        ticks = [
            Choice(texts.t("choice_kept", text=p.text[:20]), f"kept:{p.id}")
            for p in brief.open_commitments[:MAX_TICKS]
        ]
        return [Reply(render_brief(brief, today=today.isoformat()), ticks)]

    def by_id(self, *, user: str, customer_id: int, today: dt.date) -> list[Reply]:
        with self.db.session() as session:
            customer = session.get(Customer, customer_id)
            allowed = rights_of(session, user)
            if customer is None or not may_see(allowed, customer.rep_id):
                return [Reply(texts.t("unknown_customer", name=customer_id))]
            return self._reply(session, customer, today)

    def kept(self, *, user: str, commitment_id: int, today: dt.date) -> list[Reply]:
        with self.db.session() as session:
            try:
                commitment = mark_kept(
                    session=session, commitment_id=commitment_id, on=today, rep_ids=rights_of(session, user)
                )
            except KeqingError as exc:
                return [Reply(texts.error_text(exc))]
            return [Reply(texts.t("kept", text=commitment.text))]

    def today(self, *, user: str, today: dt.date) -> list[Reply]:
        with self.db.session() as session:
            allowed = rights_of(session, user)
            due = due_customers(
                session=session, rep_ids=allowed, today=today, policy=load_policy(get_settings().home)
            )
            commitments = commitments_due(session=session, rep_ids=allowed, until=today)
        return [
            Reply(render_today(due, commitments, today=today, show_rep=allowed is None or len(allowed) > 1))
        ]
